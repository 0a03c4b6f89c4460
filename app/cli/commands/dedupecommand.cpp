// dedupe: record linkage over any CSV file, no store needed: prints one cluster per real-world
// entity. With --store-contacts or --store-companies it lists the store's candidate clusters
// instead, read-only (merge and undo-merge act on them).
#include "commands.h"
#include "csvreader.h"
#include "dedupeengine.h"
#include "phonenormalizer.h"
#include "storeaccess.h"
#include "storemerge.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>

namespace OmniCrm {

namespace {

const QString Csv = QStringLiteral("csv");
const QString IdColumn = QStringLiteral("id");
const QString Field = QStringLiteral("field");
const QString Threshold = QStringLiteral("threshold");
const QString StoreContacts = QStringLiteral("store-contacts");
const QString StoreCompanies = QStringLiteral("store-companies");
const QString Json = QStringLiteral("json");

class DedupeCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("dedupe"); }
    QString summary() const override
    {
        return QStringLiteral("Find duplicate records in a CSV file or in the store");
    }
    QString synopsis() const override
    {
        return QStringLiteral("--csv FILE --id COLUMN --field COLUMN:KIND... [--threshold P]\n"
                              "       dedupe --store-contacts|--store-companies [--json] [--threshold P]");
    }
    QString details() const override
    {
        return QStringLiteral(
            "Reads FILE (CSV with a header row; UTF-8, UTF-16 or Windows-1256) and links the rows\n"
            "that describe one person or company: names across Arabic and Latin spellings,\n"
            "phones in any format, e-mails, companies without their legal form. KIND is one of\n"
            "first_name last_name full_name company phone email address city postcode date id;\n"
            "give --field once per column to compare. Prints a header then one \"id,cluster\" line\n"
            "per row, in file order; rows of one entity share a cluster number and every other row\n"
            "has its own. P is the match probability needed to link two rows (default 0.5).\n"
            "Needs no store.\n"
            "With --store-contacts or --store-companies it reads the store's live records instead\n"
            "and lists the clusters of likely duplicates, most certain first, with each record's id\n"
            "and name; nothing is changed (see merge and undo-merge).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(Csv, QStringLiteral("The CSV file to read"), QStringLiteral("FILE")),
            QCommandLineOption(IdColumn, QStringLiteral("The column that names each row"),
                               QStringLiteral("COLUMN")),
            QCommandLineOption(Field, QStringLiteral("A column to compare and its kind"),
                               QStringLiteral("COLUMN:KIND")),
            QCommandLineOption(Threshold,
                               QStringLiteral("Match probability, above 0 and at most 1 (default 0.5)"),
                               QStringLiteral("P")),
            QCommandLineOption(StoreContacts,
                               QStringLiteral("List duplicate clusters of the store's contacts")),
            QCommandLineOption(StoreCompanies,
                               QStringLiteral("List duplicate clusters of the store's companies")),
            QCommandLineOption(Json, QStringLiteral("With --store-*: print the clusters as one JSON object")),
        };
    }

