// RecordListPage driven for real, offscreen, over a real store: showRecord selects the record (or
// shows it beside the list when it is not loaded yet); Delete removes a record and Ctrl+Z brings
// it and its row back, for every kind; a saved view round-trips through the combo and survives a
// new page; typing in the filter folds Arabic; the header sorts both ways; the detail pane shows
// tags and the timeline; keyboard and quick actions reach the RecordEditor; the lead page's
// Convert calls it; the list follows the services' signals.
#include "recorddetailpane.h"
#include "recordlistpage.h"
#include "uitestsupport.h"
#include "undobar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

Q_DECLARE_METATYPE(OmniCrm::RecordKind)

namespace {

/// Records what the page asked of the forms.
class FakeEditor final : public RecordEditor
{
public:
    struct Call
    {
        QString what;
        RecordKind kind = RecordKind::Contact;
        QString id;
        QVariantMap prefill;
    };
    QList<Call> calls;

    void create(RecordKind kind, QWidget *, const QVariantMap &prefill) override
    {
        calls.append({ u"create"_s, kind, {}, prefill });
    }
    void edit(RecordKind kind, const QString &id, QWidget *) override
    {
        calls.append({ u"edit"_s, kind, id, {} });
    }
    void convertLead(const QString &leadId, QWidget *) override
    {
        calls.append({ u"convert"_s, RecordKind::Lead, leadId, {} });
    }
};

} // namespace

class tst_RecordListPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showRecordSelectsTheRow();
    void showRecordOfAnUnloadedRecordShowsItBeside();
    void deleteThenUndoRestoresRecordAndRow_data();
    void deleteThenUndoRestoresRecordAndRow();
    void savedViewRoundTrip();
    void typedFilterFoldsArabic();
    void headerSortsBothWays();
    void detailShowsTagsAndTimeline();
    void keyboardReachesTheEditor();
    void quickActionLogsAnActivity();
    void leadPageConvertCallsTheEditor();
    void listFollowsServiceSignals();

private:
    QString addContact(const QString &name, const QStringList &tags = {});
    QString addRecord(RecordKind kind, const QString &name);
    std::unique_ptr<RecordListPage> makePage(RecordKind kind);
    /// Waits until the page's list has read everything there is.
    bool loadAll(RecordListPage &page);

    Test::UiStoreFixture m_fixture;
    std::unique_ptr<FakeEditor> m_editor;
};

void tst_RecordListPage::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
    m_editor = std::make_unique<FakeEditor>();
}

void tst_RecordListPage::cleanup()
{
    m_fixture.reader().drain();
    m_editor.reset();
    m_fixture.reset();
}

QString tst_RecordListPage::addContact(const QString &name, const QStringList &tags)
{
    ContactDraft draft;
    draft.fullName = name;
    draft.tags = tags;
    auto id = m_fixture.store().contacts().create(draft);
    return id ? *id : QString();
}

QString tst_RecordListPage::addRecord(RecordKind kind, const QString &name)
{
    CrmStore &store = m_fixture.store();
    Result<QString> id = QString();
    switch (kind) {
    case RecordKind::Contact:
        return addContact(name);
    case RecordKind::Company: {
        CompanyDraft draft;
        draft.name = name;
        id = store.companies().create(draft);
        break;
    }
    case RecordKind::Lead: {
        LeadDraft draft;
        draft.title = name;
        draft.personName = name;
        id = store.leads().create(draft);
        break;
    }
    case RecordKind::Product: {
        ProductDraft draft;
        draft.sku = u"SKU-"_s + QString::number(qHash(name));
        draft.nameAr = name;
        id = store.products().create(draft);
        break;
    }
    case RecordKind::Activity: {
        ActivityDraft draft;
        draft.subject = name;
        draft.targetType = u"contact"_s;
        draft.targetId = addContact(u"مالك النشاط"_s);
        id = store.activities().log(draft);
        break;
    }
    case RecordKind::Deal:
        break;
    }
    return id ? *id : QString();
}

