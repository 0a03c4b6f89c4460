// Proves the store key policy: a new key goes to the keychain or, with a passphrase, to a key
// file; a store is never created twice; unlocking gives back the same key or a precise error;
// a wrong passphrase and a passphrase change never touch the database; headless tools read the
// passphrase from a file or the environment.
#include "database.h"
#include "inmemorysecretstore.h"
#include "storekeys.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace OmniCrm;
using OmniCrm::Test::why;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

PassphraseSource answer(const QString &passphrase)
{
    return [passphrase] {
        return std::optional<QString>(passphrase);
    };
}

/// A passphrase source that must not be asked.
PassphraseSource mustNotAsk()
{
    return []() -> std::optional<QString> {
        qWarning("the passphrase was asked for a store in keychain mode");
        return u"unexpected"_s;
    };
}

/// Restores an environment variable when the test leaves.
class EnvironmentGuard
{
public:
    explicit EnvironmentGuard(const char *name)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_value(qgetenv(name))
    {
    }
    ~EnvironmentGuard()
    {
        if (m_had)
            qputenv(m_name, m_value);
        else
            qunsetenv(m_name);
    }
    EnvironmentGuard(const EnvironmentGuard &) = delete;
    EnvironmentGuard &operator=(const EnvironmentGuard &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_value;
};

} // namespace

class tst_StoreKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void passphraseModeRoundTrip();
    void keychainModeRoundTrip();
    void keychainUnavailableWithoutPassphraseCreatesNothing();
    void keychainUnavailableWithPassphraseUsesKeyFile();
    void createRefusesAnExistingStore_data();
    void createRefusesAnExistingStore();
    void createRejectsAnEmptyPassphrase();
    void wrongPassphraseIsRejectedAndNothingTouched();
    void missingPassphraseIsNoKeyAvailable();
    void unlockWithoutStore_data();
    void unlockWithoutStore();
    void keychainWithoutEntryIsNoKeyAvailable();
    void keychainGoneAtUnlockIsNoKeyAvailable();
    void keyFileOfAnotherStoreIsRejected();
    void changePassphraseKeepsKeyAndDatabase();
    void changePassphraseWithWrongOldLeavesKeyFile();
    void changePassphraseNeedsPassphraseMode();
    void keyOpensTheRealDatabase();
    void readsPassphraseFromFile_data();
    void readsPassphraseFromFile();
    void passphraseFileWinsOverEnvironment();
    void passphraseFromEnvironment();
    void noPassphraseAnywhere();
    void unreadableOrEmptyPassphraseFile();

private:
    QString dir() const { return m_dir->filePath(u"store"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<InMemorySecretStore> m_secrets;
    std::unique_ptr<StoreKeys> m_keys;
};

void tst_StoreKeys::init()
{
    m_dir.reset(new QTemporaryDir);
    m_secrets.reset(new InMemorySecretStore);
    m_keys.reset(new StoreKeys(*m_secrets, KdfParams::fastForTests()));
}

void tst_StoreKeys::passphraseModeRoundTrip()
{
    const auto key = m_keys->createKey(dir(), u"سر المتجر"_s);
    QVERIFY2(key.ok(), why(key));
    QCOMPARE(key->size(), 32);
    QCOMPARE(m_secrets->count(), 0);
    QVERIFY(QFile::exists(StoreKeys::keyFilePath(dir())));
    QVERIFY(!QFile::exists(StoreKeys::databasePath(dir()))); // the database is the caller's

    const auto manifest = StoreKeys::manifest(dir());
    QVERIFY2(manifest.ok(), why(manifest));
    QCOMPARE(manifest->keyMode, KeyMode::Passphrase);
    QVERIFY(!manifest->createdAt.isEmpty());
    QCOMPARE(PassphraseKeyFile(StoreKeys::keyFilePath(dir())).storeId().value(), manifest->storeId);

    int asked = 0;
    const auto unlocked = m_keys->unlock(dir(), [&asked] {
        ++asked;
        return std::optional<QString>(u"سر المتجر"_s);
    });
    QVERIFY2(unlocked.ok(), why(unlocked));
    QCOMPARE(*unlocked, *key);
    QCOMPARE(asked, 1);
}

void tst_StoreKeys::keychainModeRoundTrip()
{
    const auto key = m_keys->createKey(dir(), std::nullopt);
    QVERIFY2(key.ok(), why(key));
    QCOMPARE(key->size(), 32);
    QVERIFY(!QFile::exists(StoreKeys::keyFilePath(dir())));

    const auto manifest = StoreKeys::manifest(dir());
    QVERIFY2(manifest.ok(), why(manifest));
    QCOMPARE(manifest->keyMode, KeyMode::Keychain);
    QCOMPARE(m_secrets->count(), 1);
    QCOMPARE(m_secrets->read(StoreKeys::keychainAccount(manifest->storeId)).value(), *key);

    const auto unlocked = m_keys->unlock(dir(), mustNotAsk());
    QVERIFY2(unlocked.ok(), why(unlocked));
    QCOMPARE(*unlocked, *key);

    // Two stores get two different keys.
    const auto other = m_keys->createKey(m_dir->filePath(u"other"_s), std::nullopt);
    QVERIFY2(other.ok(), why(other));
    QVERIFY(*other != *key);
}

void tst_StoreKeys::keychainUnavailableWithoutPassphraseCreatesNothing()
{
    m_secrets->setAvailable(false);
    const auto key = m_keys->createKey(dir(), std::nullopt);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::NoKeyAvailable);
    QVERIFY2(key.error().detail.contains(u"no keychain answers here"_s), qPrintable(key.error().detail));
    QVERIFY(key.error().detail.contains(u"OMNICRM_PASSPHRASE"_s));
    QVERIFY(key.error().detail.contains(u"--passphrase-file"_s));
    QVERIFY(!QFile::exists(StoreKeys::manifestPath(dir())));
    QVERIFY(!QFile::exists(StoreKeys::keyFilePath(dir())));
}

