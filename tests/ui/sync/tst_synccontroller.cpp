// SyncController against a real omnicrm server on 127.0.0.1, over real encrypted stores: signing
// in stores the device token in the store (as omnicrm-cli does) and a wrong password stores
// nothing; a teammate's change reaches an open contacts list without a manual refresh, keeping the
// selection; the status goes offline (with the last sync time) when the server stops and back
// through syncing to up to date when it returns; a revoked device stops with "sign in again".
#include "recordlistmodel.h"
#include "recordlistpage.h"
#include "syncsettings.h"
#include "synctestdevice.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTableView>

using namespace OmniCrm;
using namespace OmniCrm::Test;
using namespace Qt::StringLiterals;

namespace {

class NoEditor final : public RecordEditor
{
public:
    void create(RecordKind, QWidget *, const QVariantMap &) override { }
    void edit(RecordKind, const QString &, QWidget *) override { }
    void convertLead(const QString &, QWidget *) override { }
};

QString contactName(CrmStore &store, const QString &id)
{
    auto contact = store.contacts().find(id);
    return contact ? contact->fullName : QString();
}

} // namespace

class tst_SyncController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void notConfiguredShowsNothing();
    void signInStoresTheDeviceToken();
    void wrongPasswordStoresNothing();
    void badAddressIsRefusedAtOnce();
    void teammatesChangeReachesTheOpenList();
    void stoppedServerShowsOfflineThenSyncsAgain();
    void revokedDeviceAsksToSignInAgain();
    void signOutForgetsTheToken();

private:
    std::unique_ptr<ServerFixture> m_server;
    QString m_tenantId;
    SyncTestDevice m_a;
    SyncTestDevice m_b;
};

void tst_SyncController::init()
{
    m_server = std::make_unique<ServerFixture>();
    QVERIFY2(m_server->startError().isEmpty(), qPrintable(m_server->startError()));
    m_tenantId = m_server->addTenantWithUser(kTenant, kEmail, kPassword);
    QVERIFY(!m_tenantId.isEmpty());
    QString failed = m_a.create();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = m_b.create();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void tst_SyncController::cleanup()
{
    m_a.reset();
    m_b.reset();
    m_server.reset();
}

void tst_SyncController::notConfiguredShowsNothing()
{
    m_a.controller().start();
    QCOMPARE(m_a.phase(), SyncStatus::Phase::NotConfigured);
    QVERIFY(SyncStatusText::statusBar(m_a.controller().status()).isEmpty());
    QVERIFY(!m_a.controller().isSignedIn());
}

void tst_SyncController::signInStoresTheDeviceToken()
{
    m_a.controller().start();
    const QString failed = m_a.signIn(m_server->url());
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(m_a.waitUpToDate());

    auto stored = SyncSettings(m_a.store().settings()).account();
    QVERIFY(stored);
    QCOMPARE(stored->serverUrl, m_server->url().toString());
    QCOMPARE(stored->tenant, kTenant);
    QCOMPARE(stored->email, kEmail);
    const DeviceCredentials credentials = decodeDeviceCredentials(stored->deviceToken);
    QVERIFY(!credentials.refreshToken.isEmpty());
    QVERIFY(!credentials.deviceId.isEmpty());
    QCOMPARE(m_a.controller().deviceId(), credentials.deviceId);
    QVERIFY(!stored->deviceToken.contains(kPassword)); // the password itself is never kept
    QVERIFY(m_a.controller().account().deviceToken.isEmpty()); // nor handed out

    // The next start of the app syncs with the token alone.
    m_a.restartController();
    m_a.controller().start();
    QCOMPARE(m_a.phase(), SyncStatus::Phase::Connecting);
    QVERIFY(m_a.controller().isSignedIn());
    QVERIFY(m_a.waitUpToDate());
}

void tst_SyncController::wrongPasswordStoresNothing()
{
    m_a.controller().start();
    const QString reason = m_a.signIn(m_server->url(), u"wrong password"_s);
    QVERIFY(!reason.isEmpty());
    QCOMPARE(reason, SyncStatusText::reason(u"unauthorized"_s, u"wrong tenant, email or password"_s));
    auto stored = SyncSettings(m_a.store().settings()).account();
    QVERIFY(stored);
    QVERIFY(stored->deviceToken.isEmpty());
    QVERIFY(!m_a.controller().isSignedIn());
    QCOMPARE(m_a.phase(), SyncStatus::Phase::SignedOut);
    // What was typed is remembered for the next try, without the password.
    QCOMPARE(stored->serverUrl, m_server->url().toString());
}

void tst_SyncController::badAddressIsRefusedAtOnce()
{
    QSignalSpy finished(&m_a.controller(), &SyncController::signInFinished);
    m_a.controller().signIn({ u"http://127.0.0.1:1"_s, kTenant, kEmail, {} }, kPassword);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(), SyncController::checkServerUrl(u"http://127.0.0.1:1"_s));
    QVERIFY(SyncSettings(m_a.store().settings()).account()->serverUrl.isEmpty()); // nothing saved
}