std::unique_ptr<RecordListPage> tst_RecordListPage::makePage(RecordKind kind)
{
    if (kind == RecordKind::Deal)
        return nullptr; // deals have the pipeline page
    auto page = std::make_unique<RecordListPage>(kind, m_fixture.store(), m_fixture.reader(), *m_editor);
    page->resize(1200, 700);
    page->show();
    return page;
}

bool tst_RecordListPage::loadAll(RecordListPage &page)
{
    RecordListModel &model = *page.model();
    QSignalSpy loaded(&model, &RecordListModel::chunkLoaded);
    for (int guard = 0; guard < 100; ++guard) {
        if (!model.isLoading() && !model.canFetchMore({}))
            return true;
        if (!model.isLoading())
            model.fetchMore({});
        if (!loaded.wait(5000))
            return false;
    }
    return false;
}

void tst_RecordListPage::showRecordSelectsTheRow()
{
    QStringList ids;
    for (int i = 0; i < 30; ++i)
        ids.append(addContact(u"عميل %1"_s.arg(i, 2, 10, QLatin1Char('0'))));
    auto page = makePage(RecordKind::Contact);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAll(*page));
    QCOMPARE(page->model()->rowCount(), 30);

    QSignalSpy shown(page.get(), &RecordListPage::detailsShown);
    QVERIFY(page->showRecord(RecordKind::Contact, ids.at(17)));
    QCOMPARE(page->view()->selectionModel()->currentIndex().row(), 17);
    QVERIFY(page->view()->selectionModel()->isRowSelected(17));
    QCOMPARE(page->currentId(), ids.at(17));
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(shown.first().first().toString(), ids.at(17));
    auto *title = page->detailPane()->findChild<QLabel *>(u"detailTitle"_s);
    QVERIFY(title);
    QVERIFY(title->text().contains(u"عميل 17"_s));

    // Another kind is not this page's to show.
    QVERIFY(!page->showRecord(RecordKind::Company, ids.at(3)));
    QCOMPARE(page->currentId(), ids.at(17));
}

void tst_RecordListPage::showRecordOfAnUnloadedRecordShowsItBeside()
{
    QString last;
    for (int i = 0; i < RecordListModel::kChunk + 20; ++i)
        last = addContact(u"عميل %1"_s.arg(i, 4, 10, QLatin1Char('0')));
    auto page = makePage(RecordKind::Contact);
    QTRY_VERIFY(page->model()->rowCount() >= RecordListModel::kChunk);
    QTRY_VERIFY(!page->model()->isLoading());
    QCOMPARE(page->model()->rowOf(last), -1);

    QSignalSpy shown(page.get(), &RecordListPage::detailsShown);
    QVERIFY(page->showRecord(RecordKind::Contact, last));
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(page->detailPane()->recordId(), last);
    QVERIFY(!page->view()->selectionModel()->hasSelection());
    // Once the list reads that far, the row is selected.
    QVERIFY(loadAll(*page));
    QTRY_COMPARE(page->view()->selectionModel()->currentIndex().row(), page->model()->rowOf(last));
}

void tst_RecordListPage::deleteThenUndoRestoresRecordAndRow_data()
{
    QTest::addColumn<RecordKind>("kind");
    QTest::newRow("contact") << RecordKind::Contact;
    QTest::newRow("company") << RecordKind::Company;
    QTest::newRow("lead") << RecordKind::Lead;
    QTest::newRow("product") << RecordKind::Product;
    QTest::newRow("activity") << RecordKind::Activity;
}

