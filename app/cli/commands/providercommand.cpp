// provider: the AI providers of the store (Settings → AI from a script): add, list, remove, test,
// and the monthly spend cap. An API key comes from OMNICRM_PROVIDER_KEY or, with --key-stdin,
// from the first line of stdin — never from the command line — and goes to the keychain (or,
// where no keychain answers, into the encrypted store); it is never printed.
#include "aiservices.h"
#include "commands.h"
#include "storeaccess.h"

#include <QFile>
#include <QJsonArray>
#include <QUrl>

namespace OmniCrm {

namespace {

const QString Kind = QStringLiteral("kind");
const QString Url = QStringLiteral("url");
const QString Model = QStringLiteral("model");
const QString EmbeddingModel = QStringLiteral("embedding-model");
const QString TranscriptionModel = QStringLiteral("transcription-model");
const QString TimeoutMs = QStringLiteral("timeout-ms");
const QString PriceIn = QStringLiteral("price-in");
const QString PriceOut = QStringLiteral("price-out");
const QString Privacy = QStringLiteral("privacy");
const QString Disabled = QStringLiteral("disabled");
const QString KeyStdin = QStringLiteral("key-stdin");
const QString Currency = QStringLiteral("currency");
const QString Json = QStringLiteral("json");

const char KeyVariable[] = "OMNICRM_PROVIDER_KEY";

class ProviderCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("provider"); }
    QString summary() const override { return QStringLiteral("Add, list, remove or test AI providers"); }
    QString synopsis() const override
    {
        return QStringLiteral("add ID --url URL --model M [--kind openai|ollama] [options] | list [--json] | "
                              "remove ID | test ID | cap AMOUNT [--currency USD]");
    }
    QString details() const override
    {
        return QStringLiteral(
            "Providers are tried in the order they were added; the built-in offline engine is always last.\n"
            "openai: any OpenAI-compatible endpoint, URL with its version folder\n"
            "(https://api.openai.com/v1, https://api.groq.com/openai/v1, http://127.0.0.1:11434/v1).\n"
            "ollama: Ollama's native API (http://127.0.0.1:11434).\n"
            "The API key is read from OMNICRM_PROVIDER_KEY, or with --key-stdin from stdin; never from\n"
            "the command line. --price-in/--price-out are per 1,000 tokens of --model in the cap's\n"
            "currency. cap AMOUNT sets the monthly spend cap (0: none); paid calls are refused once\n"
            "it is reached. test sends one small request through that provider alone.");
    }
    QStringList argumentNames() const override { return { QStringLiteral("add|list|remove|test|cap") }; }
    int maxArguments() const override { return 2; }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(Kind, QStringLiteral("openai (default) or ollama"), QStringLiteral("KIND")),
            QCommandLineOption(Url, QStringLiteral("Base URL"), QStringLiteral("URL")),
            QCommandLineOption(Model, QStringLiteral("Chat model"), QStringLiteral("M")),
            QCommandLineOption(EmbeddingModel, QStringLiteral("Embedding model"), QStringLiteral("M")),
            QCommandLineOption(TranscriptionModel, QStringLiteral("Transcription model"),
                               QStringLiteral("M")),
            QCommandLineOption(TimeoutMs, QStringLiteral("Timeout per call, ms (default 30000)"),
                               QStringLiteral("N")),
            QCommandLineOption(PriceIn, QStringLiteral("Price per 1k prompt tokens"), QStringLiteral("X")),
            QCommandLineOption(PriceOut, QStringLiteral("Price per 1k completion tokens"),
                               QStringLiteral("X")),
            QCommandLineOption(Privacy,
                               QStringLiteral("Replace personal data by placeholders before sending")),
            QCommandLineOption(Disabled, QStringLiteral("Add it switched off")),
            QCommandLineOption(KeyStdin, QStringLiteral("Read the API key from the first line of stdin")),
            QCommandLineOption(Currency, QStringLiteral("Currency of the cap and prices (default USD)"),
                               QStringLiteral("CODE")),
            QCommandLineOption(Json, QStringLiteral("Print JSON lines")),
        };
    }

    ExitCode run(CommandContext &context) override
    {
        const QString action = context.arguments().value(0);
        const QString id = context.arguments().value(1);
        const bool needsId = action == u"add" || action == u"remove" || action == u"test" || action == u"cap";
        if (action != u"list" && !needsId)
            return context.usageError(QStringLiteral("unknown action \"%1\"").arg(action));
        if (needsId && id.isEmpty())
            return context.usageError(action == u"cap"
                                          ? QStringLiteral("cap needs an AMOUNT")
                                          : QStringLiteral("%1 needs a provider ID").arg(action));
        if (!needsId && !id.isEmpty())
            return context.usageError(QStringLiteral("list takes no argument"));

        auto store = context.store().open();
        if (!store)
            return context.fail(store.error());
        SystemClock clock;
        AiServices ai((*store)->database(), (*store)->settings(), (*store)->phones(),
                      context.store().secrets(), clock);

        if (action == u"add")
            return add(context, ai, id);
        if (action == u"remove") {
            Status removed = ai.settings().removeProvider(id);
            if (!removed)
                return context.fail(removed.error());
            context.console().out(QStringLiteral("removed %1").arg(id));
            return ExitCode::Ok;
        }
        if (action == u"test")
            return test(context, ai, id);
        if (action == u"cap")
            return cap(context, ai, id);
        return list(context, ai);
    }

