// undo-import: soft-deletes every record one import batch created.
#include "commands.h"
#include "importservice.h"
#include "storeaccess.h"

namespace OmniCrm {

namespace {

class UndoImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("undo-import"); }
    QString summary() const override { return QStringLiteral("Remove every record one import created"); }
    QString synopsis() const override { return QStringLiteral("BATCH [--json]"); }
    QStringList argumentNames() const override { return { QStringLiteral("BATCH") }; }
    QString details() const override
    {
        return QStringLiteral("BATCH is the id import printed. Records are soft-deleted in one transaction,\n"
                              "so the batch goes as a whole. Exits 2 for a batch this store does not know.");
    }
    QList<QCommandLineOption> options() const override
    {
        return { QCommandLineOption(QStringLiteral("json"),
                                    QStringLiteral("Print the result as a JSON line")) };
    }

    ExitCode run(CommandContext &context) override
    {
        const QString batch = context.arguments().at(0);
        auto store = context.store().open();
        if (!store)
            return context.fail(store.error());
        const auto removed = (*store)->imports().undo(batch);
        if (!removed)
            return context.fail(removed.error(), QStringLiteral("batch ") + batch);
        if (context.isSet(QStringLiteral("json")))
            context.console().outJson(
                { { QStringLiteral("batch"), batch }, { QStringLiteral("removed"), *removed } });
        else
            context.console().out(QStringLiteral("undid import batch %1: %2 records removed")
                                      .arg(batch, QString::number(*removed)));
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeUndoImportCommand()
{
    return std::make_unique<UndoImportCommand>();
}

} // namespace OmniCrm