void tst_StoreKeys::keychainUnavailableWithPassphraseUsesKeyFile()
{
    m_secrets->setAvailable(false);
    const auto key = m_keys->createKey(dir(), u"pw"_s);
    QVERIFY2(key.ok(), why(key));
    QCOMPARE(StoreKeys::manifest(dir())->keyMode, KeyMode::Passphrase);
    const auto unlocked = m_keys->unlock(dir(), answer(u"pw"_s));
    QVERIFY2(unlocked.ok(), why(unlocked));
    QCOMPARE(*unlocked, *key);
}

void tst_StoreKeys::createRefusesAnExistingStore_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<bool>("withPassphrase");
    QTest::newRow("store.json/keychain") << u"store.json"_s << false;
    QTest::newRow("store.json/passphrase") << u"store.json"_s << true;
    QTest::newRow("omnicrm.db") << u"omnicrm.db"_s << true;
    QTest::newRow("key.json") << u"key.json"_s << false;
}

void tst_StoreKeys::createRefusesAnExistingStore()
{
    QFETCH(QString, existing);
    QFETCH(bool, withPassphrase);
    QVERIFY(QDir().mkpath(dir()));
    const QString path = QDir(dir()).filePath(existing);
    writeAll(path, "already here");
    const QByteArray before = fileHash(path);

    const auto key
        = m_keys->createKey(dir(), withPassphrase ? std::optional<QString>(u"pw"_s) : std::nullopt);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::StoreExists);
    QVERIFY(key.error().detail.contains(existing));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir()).entryList(QDir::Files | QDir::Hidden), QStringList { existing });
    QCOMPARE(m_secrets->count(), 0);
}

void tst_StoreKeys::createRejectsAnEmptyPassphrase()
{
    const auto key = m_keys->createKey(dir(), QString());
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!QFile::exists(StoreKeys::manifestPath(dir())));
}

void tst_StoreKeys::wrongPassphraseIsRejectedAndNothingTouched()
{
    QVERIFY(m_keys->createKey(dir(), u"right"_s).ok());
    writeAll(StoreKeys::databasePath(dir()), "stands in for the encrypted database");
    const QStringList files { StoreKeys::databasePath(dir()), StoreKeys::manifestPath(dir()),
                              StoreKeys::keyFilePath(dir()) };
    QList<QByteArray> before;
    for (const QString &file : files)
        before << fileHash(file);

    const auto key = m_keys->unlock(dir(), answer(u"wrong"_s));
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::KeyRejected);
    for (qsizetype i = 0; i < files.size(); ++i)
        QCOMPARE(fileHash(files.at(i)), before.at(i));
    QCOMPARE(QDir(dir()).entryList(QDir::Files | QDir::Hidden).size(), 3);
}

void tst_StoreKeys::missingPassphraseIsNoKeyAvailable()
{
    QVERIFY(m_keys->createKey(dir(), u"pw"_s).ok());
    for (const PassphraseSource &source : { PassphraseSource([] { return std::optional<QString>(); }),
                                            answer(QString()), PassphraseSource() }) {
        const auto key = m_keys->unlock(dir(), source);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, ErrorCode::NoKeyAvailable);
        QVERIFY2(key.error().detail.contains(u"passphrase required"_s), qPrintable(key.error().detail));
    }
}

