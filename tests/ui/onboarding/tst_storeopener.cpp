// From start to an open store: the welcome wizard creates an encrypted store (passphrase when no
// keychain answers, the keychain otherwise), an existing passphrase store asks until the
// passphrase is right without touching the store, and a keychain store opens without asking.
#include "errortext.h"
#include "inmemorysecretstore.h"
#include "storeopener.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>

using namespace OmniCrm;
using OmniCrm::Test::why;

class tst_StoreOpener : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void wizardCreatesPassphraseStoreWhenNoKeychain();
    void wizardRefusesShortOrMismatchedPassphrase();
    void wizardSeedsDemoDataInKeychainMode();
    void wrongPassphraseAsksAgainAndLeavesStoreUntouched();
    void keychainStoreOpensWithoutAsking();

private:
    /// Runs the wizard to its end with the given choices; returns the opener's outcome.
    void finishWizard(StoreOpener &opener, const QString &passphrase, bool demo);
    QString createPassphraseStore(const QString &passphrase);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString storeDir() const { return m_dir->filePath(QStringLiteral("store")); }
};

void tst_StoreOpener::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_StoreOpener::finishWizard(StoreOpener &opener, const QString &passphrase, bool demo)
{
    QTRY_VERIFY(opener.wizard() != nullptr);
    WelcomeWizard *wizard = opener.wizard();
    QTRY_VERIFY(wizard->isVisible());
    wizard->next(); // language page: Arabic stays chosen
    if (!passphrase.isEmpty()) {
        wizard->findChild<QRadioButton *>(QStringLiteral("passphraseMode"))->setChecked(true);
        Test::typeText(wizard->findChild<QLineEdit *>(QStringLiteral("passphrase")), passphrase);
        Test::typeText(wizard->findChild<QLineEdit *>(QStringLiteral("confirmPassphrase")), passphrase);
    }
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    Test::typeText(wizard->findChild<QLineEdit *>(QStringLiteral("businessName")),
                   QStringLiteral("مؤسسة النخبة"));
    wizard->findChild<QCheckBox *>(QStringLiteral("demoData"))->setChecked(demo);
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    wizard->button(QWizard::FinishButton)->click();
}

void tst_StoreOpener::wizardCreatesPassphraseStoreWhenNoKeychain()
{
    InMemorySecretStore noKeychain(false);
    StoreOpener opener(storeDir(), noKeychain, KdfParams::fastForTests());
    QSignalSpy opened(&opener, &StoreOpener::opened);
    QSignalSpy wizardShown(&opener, &StoreOpener::wizardShown);
    opener.start();
    QVERIFY(wizardShown.wait());
    QCOMPARE(wizardShown.first().first().value<WelcomeWizard *>(), opener.wizard());
    QVERIFY(!opener.wizard()->findChild<QRadioButton *>(QStringLiteral("keychainMode"))->isEnabled());
    finishWizard(opener, QStringLiteral("نخلة الصحراء 2026"), false);
    QVERIFY(opened.wait());

    auto store = opener.takeStore();
    QVERIFY(store);
    QCOMPARE(opener.keyMode(), KeyMode::Passphrase);
    QCOMPARE(opener.firstRun()->businessName, QStringLiteral("مؤسسة النخبة"));
    auto manifest = StoreKeys::manifest(storeDir());
    QVERIFY2(manifest.ok(), why(manifest));
    QCOMPARE(manifest->keyMode, KeyMode::Passphrase);
    QVERIFY(QFile::exists(StoreKeys::keyFilePath(storeDir())));
    auto stats = store->stats();
    QVERIFY2(stats.ok(), why(stats));
    QCOMPARE(stats->contacts, 0);
}

