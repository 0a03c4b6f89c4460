// list: one page of contacts, companies, deals or leads, resumed with the cursor it printed.
#include "commands.h"
#include "money.h"
#include "rowoutput.h"
#include "storeaccess.h"

namespace OmniCrm {

namespace {

const QString Limit = QStringLiteral("limit");
const QString After = QStringLiteral("after");
const QString Json = QStringLiteral("json");
constexpr int DefaultLimit = 50;
constexpr int MaxLimit = 10000;

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

RowFields fieldsOf(const ContactRow &row)
{
    return {
        { QStringLiteral("id"), row.id },
        { QStringLiteral("name"), row.fullName },
        { QStringLiteral("company"), textOrNull(row.companyName) },
        { QStringLiteral("phone"), textOrNull(row.primaryPhone) },
        { QStringLiteral("email"), textOrNull(row.primaryEmail) },
        { QStringLiteral("city"), textOrNull(row.city) },
    };
}

RowFields fieldsOf(const CompanyRow &row)
{
    return {
        { QStringLiteral("id"), row.id },
        { QStringLiteral("name"), row.name },
        { QStringLiteral("industry"), textOrNull(row.industry) },
        { QStringLiteral("phone"), textOrNull(row.phone) },
        { QStringLiteral("email"), textOrNull(row.email) },
        { QStringLiteral("city"), textOrNull(row.city) },
        { QStringLiteral("contacts"), row.contactCount },
    };
}

RowFields fieldsOf(const DealRow &row)
{
    return {
        { QStringLiteral("id"), row.id },
        { QStringLiteral("title"), row.title },
        { QStringLiteral("stage"), row.stageNameAr },
        { QStringLiteral("stage_en"), row.stageNameEn },
        { QStringLiteral("stage_type"), row.stageType },
        { QStringLiteral("amount"), Money::fromMinor(row.amountMinor, row.currency).toPlainString() },
        { QStringLiteral("currency"), row.currency },
        { QStringLiteral("contact"), textOrNull(row.contactName) },
        { QStringLiteral("company"), textOrNull(row.companyName) },
        { QStringLiteral("expected_close"), textOrNull(row.expectedClose) },
    };
}

RowFields fieldsOf(const LeadRow &row)
{
    return {
        { QStringLiteral("id"), row.id },
        { QStringLiteral("title"), row.title },
        { QStringLiteral("person"), textOrNull(row.personName) },
        { QStringLiteral("company"), textOrNull(row.companyName) },
        { QStringLiteral("phone"), textOrNull(row.phone) },
        { QStringLiteral("status"), row.status },
        { QStringLiteral("source"), textOrNull(row.source) },
    };
}

template <typename Row> ExitCode printPage(CommandContext &context, const Result<Page<Row>> &page)
{
    if (!page)
        return context.fail(page.error());
    RowOutput output(context.console(), context.isSet(Json));
    for (const Row &row : page->rows)
        output.print(fieldsOf(row));
    if (!page->nextCursor.isEmpty())
        output.printNext(page->nextCursor);
    return ExitCode::Ok;
}

class ListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return QStringLiteral("List contacts, companies, deals or leads"); }
    QString synopsis() const override
    {
        return QStringLiteral("contacts|companies|deals|leads [--limit N] [--after CURSOR] [--json]");
    }
    QStringList argumentNames() const override
    {
        return { QStringLiteral("contacts|companies|deals|leads") };
    }
    QString details() const override
    {
        return QStringLiteral(
            "Prints one record per line (tab-separated, or JSON objects with --json). When more\n"
            "records follow, the last line is the cursor to pass to --after: \"next: CURSOR\" or\n"
            "{\"next\": \"CURSOR\"}. Exits 2 for a cursor this version did not write.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(Limit, QStringLiteral("Records per page, 1 to 10000 (default 50)"),
                               QStringLiteral("N")),
            QCommandLineOption(After, QStringLiteral("Resume after the page that printed CURSOR"),
                               QStringLiteral("CURSOR")),
            QCommandLineOption(Json, QStringLiteral("Print JSON lines")),
        };
    }

    ExitCode run(CommandContext &context) override
    {
        const QString kind = context.arguments().at(0);
        if (kind != u"contacts" && kind != u"companies" && kind != u"deals" && kind != u"leads")
            return context.usageError(
                QStringLiteral("cannot list \"%1\"; choose contacts, companies, deals or leads").arg(kind));
        const auto limit = context.intValue(Limit, DefaultLimit, 1, MaxLimit);
        if (!limit)
            return ExitCode::Usage;
        std::optional<Cursor> after;
        if (context.isSet(After)) {
            after = Cursor::decode(context.value(After));
            if (!after)
                return context.fail(ExitCode::BadInput,
                                    QStringLiteral("--after: \"%1\" is not a cursor that list printed")
                                        .arg(context.value(After)));
        }

        auto opened = context.store().open();
        if (!opened)
            return context.fail(opened.error());
        CrmStore &store = **opened;
        const int pageSize = int(*limit);
        if (kind == u"contacts")
            return printPage(context, store.contacts().page(after, pageSize));
        if (kind == u"companies")
            return printPage(context, store.companies().page(after, pageSize));
        if (kind == u"deals")
            return printPage(context, store.deals().page(after, pageSize));
        return printPage(context, store.leads().page(after, pageSize));
    }
};

} // namespace

std::unique_ptr<Command> makeListCommand()
{
    return std::make_unique<ListCommand>();
}

} // namespace OmniCrm