void tst_StoreKeys::unlockWithoutStore_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("empty folder") << QStringList() << ErrorCode::StoreNotFound;
    QTest::newRow("database without store.json")
        << QStringList { u"omnicrm.db"_s } << ErrorCode::StoreCorrupt;
}

void tst_StoreKeys::unlockWithoutStore()
{
    QFETCH(QStringList, files);
    QFETCH(ErrorCode, expected);
    QVERIFY(QDir().mkpath(dir()));
    for (const QString &file : files)
        writeAll(QDir(dir()).filePath(file), "x");
    const auto key = m_keys->unlock(dir(), answer(u"pw"_s));
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, expected);
}

void tst_StoreKeys::keychainWithoutEntryIsNoKeyAvailable()
{
    QVERIFY(m_keys->createKey(dir(), std::nullopt).ok());
    const QString storeId = StoreKeys::manifest(dir())->storeId;
    QVERIFY(m_secrets->remove(StoreKeys::keychainAccount(storeId)).ok());

    const auto key = m_keys->unlock(dir(), mustNotAsk());
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::NoKeyAvailable);
    QVERIFY2(key.error().detail.contains(u"holds no key for store"_s), qPrintable(key.error().detail));
}

void tst_StoreKeys::keychainGoneAtUnlockIsNoKeyAvailable()
{
    QVERIFY(m_keys->createKey(dir(), std::nullopt).ok());
    m_secrets->setAvailable(false);
    const auto key = m_keys->unlock(dir(), mustNotAsk());
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::NoKeyAvailable);
    QVERIFY2(key.error().detail.contains(u"no keychain answers"_s), qPrintable(key.error().detail));
}

void tst_StoreKeys::keyFileOfAnotherStoreIsRejected()
{
    const QString otherDir = m_dir->filePath(u"other"_s);
    QVERIFY(m_keys->createKey(dir(), u"pw"_s).ok());
    QVERIFY(m_keys->createKey(otherDir, u"pw"_s).ok());
    QVERIFY(QFile::remove(StoreKeys::keyFilePath(dir())));
    QVERIFY(QFile::copy(StoreKeys::keyFilePath(otherDir), StoreKeys::keyFilePath(dir())));

    int asked = 0;
    const auto key = m_keys->unlock(dir(), [&asked] {
        ++asked;
        return std::optional<QString>(u"pw"_s);
    });
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::KeyRejected);
    QVERIFY2(key.error().detail.contains(u"belongs to store"_s), qPrintable(key.error().detail));
    QCOMPARE(asked, 0); // found out before anybody typed a passphrase
}

void tst_StoreKeys::changePassphraseKeepsKeyAndDatabase()
{
    const auto key = m_keys->createKey(dir(), u"old"_s);
    QVERIFY(key.ok());
    writeAll(StoreKeys::databasePath(dir()), "stands in for the encrypted database");
    const QByteArray database = fileHash(StoreKeys::databasePath(dir()));
    const QByteArray manifest = fileHash(StoreKeys::manifestPath(dir()));

    const Status changed = m_keys->changePassphrase(dir(), u"old"_s, u"جديدة"_s);
    QVERIFY2(changed.ok(), why(changed));
    QCOMPARE(fileHash(StoreKeys::databasePath(dir())), database);
    QCOMPARE(fileHash(StoreKeys::manifestPath(dir())), manifest);

    const auto unlocked = m_keys->unlock(dir(), answer(u"جديدة"_s));
    QVERIFY2(unlocked.ok(), why(unlocked));
    QCOMPARE(*unlocked, *key);
    const auto old = m_keys->unlock(dir(), answer(u"old"_s));
    QVERIFY(!old.ok());
    QCOMPARE(old.error().code, ErrorCode::KeyRejected);
}

void tst_StoreKeys::changePassphraseWithWrongOldLeavesKeyFile()
{
    QVERIFY(m_keys->createKey(dir(), u"old"_s).ok());
    const QByteArray before = fileHash(StoreKeys::keyFilePath(dir()));
    const Status changed = m_keys->changePassphrase(dir(), u"not old"_s, u"new"_s);
    QVERIFY(!changed.ok());
    QCOMPARE(changed.error().code, ErrorCode::KeyRejected);
    QCOMPARE(fileHash(StoreKeys::keyFilePath(dir())), before);
}

