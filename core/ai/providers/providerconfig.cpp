#include "providerconfig.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace OmniCrm {

namespace {

Error invalid(const QString &field, const QString &what)
{
    return Error::make(ErrorCode::InvalidArgument, what, field);
}

constexpr int kMaxTimeoutMs = 10 * 60 * 1000;

} // namespace

qint64 ModelPrice::costMicros(qint64 promptTokens, qint64 completionTokens) const
{
    const double micros
        = (double(promptTokens) * inputPer1k + double(completionTokens) * outputPer1k) * 1000.0;
    return qint64(std::ceil(micros - 1e-6));
}

QString ProviderConfig::kindName(ProviderKind kind)
{
    return kind == ProviderKind::Ollama ? QStringLiteral("ollama") : QStringLiteral("openai");
}

Result<ProviderKind> ProviderConfig::kindFromName(const QString &name)
{
    if (name == u"openai" || name == u"openai-compatible")
        return ProviderKind::OpenAiCompatible;
    if (name == u"ollama")
        return ProviderKind::Ollama;
    return invalid(QStringLiteral("kind"),
                   QStringLiteral("unknown provider kind \"%1\" (use openai or ollama)").arg(name));
}

QString ProviderConfig::secretAccount() const
{
    return QStringLiteral("omnicrm.ai.provider.") + id;
}

Status ProviderConfig::validate() const
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,39}$"));
    if (!idPattern.match(id).hasMatch())
        return invalid(
            QStringLiteral("id"),
            QStringLiteral("provider id \"%1\" must be 1-40 characters of a-z, 0-9, '.', '_' or '-'")
                .arg(id));
    if (id == u"offline")
        return invalid(QStringLiteral("id"), QStringLiteral("\"offline\" is the built-in engine's id"));
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()
        || (baseUrl.scheme() != u"http" && baseUrl.scheme() != u"https"))
        return invalid(
            QStringLiteral("base_url"),
            QStringLiteral("provider %1: base URL \"%2\" is not an http:// or https:// URL with a host")
                .arg(id, baseUrl.toString()));
    if (baseUrl.hasQuery() || baseUrl.hasFragment() || !baseUrl.userInfo().isEmpty())
        return invalid(QStringLiteral("base_url"),
                       QStringLiteral("provider %1: base URL must not carry a query, fragment or credentials "
                                      "(the API key goes to the keychain)")
                           .arg(id));
    if (model.trimmed().isEmpty())
        return invalid(QStringLiteral("model"), QStringLiteral("provider %1: model is empty").arg(id));
    if (timeoutMs < 100 || timeoutMs > kMaxTimeoutMs)
        return invalid(QStringLiteral("timeout_ms"),
                       QStringLiteral("provider %1: timeout %2 ms is outside 100..%3 ms")
                           .arg(id)
                           .arg(timeoutMs)
                           .arg(kMaxTimeoutMs));
    for (auto it = prices.constBegin(); it != prices.constEnd(); ++it)
        if (!(it->inputPer1k >= 0) || !(it->outputPer1k >= 0) || !std::isfinite(it->inputPer1k)
            || !std::isfinite(it->outputPer1k))
            return invalid(
                QStringLiteral("prices"),
                QStringLiteral("provider %1: price of %2 must be a number >= 0").arg(id, it.key()));
    return {};
}

QJsonObject ProviderConfig::toJson() const
{
    QJsonObject priceJson;
    for (auto it = prices.constBegin(); it != prices.constEnd(); ++it)
        priceJson.insert(it.key(),
                         QJsonObject { { QStringLiteral("input_per_1k"), it->inputPer1k },
                                       { QStringLiteral("output_per_1k"), it->outputPer1k } });
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("kind"), kindName(kind) },
        { QStringLiteral("base_url"), baseUrl.toString() },
        { QStringLiteral("model"), model },
        { QStringLiteral("embedding_model"), embeddingModel },
        { QStringLiteral("transcription_model"), transcriptionModel },
        { QStringLiteral("timeout_ms"), timeoutMs },
        { QStringLiteral("enabled"), enabled },
        { QStringLiteral("privacy_mode"), privacyMode },
        { QStringLiteral("prices"), priceJson },
    };
}

Result<ProviderConfig> ProviderConfig::fromJson(const QJsonObject &json)
{
    ProviderConfig config;
    config.id = json.value(u"id").toString();
    auto kind = kindFromName(json.value(u"kind").toString(QStringLiteral("openai")));
    if (!kind)
        return kind.error();
    config.kind = *kind;
    config.baseUrl = QUrl(json.value(u"base_url").toString(), QUrl::StrictMode);
    config.model = json.value(u"model").toString();
    config.embeddingModel = json.value(u"embedding_model").toString();
    config.transcriptionModel = json.value(u"transcription_model").toString();
    config.timeoutMs = json.value(u"timeout_ms").toInt(30000);
    config.enabled = json.value(u"enabled").toBool(true);
    config.privacyMode = json.value(u"privacy_mode").toBool(false);
    const QJsonObject priceJson = json.value(u"prices").toObject();
    for (auto it = priceJson.constBegin(); it != priceJson.constEnd(); ++it) {
        const QJsonObject price = it.value().toObject();
        config.prices.insert(it.key(),
                             ModelPrice { price.value(u"input_per_1k").toDouble(-1),
                                          price.value(u"output_per_1k").toDouble(-1) });
    }
    OMNICRM_TRY(config.validate());
    return config;
}

const ProviderConfig *AiSettings::find(const QString &id) const
{
    for (const ProviderConfig &config : providers)
        if (config.id == id)
            return &config;
    return nullptr;
}

Status AiSettings::validate() const
{
    QStringList seen;
    for (const ProviderConfig &config : providers) {
        OMNICRM_TRY(config.validate());
        if (seen.contains(config.id))
            return invalid(QStringLiteral("id"),
                           QStringLiteral("provider id \"%1\" is used twice").arg(config.id));
        seen << config.id;
    }
    if (monthlyCapMicros < 0)
        return invalid(QStringLiteral("monthly_cap"),
                       QStringLiteral("the monthly spend cap must not be negative"));
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyPattern.match(capCurrency).hasMatch())
        return invalid(QStringLiteral("cap_currency"),
                       QStringLiteral("cap currency \"%1\" is not an ISO 4217 code").arg(capCurrency));
    return {};
}

QJsonObject AiSettings::toJson() const
{
    QJsonArray list;
    for (const ProviderConfig &config : providers)
        list.append(config.toJson());
    return QJsonObject {
        { QStringLiteral("providers"), list },
        { QStringLiteral("monthly_cap_micros"), monthlyCapMicros },
        { QStringLiteral("cap_currency"), capCurrency },
    };
}

Result<AiSettings> AiSettings::fromJson(const QJsonObject &json)
{
    AiSettings settings;
    for (const QJsonValue &value : json.value(u"providers").toArray()) {
        auto config = ProviderConfig::fromJson(value.toObject());
        if (!config)
            return config.error();
        settings.providers.append(*config);
    }
    settings.monthlyCapMicros = json.value(u"monthly_cap_micros").toInteger(0);
    settings.capCurrency = json.value(u"cap_currency").toString(QStringLiteral("USD"));
    OMNICRM_TRY(settings.validate());
    return settings;
}

} // namespace OmniCrm
