// ConflictsPanel over real stores: two devices edit the same contact while the server is down;
// when it is back, the device whose value lost lists the conflict (record, field, the value kept,
// the value replaced) and "Restore this value" writes the replaced value back, which syncs to the
// other device. Dismiss hides an entry (Show resolved brings it back), the filter narrows the
// list, and an empty log says so.
#include "conflictlistmodel.h"
#include "conflictreview.h"
#include "conflictspanel.h"
#include "kindtext.h"
#include "synctestdevice.h"
#include "syncui.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace OmniCrm;
using namespace OmniCrm::Test;
using namespace Qt::StringLiterals;

namespace {

QString contactName(CrmStore &store, const QString &id)
{
    auto contact = store.contacts().find(id);
    return contact ? contact->fullName : QString();
}

ContactDraft named(const QString &name)
{
    ContactDraft draft;
    draft.fullName = name;
    return draft;
}

} // namespace

class tst_ConflictsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void concurrentEditsAreListedAndRestoreWritesTheLosingValueBack();
    void dismissHidesAnEntryUntilResolvedAreShown();
    void filterNarrowsTheList();
    void emptyLogSaysSo();
};

void tst_ConflictsPanel::concurrentEditsAreListedAndRestoreWritesTheLosingValueBack()
{
    ServerFixture server;
    QVERIFY2(server.startError().isEmpty(), qPrintable(server.startError()));
    QVERIFY(!server.addTenantWithUser(kTenant, kEmail, kPassword).isEmpty());
    SyncTestDevice a;
    SyncTestDevice b;
    QVERIFY(a.create().isEmpty());
    QVERIFY(b.create().isEmpty());
    auto id = a.store().contacts().create(named(u"Noura Al-Qahtani"_s));
    QVERIFY(id);
    for (SyncTestDevice *device : { &a, &b }) {
        device->controller().start();
        const QString failed = device->signIn(server.url());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(device->waitUpToDate());
    }
    QCOMPARE(contactName(b.store(), *id), u"Noura Al-Qahtani"_s);

    // Both edit the name while the server is down.
    const quint16 port = server.server().port();
    server.server().close();
    QTRY_COMPARE_WITH_TIMEOUT(a.phase(), SyncStatus::Phase::Offline, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(b.phase(), SyncStatus::Phase::Offline, 10'000);
    QVERIFY(a.store().contacts().update(*id, named(u"Noura (from A)"_s)));
    QVERIFY(b.store().contacts().update(*id, named(u"نورة (from B)"_s)));
    SyncServerConfig config;
    config.port = port;
    SyncServer again(server.storage(), server.auth(), server.clock(), config);
    QVERIFY(again.listen());
    QTRY_VERIFY_WITH_TIMEOUT(a.phase() == SyncStatus::Phase::UpToDate
                                 && b.phase() == SyncStatus::Phase::UpToDate
                                 && contactName(a.store(), *id) == contactName(b.store(), *id),
                             15'000);
    const QString kept = contactName(a.store(), *id);
    QTRY_COMPARE_WITH_TIMEOUT(a.controller().status().openConflicts, 1, 5000);

    ConflictsPanel panel(a.store(), a.reader());
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&panel, &ConflictsPanel::loaded);
    panel.resize(900, 500);
    panel.show(); // reads the log
    QVERIFY(loaded.wait(5000));
    ConflictListModel &model = *panel.model();
    QCOMPARE(model.rowCount(), 1); // one losing edit, however many columns it touched
    const QString lost = kept == u"Noura (from A)"_s ? u"نورة (from B)"_s : u"Noura (from A)"_s;
    QCOMPARE(model.data(model.index(0, ConflictListModel::RecordColumn)).toString(),
             ConflictListModel::tr("%1: %2").arg(KindText::singular(RecordKind::Contact), kept));
    QVERIFY(model.data(model.index(0, ConflictListModel::FieldColumn)).toString().startsWith(u"Name"_s));
    QCOMPARE(model.data(model.index(0, ConflictListModel::KeptColumn)).toString(), kept);
    QCOMPARE(model.data(model.index(0, ConflictListModel::LostColumn)).toString(), lost);
    QVERIFY(panel.findChild<QPushButton *>(u"conflictRestore"_s)->isEnabled());

    // Restore, as SyncUi wires it: the value comes back here and syncs to the other device.
    connect(&panel, &ConflictsPanel::restored, &a.controller(), &SyncController::localChangesMade);
    connect(&panel, &ConflictsPanel::reviewed, &a.controller(), &SyncController::conflictsReviewed);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"conflictRestore"_s), Qt::LeftButton);
    QCOMPARE(contactName(a.store(), *id), lost);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model.rowCount(), 0); // restored ones leave the list
    QTRY_COMPARE_WITH_TIMEOUT(contactName(b.store(), *id), lost, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(a.controller().status().openConflicts, 0, 5000);
    a.reset();
    b.reset();
}

