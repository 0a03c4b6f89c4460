// search: one folded, prefix search across every kind of record.
#include "commands.h"
#include "rowoutput.h"
#include "storeaccess.h"

namespace OmniCrm {

namespace {

const QString Limit = QStringLiteral("limit");
const QString Json = QStringLiteral("json");

class SearchCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override
    {
        return QStringLiteral("Find records by name, phone, e-mail or notes");
    }
    QString synopsis() const override { return QStringLiteral("TEXT [--limit N] [--json]"); }
    QStringList argumentNames() const override { return { QStringLiteral("TEXT") }; }
    int maxArguments() const override { return 100; }
    QString details() const override
    {
        return QStringLiteral(
            "Every word of TEXT must start a word of the record, after Arabic folding: hamza forms,\n"
            "taa marbuta, tatweel, diacritics and Arabic-Indic digits do not matter, and a phone\n"
            "is found from any format (0555123456, +966555123456, ٠٥٥٥١٢٣٤٥٦). Several arguments are\n"
            "one text. Prints kind, id, title and subtitle per line, or JSON objects\n"
            "{\"kind\", \"id\", \"title\", \"subtitle\"} with --json.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(Limit, QStringLiteral("At most N results, 1 to 10000 (default 20)"),
                               QStringLiteral("N")),
            QCommandLineOption(Json, QStringLiteral("Print JSON lines")),
        };
    }

    ExitCode run(CommandContext &context) override
    {
        const QString text = context.arguments().join(u' ').trimmed();
        if (text.isEmpty())
            return context.usageError(QStringLiteral("the search text is empty"));
        const auto limit = context.intValue(Limit, 20, 1, 10000);
        if (!limit)
            return ExitCode::Usage;

        auto store = context.store().open();
        if (!store)
            return context.fail(store.error());
        const auto results = (*store)->search().search(text, int(*limit));
        if (!results)
            return context.fail(results.error());
        RowOutput output(context.console(), context.isSet(Json));
        for (const SearchResult &result : *results)
            output.print({
                { QStringLiteral("kind"), recordKindName(result.kind) },
                { QStringLiteral("id"), result.id },
                { QStringLiteral("title"), result.title },
                { QStringLiteral("subtitle"), result.subtitle },
            });
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeSearchCommand()
{
    return std::make_unique<SearchCommand>();
}

} // namespace OmniCrm
