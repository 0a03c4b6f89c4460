// stats: what the store holds: counts, open pipeline per currency, pending sync changes.
#include "commands.h"
#include "money.h"
#include "storeaccess.h"

#include <QJsonArray>

namespace OmniCrm {

namespace {

class StatsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override { return QStringLiteral("Show record counts and the open pipeline"); }
    QString synopsis() const override { return QStringLiteral("[--json]"); }
    QList<QCommandLineOption> options() const override
    {
        return { QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print one JSON line")) };
    }

    ExitCode run(CommandContext &context) override
    {
        auto store = context.store().open();
        if (!store)
            return context.fail(store.error());
        const auto stats = (*store)->stats();
        if (!stats)
            return context.fail(stats.error());

        const QList<std::pair<QString, qint64>> counts {
            { QStringLiteral("contacts"), stats->contacts },
            { QStringLiteral("companies"), stats->companies },
            { QStringLiteral("leads"), stats->leads },
            { QStringLiteral("deals"), stats->deals },
            { QStringLiteral("products"), stats->products },
            { QStringLiteral("activities"), stats->activities },
            { QStringLiteral("pending_changes"), stats->pendingChanges },
        };
        Console &console = context.console();
        if (context.isSet(QStringLiteral("json"))) {
            QJsonObject json;
            for (const auto &[key, count] : counts)
                json.insert(key, count);
            QJsonArray pipeline;
            for (const auto &[currency, minor] : stats->openPipeline)
                pipeline.append(QJsonObject {
                    { QStringLiteral("currency"), currency },
                    { QStringLiteral("amount"), Money::fromMinor(minor, currency).toPlainString() },
                    { QStringLiteral("minor"), minor },
                });
            json.insert(QStringLiteral("open_pipeline"), pipeline);
            json.insert(QStringLiteral("schema_version"), stats->schemaVersion);
            console.outJson(json);
            return ExitCode::Ok;
        }
        for (const auto &[key, count] : counts)
            console.out(QStringLiteral("%1  %2").arg(QString(key).replace(u'_', u' '), -16).arg(count));
        if (stats->openPipeline.isEmpty())
            console.out(QStringLiteral("%1  none").arg(QStringLiteral("open pipeline"), -16));
        for (const auto &[currency, minor] : stats->openPipeline)
            console.out(QStringLiteral("%1  %2 %3")
                            .arg(QStringLiteral("open pipeline"), -16)
                            .arg(Money::fromMinor(minor, currency).toPlainString(), currency));
        console.out(
            QStringLiteral("%1  %2").arg(QStringLiteral("schema version"), -16).arg(stats->schemaVersion));
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeStatsCommand()
{
    return std::make_unique<StatsCommand>();
}

} // namespace OmniCrm
