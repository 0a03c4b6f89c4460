// omnicrm-server: wires the console streams and the command line to ServerCli.
#include "servercli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OmniCRM"));
    QCoreApplication::setApplicationName(QStringLiteral("omnicrm-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMNICRM_VERSION));
    OmniCrm::ServerCli cli(stdout, stderr, stdin);
    return cli.run(QCoreApplication::arguments());
}
