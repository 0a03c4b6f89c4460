// Proves the SQLCipher wrapper: encryption on disk, wrong keys refused without touching the
// file, transactions that roll back, and migrations that apply once.
#include "database.h"
#include "migrator.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace OmniCrm;
using OmniCrm::Test::why;

class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_dir.reset(new QTemporaryDir); }
    void storesNoPlainText();
    void wrongKeyIsRejectedAndFileUntouched();
    void openExistingNeverCreates();
    void transactionRollsBackOnScopeExit();
    void migrationsApplyOnceAndRefuseNewerStore();
    void statementBindsAndReadsArabicText();
    void boundTextIsItsUtf8_data();
    void boundTextIsItsUtf8();
    void bulkWriteCommitsWithoutCheckpointAndRestores();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("test.db")); }
    static DatabaseKey key(char fill) { return DatabaseKey { QByteArray(32, fill) }; }
    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Database::storesNoPlainText()
{
    {
        auto db = Database::open(dbPath(), key('a'), OpenMode::Create);
        QVERIFY2(db.ok(), why(db));
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(name TEXT); PRAGMA wal_checkpoint;")).ok());
        auto stmt = db->prepare(QStringLiteral("INSERT INTO t VALUES (?)"));
        QVERIFY(stmt.ok());
        QVERIFY(stmt->bind(1, QStringLiteral("PlainMarkerXYZ")).run().ok());
        QVERIFY(db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);")).ok());
    }
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.size() > 0);
    QVERIFY(!bytes.contains("PlainMarkerXYZ"));
    QVERIFY(!bytes.startsWith("SQLite format 3"));
}

void tst_Database::wrongKeyIsRejectedAndFileUntouched()
{
    {
        auto db = Database::open(dbPath(), key('a'), OpenMode::Create);
        QVERIFY(db.ok());
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x);")).ok());
    }
    const QByteArray before = fileHash(dbPath());
    auto wrong = Database::open(dbPath(), key('b'), OpenMode::Existing);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, ErrorCode::KeyRejected);
    QCOMPARE(fileHash(dbPath()), before);
    auto right = Database::open(dbPath(), key('a'), OpenMode::Existing);
    QVERIFY2(right.ok(), why(right));
}

void tst_Database::openExistingNeverCreates()
{
    auto db = Database::open(dbPath(), key('a'), OpenMode::Existing);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::StoreNotFound);
    QVERIFY(!QFile::exists(dbPath()));
}

void tst_Database::transactionRollsBackOnScopeExit()
{
    auto db = Database::open(dbPath(), key('a'), OpenMode::Create);
    QVERIFY(db.ok());
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x);")).ok());
    {
        Transaction tx(*db);
        QVERIFY(tx.began().ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1);")).ok());
    }
    auto count = db->prepare(QStringLiteral("SELECT count(*) FROM t"));
    QVERIFY(count.ok());
    QVERIFY(*count->step());
    QCOMPARE(count->int64(0), 0);
}

void tst_Database::migrationsApplyOnceAndRefuseNewerStore()
{
    auto db = Database::open(dbPath(), key('a'), OpenMode::Create);
    QVERIFY(db.ok());
    Migrator two({ { 1, QStringLiteral("one"), QStringLiteral("CREATE TABLE a(x);") },
                   { 2, QStringLiteral("two"), QStringLiteral("CREATE TABLE b(x);") } });
    QVERIFY(two.migrate(*db).ok());
    QCOMPARE(*Migrator::currentVersion(*db), 2);
    QVERIFY(two.migrate(*db).ok()); // second run is a no-op, not "table exists"

    Migrator broken({ { 1, QStringLiteral("one"), QStringLiteral("CREATE TABLE a(x);") },
                      { 2, QStringLiteral("two"), QStringLiteral("CREATE TABLE b(x);") },
                      { 3, QStringLiteral("bad"), QStringLiteral("CREATE TABLE c(x); SYNTAX ERROR;") } });
    QVERIFY(!broken.migrate(*db).ok());
    QCOMPARE(*Migrator::currentVersion(*db), 2); // nothing of migration 3 stayed
    auto c = db->prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'c'"));
    QVERIFY(*c->step());
    QCOMPARE(c->int64(0), 0);

    Migrator older({ { 1, QStringLiteral("one"), QStringLiteral("CREATE TABLE a(x);") } });
    const Status refused = older.migrate(*db);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Unsupported);
}

