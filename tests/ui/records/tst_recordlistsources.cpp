// The records lists' sources under RecordListModel on a real store: every kind pages to its end
// under QAbstractItemModelTester, in each order it offers; a filter with Arabic folding finds the
// right row and shows it with the same columns as the unfiltered list; descending reverses.
#include "recordlistmodel.h"
#include "recordlistsources.h"
#include "uitestsupport.h"
#include "valueformat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <algorithm>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

Q_DECLARE_METATYPE(OmniCrm::RecordKind)

class tst_RecordListSources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.reset(); }
    void everyKindPagesUnderModelTester_data();
    void everyKindPagesUnderModelTester();
    void contactColumns();
    void filterFoldsArabicAndKeepsColumns();
    void descendingReverses_data();
    void descendingReverses();
    void columnsThatDoNotSortAreRefused();
    void fullFilterStopsAtTheCap();

private:
    /// Adds `count` records of `kind` (named "سجل 0000" …) and returns their ids.
    QStringList addRecords(RecordKind kind, int count);
    QString addContact(const QString &name, const QString &company, const QString &phone,
                       const QString &city);
    /// Loads every row of `model` and returns the ids in order.
    static QStringList allIds(RecordListModel &model);

    Test::UiStoreFixture m_fixture;
    QString m_contactForActivities;
};

void tst_RecordListSources::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
    m_contactForActivities.clear();
}

QString tst_RecordListSources::addContact(const QString &name, const QString &company, const QString &phone,
                                          const QString &city)
{
    ContactDraft draft;
    draft.fullName = name;
    draft.companyName = company;
    if (!phone.isEmpty())
        draft.phones.append(PhoneDraft { phone });
    draft.city = city;
    auto id = m_fixture.store().contacts().create(draft);
    return id ? *id : QString();
}

QStringList tst_RecordListSources::addRecords(RecordKind kind, int count)
{
    QStringList ids;
    CrmStore &store = m_fixture.store();
    for (int i = 0; i < count; ++i) {
        const QString name = u"سجل %1"_s.arg(i, 4, 10, QLatin1Char('0'));
        Result<QString> id = QString();
        switch (kind) {
        case RecordKind::Contact:
            id = addContact(name, {}, {}, u"الرياض"_s);
            break;
        case RecordKind::Company: {
            CompanyDraft draft;
            draft.name = name;
            id = store.companies().create(draft);
            break;
        }
        case RecordKind::Lead: {
            LeadDraft draft;
            draft.title = name;
            id = store.leads().create(draft);
            break;
        }
        case RecordKind::Product: {
            ProductDraft draft;
            draft.sku = u"SKU-%1"_s.arg(i);
            draft.nameAr = name;
            draft.priceMinor = 1000 + i;
            id = store.products().create(draft);
            break;
        }
        case RecordKind::Activity: {
            if (m_contactForActivities.isEmpty())
                m_contactForActivities = addContact(u"تركي"_s, {}, {}, {});
            ActivityDraft draft;
            draft.kind = ActivityKind::Task;
            draft.subject = name;
            draft.targetType = u"contact"_s;
            draft.targetId = m_contactForActivities;
            if (i % 3)
                draft.dueAt = 1700000000000 + i * 60000;
            id = store.activities().log(draft);
            break;
        }
        case RecordKind::Deal:
            break;
        }
        if (!id || id->isEmpty())
            return {};
        ids.append(*id);
    }
    return ids;
}

QStringList tst_RecordListSources::allIds(RecordListModel &model)
{
    QSignalSpy loaded(&model, &RecordListModel::chunkLoaded);
    while (model.isLoading() || model.canFetchMore({})) {
        if (!model.isLoading())
            model.fetchMore({});
        if (!loaded.wait(5000))
            return { u"timed out"_s };
    }
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.idAt(row));
    return ids;
}

void tst_RecordListSources::everyKindPagesUnderModelTester_data()
{
    QTest::addColumn<RecordKind>("kind");
    QTest::newRow("contacts") << RecordKind::Contact;
    QTest::newRow("companies") << RecordKind::Company;
    QTest::newRow("leads") << RecordKind::Lead;
    QTest::newRow("products") << RecordKind::Product;
    QTest::newRow("activities") << RecordKind::Activity;
}

void tst_RecordListSources::everyKindPagesUnderModelTester()
{
    QFETCH(RecordKind, kind);
    const int count = RecordListModel::kChunk + 7;
    const QStringList ids = addRecords(kind, count);
    QCOMPARE(ids.size(), count);
    const auto source = recordListSource(kind);
    QVERIFY(source);
    RecordListModel model(m_fixture.reader(), source);
    model.setQuery(source->queryFor({}, source->defaultSort()));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), count); // the tester fetches more at every insert
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.columnCount(), source->headers().size());
    QCOMPARE(source->columnWidths().size(), source->headers().size());
    const QStringList listed = allIds(model);
    QCOMPARE(QSet<QString>(listed.begin(), listed.end()), QSet<QString>(ids.begin(), ids.end()));

    // Every order the list offers, both ways, walks the same records.
    for (int column = 0; column < model.columnCount(); ++column) {
        if (!source->canSort(column))
            continue;
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            model.sort(column, order);
            QTRY_COMPARE(model.rowCount(), count);
            QTRY_VERIFY(!model.isLoading());
            const QStringList walked = allIds(model);
            QCOMPARE(QSet<QString>(walked.begin(), walked.end()).size(), count);
        }
    }

    model.setFilterText(u"سجل 0042"_s);
    QTRY_COMPARE(model.rowCount(), 1);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.idAt(0), ids.at(42));
    model.setFilterText({});
    QTRY_COMPARE(model.rowCount(), count);
}

