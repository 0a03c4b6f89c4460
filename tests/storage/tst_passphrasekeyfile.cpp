// Proves the passphrase-wrapped key file: the key comes back only with the right passphrase,
// a wrong passphrase or a damaged file is a precise error that leaves the file as it was,
// re-wrapping keeps the key, and the file is private to its owner.
#include "passphrasekeyfile.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace OmniCrm;
using OmniCrm::Test::why;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OmniCrm::ErrorCode)

namespace {

const QString StoreId = QStringLiteral("0190b6a1-2b3c-7d4e-8f00-112233445566");
const QString Passphrase = QStringLiteral("correct horse battery staple");

QByteArray sampleKey()
{
    QByteArray key(PassphraseKeyFile::KeySize, '\0');
    for (int i = 0; i < key.size(); ++i)
        key[i] = char(i * 37 + 11); // zeros and high bytes included
    return key;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

int unixMode(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

QString withField(const QByteArray &original, const QString &field, const QJsonValue &value)
{
    QJsonObject json = QJsonDocument::fromJson(original).object();
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);
    return QString::fromUtf8(QJsonDocument(json).toJson());
}

QString flippedBase64(const QByteArray &original, const QString &field)
{
    const QJsonObject json = QJsonDocument::fromJson(original).object();
    QByteArray bytes = QByteArray::fromBase64(json.value(field).toString().toLatin1());
    bytes[0] = char(bytes[0] ^ 0x01);
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

class tst_PassphraseKeyFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_dir.reset(new QTemporaryDir); }
    void roundTrip();
    void wrongPassphraseIsRejectedAndFileUntouched();
    void rewrapKeepsKeyAndRetiresOldPassphrase();
    void rewrapWithWrongPassphraseLeavesFileUntouched();
    void damagedFileIsAPreciseError_data();
    void damagedFileIsAPreciseError();
    void missingFileIsNotFound();
    void keyFileOfAnotherStoreIsRejected();
    void fileIsPrivateToItsOwner();
    void createRefusesToOverwrite();
    void createRejectsBadInput();
    void passphraseIsComparedInNormalForm();
    void strongCostRoundTrip();

private:
    QString keyPath() const { return m_dir->filePath(QStringLiteral("key.json")); }
    PassphraseKeyFile createdFile()
    {
        PassphraseKeyFile file(keyPath());
        const Status created = file.create(StoreId, sampleKey(), Passphrase, KdfParams::fastForTests());
        if (!created.ok())
            qWarning("create failed: %s", why(created));
        return file;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_PassphraseKeyFile::roundTrip()
{
    const PassphraseKeyFile file = createdFile();
    const auto key = file.unwrap(Passphrase, StoreId);
    QVERIFY2(key.ok(), why(key));
    QCOMPARE(*key, sampleKey());

    const QByteArray text = readAll(keyPath());
    QVERIFY(!text.contains(sampleKey().toBase64())); // only the wrapped form is stored
    const QJsonObject json = QJsonDocument::fromJson(text).object();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("omnicrm-key/1"));
    QCOMPARE(json.value(QStringLiteral("kdf")).toString(), QStringLiteral("argon2id"));
    QCOMPARE(json.value(QStringLiteral("store_id")).toString(), StoreId);
    QCOMPARE(file.storeId().value(), StoreId);
    QCOMPARE(file.kdfParams().value(), KdfParams::fastForTests());
}

void tst_PassphraseKeyFile::wrongPassphraseIsRejectedAndFileUntouched()
{
    const PassphraseKeyFile file = createdFile();
    const QByteArray before = readAll(keyPath());
    const auto key = file.unwrap(QStringLiteral("wrong horse"), StoreId);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::KeyRejected);
    QVERIFY(key.error().detail.contains(QStringLiteral("passphrase is wrong")));
    QCOMPARE(readAll(keyPath()), before);
}

void tst_PassphraseKeyFile::rewrapKeepsKeyAndRetiresOldPassphrase()
{
    const PassphraseKeyFile file = createdFile();
    const QByteArray before = readAll(keyPath());
    const QString newPassphrase = QStringLiteral("كلمة مرور جديدة");
    const Status rewrapped = file.rewrap(Passphrase, newPassphrase);
    QVERIFY2(rewrapped.ok(), why(rewrapped));
    QVERIFY(readAll(keyPath()) != before);

    const auto key = file.unwrap(newPassphrase, StoreId);
    QVERIFY2(key.ok(), why(key));
    QCOMPARE(*key, sampleKey());
    const auto old = file.unwrap(Passphrase, StoreId);
    QVERIFY(!old.ok());
    QCOMPARE(old.error().code, ErrorCode::KeyRejected);
    QCOMPARE(file.kdfParams().value(), KdfParams::fastForTests()); // cost kept when not given
}

void tst_PassphraseKeyFile::rewrapWithWrongPassphraseLeavesFileUntouched()
{
    const PassphraseKeyFile file = createdFile();
    const QByteArray before = readAll(keyPath());
    const Status rewrapped = file.rewrap(QStringLiteral("not it"), QStringLiteral("new"));
    QVERIFY(!rewrapped.ok());
    QCOMPARE(rewrapped.error().code, ErrorCode::KeyRejected);
    QCOMPARE(readAll(keyPath()), before);
    QVERIFY(file.unwrap(Passphrase, StoreId).ok());
}

void tst_PassphraseKeyFile::damagedFileIsAPreciseError_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<QString>("detailMentions");

