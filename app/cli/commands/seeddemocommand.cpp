// seed-demo: realistic Saudi and Gulf demo data, reproducible from a seed.
#include "commands.h"
#include "demoseeder.h"
#include "storeaccess.h"

namespace OmniCrm {

namespace {

const QString Json = QStringLiteral("json");
constexpr qint64 MaxRecords = 1000000;

struct CountOption
{
    QString name;
    int SeedOptions::*field;
};

const QList<CountOption> &countOptions()
{
    static const QList<CountOption> options {
        { QStringLiteral("companies"), &SeedOptions::companies },
        { QStringLiteral("contacts"), &SeedOptions::contacts },
        { QStringLiteral("deals"), &SeedOptions::deals },
        { QStringLiteral("leads"), &SeedOptions::leads },
        { QStringLiteral("products"), &SeedOptions::products },
        { QStringLiteral("activities"), &SeedOptions::activities },
    };
    return options;
}

class SeedDemoCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("seed-demo"); }
    QString summary() const override { return QStringLiteral("Fill the store with realistic demo data"); }
    QString synopsis() const override
    {
        return QStringLiteral("[--contacts N] [--companies N] [--deals N] [--leads N] [--products N] "
                              "[--activities N] [--seed S] [--json]");
    }
    QString details() const override
    {
        return QStringLiteral(
            "Arabic and English names and companies, valid Saudi and Gulf phones in mixed\n"
            "formats, deals across stages and activities. The same seed gives the same data.");
    }
    QList<QCommandLineOption> options() const override
    {
        const SeedOptions defaults;
        QList<QCommandLineOption> options;
        for (const CountOption &count : countOptions())
            options.append(QCommandLineOption(
                count.name,
                QStringLiteral("How many %1 (default %2)").arg(count.name).arg(defaults.*count.field),
                QStringLiteral("N")));
        options.append(QCommandLineOption(QStringLiteral("seed"),
                                          QStringLiteral("Random seed (default %1)").arg(defaults.seed),
                                          QStringLiteral("S")));
        options.append(QCommandLineOption(Json, QStringLiteral("Print what was created as a JSON line")));
        return options;
    }

    ExitCode run(CommandContext &context) override
    {
        SeedOptions options;
        for (const CountOption &count : countOptions()) {
            const auto value = context.intValue(count.name, options.*count.field, 0, MaxRecords);
            if (!value)
                return ExitCode::Usage;
            options.*count.field = int(*value);
        }
        const auto seed = context.intValue(QStringLiteral("seed"), options.seed, 0, 0xffffffffLL);
        if (!seed)
            return ExitCode::Usage;
        options.seed = quint32(*seed);

        auto store = context.store().open();
        if (!store)
            return context.fail(store.error());
        DemoSeeder seeder(**store);
        const auto summary = seeder.seed(options);
        if (!summary) // the seeder's own data failing validation is a bug, not bad input
            return context.fail(ExitCode::Failure, summary.error().detail);

        if (context.isSet(Json)) {
            context.console().outJson({
                { QStringLiteral("companies"), summary->companies },
                { QStringLiteral("contacts"), summary->contacts },
                { QStringLiteral("deals"), summary->deals },
                { QStringLiteral("leads"), summary->leads },
                { QStringLiteral("products"), summary->products },
                { QStringLiteral("activities"), summary->activities },
                { QStringLiteral("seed"), qint64(options.seed) },
            });
        } else {
            context.console().out(
                QStringLiteral("seeded demo data (seed %1): %2 companies, %3 contacts, %4 deals, %5 leads, "
                               "%6 products, %7 activities")
                    .arg(QString::number(options.seed), QString::number(summary->companies),
                         QString::number(summary->contacts), QString::number(summary->deals),
                         QString::number(summary->leads), QString::number(summary->products),
                         QString::number(summary->activities)));
        }
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeSeedDemoCommand()
{
    return std::make_unique<SeedDemoCommand>();
}

} // namespace OmniCrm
