#include "providersettingsservice.h"
#include "secretstore.h"
#include "settingsrepository.h"

#include <QJsonDocument>

namespace OmniCrm {

ProviderSettingsService::ProviderSettingsService(SettingsRepository &settings, SecretStore &secrets)
    : m_settings(settings)
    , m_secrets(secrets)
{
}

Result<AiSettings> ProviderSettingsService::load() const
{
    auto text = m_settings.value(SettingsKey);
    if (!text)
        return text.error();
    if (text->isEmpty())
        return AiSettings {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text->toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error::make(
            ErrorCode::Parse,
            QStringLiteral("the saved AI settings are not readable: %1").arg(error.errorString()));
    return AiSettings::fromJson(document.object());
}

Status ProviderSettingsService::save(const AiSettings &settings)
{
    OMNICRM_TRY(settings.validate());
    return m_settings.setValue(
        SettingsKey, QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact)));
}

Status ProviderSettingsService::addProvider(const ProviderConfig &config, const QByteArray &apiKey)
{
    OMNICRM_TRY(config.validate());
    auto settings = load();
    if (!settings)
        return settings.error();
    bool replaced = false;
    for (ProviderConfig &existing : settings->providers)
        if (existing.id == config.id) {
            existing = config;
            replaced = true;
        }
    if (!replaced)
        settings->providers.append(config);
    // The key first: a provider without its key is worse than a key without its provider.
    if (!apiKey.isEmpty())
        OMNICRM_TRY(m_secrets.write(config.secretAccount(), apiKey));
    return save(*settings);
}

Status ProviderSettingsService::removeProvider(const QString &id)
{
    auto settings = load();
    if (!settings)
        return settings.error();
    const ProviderConfig *config = settings->find(id);
    if (!config)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no AI provider \"%1\"").arg(id),
                           QStringLiteral("id"));
    const QString account = config->secretAccount();
    settings->providers.removeIf([&id](const ProviderConfig &c) { return c.id == id; });
    OMNICRM_TRY(save(*settings));
    return m_secrets.available() ? m_secrets.remove(account) : Status {};
}

Status ProviderSettingsService::moveProvider(const QString &id, int position)
{
    auto settings = load();
    if (!settings)
        return settings.error();
    for (qsizetype i = 0; i < settings->providers.size(); ++i)
        if (settings->providers.at(i).id == id) {
            settings->providers.move(i, std::clamp<qsizetype>(position, 0, settings->providers.size() - 1));
            return save(*settings);
        }
    return Error::make(ErrorCode::NotFound, QStringLiteral("no AI provider \"%1\"").arg(id),
                       QStringLiteral("id"));
}

Status ProviderSettingsService::setMonthlyCap(qint64 capMicros, const QString &currency)
{
    auto settings = load();
    if (!settings)
        return settings.error();
    settings->monthlyCapMicros = capMicros;
    settings->capCurrency = currency;
    return save(*settings);
}

Result<QByteArray> ProviderSettingsService::apiKey(const ProviderConfig &config) const
{
    auto key = m_secrets.read(config.secretAccount());
    if (!key && key.error().code == ErrorCode::NotFound)
        return QByteArray();
    return key;
}

} // namespace OmniCrm