    ExitCode run(CommandContext &context) override
    {
        if (context.isSet(StoreContacts) || context.isSet(StoreCompanies))
            return runOnStore(context);
        if (context.isSet(Json))
            return context.usageError(
                QStringLiteral("--json goes with --store-contacts or --store-companies"));
        if (!context.isSet(Csv))
            return context.usageError(QStringLiteral("--csv FILE is required"));
        if (!context.isSet(IdColumn))
            return context.usageError(QStringLiteral("--id COLUMN is required"));
        const QStringList fieldSpecs = context.values(Field);
        if (fieldSpecs.isEmpty())
            return context.usageError(QStringLiteral("at least one --field COLUMN:KIND is required"));
        DedupeOptions options;
        if (context.isSet(Threshold)) {
            bool ok = false;
            options.threshold = context.value(Threshold).toDouble(&ok);
            if (!ok || !(options.threshold > 0 && options.threshold <= 1))
                return context.usageError(
                    QStringLiteral("--threshold must be a number above 0 and at most 1"));
        }
        QList<FieldSpec> fields;
        for (const QString &spec : fieldSpecs) {
            auto field = DedupeEngine::parseFieldSpec(spec);
            if (!field)
                return context.usageError(field.error().detail);
            fields.append(*field);
        }

        QFile file(context.value(Csv));
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(
                ExitCode::BadInput,
                QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        CsvReader reader;
        QStringList header;
        qsizetype idIndex = -1;
        QList<qsizetype> columns;
        QStringList ids;
        QList<QStringList> rows;
        QString problem;
        const Status read = reader.read(file, [&](const CsvRow &row) {
            if (header.isEmpty()) {
                header = row.fields;
                for (QString &name : header)
                    name = name.trimmed();
                if (!header.isEmpty() && header.front().startsWith(QChar(0xFEFF)))
                    header.front().remove(0, 1);
                idIndex = header.indexOf(context.value(IdColumn));
                if (idIndex < 0) {
                    problem = QStringLiteral("%1 has no column \"%2\"")
                                  .arg(file.fileName(), context.value(IdColumn));
                    return false;
                }
                for (const FieldSpec &field : std::as_const(fields)) {
                    const qsizetype index = header.indexOf(field.name);
                    if (index < 0) {
                        problem = QStringLiteral("%1 has no column \"%2\"").arg(file.fileName(), field.name);
                        return false;
                    }
                    columns.append(index);
                }
                return true;
            }
            ids.append(row.fields.value(idIndex).trimmed());
            QStringList values;
            values.reserve(columns.size());
            for (const qsizetype index : std::as_const(columns))
                values.append(row.fields.value(index));
            rows.append(values);
            return true;
        });
        if (!read)
            return context.fail(ExitCode::BadInput,
                                file.fileName() + QStringLiteral(": ") + read.error().detail);
        if (!problem.isEmpty())
            return context.fail(ExitCode::BadInput, problem);
        if (header.isEmpty())
            return context.fail(ExitCode::BadInput, file.fileName() + QStringLiteral(" is empty"));

        const PhoneNormalizer phones;
        const auto result = DedupeEngine(phones).run(fields, rows, options);
        if (!result)
            return context.fail(result.error());
        context.console().out(QStringLiteral("id,cluster"));
        for (qsizetype i = 0; i < ids.size(); ++i)
            context.console().out(csvCell(ids.at(i)) + u',' + QString::number(result->clusterOf.at(i) + 1));
        return ExitCode::Ok;
    }

private:
    static ExitCode runOnStore(CommandContext &context)
    {
        if (context.isSet(StoreContacts) && context.isSet(StoreCompanies))
            return context.usageError(QStringLiteral("give --store-contacts or --store-companies, not both"));
        if (context.isSet(Csv) || context.isSet(IdColumn) || context.isSet(Field))
            return context.usageError(QStringLiteral("--csv, --id and --field do not go with --store-*"));
        double threshold = 0.5;
        if (context.isSet(Threshold)) {
            bool ok = false;
            threshold = context.value(Threshold).toDouble(&ok);
            if (!ok || !(threshold > 0 && threshold <= 1))
                return context.usageError(
                    QStringLiteral("--threshold must be a number above 0 and at most 1"));
        }
        const MergeKind kind = context.isSet(StoreContacts) ? MergeKind::Contact : MergeKind::Company;
        auto store = context.store().open();
        if (!store)
            return context.fail(store.error());
        StoreMerge merge(**store);
        const auto clusters = merge.service.duplicateClusters(kind, threshold);
        if (!clusters)
            return context.fail(clusters.error());
        const QString kindName
            = kind == MergeKind::Contact ? QStringLiteral("contact") : QStringLiteral("company");
        if (context.isSet(Json)) {
            QJsonArray list;
            for (const DuplicateCluster &cluster : *clusters) {
                QJsonArray records;
                for (qsizetype i = 0; i < cluster.ids.size(); ++i)
                    records.append(QJsonObject { { QStringLiteral("id"), cluster.ids.at(i) },
                                                 { QStringLiteral("name"), cluster.labels.at(i) } });
                list.append(QJsonObject { { QStringLiteral("weakest_link"), cluster.weakestLink },
                                          { QStringLiteral("strongest_link"), cluster.strongestLink },
                                          { QStringLiteral("records"), records } });
            }
            context.console().outJson({ { QStringLiteral("kind"), kindName },
                                        { QStringLiteral("threshold"), threshold },
                                        { QStringLiteral("clusters"), list } });
            return ExitCode::Ok;
        }
        int number = 0;
        for (const DuplicateCluster &cluster : *clusters) {
            context.console().out(QStringLiteral("cluster %1 (p %2-%3):")
                                      .arg(++number)
                                      .arg(cluster.weakestLink, 0, 'f', 2)
                                      .arg(cluster.strongestLink, 0, 'f', 2));
            for (qsizetype i = 0; i < cluster.ids.size(); ++i)
                context.console().out(
                    QStringLiteral("  %1  %2").arg(cluster.ids.at(i), cluster.labels.at(i)));
        }
        context.console().out(
            QStringLiteral("%1 %2 cluster(s) of likely duplicates; merge --survivor ID ID... "
                           "merges one")
                .arg(clusters->size())
                .arg(kindName));
        return ExitCode::Ok;
    }

    static QString csvCell(const QString &value)
    {
        if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
            return value;
        QString quoted = value;
        quoted.replace(u'"', QStringLiteral("\"\""));
        return u'"' + quoted + u'"';
    }
};

} // namespace

std::unique_ptr<Command> makeDedupeCommand()
{
    return std::make_unique<DedupeCommand>();
}

} // namespace OmniCrm