void tst_Database::statementBindsAndReadsArabicText()
{
    auto db = Database::open(dbPath(), key('a'), OpenMode::Create);
    QVERIFY(db.ok());
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(name TEXT, n INTEGER, b BLOB);")).ok());
    const QString arabic = QStringLiteral("أحمد بن سعيد");
    auto insert = db->cached(QStringLiteral("INSERT INTO t VALUES (?, ?, ?)"));
    QVERIFY(insert.ok());
    QVERIFY(
        (*insert)->bind(1, arabic).bind(2, qint64(1) << 40).bind(3, QByteArray("\x00\x01", 2)).run().ok());
    auto select = db->prepare(QStringLiteral("SELECT name, n, b FROM t"));
    QVERIFY(*select->step());
    QCOMPARE(select->text(0), arabic);
    QCOMPARE(select->int64(1), qint64(1) << 40);
    QCOMPARE(select->blob(2), QByteArray("\x00\x01", 2));
}

void tst_Database::boundTextIsItsUtf8_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << QStringLiteral("user7@example.sa");
    QTest::newRow("arabic") << QStringLiteral("شركة الأفق ١٢٣");
    QTest::newRow("two-byte-edges") << QString::fromUtf16(u"\u0080\u07ff");
    QTest::newRow("three-byte-edges") << QString::fromUtf16(u"\u0800\uffff\ufffe\ue000");
    QTest::newRow("astral") << QString::fromUtf16(u"\U0001F600 ok");
    QTest::newRow("embedded-nul") << QString(QChar(u'a')) + QChar(0) + QChar(u'b');
    // Lone surrogates: whatever QString::toUtf8() writes ('?'), byte for byte.
    QTest::newRow("lone-high") << QString(QChar(0xD800));
    QTest::newRow("lone-low-then-ascii") << QString(QChar(0xDC00)) + QChar(u'z');
    QTest::newRow("high-at-end") << QString(QChar(u'x')) + QChar(0xD83D);
    QTest::newRow("high-then-high-low") << QString(QChar(0xD83D)) + QChar(0xD83D) + QChar(0xDE00);
}

void tst_Database::boundTextIsItsUtf8()
{
    QFETCH(QString, text);
    auto db = Database::open(dbPath(), key('a'), OpenMode::Create);
    QVERIFY(db.ok());
    auto select = db->prepare(QStringLiteral("SELECT hex(?1), typeof(?1), length(CAST(?1 AS BLOB))"));
    QVERIFY(select.ok());
    select->bind(1, text);
    QVERIFY(*select->step());
    QCOMPARE(select->text(0).toLatin1(), text.toUtf8().toHex().toUpper());
    QCOMPARE(select->text(1), QStringLiteral("text")); // empty text is text, never NULL
    QCOMPARE(select->int64(2), qint64(text.toUtf8().size()));
}

namespace {

qint64 pragma(Database &db, const char *name)
{
    auto stmt = db.prepare(QStringLiteral("PRAGMA %1;").arg(QLatin1String(name)));
    if (!stmt || !*stmt->step())
        return -1;
    return stmt->int64(0);
}

} // namespace

void tst_Database::bulkWriteCommitsWithoutCheckpointAndRestores()
{
    auto db = Database::open(dbPath(), key('a'), OpenMode::Create);
    QVERIFY(db.ok());
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x);")).ok());
    const qint64 usualCache = pragma(*db, "cache_size");
    QCOMPARE(pragma(*db, "wal_autocheckpoint"), 1000);
    {
        BulkWriteScope bulk(*db);
        QCOMPARE(pragma(*db, "wal_autocheckpoint"), 0);
        QVERIFY(pragma(*db, "cache_size") < usualCache); // negative: KiB, so larger is lower
        Transaction tx(*db);
        QVERIFY(tx.began().ok());
        // Far more than 1,000 pages: with the usual settings this commit would checkpoint.
        QVERIFY(db->exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                        "FROM n WHERE i < 3000) INSERT INTO t SELECT randomblob(4000) "
                                        "FROM n;"))
                    .ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(pragma(*db, "wal_autocheckpoint"), 1000);
    QCOMPARE(pragma(*db, "cache_size"), usualCache);
    // The commit left every page in the log; checkpoint() moves them into the database file.
    const qint64 before = QFileInfo(dbPath()).size();
    QVERIFY(before < 3000 * 4000);
    QVERIFY(db->checkpoint().ok());
    QVERIFY(QFileInfo(dbPath()).size() > 3000 * 4000);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
