// merge and undo-merge: MergeService from the command line. merge folds one or more records into
// the survivor the user names (each fold is its own logged, undoable merge); undo-merge undoes
// one of them by the id merge printed.
#include "commands.h"
#include "storeaccess.h"
#include "storemerge.h"

#include <QJsonArray>

namespace OmniCrm {

namespace {

const QString Survivor = QStringLiteral("survivor");
const QString Json = QStringLiteral("json");

QString kindWord(MergeKind kind)
{
    return kind == MergeKind::Contact ? QStringLiteral("contact") : QStringLiteral("company");
}

class MergeCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("merge"); }
    QString summary() const override { return QStringLiteral("Merge duplicate contacts or companies"); }
    QString synopsis() const override { return QStringLiteral("--survivor ID ID... [--json]"); }
    QStringList argumentNames() const override { return { QStringLiteral("ID") }; }
    int maxArguments() const override { return 1000; }
    QString details() const override
    {
        return QStringLiteral(
            "Merges each ID into the survivor, all of one kind (contacts or companies). The survivor\n"
            "keeps its values; where it has none it takes the other's, and differing values are kept\n"
            "as alternates. Phones and e-mails are joined, activities, deals and notes move to the\n"
            "survivor, and the other record is deleted. Every merge is logged with an id that\n"
            "undo-merge takes. All ids are checked before anything changes.");
    }
    QList<QCommandLineOption> options() const override
    {
        return { QCommandLineOption(Survivor, QStringLiteral("The record to keep"), QStringLiteral("ID")),
                 QCommandLineOption(Json, QStringLiteral("Print the result as a JSON line")) };
    }

    ExitCode run(CommandContext &context) override
    {
        if (!context.isSet(Survivor) || context.value(Survivor).trimmed().isEmpty())
            return context.usageError(QStringLiteral("--survivor ID is required"));
        const QString survivor = context.value(Survivor).trimmed();
        QStringList losers;
        for (const QString &argument : context.arguments()) {
            const QString id = argument.trimmed();
            if (id == survivor)
                return context.usageError(
                    QStringLiteral("%1 is the survivor; it cannot also be merged").arg(id));
            if (!losers.contains(id))
                losers.append(id);
        }
        auto store = context.store().open();
        if (!store)
            return context.fail(store.error());
        StoreMerge merge(**store);
        const auto kind = merge.kindOf(survivor);
        if (!kind)
            return context.fail(kind.error());
        for (const QString &id : std::as_const(losers)) {
            const auto other = merge.kindOf(id);
            if (!other)
                return context.fail(other.error());
            if (*other != *kind)
                return context.fail(ExitCode::BadInput,
                                    QStringLiteral("%1 is a %2 and %3 is a %4: only records of "
                                                   "one kind merge")
                                        .arg(survivor, kindWord(*kind), id, kindWord(*other)));
        }
        QJsonArray done;
        for (const QString &id : std::as_const(losers)) {
            const auto outcome = merge.service.merge(*kind, survivor, id, survivor);
            if (!outcome) {
                if (!done.isEmpty())
                    context.console().out(
                        QStringLiteral("%1 merge(s) were done before the failure; undo-merge undoes them")
                            .arg(done.size()));
                return context.fail(outcome.error(), QStringLiteral("merging %1 into %2").arg(id, survivor));
            }
            done.append(QJsonObject { { QStringLiteral("merged"), id },
                                      { QStringLiteral("merge_id"), outcome->mergeId } });
            if (!context.isSet(Json))
                context.console().out(QStringLiteral("merged %1 %2 into %3: merge %4")
                                          .arg(kindWord(*kind), id, survivor, outcome->mergeId));
        }
        if (context.isSet(Json))
            context.console().outJson({ { QStringLiteral("kind"), kindWord(*kind) },
                                        { QStringLiteral("survivor"), survivor },
                                        { QStringLiteral("merges"), done } });
        return ExitCode::Ok;
    }
};

class UndoMergeCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("undo-merge"); }
    QString summary() const override { return QStringLiteral("Undo one merge"); }
    QString synopsis() const override { return QStringLiteral("MERGE [--json]"); }
    QStringList argumentNames() const override { return { QStringLiteral("MERGE") }; }
    QString details() const override
    {
        return QStringLiteral(
            "MERGE is the id merge printed. The merged record comes back with its links, and\n"
            "the survivor gets its values back, in one transaction. Undo several merges\n"
            "into one survivor last first. Exits 2 for an unknown merge and 4 for one\n"
            "already undone.");
    }
    QList<QCommandLineOption> options() const override
    {
        return { QCommandLineOption(Json, QStringLiteral("Print the result as a JSON line")) };
    }

    ExitCode run(CommandContext &context) override
    {
        const QString mergeId = context.arguments().at(0).trimmed();
        auto store = context.store().open();
        if (!store)
            return context.fail(store.error());
        StoreMerge merge(**store);
        const Status undone = merge.service.undo(mergeId);
        if (!undone)
            return context.fail(undone.error(), QStringLiteral("merge ") + mergeId);
        if (context.isSet(Json))
            context.console().outJson(
                { { QStringLiteral("merge"), mergeId }, { QStringLiteral("undone"), true } });
        else
            context.console().out(QStringLiteral("undid merge %1").arg(mergeId));
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeMergeCommand()
{
    return std::make_unique<MergeCommand>();
}

std::unique_ptr<Command> makeUndoMergeCommand()
{
    return std::make_unique<UndoMergeCommand>();
}

} // namespace OmniCrm