void tst_RecordListSources::contactColumns()
{
    const QString id = addContact(u"Omar Al-Harbi"_s, u"شركة الأفق"_s, u"0555123456"_s, u"جدة"_s);
    QVERIFY(!id.isEmpty());
    RecordListModel model(m_fixture.reader(), recordListSource(RecordKind::Contact));
    QSignalSpy loaded(&model, &RecordListModel::chunkLoaded);
    model.fetchMore({});
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), u"Omar Al-Harbi"_s);
    QCOMPARE(model.index(0, 1).data().toString(), u"شركة الأفق"_s);
    QCOMPARE(model.index(0, 2).data().toString(), u"+966 55 512 3456"_s); // grouped for reading
    QCOMPARE(model.index(0, 4).data().toString(), u"جدة"_s);
    QVERIFY(model.index(0, 5).data().toDateTime().isValid());
}

void tst_RecordListSources::filterFoldsArabicAndKeepsColumns()
{
    const QString ahmad = addContact(u"أحمد الغامدي"_s, u"مؤسسة النور"_s, u"0555123456"_s, u"جدة"_s);
    QVERIFY(!addContact(u"سارة العتيبي"_s, u"مؤسسة النور"_s, {}, u"الرياض"_s).isEmpty());
    QVERIFY(!addContact(u"محمد"_s, {}, {}, {}).isEmpty());
    RecordListModel model(m_fixture.reader(), recordListSource(RecordKind::Contact));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), 3);
    const int row = model.rowOf(ahmad);
    QVariantList unfiltered;
    for (int column = 0; column < model.columnCount(); ++column)
        unfiltered.append(model.index(row, column).data());

    // Typed without hamza: أحمد is found, and only it.
    model.setFilterText(u"احمد"_s);
    QTRY_VERIFY(!model.isLoading());
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), ahmad);
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.index(0, column).data(), unfiltered.at(column));

    // ة typed as ه, by company; and a phone typed in Arabic-Indic digits.
    model.setFilterText(u"موسسه"_s);
    QTRY_COMPARE(model.rowCount(), 2);
    model.setFilterText(u"٠٥٥٥١٢٣٤٥٦"_s);
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), ahmad);
}

void tst_RecordListSources::descendingReverses_data()
{
    QTest::addColumn<RecordKind>("kind");
    QTest::addColumn<int>("column");
    QTest::newRow("contacts-by-name") << RecordKind::Contact << 0;
    QTest::newRow("contacts-by-updated") << RecordKind::Contact << 5;
    QTest::newRow("companies-by-name") << RecordKind::Company << 0;
    QTest::newRow("leads-by-title") << RecordKind::Lead << 0;
    QTest::newRow("products-by-name") << RecordKind::Product << 0;
    QTest::newRow("activities-by-subject") << RecordKind::Activity << int(ActivityListSource::Subject);
    QTest::newRow("activities-by-due") << RecordKind::Activity << int(ActivityListSource::Due);
}

void tst_RecordListSources::descendingReverses()
{
    QFETCH(RecordKind, kind);
    QFETCH(int, column);
    const int count = RecordListModel::kChunk + 30; // more than one chunk each way
    QCOMPARE(addRecords(kind, count).size(), count);
    RecordListModel model(m_fixture.reader(), recordListSource(kind));
    model.setQuery(ListQuery { {}, column, Qt::AscendingOrder });
    const QStringList ascending = allIds(model);
    QCOMPARE(ascending.size(), count);
    model.sort(column, Qt::DescendingOrder);
    QStringList descending = allIds(model);
    QCOMPARE(descending.size(), count);
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(descending, ascending);
    if (column == 0)
        QCOMPARE(model.index(0, 0).data().toString(), u"سجل %1"_s.arg(count - 1, 4, 10, QLatin1Char('0')));
}

void tst_RecordListSources::columnsThatDoNotSortAreRefused()
{
    QCOMPARE(addRecords(RecordKind::Contact, 3).size(), 3);
    RecordListModel model(m_fixture.reader(), recordListSource(RecordKind::Contact));
    const ListQuery before = model.query();
    model.sort(2, Qt::DescendingOrder); // phone: no index orders by it
    QCOMPARE(model.query(), before);
    const auto source = recordListSource(RecordKind::Contact);
    QVERIFY(source->canSort(0));
    QVERIFY(source->canSort(5));
    QVERIFY(!source->canSort(2));
    const ListSort sort = source->sortOf(ListQuery { {}, 2, Qt::DescendingOrder });
    QCOMPARE(sort.order, ListOrder::Name); // falls back to the default
    const ListQuery query = source->queryFor(u"x"_s, { ListOrder::Updated, true });
    QCOMPARE(query.sortColumn, 5);
    QCOMPARE(query.order, Qt::DescendingOrder);
}

void tst_RecordListSources::fullFilterStopsAtTheCap()
{
    // The filter is not paged: a query that matches more than the cap shows exactly the cap.
    const int count = RecordListSource::kFilterCap + 5;
    CrmStore &store = m_fixture.store();
    for (int i = 0; i < count; ++i) {
        ProductDraft draft;
        draft.sku = u"P-%1"_s.arg(i);
        draft.nameAr = u"منتج %1"_s.arg(i);
        auto id = store.products().create(draft);
        QVERIFY2(id.ok(), why(id));
    }
    RecordListModel model(m_fixture.reader(), recordListSource(RecordKind::Product));
    model.setFilterText(u"منتج"_s);
    QTRY_VERIFY(!model.isLoading());
    QTRY_COMPARE(model.rowCount(), RecordListSource::kFilterCap);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(model.index(0, 4).data().value<MoneyCell>().currency == u"SAR"_s);
}

QTEST_MAIN(tst_RecordListSources)
#include "tst_recordlistsources.moc"