void tst_RecordListPage::deleteThenUndoRestoresRecordAndRow()
{
    QFETCH(RecordKind, kind);
    QStringList ids;
    for (const QString &name : { u"ألف"_s, u"باء"_s, u"تاء"_s, u"ثاء"_s })
        ids.append(addRecord(kind, name));
    QVERIFY(!ids.contains(QString()));
    auto page = makePage(kind);
    QVERIFY(loadAll(*page));
    const QString victim = ids.at(1);
    QVERIFY(page->showRecord(kind, victim));
    const int row = page->model()->rowOf(victim);
    QVERIFY(row >= 0);
    const QString neighbour = page->model()->idAt(row + 1);

    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Delete);
    QTRY_COMPARE(page->model()->rowOf(victim), -1);
    QTRY_VERIFY(!page->model()->isLoading());
    QCOMPARE(page->model()->rowCount(), 3);
    QVERIFY(page->undoBar()->isVisible());
    QCOMPARE(page->undoBar()->pending(), QStringList { victim });
    QVERIFY(page->undoBar()->findChild<QLabel *>(u"undoMessage"_s)->text().contains(u"باء"_s));
    QCOMPARE(page->currentId(), neighbour); // the next row takes the selection
    QTRY_COMPARE(page->view()->selectionModel()->currentIndex().row(), page->model()->rowOf(neighbour));

    QTest::keyClick(page->view(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(page->model()->rowOf(victim) >= 0);
    QCOMPARE(page->model()->rowCount(), 4);
    QVERIFY(!page->undoBar()->isVisible());
    QCOMPARE(page->currentId(), victim);
    QTRY_COMPARE(page->view()->selectionModel()->currentIndex().row(), page->model()->rowOf(victim));
    // Really back in the store, not only on screen.
    RecordListModel fresh(m_fixture.reader(), recordListSource(kind));
    fresh.fetchMore({});
    QTRY_COMPARE(fresh.rowCount(), 4);
    QVERIFY(fresh.rowOf(victim) >= 0);
}

void tst_RecordListPage::savedViewRoundTrip()
{
    addContact(u"عميل من جدة"_s);
    addContact(u"عميل من الرياض"_s);
    addContact(u"مورد من جدة"_s);
    auto page = makePage(RecordKind::Contact);
    QVERIFY(loadAll(*page));
    QCOMPARE(page->viewsBox()->count(), 1); // "All contacts"

    page->setFilterText(u"جده"_s); // folded: finds جدة
    page->sortBy({ ListOrder::Name, true });
    QTRY_COMPARE(page->model()->rowCount(), 2);
    QTRY_VERIFY(!page->model()->isLoading());
    QCOMPARE(page->model()->index(0, 0).data().toString(), u"مورد من جدة"_s);

    // Save through the button and its dialog, as a user does.
    page->findChild<QToolButton *>(u"saveView"_s)->click();
    auto *dialog = page->findChild<QInputDialog *>(u"saveViewDialog"_s);
    QVERIFY(dialog);
    dialog->setTextValue(u"جدة بالعكس"_s);
    dialog->accept();
    QCOMPARE(page->viewsBox()->count(), 2);
    QCOMPARE(page->viewsBox()->currentText(), u"جدة بالعكس"_s);

    // Back to everything …
    page->viewsBox()->activated(0);
    QCOMPARE(page->filterEdit()->text(), QString());
    QTRY_COMPARE(page->model()->rowCount(), 3);
    QCOMPARE(page->currentSort(), (ListSort { ListOrder::Name, false }));

    // … and a new page (next start) finds the view and applies filter and order.
    auto second = makePage(RecordKind::Contact);
    QCOMPARE(second->viewsBox()->count(), 2);
    const int index = second->viewsBox()->findText(u"جدة بالعكس"_s);
    QVERIFY(index > 0);
    second->viewsBox()->setCurrentIndex(index);
    second->viewsBox()->activated(index);
    QCOMPARE(second->filterEdit()->text(), u"جده"_s);
    QCOMPARE(second->currentSort(), (ListSort { ListOrder::Name, true }));
    QTRY_COMPARE(second->model()->rowCount(), 2);
    QTRY_VERIFY(!second->model()->isLoading());
    QCOMPARE(second->model()->index(0, 0).data().toString(), u"مورد من جدة"_s);
    QCOMPARE(second->view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);

    // Deleting it leaves only "All contacts", on both pages.
    second->findChild<QToolButton *>(u"deleteView"_s)->click();
    QCOMPARE(second->viewsBox()->count(), 1);
    QCOMPARE(page->viewsBox()->count(), 1);
    QCOMPARE(second->filterEdit()->text(), QString());
}

void tst_RecordListPage::typedFilterFoldsArabic()
{
    const QString ahmad = addContact(u"أحمد الغامدي"_s);
    addContact(u"سارة"_s);
    addContact(u"Ahmed Khan"_s);
    auto page = makePage(RecordKind::Contact);
    QVERIFY(loadAll(*page));
    QCOMPARE(page->model()->rowCount(), 3);
    QTest::keyClick(page.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(page->filterEdit()->hasFocus());
    Test::typeText(page->filterEdit(), u"احمد"_s);
    QTRY_COMPARE(page->model()->query().filterText, u"احمد"_s); // after the typing pause
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->idAt(0), ahmad);
    // Escape clears the filter.
    QTest::keyClick(page->filterEdit(), Qt::Key_Escape);
    QTRY_COMPARE(page->model()->rowCount(), 3);
}

void tst_RecordListPage::headerSortsBothWays()
{
    for (const QString &name : { u"باء"_s, u"ألف"_s, u"جيم"_s })
        addContact(name);
    auto page = makePage(RecordKind::Contact);
    QVERIFY(loadAll(*page));
    QCOMPARE(page->model()->index(0, 0).data().toString(), u"ألف"_s);
    QHeaderView *header = page->view()->horizontalHeader();
    const auto clickSection = [&](int section) {
        const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    clickSection(0);
    QTRY_COMPARE(page->model()->index(0, 0).data().toString(), u"جيم"_s);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    clickSection(0);
    QTRY_COMPARE(page->model()->index(0, 0).data().toString(), u"ألف"_s);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    // "Updated" starts with the newest; a column that cannot sort leaves the order alone.
    clickSection(5);
    QTRY_COMPARE(page->model()->index(0, 0).data().toString(), u"جيم"_s);
    QCOMPARE(page->currentSort(), (ListSort { ListOrder::Updated, true }));
    clickSection(2);
    QCOMPARE(page->currentSort(), (ListSort { ListOrder::Updated, true }));
    QCOMPARE(header->sortIndicatorSection(), 5);
}

void tst_RecordListPage::detailShowsTagsAndTimeline()
{
    const QString id = addContact(u"تركي"_s, { u"VIP"_s, u"جملة"_s });
    ActivityDraft call;
    call.kind = ActivityKind::Call;
    call.subject = u"اتصال متابعة"_s;
    call.targetType = u"contact"_s;
    call.targetId = id;
    OMNICRM_VERIFY_OK(m_fixture.store().activities().log(call));
    auto page = makePage(RecordKind::Contact);
    QSignalSpy shown(page.get(), &RecordListPage::detailsShown);
    QVERIFY(page->showRecord(RecordKind::Contact, id));
    QTRY_COMPARE(shown.count(), 1);
    auto *timeline = page->detailPane()->findChild<QListWidget *>(u"timeline"_s);
    QCOMPARE(timeline->count(), 1);
    QVERIFY(timeline->item(0)->text().contains(u"اتصال متابعة"_s));
    const QString tags = page->detailPane()->findChild<QLabel *>(u"detailTags"_s)->text();
    QVERIFY(tags.contains(u"VIP"_s));
    QVERIFY(tags.contains(u"جملة"_s));

    // A new activity on the record shows in the timeline without reselecting.
    call.subject = u"اجتماع"_s;
    call.kind = ActivityKind::Meeting;
    OMNICRM_VERIFY_OK(m_fixture.store().activities().log(call));
    QTRY_COMPARE(timeline->count(), 2);
    QVERIFY(timeline->item(0)->text().contains(u"اجتماع"_s)
            || timeline->item(1)->text().contains(u"اجتماع"_s));
}

void tst_RecordListPage::keyboardReachesTheEditor()
{
    const QString id = addContact(u"تركي"_s);
    auto page = makePage(RecordKind::Contact);
    QVERIFY(loadAll(*page));
    QVERIFY(page->showRecord(RecordKind::Contact, id));
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Return);
    QCOMPARE(m_editor->calls.size(), 1);
    QCOMPARE(m_editor->calls.last().what, u"edit"_s);
    QCOMPARE(m_editor->calls.last().id, id);
    QTest::keyClick(page->view(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_editor->calls.size(), 2);
    QCOMPARE(m_editor->calls.last().what, u"create"_s);
    QCOMPARE(m_editor->calls.last().kind, RecordKind::Contact);
}

void tst_RecordListPage::quickActionLogsAnActivity()
{
    const QString id = addContact(u"تركي"_s);
    auto page = makePage(RecordKind::Contact);
    QSignalSpy shown(page.get(), &RecordListPage::detailsShown);
    QVERIFY(page->showRecord(RecordKind::Contact, id));
    QTRY_COMPARE(shown.count(), 1);
    auto *whatsapp = page->detailPane()->findChild<QToolButton *>(u"log-whatsapp"_s);
    QVERIFY(whatsapp);
    whatsapp->click();
    QCOMPARE(m_editor->calls.size(), 1);
    const FakeEditor::Call &call = m_editor->calls.first();
    QCOMPARE(call.what, u"create"_s);
    QCOMPARE(call.kind, RecordKind::Activity);
    QCOMPARE(call.prefill.value(u"target_kind"_s).toString(), u"contact"_s);
    QCOMPARE(call.prefill.value(u"target_id"_s).toString(), id);
    QCOMPARE(call.prefill.value(u"activity_kind"_s).toString(), u"whatsapp"_s);
}

void tst_RecordListPage::leadPageConvertCallsTheEditor()
{
    const QString id = addRecord(RecordKind::Lead, u"طلب تسعير"_s);
    auto page = makePage(RecordKind::Lead);
    QVERIFY(loadAll(*page));
    QSignalSpy shown(page.get(), &RecordListPage::detailsShown);
    QVERIFY(page->showRecord(RecordKind::Lead, id));
    QTRY_COMPARE(shown.count(), 1);
    auto *convert = page->detailPane()->findChild<QToolButton *>(u"detailConvert"_s);
    QVERIFY(convert && convert->isVisible() && convert->isEnabled());
    convert->click();
    QCOMPARE(m_editor->calls.size(), 1);
    QCOMPARE(m_editor->calls.first().what, u"convert"_s);
    QCOMPARE(m_editor->calls.first().id, id);

    // Once converted (as the editor would), the lead cannot be converted again.
    auto converted = m_fixture.store().leads().convert(id);
    QVERIFY2(converted.ok(), why(converted));
    QTRY_VERIFY(!convert->isEnabled());
}

void tst_RecordListPage::listFollowsServiceSignals()
{
    addContact(u"قديم"_s);
    auto page = makePage(RecordKind::Contact);
    QVERIFY(loadAll(*page));
    QCOMPARE(page->model()->rowCount(), 1);
    const QString added = addContact(u"جديد"_s); // the GUI thread's service says contactSaved
    QTRY_VERIFY(page->model()->rowOf(added) >= 0);
    // A form's save selects the record it saved.
    const QString formSaved = addContact(u"من النموذج"_s);
    Q_EMIT m_editor->saved(RecordKind::Contact, formSaved);
    QTRY_COMPARE(page->view()->selectionModel()->currentIndex().row(), page->model()->rowOf(formSaved));
    QCOMPARE(page->currentId(), formSaved);
}

QTEST_MAIN(tst_RecordListPage)
#include "tst_recordlistpage.moc"
