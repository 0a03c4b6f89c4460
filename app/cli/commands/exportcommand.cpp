// export: every live contact, company or deal to CSV, vCard (contacts) or JSON.
#include "commands.h"
#include "exportservice.h"
#include "storeaccess.h"

#include <QFileInfo>

namespace OmniCrm {

namespace {

const QString Format = QStringLiteral("format");
const QString Json = QStringLiteral("json");

std::optional<RecordFormat> formatFromOption(const QString &text)
{
    const QString name = text.toLower();
    if (name == u"csv")
        return RecordFormat::Csv;
    if (name == u"vcf" || name == u"vcard")
        return RecordFormat::VCard;
    if (name == u"json")
        return RecordFormat::Json;
    return std::nullopt;
}

QString formatName(RecordFormat format)
{
    switch (format) {
    case RecordFormat::Csv:
        return QStringLiteral("csv");
    case RecordFormat::VCard:
        return QStringLiteral("vcf");
    case RecordFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

class ExportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return QStringLiteral("Export contacts, companies or deals to a file");
    }
    QString synopsis() const override
    {
        return QStringLiteral("contacts|companies|deals FILE [--format csv|vcf|json] [--json]");
    }
    QStringList argumentNames() const override
    {
        return { QStringLiteral("contacts|companies|deals"), QStringLiteral("FILE") };
    }
    QString details() const override
    {
        return QStringLiteral(
            "The format defaults from FILE's extension (.csv, .vcf, .json); vCard holds contacts\n"
            "only. What export writes, import reads back without loss, ids included.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(Format, QStringLiteral("csv, vcf or json (default: from FILE's extension)"),
                               QStringLiteral("FORMAT")),
            QCommandLineOption(Json, QStringLiteral("Print the result as a JSON line")),
        };
    }

    ExitCode run(CommandContext &context) override
    {
        const QString kindName = context.arguments().at(0);
        const QString path = context.arguments().at(1);
        std::optional<ExportKind> kind;
        if (kindName == u"contacts")
            kind = ExportKind::Contacts;
        else if (kindName == u"companies")
            kind = ExportKind::Companies;
        else if (kindName == u"deals")
            kind = ExportKind::Deals;
        else
            return context.usageError(
                QStringLiteral("cannot export \"%1\"; choose contacts, companies or deals").arg(kindName));

        std::optional<RecordFormat> format;
        if (context.isSet(Format)) {
            format = formatFromOption(context.value(Format));
            if (!format)
                return context.usageError(QStringLiteral("unknown format \"%1\"; choose csv, vcf or json")
                                              .arg(context.value(Format)));
        } else {
            format = recordFormatFromName(QFileInfo(path).suffix());
            if (!format)
                return context.usageError(
                    QStringLiteral("cannot tell the format from \"%1\"; name the file .csv, .vcf or .json "
                                   "or pass --format")
                        .arg(path));
        }
        if (*format == RecordFormat::VCard && *kind != ExportKind::Contacts)
            return context.usageError(
                QStringLiteral("vCard holds contacts only; export %1 as csv or json").arg(kindName));

        auto store = context.store().open();
        if (!store)
            return context.fail(store.error());
        ExportService exporter(**store);
        const auto written = exporter.exportFile(path, *kind, *format);
        if (!written)
            return context.fail(written.error(), path);

        if (context.isSet(Json))
            context.console().outJson({
                { QStringLiteral("exported"), *written },
                { QStringLiteral("kind"), kindName },
                { QStringLiteral("file"), path },
                { QStringLiteral("format"), formatName(*format) },
            });
        else
            context.console().out(QStringLiteral("exported %1 %2 to %3 (%4)")
                                      .arg(*written)
                                      .arg(kindName, path, formatName(*format)));
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace OmniCrm
