// TranslationService: translates a text into Arabic or English through the provider chain
// (never offline: there is no offline translator), refuses a translation that dropped or
// changed a phone, number, e-mail, URL or product code of the original, and saves an accepted
// translation beside its source (an activity, a message) with language, provider, model and time.
#pragma once

#include "protectedtokens.h"
#include "providertypes.h"

#include <QObject>

namespace OmniCrm {

class AiRepository;
class Clock;
class ProviderChain;

/// Message keys of the translation errors, for the UI's sentence in the user's language.
struct TranslationMessages
{
    static inline const QString NeedsProviderKey = QStringLiteral("ai.translation.needs_provider");
    static inline const QString TokensChangedKey = QStringLiteral("ai.translation.tokens_changed");
    /// The sentence for `key` in "ar" or "en" (English for any other language).
    static QString text(const QString &key, const QString &language);
};

struct Translation
{
    QString text;
    QString language;
    QString providerId;
    QString model;
    QString savedId; // the saved row's id; empty when nothing was saved
};

/// What a translation is kept beside; empty kind: do not save.
struct TranslationSource
{
    QString kind; // "activity", "message"
    QString id;
};

class TranslationService : public QObject
{
    Q_OBJECT
public:
    /// `repository` may be null: then nothing is saved.
    TranslationService(ProviderChain &chain, const ProtectedTokens &tokens, AiRepository *repository,
                       const Clock &clock, QObject *parent = nullptr);

    using Done = std::function<void(Result<Translation>)>;

    /// Translates `text` into `targetLanguage` ("ar" or "en"). Errors: InvalidArgument for an
    /// empty text or an unknown language; Unsupported with NeedsProviderKey in the field when no
    /// AI provider is configured; Conflict naming the lost tokens when the check refuses it.
    void translate(const QString &text, const QString &targetLanguage, const TranslationSource &source,
                   Done done);

    /// Saves a translation made before its source was stored (translate() with an empty source)
    /// beside `source`; returns the saved row's id. Unsupported when this service saves nothing.
    Result<QString> save(const Translation &translation, const TranslationSource &source);

    /// The JSON schema of a translation answer.
    static QJsonObject schema();

private:
    Result<Translation> accept(const QString &original, const QString &language,
                               const TranslationSource &source, const ChatResult &answer);

    ProviderChain &m_chain;
    const ProtectedTokens &m_tokens;
    AiRepository *m_repository;
    const Clock &m_clock;
};

} // namespace OmniCrm