void tst_StoreOpener::wizardRefusesShortOrMismatchedPassphrase()
{
    InMemorySecretStore noKeychain(false);
    StoreOpener opener(storeDir(), noKeychain, KdfParams::fastForTests());
    opener.start();
    QTRY_VERIFY(opener.wizard() != nullptr);
    WelcomeWizard *wizard = opener.wizard();
    QTRY_VERIFY(wizard->isVisible());
    wizard->next();
    auto *passphrase = wizard->findChild<QLineEdit *>(QStringLiteral("passphrase"));
    auto *confirm = wizard->findChild<QLineEdit *>(QStringLiteral("confirmPassphrase"));
    auto *error = wizard->findChild<QLabel *>(QStringLiteral("passphraseError"));
    Test::typeText(passphrase, QStringLiteral("short"));
    Test::typeText(confirm, QStringLiteral("short"));
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    Test::typeText(passphrase, QStringLiteral("-and-longer"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // the two now differ
    Test::typeText(confirm, QStringLiteral("-and-longer"));
    QVERIFY(error->text().isEmpty());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!QFile::exists(storeDir())); // nothing is created before Finish
}

void tst_StoreOpener::wizardSeedsDemoDataInKeychainMode()
{
    InMemorySecretStore keychain(true);
    StoreOpener opener(storeDir(), keychain, KdfParams::fastForTests());
    QSignalSpy opened(&opener, &StoreOpener::opened);
    opener.start();
    finishWizard(opener, {}, true);
    QVERIFY(opened.wait(30000));
    auto store = opener.takeStore();
    QCOMPARE(opener.keyMode(), KeyMode::Keychain);
    QVERIFY(!QFile::exists(StoreKeys::keyFilePath(storeDir())));
    auto stats = store->stats();
    QVERIFY2(stats.ok(), why(stats));
    QVERIFY(stats->contacts > 0);
    QVERIFY(stats->deals > 0);
}

QString tst_StoreOpener::createPassphraseStore(const QString &passphrase)
{
    InMemorySecretStore noKeychain(false);
    StoreKeys keys(noKeychain, KdfParams::fastForTests());
    auto store = CrmStore::create(storeDir(), keys, passphrase);
    if (!store)
        return store.error().detail;
    ContactDraft draft;
    draft.fullName = QStringLiteral("ليلى الحربي");
    auto id = (*store)->contacts().create(draft);
    return id ? QString() : id.error().detail;
}

void tst_StoreOpener::wrongPassphraseAsksAgainAndLeavesStoreUntouched()
{
    const QString made = createPassphraseStore(QStringLiteral("correct horse battery"));
    QVERIFY2(made.isEmpty(), why(made));
    QFile db(StoreKeys::databasePath(storeDir()));
    QVERIFY(db.open(QIODevice::ReadOnly));
    const QByteArray before = db.readAll();
    db.close();

    InMemorySecretStore noKeychain(false);
    StoreOpener opener(storeDir(), noKeychain, KdfParams::fastForTests());
    QSignalSpy opened(&opener, &StoreOpener::opened);
    QSignalSpy cancelled(&opener, &StoreOpener::cancelled);
    opener.start();
    QVERIFY(opener.unlockDialog() != nullptr);
    UnlockDialog *dialog = opener.unlockDialog();
    QSignalSpy failedAttempt(dialog, &UnlockDialog::attemptFailed);

    Test::typeText(dialog->passphraseEdit(), QStringLiteral("wrong horse"));
    dialog->unlockButton()->click();
    QVERIFY(failedAttempt.wait());
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->passphraseEdit()->text().isEmpty());
    QCOMPARE(dialog->errorText(), ErrorText::describe(Error::make(ErrorCode::KeyRejected, {})));
    QCOMPARE(opened.count(), 0);
    QCOMPARE(cancelled.count(), 0);
    QVERIFY(db.open(QIODevice::ReadOnly));
    QCOMPARE(db.readAll(), before);
    db.close();

    Test::typeText(dialog->passphraseEdit(), QStringLiteral("correct horse battery"));
    QTest::keyClick(dialog->passphraseEdit(), Qt::Key_Return);
    QVERIFY(opened.wait());
    auto store = opener.takeStore();
    auto stats = store->stats();
    QVERIFY2(stats.ok(), why(stats));
    QCOMPARE(stats->contacts, 1);
}

void tst_StoreOpener::keychainStoreOpensWithoutAsking()
{
    InMemorySecretStore keychain(true);
    {
        StoreKeys keys(keychain, KdfParams::fastForTests());
        auto store = CrmStore::create(storeDir(), keys, std::nullopt);
        QVERIFY2(store.ok(), why(store));
    }
    StoreOpener opener(storeDir(), keychain, KdfParams::fastForTests());
    QSignalSpy opened(&opener, &StoreOpener::opened);
    opener.start();
    QVERIFY(opened.wait());
    QVERIFY(opener.unlockDialog() == nullptr);
    QVERIFY(opener.wizard() == nullptr);
    QVERIFY(opener.takeStore() != nullptr);
}

QTEST_MAIN(tst_StoreOpener)
#include "tst_storeopener.moc"