void tst_ConflictsPanel::dismissHidesAnEntryUntilResolvedAreShown()
{
    UiStoreFixture fixture;
    QVERIFY(fixture.create().isEmpty());
    QVERIFY(makeTourConflict(fixture.store()).isEmpty());
    ConflictsPanel panel(fixture.store(), fixture.reader());
    QSignalSpy loaded(&panel, &ConflictsPanel::loaded);
    panel.show();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(panel.model()->data(panel.model()->index(0, ConflictListModel::LostColumn)).toString(),
             u"جدة"_s);
    QCOMPARE(panel.model()->data(panel.model()->index(0, ConflictListModel::KeptColumn)).toString(),
             u"الدمام"_s);

    QVERIFY(panel.dismissCurrent());
    QVERIFY(loaded.wait(5000));
    QCOMPARE(panel.model()->rowCount(), 0);
    QVERIFY(panel.findChild<QLabel *>(u"conflictEmpty"_s)->isVisible());
    QCOMPARE(*ConflictReview(fixture.store()).openCount(), 0);
    QCOMPARE(fixture.store()
                 .contacts()
                 .find(ConflictReview(fixture.store()).entries(10, true)->first().record.rowId)
                 ->city,
             u"الدمام"_s); // dismiss keeps what won

    panel.findChild<QCheckBox *>(u"conflictShowResolved"_s)->setChecked(true);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(panel.model()->rowCount(), 1);
    QVERIFY(panel.model()->data(panel.model()->index(0, 0), ConflictListModel::ResolvedRole).toBool());
    QVERIFY(!panel.findChild<QPushButton *>(u"conflictRestore"_s)->isEnabled());
    fixture.reader().drain();
}

void tst_ConflictsPanel::filterNarrowsTheList()
{
    UiStoreFixture fixture;
    QVERIFY(fixture.create().isEmpty());
    QVERIFY(makeTourConflict(fixture.store()).isEmpty());
    ConflictsPanel panel(fixture.store(), fixture.reader());
    QSignalSpy loaded(&panel, &ConflictsPanel::loaded);
    panel.show();
    QVERIFY(loaded.wait(5000));
    auto *filter = panel.findChild<QLineEdit *>(u"conflictFilter"_s);
    typeText(filter, u"ساره"_s); // folded: سارة
    QCOMPARE(panel.model()->rowCount(), 1);
    filter->clear();
    typeText(filter, u"Mecca"_s);
    QCOMPARE(panel.model()->rowCount(), 0);
    auto *empty = panel.findChild<QLabel *>(u"conflictEmpty"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"Mecca"_s));
    QVERIFY(!panel.findChild<QPushButton *>(u"conflictRestore"_s)->isEnabled());
    fixture.reader().drain();
}

void tst_ConflictsPanel::emptyLogSaysSo()
{
    UiStoreFixture fixture;
    QVERIFY(fixture.create().isEmpty());
    ConflictsPanel panel(fixture.store(), fixture.reader());
    QSignalSpy loaded(&panel, &ConflictsPanel::loaded);
    panel.show();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(panel.model()->rowCount(), 0);
    auto *empty = panel.findChild<QLabel *>(u"conflictEmpty"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().startsWith(u"No conflicts to review"_s));
    QVERIFY(!panel.findChild<QPushButton *>(u"conflictDismiss"_s)->isEnabled());
    fixture.reader().drain();
}

QTEST_MAIN(tst_ConflictsPanel)
#include "tst_conflictspanel.moc"