void tst_StoreKeys::changePassphraseNeedsPassphraseMode()
{
    QVERIFY(m_keys->createKey(dir(), std::nullopt).ok());
    const Status changed = m_keys->changePassphrase(dir(), u"a"_s, u"b"_s);
    QVERIFY(!changed.ok());
    QCOMPARE(changed.error().code, ErrorCode::Unsupported);
    QVERIFY(!QFile::exists(StoreKeys::keyFilePath(dir())));
}

void tst_StoreKeys::keyOpensTheRealDatabase()
{
    {
        const auto key = m_keys->createKey(dir(), u"pw"_s);
        QVERIFY2(key.ok(), why(key));
        auto db = Database::open(StoreKeys::databasePath(dir()), DatabaseKey { *key }, OpenMode::Create);
        QVERIFY2(db.ok(), why(db));
        QVERIFY(db->exec(u"CREATE TABLE t(x); INSERT INTO t VALUES (42);"_s).ok());
    }
    const auto key = m_keys->unlock(dir(), answer(u"pw"_s));
    QVERIFY2(key.ok(), why(key));
    auto db = Database::open(StoreKeys::databasePath(dir()), DatabaseKey { *key }, OpenMode::Existing);
    QVERIFY2(db.ok(), why(db));
    auto stmt = db->prepare(u"SELECT x FROM t"_s);
    QVERIFY(stmt.ok());
    QCOMPARE(stmt->step().value(), true);
    QCOMPARE(stmt->int64(0), 42);
}

void tst_StoreKeys::readsPassphraseFromFile_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QByteArray("secret") << u"secret"_s;
    QTest::newRow("trailing newline") << QByteArray("secret\n") << u"secret"_s;
    QTest::newRow("crlf") << QByteArray("secret\r\n") << u"secret"_s;
    QTest::newRow("only one newline removed") << QByteArray("secret\n\n") << u"secret\n"_s;
    QTest::newRow("spaces kept") << QByteArray(" secret ") << u" secret "_s;
    QTest::newRow("arabic") << u"كلمة سر\n"_s.toUtf8() << u"كلمة سر"_s;
}

void tst_StoreKeys::readsPassphraseFromFile()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);
    const QString path = m_dir->filePath(u"passphrase"_s);
    writeAll(path, contents);
    const auto passphrase = readPassphraseFromEnvOrFile(path);
    QVERIFY2(passphrase.ok(), why(passphrase));
    QVERIFY(passphrase->has_value());
    QCOMPARE(**passphrase, expected);
}

void tst_StoreKeys::passphraseFileWinsOverEnvironment()
{
    const EnvironmentGuard guard(PassphraseEnvironmentVariable);
    qputenv(PassphraseEnvironmentVariable, "from-environment");
    const QString path = m_dir->filePath(u"passphrase"_s);
    writeAll(path, "from-file\n");
    const auto passphrase = readPassphraseFromEnvOrFile(path);
    QVERIFY2(passphrase.ok(), why(passphrase));
    QCOMPARE(passphrase->value_or(QString()), u"from-file"_s);
}

void tst_StoreKeys::passphraseFromEnvironment()
{
    const EnvironmentGuard guard(PassphraseEnvironmentVariable);
    qputenv(PassphraseEnvironmentVariable, u"من البيئة"_s.toUtf8());
    const auto passphrase = readPassphraseFromEnvOrFile(QString());
    QVERIFY2(passphrase.ok(), why(passphrase));
    QCOMPARE(passphrase->value_or(QString()), u"من البيئة"_s);
}

void tst_StoreKeys::noPassphraseAnywhere()
{
    const EnvironmentGuard guard(PassphraseEnvironmentVariable);
    qunsetenv(PassphraseEnvironmentVariable);
    auto passphrase = readPassphraseFromEnvOrFile(QString());
    QVERIFY2(passphrase.ok(), why(passphrase));
    QVERIFY(!passphrase->has_value());

    qputenv(PassphraseEnvironmentVariable, "");
    passphrase = readPassphraseFromEnvOrFile(QString());
    QVERIFY(passphrase.ok());
    QVERIFY(!passphrase->has_value());
}

void tst_StoreKeys::unreadableOrEmptyPassphraseFile()
{
    const EnvironmentGuard guard(PassphraseEnvironmentVariable);
    qputenv(PassphraseEnvironmentVariable, "from-environment"); // never a silent fallback
    const auto missing = readPassphraseFromEnvOrFile(m_dir->filePath(u"no-such-file"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::Io);

    const QString path = m_dir->filePath(u"empty"_s);
    writeAll(path, "\n");
    const auto empty = readPassphraseFromEnvOrFile(path);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(tst_StoreKeys)
#include "tst_storekeys.moc"