private:
    static ExitCode add(CommandContext &context, AiServices &ai, const QString &id)
    {
        ProviderConfig config;
        config.id = id;
        auto kind = ProviderConfig::kindFromName(context.isSet(Kind) ? context.value(Kind)
                                                                     : QStringLiteral("openai"));
        if (!kind)
            return context.usageError(kind.error().detail);
        config.kind = *kind;
        config.baseUrl = QUrl(context.value(Url), QUrl::StrictMode);
        config.model = context.value(Model);
        config.embeddingModel = context.value(EmbeddingModel);
        config.transcriptionModel = context.value(TranscriptionModel);
        const auto timeout = context.intValue(TimeoutMs, 30000, 100, 600000);
        if (!timeout)
            return ExitCode::Usage;
        config.timeoutMs = int(*timeout);
        config.privacyMode = context.isSet(Privacy);
        config.enabled = !context.isSet(Disabled);
        if (context.isSet(PriceIn) || context.isSet(PriceOut)) {
            bool inOk = true;
            bool outOk = true;
            const double in = context.isSet(PriceIn) ? context.value(PriceIn).toDouble(&inOk) : 0;
            const double out = context.isSet(PriceOut) ? context.value(PriceOut).toDouble(&outOk) : 0;
            if (!inOk || !outOk)
                return context.usageError(QStringLiteral("--price-in and --price-out take a number"));
            config.prices.insert(config.model, ModelPrice { in, out });
        }
        Status valid = config.validate();
        if (!valid)
            return context.fail(ExitCode::BadInput, valid.error().detail);

        QByteArray key = qgetenv(KeyVariable).trimmed();
        if (key.isEmpty() && context.isSet(KeyStdin)) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return context.fail(ExitCode::Failure, QStringLiteral("cannot read stdin"));
            key = in.readLine().trimmed();
            if (key.isEmpty())
                return context.fail(ExitCode::BadInput, QStringLiteral("--key-stdin: stdin holds no key"));
        }
        Status added = ai.settings().addProvider(config, key);
        if (!added)
            return context.fail(added.error());
        context.console().out(QStringLiteral("added %1 (%2 %3 %4)%5")
                                  .arg(id, ProviderConfig::kindName(config.kind), config.baseUrl.toString(),
                                       config.model,
                                       key.isEmpty() ? QString() : QStringLiteral(" with its key")));
        return ExitCode::Ok;
    }

    static ExitCode list(CommandContext &context, AiServices &ai)
    {
        auto settings = ai.settings().load();
        if (!settings)
            return context.fail(settings.error());
        const bool json = context.isSet(Json);
        for (const ProviderConfig &config : settings->providers) {
            auto key = ai.settings().apiKey(config);
            const bool hasKey = key.ok() && !key->isEmpty();
            if (json) {
                QJsonObject line = config.toJson();
                line.insert(QStringLiteral("has_key"), hasKey);
                context.console().outJson(line);
            } else {
                context.console().out(QStringLiteral("%1  %2  %3  %4  timeout %5 ms%6%7%8")
                                          .arg(config.id, ProviderConfig::kindName(config.kind),
                                               config.baseUrl.toString(), config.model)
                                          .arg(config.timeoutMs)
                                          .arg(config.privacyMode ? QStringLiteral("  privacy") : QString(),
                                               config.enabled ? QString() : QStringLiteral("  disabled"),
                                               hasKey ? QStringLiteral("  key") : QString()));
            }
        }
        if (json) {
            context.console().outJson(QJsonObject { { QStringLiteral("id"), OfflineProvider::Id },
                                                    { QStringLiteral("kind"), QStringLiteral("builtin") } });
        } else {
            context.console().out(QStringLiteral("offline  builtin (always last)"));
            if (settings->monthlyCapMicros > 0)
                context.console().out(QStringLiteral("monthly cap  %1 %2")
                                          .arg(double(settings->monthlyCapMicros) / 1e6, 0, 'f', 2)
                                          .arg(settings->capCurrency));
        }
        return ExitCode::Ok;
    }

    static ExitCode cap(CommandContext &context, AiServices &ai, const QString &amountText)
    {
        bool ok = false;
        const double amount = amountText.toDouble(&ok);
        if (!ok || amount < 0)
            return context.usageError(QStringLiteral("cap AMOUNT must be a number >= 0"));
        Status set = ai.settings().setMonthlyCap(qint64(amount * 1e6 + 0.5),
                                                 context.isSet(Currency) ? context.value(Currency).toUpper()
                                                                         : QStringLiteral("USD"));
        if (!set)
            return context.fail(set.error());
        context.console().out(QStringLiteral("monthly cap set"));
        return ExitCode::Ok;
    }

    static ExitCode test(CommandContext &context, AiServices &ai, const QString &id)
    {
        Status built = ai.reloadChain();
        if (!built)
            return context.fail(built.error());
        if (!ai.chain().order().contains(id))
            return context.fail(
                Error::make(ErrorCode::NotFound, QStringLiteral("no AI provider \"%1\"").arg(id)));
        ChatRequest request;
        request.task = QStringLiteral("provider_test");
        request.schema = QJsonObject {
            { QStringLiteral("type"), QStringLiteral("object") },
            { QStringLiteral("properties"),
              QJsonObject { { QStringLiteral("reply"),
                              QJsonObject { { QStringLiteral("type"), QStringLiteral("string") } } } } },
            { QStringLiteral("required"), QJsonArray { QStringLiteral("reply") } },
        };
        request.messages = { { QStringLiteral("system"), QStringLiteral("Answer {\"reply\": \"ok\"}.") },
                             { QStringLiteral("user"), QStringLiteral("ok") } };
        const auto result = waitForResult<ProviderResult<ChatResult>>(
            [&](auto done) { ai.chain().chatWith(id, request, std::move(done)); });
        if (!result.ok())
            return context.fail(
                ExitCode::Failure,
                QStringLiteral("provider %1 failed: %2").arg(id, result.failure.error.detail));
        context.console().out(QStringLiteral("%1 ok: model %2, %3 prompt + %4 completion tokens")
                                  .arg(id, result.value->model)
                                  .arg(result.value->usage.promptTokens)
                                  .arg(result.value->usage.completionTokens));
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeProviderCommand()
{
    return std::make_unique<ProviderCommand>();
}

} // namespace OmniCrm
