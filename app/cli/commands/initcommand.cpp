// init: creates a new encrypted store with its key in the keychain or wrapped by a passphrase.
#include "commands.h"
#include "storeaccess.h"

namespace OmniCrm {

namespace {

class InitCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return QStringLiteral("Create a new encrypted store"); }
    QString synopsis() const override { return QStringLiteral("[--no-keychain] [--json]"); }
    QString details() const override
    {
        return QStringLiteral(
            "With a passphrase (--passphrase-file or OMNICRM_PASSPHRASE) the store's random key is\n"
            "wrapped by it with Argon2id in key.json; without one the key goes to the OS keychain.\n"
            "Exits 3 when neither is available, and 4 when the folder already holds a store.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("no-keychain"),
                               QStringLiteral("Never use the OS keychain: a passphrase is required")),
            QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print a JSON line")),
        };
    }

    ExitCode run(CommandContext &context) override
    {
        auto store = context.store().create(!context.isSet(QStringLiteral("no-keychain")));
        if (!store)
            return context.fail(store.error());
        const QString dir = context.store().directory();
        const bool passphraseMode = context.store().isPassphraseMode();
        if (context.isSet(QStringLiteral("json"))) {
            context.console().outJson({
                { QStringLiteral("store"), dir },
                { QStringLiteral("key_mode"),
                  passphraseMode ? QStringLiteral("passphrase") : QStringLiteral("keychain") },
                { QStringLiteral("schema_version"), schemaVersion(**store) },
            });
        } else {
            context.console().out(QStringLiteral("created an OmniCRM store in %1").arg(dir));
            context.console().out(passphraseMode
                                      ? QStringLiteral("its key is wrapped by your passphrase in key.json")
                                      : QStringLiteral("its key is kept in the OS keychain"));
        }
        return ExitCode::Ok;
    }

private:
    static int schemaVersion(CrmStore &store)
    {
        const auto stats = store.stats();
        return stats ? stats->schemaVersion : 0;
    }
};

} // namespace

std::unique_ptr<Command> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace OmniCrm
