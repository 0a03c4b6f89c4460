// import: contacts or companies from a CSV, vCard or JSON file, in one transaction.
#include "commands.h"
#include "importservice.h"
#include "storeaccess.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace OmniCrm {

namespace {

const QString DryRun = QStringLiteral("dry-run");
const QString Strict = QStringLiteral("strict");
const QString Mapping = QStringLiteral("mapping");
const QString Json = QStringLiteral("json");
const QString Progress = QStringLiteral("progress");

/// "line 7, field mobile: …": the parser's own "line N: " prefix is not repeated.
QString describe(const ImportRowError &error)
{
    static const QRegularExpression linePrefix(QStringLiteral("^line \\d+: "));
    QString message = error.message;
    message.remove(linePrefix);
    QString where = QStringLiteral("line %1").arg(error.line);
    if (!error.field.isEmpty())
        where += QStringLiteral(", field ") + error.field;
    return where + QStringLiteral(": ") + message;
}

QJsonObject summaryJson(const ImportSummary &summary, bool dryRun)
{
    QJsonArray errors;
    for (const ImportRowError &error : summary.errors)
        errors.append(QJsonObject {
            { QStringLiteral("line"), error.line },
            { QStringLiteral("field"), error.field.isEmpty() ? QJsonValue() : QJsonValue(error.field) },
            { QStringLiteral("message"), error.message },
        });
    return {
        { QStringLiteral("batch"), summary.batchId.isEmpty() ? QJsonValue() : QJsonValue(summary.batchId) },
        { QStringLiteral("read"), summary.read },
        { QStringLiteral("imported"), summary.imported },
        { QStringLiteral("skipped_duplicates"), summary.skippedDuplicates },
        { QStringLiteral("errors"), errors },
        { QStringLiteral("unrecognised_columns"), QJsonArray::fromStringList(summary.unrecognisedColumns) },
        { QStringLiteral("encoding"), summary.encoding },
        { QStringLiteral("dry_run"), dryRun },
        { QStringLiteral("stored"), summary.stored },
    };
}

class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return QStringLiteral("Import contacts or companies from a file"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "contacts|companies FILE [--dry-run] [--strict] [--mapping FILE] [--json] [--progress]");
    }
    QStringList argumentNames() const override
    {
        return { QStringLiteral("contacts|companies"), QStringLiteral("FILE") };
    }
    QString details() const override
    {
        return QStringLiteral(
            "FILE is CSV (UTF-8 with or without BOM, or Windows-1256), vCard 3.0/4.0 or JSON, told\n"
            "by its name or its first bytes. Headers are recognised in Arabic and English; a mapping\n"
            "file names others: {\"columns\": {\"Header\": \"mobile\", \"Ignored\": null}}.\n"
            "The whole file is one transaction: a record goes in whole or not at all, bad records\n"
            "are skipped and reported by line and field, exact duplicates by phone or e-mail are\n"
            "skipped and counted. Exits 0 with the skipped records in the summary; 2 when the file\n"
            "cannot be read, or with --strict when any record is bad (nothing is stored then).\n"
            "--json prints one summary object: {\"batch\", \"read\", \"imported\",\n"
            "\"skipped_duplicates\", \"errors\": [{\"line\", \"field\", \"message\"}], ...}.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(DryRun, QStringLiteral("Validate and count; store nothing")),
            QCommandLineOption(Strict, QStringLiteral("Store nothing when any record is bad (exit 2)")),
            QCommandLineOption(Mapping, QStringLiteral("JSON file mapping column headers to fields"),
                               QStringLiteral("FILE")),
            QCommandLineOption(Json, QStringLiteral("Print the summary as one JSON line")),
            QCommandLineOption(Progress,
                               QStringLiteral("Print {\"progress\": n} on stderr every 1,000 records")),
        };
    }

    ExitCode run(CommandContext &context) override
    {
        const QString kindName = context.arguments().at(0);
        const QString path = context.arguments().at(1);
        ImportOptions options;
        if (kindName == u"contacts")
            options.kind = ImportKind::Contacts;
        else if (kindName == u"companies")
            options.kind = ImportKind::Companies;
        else
            return context.usageError(
                QStringLiteral("cannot import \"%1\"; choose contacts or companies").arg(kindName));

        const QFileInfo file(path);
        if (!file.exists())
            return context.fail(ExitCode::BadInput, QStringLiteral("%1: no such file").arg(path));
        if (!file.isFile() || !file.isReadable())
            return context.fail(ExitCode::BadInput, QStringLiteral("%1: not a readable file").arg(path));
        if (context.isSet(Mapping)) {
            auto mapping = ColumnMapping::fromFile(context.value(Mapping));
            if (!mapping)
                return context.fail(ExitCode::BadInput,
                                    QStringLiteral("mapping file %1: %2")
                                        .arg(context.value(Mapping), mapping.error().detail));
            options.mapping = *mapping;
        }
        options.dryRun = context.isSet(DryRun);
        options.strict = context.isSet(Strict);
        options.sourceName = file.fileName();
        if (context.isSet(Progress)) {
            Console &console = context.console();
            options.progress = [&console](qint64 read) {
                console.errJson({ { QStringLiteral("progress"), read } });
                return true;
            };
        }

        auto store = context.store().open();
        if (!store)
            return context.fail(store.error());
        const auto summary = (*store)->imports().importFile(path, options);
        if (!summary)
            return context.fail(summary.error(), path);

        print(context, *summary, kindName, options);
        if (options.strict && !summary->errors.isEmpty())
            return context.fail(
                ExitCode::BadInput,
                QStringLiteral("--strict: %1 record(s) with errors, nothing stored (first: %2)")
                    .arg(summary->errors.size())
                    .arg(describe(summary->errors.first())));
        return ExitCode::Ok;
    }

private:
    static void print(CommandContext &context, const ImportSummary &summary, const QString &kindName,
                      const ImportOptions &options)
    {
        Console &console = context.console();
        if (context.isSet(Json)) {
            console.outJson(summaryJson(summary, options.dryRun));
            return;
        }
        for (const ImportRowError &error : summary.errors)
            console.err(QStringLiteral("omnicrm-cli: import: ") + describe(error));
        if (options.dryRun)
            console.out(QStringLiteral("dry run: %1 %2 would be imported; nothing stored")
                            .arg(summary.imported)
                            .arg(kindName));
        else if (summary.stored)
            console.out(
                QStringLiteral("imported %1 %2 (batch %3)")
                    .arg(summary.imported)
                    .arg(kindName, summary.batchId.isEmpty() ? QStringLiteral("none") : summary.batchId));
        else
            console.out(QStringLiteral("imported 0 %1; nothing stored").arg(kindName));
        console.out(QStringLiteral("records read: %1").arg(summary.read));
        console.out(QStringLiteral("skipped duplicates: %1").arg(summary.skippedDuplicates));
        console.out(QStringLiteral("records with errors: %1").arg(summary.errors.size()));
        if (!summary.encoding.isEmpty())
            console.out(QStringLiteral("encoding: ") + summary.encoding);
        if (!summary.unrecognisedColumns.isEmpty())
            console.out(QStringLiteral("ignored columns: ")
                        + summary.unrecognisedColumns.join(QStringLiteral(", ")));
    }
};

} // namespace

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace OmniCrm