void tst_SyncController::teammatesChangeReachesTheOpenList()
{
    // B has a contact; A signs in and gets it.
    ContactDraft draft;
    draft.fullName = u"Khalid Al-Otaibi"_s;
    auto id = m_b.store().contacts().create(draft);
    QVERIFY(id);
    for (SyncTestDevice *device : { &m_b, &m_a }) {
        device->controller().start();
        const QString failed = device->signIn(m_server->url());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(device->waitUpToDate());
    }
    QCOMPARE(contactName(m_a.store(), *id), u"Khalid Al-Otaibi"_s);

    // A's contacts page is open with the contact selected.
    NoEditor editor;
    RecordListPage page(RecordKind::Contact, m_a.store(), m_a.reader(), editor);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1000, 600);
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.showRecord(RecordKind::Contact, *id));
    QCOMPARE(page.model()->idAt(page.view()->selectionModel()->currentIndex().row()), *id);

    // B renames it; A's list shows the new name with nobody touching A.
    QSignalSpy applied(&m_a.controller(), &SyncController::remoteChangesApplied);
    draft.fullName = u"خالد العتيبي"_s;
    QVERIFY(m_b.store().contacts().update(*id, draft));
    QVERIFY(applied.wait(10'000));
    const auto rows = applied.first().first().value<QList<ChangedRow>>();
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [&](const ChangedRow &row) { return row.rowId == *id; }));
    QTRY_COMPARE(page.model()->data(page.model()->index(0, 0)).toString(), u"خالد العتيبي"_s);
    QCOMPARE(page.model()->idAt(page.view()->selectionModel()->currentIndex().row()), *id);
    // Pulled changes are not pushed back as local ones.
    QCOMPARE(m_a.store().stats()->pendingChanges, 0);
}

void tst_SyncController::stoppedServerShowsOfflineThenSyncsAgain()
{
    m_a.controller().start();
    QVERIFY(m_a.signIn(m_server->url()).isEmpty());
    QVERIFY(m_a.waitUpToDate());
    const QDateTime lastSynced = m_a.controller().status().lastSynced;
    QVERIFY(lastSynced.isValid());

    QList<SyncStatus::Phase> phases;
    connect(&m_a.controller(), &SyncController::statusChanged, this, [&](const SyncStatus &status) {
        if (phases.isEmpty() || phases.last() != status.phase)
            phases.append(status.phase);
    });
    const quint16 port = m_server->server().port();
    m_server->server().close();
    QTRY_COMPARE_WITH_TIMEOUT(m_a.phase(), SyncStatus::Phase::Offline, 10'000);
    const SyncStatus offline = m_a.controller().status();
    QCOMPARE(offline.lastSynced, lastSynced);
    QCOMPARE(SyncStatusText::statusBar(offline),
             SyncStatusText::tr("Offline · last synced %1").arg(SyncStatusText::moment(lastSynced)));

    // A local edit while offline waits in the outbox; the server returns on the same port.
    ContactDraft draft;
    draft.fullName = u"Offline edit"_s;
    QVERIFY(m_a.store().contacts().create(draft));
    SyncServerConfig config;
    config.port = port;
    SyncServer again(m_server->storage(), m_server->auth(), m_server->clock(), config);
    QVERIFY(again.listen());
    QVERIFY(m_a.waitUpToDate());
    QCOMPARE(m_a.store().stats()->pendingChanges, 0);
    QCOMPARE(phases.first(), SyncStatus::Phase::Offline);
    QVERIFY(phases.contains(SyncStatus::Phase::Syncing));
    QCOMPARE(phases.last(), SyncStatus::Phase::UpToDate);
    QVERIFY(!phases.contains(SyncStatus::Phase::Error));
    m_a.reset(); // before the server it talks to
    m_b.reset();
}

void tst_SyncController::revokedDeviceAsksToSignInAgain()
{
    m_a.controller().start();
    QVERIFY(m_a.signIn(m_server->url()).isEmpty());
    QVERIFY(m_a.waitUpToDate());
    QVERIFY(m_server->server().revokeDevice(m_tenantId, m_a.controller().deviceId()));
    QTRY_COMPARE_WITH_TIMEOUT(m_a.phase(), SyncStatus::Phase::Error, 10'000);
    const SyncStatus status = m_a.controller().status();
    QVERIFY(SyncStatusText::needsSignIn(status.errorCode));
    QCOMPARE(SyncStatusText::statusBar(status), SyncStatusText::tr("Sync stopped: sign in again"));
}

void tst_SyncController::signOutForgetsTheToken()
{
    m_a.controller().start();
    QVERIFY(m_a.signIn(m_server->url()).isEmpty());
    QVERIFY(m_a.waitUpToDate());
    QSignalSpy signedIn(&m_a.controller(), &SyncController::signedInChanged);
    m_a.controller().signOut();
    QCOMPARE(m_a.phase(), SyncStatus::Phase::SignedOut);
    QVERIFY(signedIn.wait(5000));
    QCOMPARE(signedIn.last().first().toBool(), false);
    auto stored = SyncSettings(m_a.store().settings()).account();
    QVERIFY(stored->deviceToken.isEmpty());
    QCOMPARE(stored->email, kEmail); // the form keeps who signed in
}

QTEST_MAIN(tst_SyncController)
#include "tst_synccontroller.moc"
