// eval-extract: field-level precision, recall and F1 of the offline lead extraction against a
// labelled JSONL set, per split (see ExtractionEvaluation for how each field is compared).
#include "commands.h"
#include "extractionevaluation.h"
#include "leadextractor.h"
#include "leadjson.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace OmniCrm {

namespace {

const QString Json = QStringLiteral("json");
const QString CatalogOption = QStringLiteral("catalog");
const QString Split = QStringLiteral("split");

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
        return QStringLiteral("FILE [--catalog FILE] [--split dev|test|all] [--json]");
    }
    QStringList argumentNames() const override { return { QStringLiteral("FILE") }; }
    QString details() const override
    {
        return QStringLiteral(
            "FILE holds one {\"id\",\"split\",\"text\",\"expected\":{…}} object per line. Phones, e-mails\n"
            "and products are scored as sets; quantity and amount as exact numbers; name, company\n"
            "and city after Arabic folding with honorifics and legal forms dropped; lead type,\n"
            "priority and language as accuracy. The catalog defaults to catalog.json beside FILE.\n"
            "--split all (the default) reports every split found and the whole set.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(CatalogOption, QStringLiteral("Product catalog JSON file"),
                               QStringLiteral("FILE")),
            QCommandLineOption(Split, QStringLiteral("dev, test or all (default all)"),
                               QStringLiteral("SPLIT")),
            QCommandLineOption(Json, QStringLiteral("Print one JSON object")),
        };
    }

    ExitCode run(CommandContext &context) override
    {
        const QString split = context.isSet(Split) ? context.value(Split) : QStringLiteral("all");
        if (split != u"dev" && split != u"test" && split != u"all")
            return context.usageError(
                QStringLiteral("--split must be dev, test or all, not \"%1\"").arg(split));
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

        QMap<QString, ExtractionEvaluation> bySplit;
        for (const LabelledMessage &message : std::as_const(*messages)) {
            if (split != u"all" && message.split != split)
                continue;
            const QJsonObject actual = leadToJson(extractor.extract(message.text));
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
            console.outJson(
                QJsonObject { { QStringLiteral("file"), path }, { QStringLiteral("splits"), splits } });
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
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeEvalExtractCommand()
{
    return std::make_unique<EvalExtractCommand>();
}

} // namespace OmniCrm