    QTest::newRow("empty") << u"empty"_s << ErrorCode::StoreCorrupt << u"not valid JSON"_s;
    QTest::newRow("truncated") << u"truncated"_s << ErrorCode::StoreCorrupt << u"not valid JSON"_s;
    QTest::newRow("not-an-object") << u"array"_s << ErrorCode::StoreCorrupt << u"not a JSON object"_s;
    QTest::newRow("wrong-format") << u"wrong-format"_s << ErrorCode::StoreCorrupt
                                  << u"not an OmniCRM key file"_s;
    QTest::newRow("newer-format") << u"newer-format"_s << ErrorCode::Unsupported << u"omnicrm-key/2"_s;
    QTest::newRow("other-kdf") << u"other-kdf"_s << ErrorCode::Unsupported << u"pbkdf2"_s;
    QTest::newRow("bad-base64-salt") << u"bad-base64"_s << ErrorCode::StoreCorrupt
                                     << u"\"salt\" is not valid base64"_s;
    QTest::newRow("short-nonce") << u"short-nonce"_s << ErrorCode::StoreCorrupt
                                 << u"\"nonce\" holds 8 bytes"_s;
    QTest::newRow("truncated-wrapped")
        << u"truncated-wrapped"_s << ErrorCode::StoreCorrupt << u"\"wrapped\" holds"_s;
    QTest::newRow("missing-wrapped") << u"missing-wrapped"_s << ErrorCode::StoreCorrupt
                                     << u"\"wrapped\" is missing"_s;
    QTest::newRow("cost-as-text") << u"cost-as-text"_s << ErrorCode::StoreCorrupt << u"\"m_kib\""_s;
    QTest::newRow("absurd-memory") << u"absurd-memory"_s << ErrorCode::StoreCorrupt
                                   << u"memory 4000000000 KiB"_s;
    QTest::newRow("cost-overflow") << u"cost-overflow"_s << ErrorCode::StoreCorrupt << u"out of range"_s;
    QTest::newRow("zero-passes") << u"zero-passes"_s << ErrorCode::StoreCorrupt << u"passes 0"_s;
    QTest::newRow("tampered-ciphertext")
        << u"tampered-ciphertext"_s << ErrorCode::KeyRejected << u"altered"_s;
    QTest::newRow("tampered-nonce") << u"tampered-nonce"_s << ErrorCode::KeyRejected << u"altered"_s;
    QTest::newRow("tampered-cost") << u"tampered-cost"_s << ErrorCode::KeyRejected << u"altered"_s;
    QTest::newRow("tampered-store-id") << u"tampered-store-id"_s << ErrorCode::KeyRejected << u"altered"_s;
}

void tst_PassphraseKeyFile::damagedFileIsAPreciseError()
{
    QFETCH(QString, mutation);
    QFETCH(ErrorCode, expected);
    QFETCH(QString, detailMentions);

    createdFile();
    const QByteArray original = readAll(keyPath());
    QByteArray damaged;
    if (mutation == u"empty")
        damaged = QByteArray();
    else if (mutation == u"truncated")
        damaged = original.left(original.size() / 2);
    else if (mutation == u"array")
        damaged = "[1, 2, 3]";
    else {
        QString text;
        if (mutation == u"wrong-format")
            text = withField(original, u"format"_s, u"something-else/1"_s);
        else if (mutation == u"newer-format")
            text = withField(original, u"format"_s, u"omnicrm-key/2"_s);
        else if (mutation == u"other-kdf")
            text = withField(original, u"kdf"_s, u"pbkdf2"_s);
        else if (mutation == u"bad-base64")
            text = withField(original, u"salt"_s, u"!!not*base64!!"_s);
        else if (mutation == u"short-nonce")
            text = withField(original, u"nonce"_s, QString::fromLatin1(QByteArray(8, 'n').toBase64()));
        else if (mutation == u"truncated-wrapped")
            text = withField(original, u"wrapped"_s, QString::fromLatin1(QByteArray(40, 'w').toBase64()));
        else if (mutation == u"missing-wrapped")
            text = withField(original, u"wrapped"_s, QJsonValue(QJsonValue::Undefined));
        else if (mutation == u"cost-as-text")
            text = withField(original, u"m_kib"_s, u"64"_s);
        else if (mutation == u"absurd-memory")
            text = withField(original, u"m_kib"_s, 4000000000.0);
        else if (mutation == u"cost-overflow")
            text = withField(original, u"m_kib"_s, 1e12);
        else if (mutation == u"zero-passes")
            text = withField(original, u"t"_s, 0);
        else if (mutation == u"tampered-ciphertext")
            text = withField(original, u"wrapped"_s, flippedBase64(original, u"wrapped"_s));
        else if (mutation == u"tampered-nonce")
            text = withField(original, u"nonce"_s, flippedBase64(original, u"nonce"_s));
        else if (mutation == u"tampered-cost")
            text = withField(original, u"t"_s, 2);
        else if (mutation == u"tampered-store-id")
            text = withField(original, u"store_id"_s, u"0190b6a1-2b3c-7d4e-8f00-999999999999"_s);
        else
            QFAIL("unknown mutation");
        damaged = text.toUtf8();
    }
    writeAll(keyPath(), damaged);

    // No expected store id: a changed store_id must be caught by the associated data.
    const auto key = PassphraseKeyFile(keyPath()).unwrap(Passphrase);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, expected);
    QVERIFY2(key.error().detail.contains(detailMentions), qPrintable(key.error().detail));
    QVERIFY2(key.error().detail.contains(keyPath()), qPrintable(key.error().detail));
    QCOMPARE(readAll(keyPath()), damaged); // reading never repairs or replaces
}

