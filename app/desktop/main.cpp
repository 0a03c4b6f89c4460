// omnicrm: the desktop app. Opens the store (first-run wizard, passphrase or keychain), then
// wires the session: the reader thread, the pages, the locale and the brand.
#include "desktopsession.h"
#include "keychainsecretstore.h"
#include "shortcutstyle.h"
#include "storekeys.h"
#include "storeopener.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace OmniCrm;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(new ShortcutStyle); // the application owns it
    QApplication::setOrganizationName(QStringLiteral("OmniCRM"));
    QApplication::setApplicationName(QStringLiteral("OmniCRM"));
    QApplication::setApplicationVersion(QStringLiteral(OMNICRM_VERSION));
    QApplication::setLayoutDirection(Qt::RightToLeft); // Arabic first, until the store says otherwise

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OmniCRM desktop"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("The store folder."),
                                         QStringLiteral("DIR"), StoreKeys::defaultDirectory());
    const QCommandLineOption languageOption(
        QStringLiteral("language"), QStringLiteral("ar or en for this session."), QStringLiteral("LANG"));
    const QCommandLineOption shotsOption(QStringLiteral("screenshots"),
                                         QStringLiteral("Save a PNG of every page into DIR, then quit."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption readyOption(
        QStringLiteral("exit-when-ready"),
        QStringLiteral("Quit once the first page shows its data (start-up benchmark)."));
    parser.addOptions({ storeOption, languageOption, shotsOption, readyOption });
    parser.process(app);

    SessionOptions options;
    options.language = parser.value(languageOption);
    options.screenshotDir = parser.value(shotsOption);
    options.exitWhenReady = parser.isSet(readyOption);

    KeychainSecretStore keychain;
    StoreOpener opener(parser.value(storeOption), keychain, KdfParams::fromEnvironment());
    if (auto preset = readPassphraseFromEnvOrFile({}); preset && *preset)
        opener.setPresetPassphrase(**preset);
    DesktopSession session(options);
    QObject::connect(&opener, &StoreOpener::languageChosen, &session, &DesktopSession::setLanguage);
    QObject::connect(&opener, &StoreOpener::cancelled, &app, &QApplication::quit);
    QObject::connect(&opener, &StoreOpener::failed, &app, [&app](const QString &message) {
        QMessageBox::critical(nullptr, QObject::tr("OmniCRM cannot open the store"), message);
        app.exit(1);
    });
    QObject::connect(&opener, &StoreOpener::opened, &session, [&]() {
        if (!session.open(opener.takeStore(), opener.firstRun(), opener.unlockCheck(), opener.keyMode()))
            app.exit(1);
    });
    session.watchOnboarding(opener);
    opener.start();
    return app.exec();
}
