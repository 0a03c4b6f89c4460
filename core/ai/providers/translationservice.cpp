#include "translationservice.h"
#include "airepository.h"
#include "hlc.h"
#include "providerchain.h"
#include "uuid7.h"

#include <QJsonArray>
#include <QPointer>

namespace OmniCrm {

QString TranslationMessages::text(const QString &key, const QString &language)
{
    const bool arabic = language == u"ar";
    if (key == NeedsProviderKey)
        return arabic
            ? QStringLiteral("الترجمة تحتاج إلى مزوّد ذكاء اصطناعي؛ أضف مزوّدًا من الإعدادات ← الذكاء الاصطناعي")
            : QStringLiteral("translation needs an AI provider; add one in Settings → AI");
    if (key == TokensChangedKey)
        return arabic
            ? QStringLiteral(
                "رُفضت الترجمة لأنها غيّرت أو أسقطت رقمًا أو بريدًا أو رابطًا أو رمز منتج من النص الأصلي")
            : QStringLiteral("the translation was refused: it changed or dropped a number, e-mail, URL or "
                             "product code of the original");
    return key;
}

TranslationService::TranslationService(ProviderChain &chain, const ProtectedTokens &tokens,
                                       AiRepository *repository, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_chain(chain)
    , m_tokens(tokens)
    , m_repository(repository)
    , m_clock(clock)
{
}

QJsonObject TranslationService::schema()
{
    return QJsonObject {
        { QStringLiteral("type"), QStringLiteral("object") },
        { QStringLiteral("properties"),
          QJsonObject { { QStringLiteral("translation"),
                          QJsonObject { { QStringLiteral("type"), QStringLiteral("string") } } } } },
        { QStringLiteral("required"), QJsonArray { QStringLiteral("translation") } },
        { QStringLiteral("additionalProperties"), false },
    };
}

void TranslationService::translate(const QString &text, const QString &targetLanguage,
                                   const TranslationSource &source, Done done)
{
    const auto later = [this, &done](Error error) {
        QTimer::singleShot(0, this, [done, error] { done(error); });
    };
    if (text.trimmed().isEmpty())
        return later(Error::make(ErrorCode::InvalidArgument, QStringLiteral("there is no text to translate"),
                                 QStringLiteral("text")));
    if (targetLanguage != u"ar" && targetLanguage != u"en")
        return later(
            Error::make(ErrorCode::InvalidArgument,
                        QStringLiteral("cannot translate into \"%1\" (use ar or en)").arg(targetLanguage),
                        QStringLiteral("language")));
    if (!m_chain.hasOnlineProvider(Capability::Chat))
        return later(Error::make(
            ErrorCode::Unsupported,
            TranslationMessages::text(TranslationMessages::NeedsProviderKey, QStringLiteral("en")),
            TranslationMessages::NeedsProviderKey));

    const QString languageName
        = targetLanguage == u"ar" ? QStringLiteral("Arabic") : QStringLiteral("English");
    ChatRequest request;
    request.task = QStringLiteral("translate");
    request.schemaName = QStringLiteral("translation");
    request.schema = schema();
    request.messages = {
        { QStringLiteral("system"),
          QStringLiteral(
              "Translate the user's message into %1. Keep every phone number, number, e-mail address, "
              "URL, product code and placeholder in square brackets exactly as written. Answer with a "
              "JSON object {\"translation\": \"...\"} and nothing else.")
              .arg(languageName) },
        { QStringLiteral("user"), text },
    };
    QPointer<TranslationService> guard(this);
    m_chain.chat(request, [guard, text, targetLanguage, source, done](ProviderResult<ChatResult> result) {
        if (!guard)
            return;
        if (!result.ok()) {
            done(Error::make(result.failure.error.code,
                             QStringLiteral("translation failed: %1").arg(result.failure.error.detail)));
            return;
        }
        done(guard->accept(text, targetLanguage, source, *result.value));
    });
}

Result<Translation> TranslationService::accept(const QString &original, const QString &language,
                                               const TranslationSource &source, const ChatResult &answer)
{
    Translation translation;
    translation.text = answer.object.value(u"translation").toString();
    translation.language = language;
    translation.providerId = answer.providerId;
    translation.model = answer.model;

    const QList<ProtectedToken> lost = m_tokens.missing(original, translation.text);
    if (!lost.isEmpty()) {
        QStringList names;
        for (const ProtectedToken &token : lost)
            names << QStringLiteral("%1 %2").arg(ProtectedToken::kindName(token.kind), token.text);
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("translation by %1/%2 refused: it changed or dropped %3")
                               .arg(answer.providerId, answer.model, names.join(QStringLiteral(", "))),
                           lost.first().text);
    }
    if (m_repository && !source.kind.isEmpty()) {
        auto savedId = save(translation, source);
        if (!savedId)
            return savedId.error();
        translation.savedId = *savedId;
    }
    return translation;
}

Result<QString> TranslationService::save(const Translation &translation, const TranslationSource &source)
{
    if (!m_repository)
        return Error::make(ErrorCode::Unsupported, QStringLiteral("this translation service saves nothing"));
    if (source.kind.isEmpty() || source.id.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("a saved translation needs its source"),
                           QStringLiteral("source"));
    if (translation.text.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("the translation is empty"),
                           QStringLiteral("text"));
    SavedTranslation saved { newId(),           source.kind,
                             source.id,         translation.language,
                             translation.text,  translation.providerId,
                             translation.model, m_clock.nowMs() };
    OMNICRM_TRY(m_repository->insertTranslation(saved));
    return saved.id;
}

} // namespace OmniCrm
