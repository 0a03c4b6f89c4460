// Proves SavedViewService: a view keeps its filter and order per list, a name that folds the same
// replaces the view and keeps its id, a name is required, views survive reopening the store, and
// every change is announced for its list.
#include "crmstore.h"
#include "crmtestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

Q_DECLARE_METATYPE(OmniCrm::RecordKind)

class tst_SavedViewService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fx.close(); }

    void roundTripsPerList();
    void sameFoldedNameReplaces();
    void needsAName();
    void removes();

private:
    Test::StoreFixture m_fx;
};

void tst_SavedViewService::init()
{
    const QString failure = m_fx.create();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void tst_SavedViewService::roundTripsPerList()
{
    QSignalSpy changed(&m_fx->savedViews(), &SavedViewService::viewsChanged);
    auto id = m_fx->savedViews().save(RecordKind::Contact, u"  عملاء جدة  "_s, u"جدة"_s,
                                      { ListOrder::Updated, true });
    QVERIFY2(id.ok(), why(id));
    OMNICRM_VERIFY_OK(m_fx->savedViews().save(RecordKind::Lead, u"عاجل"_s, {}, {}));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.first().first().value<RecordKind>(), RecordKind::Contact);

    const QString reopened = m_fx.reopen();
    QVERIFY2(reopened.isEmpty(), qPrintable(reopened));
    auto views = m_fx->savedViews().views(RecordKind::Contact);
    QVERIFY2(views.ok(), why(views));
    QCOMPARE(views->size(), 1);
    const SavedView &view = views->first();
    QCOMPARE(view.id, *id);
    QCOMPARE(view.name, u"عملاء جدة"_s);
    QCOMPARE(view.filterText, u"جدة"_s);
    QCOMPARE(view.sort.order, ListOrder::Updated);
    QVERIFY(view.sort.descending);
    auto leads = m_fx->savedViews().views(RecordKind::Lead);
    QVERIFY2(leads.ok(), why(leads));
    QCOMPARE(leads->size(), 1);
    QCOMPARE(leads->first().sort.order, ListOrder::Name);
}

void tst_SavedViewService::sameFoldedNameReplaces()
{
    auto first = m_fx->savedViews().save(RecordKind::Contact, u"عملاء جدة"_s, u"جدة"_s, {});
    QVERIFY2(first.ok(), why(first));
    auto second
        = m_fx->savedViews().save(RecordKind::Contact, u"عملاء جده"_s, u"جده"_s, { ListOrder::Name, true });
    QVERIFY2(second.ok(), why(second));
    QCOMPARE(*second, *first);
    auto views = m_fx->savedViews().views(RecordKind::Contact);
    QVERIFY2(views.ok(), why(views));
    QCOMPARE(views->size(), 1);
    QCOMPARE(views->first().name, u"عملاء جده"_s);
    QVERIFY(views->first().sort.descending);
}

void tst_SavedViewService::needsAName()
{
    auto id = m_fx->savedViews().save(RecordKind::Contact, u"   "_s, u"x"_s, {});
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, ErrorCode::MissingField);
    QCOMPARE(id.error().field, u"name"_s);
    auto views = m_fx->savedViews().views(RecordKind::Contact);
    QVERIFY2(views.ok(), why(views));
    QVERIFY(views->isEmpty());
}

void tst_SavedViewService::removes()
{
    auto id = m_fx->savedViews().save(RecordKind::Product, u"أسمنت"_s, u"اسمنت"_s, {});
    QVERIFY2(id.ok(), why(id));
    QSignalSpy changed(&m_fx->savedViews(), &SavedViewService::viewsChanged);
    OMNICRM_VERIFY_OK(m_fx->savedViews().remove(RecordKind::Product, *id));
    QCOMPARE(changed.count(), 1);
    auto views = m_fx->savedViews().views(RecordKind::Product);
    QVERIFY2(views.ok(), why(views));
    QVERIFY(views->isEmpty());
    const Status again = m_fx->savedViews().remove(RecordKind::Product, *id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(tst_SavedViewService)
#include "tst_savedviewservice.moc"
