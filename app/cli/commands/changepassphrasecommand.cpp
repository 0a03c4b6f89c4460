// change-passphrase: re-wraps the store's key under a new passphrase; the database is untouched.
#include "commands.h"
#include "storeaccess.h"

namespace OmniCrm {

namespace {

const QString NewPassphraseFile = QStringLiteral("new-passphrase-file");

class ChangePassphraseCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("change-passphrase"); }
    QString summary() const override { return QStringLiteral("Wrap the store's key with a new passphrase"); }
    QString synopsis() const override { return QStringLiteral("[--new-passphrase-file FILE]"); }
    QString details() const override
    {
        return QStringLiteral(
            "The current passphrase comes from --passphrase-file or OMNICRM_PASSPHRASE, the new one\n"
            "from --new-passphrase-file or OMNICRM_NEW_PASSPHRASE. Only key.json is rewritten, and\n"
            "only once the current passphrase is proven; exits 3 when it is wrong or missing.");
    }
    QList<QCommandLineOption> options() const override
    {
        return { QCommandLineOption(NewPassphraseFile,
                                    QStringLiteral("Read the new passphrase from FILE (default: "
                                                   "$OMNICRM_NEW_PASSPHRASE)"),
                                    QStringLiteral("FILE")) };
    }

    ExitCode run(CommandContext &context) override
    {
        if (context.isSet(NewPassphraseFile) && context.value(NewPassphraseFile).isEmpty())
            return context.usageError(QStringLiteral("--new-passphrase-file needs a non-empty value"));
        const Status changed = context.store().changePassphrase(context.value(NewPassphraseFile));
        if (!changed)
            return context.fail(changed.error());
        context.console().out(
            QStringLiteral("the passphrase of %1 is changed").arg(context.store().directory()));
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeChangePassphraseCommand()
{
    return std::make_unique<ChangePassphraseCommand>();
}

} // namespace OmniCrm
