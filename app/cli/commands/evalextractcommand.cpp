// eval-extract: field-level precision, recall and F1 of the offline lead extraction against a
// labelled JSONL set, per split (see ExtractionEvaluation for how each field is compared). With
// --providers or --provider-url the same set goes through LeadExtractionService (offline result
// merged with the provider's) and the figures are those of the merged result.
#include "aiservices.h"
#include "commands.h"
#include "crmstore.h"
#include "extractionevaluation.h"
#include "hlc.h"
#include "leadextractionservice.h"
#include "leadextractor.h"
#include "leadjson.h"
#include "openaicompatibleprovider.h"
#include "phonenormalizer.h"
#include "providerchain.h"
#include "spendledger.h"
#include "storeaccess.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>

namespace OmniCrm {

namespace {

const QString Json = QStringLiteral("json");
const QString CatalogOption = QStringLiteral("catalog");
const QString Split = QStringLiteral("split");
const QString Providers = QStringLiteral("providers");
const QString ProviderUrl = QStringLiteral("provider-url");
const QString Model = QStringLiteral("model");
const QString Timeout = QStringLiteral("timeout");

/// How the provider-assisted run went, for the report.
struct ProviderTally
{
    int calls = 0;
    int answered = 0;
    int fieldsFilled = 0;
    int fieldsRejected = 0;
    QMap<QString, int> producers; // "provider/model" → messages it answered
    QMap<QString, int> failures; // first words of the failure → count
};

class EvalExtractCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("eval-extract"); }
    QString summary() const override
    {
        return QStringLiteral("Score lead extraction against a labelled set");
    }
    QString synopsis() const override
    {
        return QStringLiteral("FILE [--catalog FILE] [--split dev|test|all] [--json]\n"
                              "       [--providers | --provider-url URL --model M [--timeout MS]]");
    }
    QStringList argumentNames() const override { return { QStringLiteral("FILE") }; }
    QString details() const override
    {
        return QStringLiteral(
            "FILE holds one {\"id\",\"split\",\"text\",\"expected\":{…}} object per line. Phones, e-mails\n"
            "and products are scored as sets; quantity and amount as exact numbers; name, company\n"
            "and city after Arabic folding with honorifics and legal forms dropped; lead type,\n"
            "priority and language as accuracy. The catalog defaults to catalog.json beside FILE.\n"
            "--split all (the default) reports every split found and the whole set.\n"
            "--providers asks the store's configured AI providers too, --provider-url one\n"
            "OpenAI-compatible endpoint (its key, if any, from OMNICRM_AI_API_KEY); each answer is\n"
            "validated and merged field by field with the offline result, and the figures are the\n"
            "merged result's, with how many messages a provider answered.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(CatalogOption, QStringLiteral("Product catalog JSON file"),
                               QStringLiteral("FILE")),
            QCommandLineOption(Split, QStringLiteral("dev, test or all (default all)"),
                               QStringLiteral("SPLIT")),
            QCommandLineOption(Json, QStringLiteral("Print one JSON object")),
            QCommandLineOption(Providers, QStringLiteral("Also ask the store's configured AI providers")),
            QCommandLineOption(ProviderUrl, QStringLiteral("Also ask this OpenAI-compatible base URL"),
                               QStringLiteral("URL")),
            QCommandLineOption(Model, QStringLiteral("The model for --provider-url"), QStringLiteral("M")),
            QCommandLineOption(Timeout, QStringLiteral("Per-call timeout for --provider-url (default 30000)"),
                               QStringLiteral("MS")),
        };
    }

    ExitCode run(CommandContext &context) override
    {
        const QString split = context.isSet(Split) ? context.value(Split) : QStringLiteral("all");
        if (split != u"dev" && split != u"test" && split != u"all")
            return context.usageError(
                QStringLiteral("--split must be dev, test or all, not \"%1\"").arg(split));
        if (context.isSet(Providers) && context.isSet(ProviderUrl))
            return context.usageError(QStringLiteral("give --providers or --provider-url, not both"));
        if (context.isSet(ProviderUrl) != context.isSet(Model))
            return context.usageError(QStringLiteral("--provider-url and --model go together"));
        const auto timeout = context.intValue(Timeout, 30000, 100, 600000);
        if (!timeout)
            return ExitCode::Usage;
        const QString path = context.arguments().at(0);
        auto messages = ExtractionEvaluation::readSet(path);
        if (!messages)
            return context.fail(ExitCode::BadInput, messages.error().detail);
        QString catalogPath = context.value(CatalogOption);
        if (catalogPath.isEmpty()) {
            const QString beside = QFileInfo(path).dir().filePath(QStringLiteral("catalog.json"));
            if (QFileInfo::exists(beside))
                catalogPath = beside;
        }
        ProductCatalog catalog;
        if (!catalogPath.isEmpty()) {
            auto loaded = ProductCatalog::fromFile(catalogPath);
            if (!loaded)
                return context.fail(ExitCode::BadInput, loaded.error().detail);
            catalog = *loaded;
        }
        const LeadExtractor extractor(catalog);

        // The provider-assisted path: a chain (the store's, or one endpoint) and the service.
        SystemClock clock;
        SystemRandomSource random;
        InMemorySpendLedger ledger;
        const PhoneNormalizer phones;
        std::unique_ptr<CrmStore> store;
        std::unique_ptr<AiServices> ai;
        std::unique_ptr<QNetworkAccessManager> network;
        std::unique_ptr<ProviderChain> ownChain;
        std::unique_ptr<LeadExtractionService> assisted;
        if (context.isSet(Providers)) {
            auto opened = context.store().open();
            if (!opened)
                return context.fail(opened.error());
            store = std::move(*opened);
            ai = std::make_unique<AiServices>(store->database(), store->settings(), store->phones(),
                                              context.store().secrets(), clock);
            if (Status built = ai->reloadChain(); !built)
                return context.fail(built.error());
            if (!ai->chain().hasOnlineProvider(Capability::Chat))
                return context.fail(ExitCode::BadInput,
                                    QStringLiteral("no AI provider is configured (see provider add)"));
            assisted = std::make_unique<LeadExtractionService>(ai->chain(), catalog, store->phones());
        } else if (context.isSet(ProviderUrl)) {
            const QUrl url(context.value(ProviderUrl));
            if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
                return context.usageError(QStringLiteral("--provider-url must be an http(s) URL"));
            network = std::make_unique<QNetworkAccessManager>();
            ownChain = std::make_unique<ProviderChain>(clock, random, ledger, phones);
            ProviderConfig config;
            config.id = QStringLiteral("cli");
            config.baseUrl = url;
            config.model = context.value(Model);
            config.timeoutMs = int(*timeout);
            ownChain->addProvider(
                std::make_unique<OpenAiCompatibleProvider>(config, qgetenv("OMNICRM_AI_API_KEY"), *network),
                config);
            assisted = std::make_unique<LeadExtractionService>(*ownChain, catalog, phones);
        }
        ProviderTally tally;

        QMap<QString, ExtractionEvaluation> bySplit;
        for (const LabelledMessage &message : std::as_const(*messages)) {
            if (split != u"all" && message.split != split)
                continue;
            QJsonObject actual;
            if (assisted) {
                const AssistedLead result = waitForResult<AssistedLead>(
                    [&](auto done) { assisted->extract(message.text, std::move(done)); });
                ++tally.calls;
                tally.fieldsFilled += int(result.filledFields.size());
                tally.fieldsRejected += int(result.rejectedFields.size());
                if (result.failure.isEmpty()) {
                    ++tally.answered;
                    ++tally.producers[result.providerId + u'/' + result.model];
                } else {
                    ++tally.failures[result.failure.section(u':', 0, 1).left(60)];
                }
                actual = leadToJson(result.lead);
            } else {
                actual = leadToJson(extractor.extract(message.text));
            }
            bySplit[message.split.isEmpty() ? QStringLiteral("none") : message.split].add(message.expected,
                                                                                          actual);
            if (split == u"all")
                bySplit[QStringLiteral("all")].add(message.expected, actual);
        }

        Console &console = context.console();
        if (context.isSet(Json)) {
            QJsonObject splits;
            for (auto it = bySplit.cbegin(); it != bySplit.cend(); ++it)
                splits.insert(it.key(), it.value().toJson());
            QJsonObject report { { QStringLiteral("file"), path }, { QStringLiteral("splits"), splits } };
            report.insert(QStringLiteral("mode"),
                          assisted ? QStringLiteral("provider") : QStringLiteral("offline"));
            if (assisted) {
                QJsonObject producers;
                for (auto it = tally.producers.cbegin(); it != tally.producers.cend(); ++it)
                    producers.insert(it.key(), it.value());
                QJsonObject failures;
                for (auto it = tally.failures.cbegin(); it != tally.failures.cend(); ++it)
                    failures.insert(it.key(), it.value());
                report.insert(QStringLiteral("provider"),
                              QJsonObject { { QStringLiteral("calls"), tally.calls },
                                            { QStringLiteral("answered"), tally.answered },
                                            { QStringLiteral("fields_filled"), tally.fieldsFilled },
                                            { QStringLiteral("fields_rejected"), tally.fieldsRejected },
                                            { QStringLiteral("producers"), producers },
                                            { QStringLiteral("failures"), failures } });
            }
            console.outJson(report);
            return ExitCode::Ok;
        }
        for (auto it = bySplit.cbegin(); it != bySplit.cend(); ++it) {
            const ExtractionEvaluation &evaluation = it.value();
            console.out(QStringLiteral("split %1: %2 messages").arg(it.key()).arg(evaluation.messages()));
            console.out(QStringLiteral("  %1 %2 %3 %4")
                            .arg(QStringLiteral("field"), -14)
                            .arg(QStringLiteral("precision"), 9)
                            .arg(QStringLiteral("recall"), 7)
                            .arg(QStringLiteral("f1"), 6));
            for (const QString &field :
                 ExtractionEvaluation::setFields() + ExtractionEvaluation::valueFields()) {
                const FieldScore s = evaluation.scores().value(field);
                console.out(QStringLiteral("  %1 %2 %3 %4")
                                .arg(field, -14)
                                .arg(s.precision(), 9, 'f', 3)
                                .arg(s.recall(), 7, 'f', 3)
                                .arg(s.f1(), 6, 'f', 3));
            }
            for (const QString &field : ExtractionEvaluation::accuracyFields()) {
                const FieldScore s = evaluation.scores().value(field);
                console.out(QStringLiteral("  %1 accuracy %2 (%3/%4)")
                                .arg(field, -14)
                                .arg(s.accuracy(), 0, 'f', 3)
                                .arg(s.correct)
                                .arg(s.total));
            }
        }
        if (assisted) {
            console.out(QStringLiteral("mode: provider-assisted; a provider answered %1 of %2 messages, "
                                       "filled %3 fields, %4 refused by validation")
                            .arg(tally.answered)
                            .arg(tally.calls)
                            .arg(tally.fieldsFilled)
                            .arg(tally.fieldsRejected));
            for (auto it = tally.producers.cbegin(); it != tally.producers.cend(); ++it)
                console.out(QStringLiteral("  answered by %1: %2").arg(it.key()).arg(it.value()));
            for (auto it = tally.failures.cbegin(); it != tally.failures.cend(); ++it)
                console.out(QStringLiteral("  failed (%1): %2").arg(it.key()).arg(it.value()));
        }
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeEvalExtractCommand()
{
    return std::make_unique<EvalExtractCommand>();
}

} // namespace OmniCrm
