// Proves the QtKeychain-backed SecretStore against a real secret service when one answers, and
// that a machine without one gets NoKeyAvailable rather than a hang or a crash. To run the first
// part headless:
//   dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets
//                              >/dev/null; ./tst_keychainsecretstore'
#include "keychainsecretstore.h"
#include "testsupport.h"
#include "uuid7.h"

#include <QElapsedTimer>
#include <QTest>

using namespace OmniCrm;
using OmniCrm::Test::why;
using namespace Qt::StringLiterals;

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripsABinarySecret();
    void noKeychainIsNoKeyAvailable();

private:
    // A service of its own, so the tests never meet a real store's key.
    KeychainSecretStore m_store { u"OmniCRM-tests"_s, std::chrono::seconds(20) };
    bool m_available = false;
};

void tst_KeychainSecretStore::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    m_available = m_store.available();
    qInfo("keychain %s (probe took %lld ms)", m_available ? "answers" : "does not answer", timer.elapsed());
}

void tst_KeychainSecretStore::roundTripsABinarySecret()
{
    if (!m_available)
        QSKIP("no secret service answers here (no D-Bus session or keyring daemon); run this test under "
              "dbus-run-session with gnome-keyring-daemon --unlock --components=secrets");

    const QString account = u"test/"_s + newId();
    QByteArray secret(32, '\0');
    for (int i = 0; i < secret.size(); ++i)
        secret[i] = char(255 - i * 7); // zeros and high bytes, not text

    const Status written = m_store.write(account, secret);
    QVERIFY2(written.ok(), why(written));
    auto read = m_store.read(account);
    QVERIFY2(read.ok(), why(read));
    QCOMPARE(*read, secret);

    const QByteArray replacement(32, '\x7f');
    QVERIFY(m_store.write(account, replacement).ok());
    QCOMPARE(m_store.read(account).value(), replacement);

    const Status removed = m_store.remove(account);
    QVERIFY2(removed.ok(), why(removed));
    read = m_store.read(account);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::NotFound);
    QVERIFY(m_store.remove(account).ok()); // removing what is gone succeeds
}

void tst_KeychainSecretStore::noKeychainIsNoKeyAvailable()
{
    if (m_available)
        QSKIP("a secret service answers here; this test is for machines without one");

    // Some secret services answer reads ("not found") but cannot store: only writing decides.
    const auto read = m_store.read(u"test/absent"_s);
    QVERIFY(!read.ok());
    QVERIFY(read.error().code == ErrorCode::NoKeyAvailable || read.error().code == ErrorCode::NotFound);
    const Status written = m_store.write(u"test/absent"_s, QByteArray(32, 'k'));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, ErrorCode::NoKeyAvailable);
    qInfo("%s", qPrintable(written.error().detail));
}

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
