// The deal table: RecordListModel over DealListSource pages one pipeline's deals by keyset, by
// title and by last change in both directions, shows stage, amount, contact and company, filters
// through the search index, and obeys QAbstractItemModelTester throughout.
#include "deallistsource.h"
#include "pipelinetestsupport.h"
#include "recordlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace OmniCrm;
using OmniCrm::Test::why;

class tst_DealListSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.reset(); }
    void pagesByTitleBothWaysUnderTester();
    void sortsByLastChange();
    void showsDealColumnsAndFilters();

private:
    QStringList titles(const RecordListModel &model) const;
    Test::UiStoreFixture m_fixture;
    Pipeline m_pipeline;
};

void tst_DealListSource::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
    m_pipeline = Test::defaultPipeline(m_fixture.store());
}

QStringList tst_DealListSource::titles(const RecordListModel &model) const
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, DealListSource::Title).data().toString());
    return list;
}

void tst_DealListSource::pagesByTitleBothWaysUnderTester()
{
    const int count = RecordListModel::kChunk + 37;
    QStringList expected;
    for (int i = 0; i < count; ++i) {
        const QString title = QStringLiteral("deal %1").arg(i, 4, 10, QLatin1Char('0'));
        expected.append(title);
        QVERIFY(!Test::insertDeal(m_fixture.store(), title, m_pipeline.stages.at(i % 6)).isEmpty());
    }
    RecordListModel model(m_fixture.reader(), std::make_shared<DealListSource>());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(DealListSource::ColumnCount));
    QTRY_COMPARE(model.rowCount(), count);
    QCOMPARE(titles(model), expected);

    model.sort(DealListSource::Title, Qt::DescendingOrder);
    QTRY_COMPARE(model.rowCount(), count);
    QTRY_VERIFY(!model.isLoading());
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(titles(model), expected);

    // Columns the store cannot order by are refused.
    QVERIFY(!model.source().canSort(DealListSource::Amount));
    model.sort(DealListSource::Amount, Qt::AscendingOrder);
    QCOMPARE(model.query().sortColumn, int(DealListSource::Title));
}

void tst_DealListSource::sortsByLastChange()
{
    QList<DealCard> cards;
    for (const QString &title : { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }) {
        const QString id = Test::insertDeal(m_fixture.store(), title, m_pipeline.stages.at(0));
        QVERIFY(!id.isEmpty());
    }
    auto first = m_fixture.store().deals().cards(m_pipeline.meta.id, {}, std::nullopt, 10);
    QVERIFY2(first.ok(), why(first));
    // A's move makes it the last changed (or tied with the newest insert, then rowid decides).
    OMNICRM_VERIFY_OK(
        m_fixture.store().deals().moveToStage(first->rows.at(0).id, m_pipeline.stages.at(1).meta.id));
    for (const DealCard &card : first->rows) {
        auto now = m_fixture.store().deals().card(card.id);
        QVERIFY2(now.ok(), why(now));
        cards.append(*now);
    }
    std::sort(cards.begin(), cards.end(), [](const DealCard &a, const DealCard &b) {
        return std::pair(a.updatedAt, a.rowId) > std::pair(b.updatedAt, b.rowId);
    });

    RecordListModel model(m_fixture.reader(), std::make_shared<DealListSource>());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(DealListSource::Updated, Qt::DescendingOrder);
    QTRY_COMPARE(model.rowCount(), 3);
    QTRY_VERIFY(!model.isLoading());
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model.idAt(row), cards.at(row).id);
    QVERIFY(cards.at(0).updatedAt >= cards.at(1).updatedAt);
}

void tst_DealListSource::showsDealColumnsAndFilters()
{
    ContactDraft person;
    person.fullName = QStringLiteral("خالد العتيبي");
    auto contact = m_fixture.store().contacts().create(person);
    QVERIFY2(contact.ok(), why(contact));
    CompanyDraft firm;
    firm.name = QStringLiteral("شركة الأفق");
    auto company = m_fixture.store().companies().create(firm);
    QVERIFY2(company.ok(), why(company));
    DealDraft draft;
    draft.title = QStringLiteral("توريد أجهزة");
    draft.stageId = m_pipeline.stages.at(2).meta.id;
    draft.amountMinor = 1250050;
    draft.contactId = *contact;
    draft.companyId = *company;
    draft.expectedClose = QStringLiteral("2026-12-31");
    auto deal = m_fixture.store().deals().create(draft);
    QVERIFY2(deal.ok(), why(deal));
    Test::insertDeal(m_fixture.store(), QStringLiteral("Fleet tracking"), m_pipeline.stages.at(0));

    RecordListModel model(m_fixture.reader(), std::make_shared<DealListSource>());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), 2);
    const int row = model.rowOf(*deal);
    QVERIFY(row >= 0);
    const auto cell = [&](int column) {
        return model.index(row, column).data();
    };
    QCOMPARE(cell(DealListSource::Stage).toString(), m_pipeline.stages.at(2).nameEn);
    QVERIFY(cell(DealListSource::Amount).toString().contains(QLocale().toString(12500.5, 'f', 2)));
    QCOMPARE(cell(DealListSource::Contact).toString(), person.fullName);
    QCOMPARE(cell(DealListSource::Company).toString(), firm.name);
    QCOMPARE(cell(DealListSource::ExpectedClose).toDate(), QDate(2026, 12, 31));
    QVERIFY(cell(DealListSource::Updated).toDateTime().isValid());

    model.setFilterText(QStringLiteral("اجهزه")); // folded: no hamza, ta marbuta as ha
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), *deal);
    model.setFilterText({});
    QTRY_COMPARE(model.rowCount(), 2);
}

QTEST_MAIN(tst_DealListSource)
#include "tst_deallistsource.moc"
