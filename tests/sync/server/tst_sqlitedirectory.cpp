// Proves SqliteDirectory's upgrade: a directory.sqlite written by the first server version (no
// user_version, no columns for disabled users, pending two-factor secrets or device cursors)
// opens with every tenant, user, device and refresh token kept, gains the new columns with
// their neutral values, and opening it again changes nothing.
#include "database.h"
#include "sqlitedirectory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace OmniCrm;
using namespace Qt::StringLiterals;

class tst_SqliteDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void upgradeKeepsEverythingFromVersionOne();
    void openingTwiceIsHarmless();
    void freshDirectoryWorks();

private:
    QString path() const { return m_dir->filePath(u"directory.sqlite"_s); }
    void writeVersionOne();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SqliteDirectory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// The schema and rows exactly as the first server version left them.
void tst_SqliteDirectory::writeVersionOne()
{
    auto db = Database::open(path(), DatabaseKey {}, OpenMode::Create);
    QVERIFY(db.ok());
    const QString v1 = uR"SQL(
CREATE TABLE tenants(
    id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, created_ms INTEGER NOT NULL);
CREATE TABLE users(
    id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), email TEXT NOT NULL,
    password_hash TEXT NOT NULL, roles TEXT NOT NULL, totp_secret TEXT NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL, UNIQUE(tenant_id, email));
CREATE TABLE devices(
    id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), user_id TEXT NOT NULL REFERENCES users(id),
    site_id TEXT NOT NULL, name TEXT NOT NULL, created_ms INTEGER NOT NULL, last_seen_ms INTEGER NOT NULL DEFAULT 0,
    revoked_ms INTEGER NOT NULL DEFAULT 0, UNIQUE(tenant_id, user_id, site_id));
CREATE TABLE refresh_tokens(
    hash BLOB PRIMARY KEY, tenant_id TEXT NOT NULL, device_id TEXT NOT NULL REFERENCES devices(id),
    used INTEGER NOT NULL DEFAULT 0, created_ms INTEGER NOT NULL);
CREATE TABLE secrets(name TEXT PRIMARY KEY, value BLOB NOT NULL);
INSERT INTO tenants VALUES ('t1', 'Alofuq', 1000);
INSERT INTO users VALUES ('u1', 't1', 'sara@alofuq.sa', '$argon2id$hash', 'admin,rep', 'JBSWY3DPEHPK3PXP', 1001);
INSERT INTO devices VALUES ('d1', 't1', 'u1', 'site-1', 'Sara''s laptop', 1002, 1500, 0);
INSERT INTO devices VALUES ('d2', 't1', 'u1', 'site-2', 'Old phone', 1003, 1200, 1400);
INSERT INTO refresh_tokens VALUES (x'00112233', 't1', 'd1', 0, 1004);
INSERT INTO secrets VALUES ('access-token-key', x'abababababababababababababababababababababababababababababababab');
)SQL"_s;
    QVERIFY(db->exec(v1).ok());
}

void tst_SqliteDirectory::upgradeKeepsEverythingFromVersionOne()
{
    writeVersionOne();
    auto directory = SqliteDirectory::open(path());
    QVERIFY2(directory.ok(), qPrintable(directory.ok() ? QString() : directory.error().detail));
    SqliteDirectory &d = **directory;

    auto tenant = d.tenantByName(u"alofuq"_s);
    QVERIFY(tenant.ok());
    QCOMPARE(tenant->id, u"t1"_s);
    auto user = d.userByEmail(u"t1"_s, u"sara@alofuq.sa"_s);
    QVERIFY(user.ok());
    QCOMPARE(user->passwordHash, u"$argon2id$hash"_s);
    QCOMPARE(user->roles, (QStringList { u"admin"_s, u"rep"_s }));
    QCOMPARE(user->totpSecret, u"JBSWY3DPEHPK3PXP"_s);
    QVERIFY(user->totpPending.isEmpty());
    QVERIFY(!user->isDisabled());

    auto devices = d.devices(u"t1"_s);
    QVERIFY(devices.ok());
    QCOMPARE(devices->size(), 2);
    auto laptop = d.device(u"t1"_s, u"d1"_s);
    QVERIFY(laptop.ok());
    QCOMPARE(laptop->name, u"Sara's laptop"_s);
    QCOMPARE(laptop->lastSeenMs, qint64(1500));
    QCOMPARE(laptop->revokedAtMs, qint64(0));
    QCOMPARE(laptop->ackedSeq, qint64(0)); // no cursor known yet: holds tombstones back, safely
    auto phone = d.device(u"t1"_s, u"d2"_s);
    QVERIFY(phone.ok());
    QCOMPARE(phone->revokedAtMs, qint64(1400));

    auto token = d.useRefreshToken(QByteArray::fromHex("00112233"), 3000);
    QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().detail));
    QCOMPARE(token->deviceId, u"d1"_s);
    QVERIFY(!token->wasUsedBefore);
    token = d.useRefreshToken(QByteArray::fromHex("00112233"), 3500);
    QVERIFY(token->wasUsedBefore);
    QCOMPARE(token->firstUsedAtMs, qint64(3000)); // version 3: the first use is remembered
    auto key = d.signingKey();
    QVERIFY(key.ok());
    QCOMPARE(*key, QByteArray(32, '\xab')); // tokens signed before the upgrade stay valid

    // The new columns work on the upgraded rows.
    QVERIFY(d.setUserDisabled(u"t1"_s, u"u1"_s, 2000).ok());
    QVERIFY(d.userById(u"t1"_s, u"u1"_s)->isDisabled());
    QVERIFY(d.noteDeviceCursor(u"t1"_s, u"d1"_s, 42).ok());
    QCOMPARE(d.device(u"t1"_s, u"d1"_s)->ackedSeq, qint64(42));
}

void tst_SqliteDirectory::openingTwiceIsHarmless()
{
    writeVersionOne();
    {
        auto first = SqliteDirectory::open(path());
        QVERIFY(first.ok());
        QVERIFY((*first)->noteDeviceCursor(u"t1"_s, u"d1"_s, 7).ok());
    }
    auto second = SqliteDirectory::open(path());
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().detail));
    QCOMPARE((*second)->device(u"t1"_s, u"d1"_s)->ackedSeq, qint64(7));
    QCOMPARE((*second)->devices(u"t1"_s)->size(), 2);
}

void tst_SqliteDirectory::freshDirectoryWorks()
{
    auto directory = SqliteDirectory::open(path());
    QVERIFY(directory.ok());
    auto tenant = (*directory)->createTenant(u"Najd"_s);
    QVERIFY(tenant.ok());
    auto user = (*directory)->addUser(tenant->id, u"a@najd.sa"_s, u"h"_s, { u"rep"_s });
    QVERIFY2(user.ok(), qPrintable(user.ok() ? QString() : user.error().detail));
    QVERIFY(!user->isDisabled());
    auto reopened = SqliteDirectory::open(path());
    QVERIFY(reopened.ok());
    QCOMPARE((*reopened)->users(tenant->id)->size(), 1);
}

QTEST_GUILESS_MAIN(tst_SqliteDirectory)
#include "tst_sqlitedirectory.moc"