void tst_PassphraseKeyFile::missingFileIsNotFound()
{
    const auto key = PassphraseKeyFile(keyPath()).unwrap(Passphrase);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::NotFound);
    QVERIFY(!QFile::exists(keyPath()));
}

void tst_PassphraseKeyFile::keyFileOfAnotherStoreIsRejected()
{
    const PassphraseKeyFile file = createdFile();
    const auto key = file.unwrap(Passphrase, QStringLiteral("0190b6a1-2b3c-7d4e-8f00-aaaaaaaaaaaa"));
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::KeyRejected);
    QVERIFY(key.error().detail.contains(StoreId));
}

void tst_PassphraseKeyFile::fileIsPrivateToItsOwner()
{
    const PassphraseKeyFile file = createdFile();
    QCOMPARE(unixMode(keyPath()), 0600);

    // A key file someone loosened becomes private again when it is re-wrapped.
    QVERIFY(QFile::setPermissions(keyPath(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther
                                      | QFileDevice::ReadGroup));
    QCOMPARE(unixMode(keyPath()), 0644);
    QVERIFY(file.rewrap(Passphrase, QStringLiteral("another")).ok());
    QCOMPARE(unixMode(keyPath()), 0600);
}

void tst_PassphraseKeyFile::createRefusesToOverwrite()
{
    createdFile();
    const QByteArray before = readAll(keyPath());
    const Status again = PassphraseKeyFile(keyPath()).create(
        StoreId, QByteArray(32, 'x'), QStringLiteral("other"), KdfParams::fastForTests());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::StoreExists);
    QCOMPARE(readAll(keyPath()), before);
}

void tst_PassphraseKeyFile::createRejectsBadInput()
{
    const PassphraseKeyFile file(keyPath());
    const KdfParams fast = KdfParams::fastForTests();
    QCOMPARE(file.create(StoreId, QByteArray(16, 'k'), Passphrase, fast).error().code,
             ErrorCode::InvalidArgument);
    QCOMPARE(file.create(StoreId, sampleKey(), QString(), fast).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(file.create(QString(), sampleKey(), Passphrase, fast).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(file.create(StoreId, sampleKey(), Passphrase, KdfParams { 64, 0, 1 }).error().code,
             ErrorCode::InvalidArgument);
    QVERIFY(!QFile::exists(keyPath()));
}

void tst_PassphraseKeyFile::passphraseIsComparedInNormalForm()
{
    // "إ" typed as one code point (NFC) or as alef + hamza below (NFD) is the same passphrase.
    const QString composed = QStringLiteral("كلمة \u0625\u0633\u0645");
    const QString decomposed = QStringLiteral("كلمة \u0627\u0655\u0633\u0645");
    QVERIFY(composed != decomposed);
    QCOMPARE(decomposed.normalized(QString::NormalizationForm_C), composed);

    const PassphraseKeyFile file(keyPath());
    QVERIFY(file.create(StoreId, sampleKey(), decomposed, KdfParams::fastForTests()).ok());
    const auto key = file.unwrap(composed, StoreId);
    QVERIFY2(key.ok(), why(key));
    QCOMPARE(*key, sampleKey());
}

void tst_PassphraseKeyFile::strongCostRoundTrip()
{
    const PassphraseKeyFile file(keyPath());
    QVERIFY(file.create(StoreId, sampleKey(), Passphrase).ok());
    QCOMPARE(file.kdfParams().value(), KdfParams::strong());

    QElapsedTimer timer;
    timer.start();
    const auto key = file.unwrap(Passphrase, StoreId);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(key.ok(), why(key));
    QCOMPARE(*key, sampleKey());
    qInfo("unwrap with the default Argon2id cost (%u KiB, %u passes, %u lane) took %lld ms",
          KdfParams::strong().memoryKib, KdfParams::strong().iterations, KdfParams::strong().parallelism,
          elapsed);
}

QTEST_GUILESS_MAIN(tst_PassphraseKeyFile)
#include "tst_passphrasekeyfile.moc"
