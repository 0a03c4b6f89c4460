// omnicrm-cli: wires the console, the keychain, the store access and the commands together.
#include "cliapp.h"
#include "commands/commands.h"
#include "keychainsecretstore.h"
#include "storeaccess.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OmniCRM"));
    QCoreApplication::setApplicationName(QStringLiteral("OmniCRM"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMNICRM_VERSION));

    OmniCrm::Console console(stdout, stderr);
    OmniCrm::KeychainSecretStore keychain;
    OmniCrm::StoreAccess store(keychain, OmniCrm::KdfParams::fromEnvironment());
    OmniCrm::CliApp cli(console, store);
    for (auto &command : OmniCrm::allCommands())
        cli.add(std::move(command));
    return cli.run(QCoreApplication::arguments());
}
