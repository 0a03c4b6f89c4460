// Proves DealService: every store starts with the Arabic/English sales pipeline, a new deal
// enters its first stage with one logged change, moves are logged and signalled, won and lost
// close the deal (lost only with a reason), line items make the amount, and bad money, dates
// and references are refused with the field named and nothing written.
#include "crmstore.h"
#include "crmtestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

Q_DECLARE_METATYPE(OmniCrm::StageType)

namespace {

DealDraft dealTitled(const QString &title)
{
    DealDraft draft;
    draft.title = title;
    return draft;
}

} // namespace

class tst_DealService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fx.close(); }

    void defaultPipelineExists_data();
    void defaultPipelineExists();
    void defaultPipelineIsCreatedOnce();
    void createEntersFirstStageAndLogsIt();
    void moveToStageLogsAndSignals();
    void lostNeedsAReason();
    void wonClosesAndReopeningClears();
    void lineItemsDefineTheAmount();
    void rejectsInvalidDraft_data();
    void rejectsInvalidDraft();
    void updateKeepsTheStage();
    void removeAndRestore();

private:
    Stage stageNamed(const QString &nameEn)
    {
        return *PipelineService::findStage(*m_fx->pipelines().defaultPipeline(), nameEn);
    }

    Test::StoreFixture m_fx;
};

void tst_DealService::init()
{
    const QString failure = m_fx.create();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void tst_DealService::defaultPipelineExists_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("nameAr");
    QTest::addColumn<QString>("nameEn");
    QTest::addColumn<StageType>("type");
    QTest::newRow("prospecting") << 0 << u"عميل محتمل"_s << u"Prospecting"_s << StageType::Open;
    QTest::newRow("qualification") << 1 << u"تأهيل"_s << u"Qualification"_s << StageType::Open;
    QTest::newRow("proposal") << 2 << u"عرض سعر"_s << u"Proposal"_s << StageType::Open;
    QTest::newRow("negotiation") << 3 << u"تفاوض"_s << u"Negotiation"_s << StageType::Open;
    QTest::newRow("won") << 4 << u"مكسوبة"_s << u"Won"_s << StageType::Won;
    QTest::newRow("lost") << 5 << u"خاسرة"_s << u"Lost"_s << StageType::Lost;
}

void tst_DealService::defaultPipelineExists()
{
    QFETCH(int, position);
    QFETCH(QString, nameAr);
    QFETCH(QString, nameEn);
    QFETCH(StageType, type);
    auto pipeline = m_fx->pipelines().defaultPipeline();
    QVERIFY2(pipeline.ok(), why(pipeline));
    QVERIFY(pipeline->isDefault);
    QCOMPARE(pipeline->nameAr, u"المبيعات"_s);
    QCOMPARE(pipeline->nameEn, u"Sales"_s);
    QCOMPARE(pipeline->stages.size(), 6);
    const Stage &stage = pipeline->stages.at(position);
    QCOMPARE(stage.nameAr, nameAr);
    QCOMPARE(stage.nameEn, nameEn);
    QCOMPARE(stage.type, type);
    QCOMPARE(stage.position, position);
    QCOMPARE(stage.pipelineId, pipeline->meta.id);
    QVERIFY(!stage.meta.id.isEmpty());
    // Found by either name, folded.
    QCOMPARE(PipelineService::findStage(*pipeline, nameAr)->meta.id, stage.meta.id);
    QCOMPARE(PipelineService::findStage(*pipeline, nameEn.toUpper())->meta.id, stage.meta.id);
}

void tst_DealService::defaultPipelineIsCreatedOnce()
{
    auto all = m_fx->pipelines().all();
    QVERIFY2(all.ok(), why(all));
    QCOMPARE(all->size(), 1);
    const QString id = all->first().meta.id;
    const QString failure = m_fx.reopen();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    all = m_fx->pipelines().all();
    QVERIFY2(all.ok(), why(all));
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().meta.id, id);
    auto ensured = m_fx->pipelines().ensureDefault();
    QVERIFY2(ensured.ok(), why(ensured));
    QCOMPARE(ensured->meta.id, id);
}

void tst_DealService::createEntersFirstStageAndLogsIt()
{
    QSignalSpy saved(&m_fx->deals(), &DealService::dealSaved);
    DealDraft draft = dealTitled(u"توريد 500 كرتون"_s);
    draft.amountMinor = 1250000;
    draft.expectedClose = u"2025-03-31"_s;
    draft.probability = 40;
    auto id = m_fx->deals().create(draft);
    QVERIFY2(id.ok(), why(id));
    QCOMPARE(saved.count(), 1);

    auto deal = m_fx->deals().find(*id);
    QVERIFY2(deal.ok(), why(deal));
    const Pipeline pipeline = *m_fx->pipelines().defaultPipeline();
    QCOMPARE(deal->pipelineId, pipeline.meta.id);
    QCOMPARE(deal->stageId, pipeline.stages.first().meta.id);
    QCOMPARE(deal->amountMinor, qint64(1250000));
    QCOMPARE(deal->currency, u"SAR"_s);
    QCOMPARE(deal->expectedClose, u"2025-03-31"_s);
    QCOMPARE(deal->probability, std::optional<int>(40));
    QVERIFY(!deal->closedAt.has_value());
    QVERIFY(deal->stageChangedAt > 0);

    auto changes = m_fx->deals().stageChanges(*id);
    QVERIFY2(changes.ok(), why(changes));
    QCOMPARE(changes->size(), 1);
    QVERIFY(changes->at(0).fromStageId.isEmpty());
    QCOMPARE(changes->at(0).toStageId, pipeline.stages.first().meta.id);

    const auto stats = m_fx->stats();
    QCOMPARE(stats->deals, 1);
    QCOMPARE(stats->openPipeline.size(), 1);
    QCOMPARE(stats->openPipeline.at(0).first, u"SAR"_s);
    QCOMPARE(stats->openPipeline.at(0).second, qint64(1250000));
}

void tst_DealService::moveToStageLogsAndSignals()
{
    auto id = m_fx->deals().create(dealTitled(u"صفقة"_s));
    QVERIFY2(id.ok(), why(id));
    const Stage first = stageNamed(u"Prospecting"_s);
    const Stage proposal = stageNamed(u"Proposal"_s);
    QSignalSpy moved(&m_fx->deals(), &DealService::dealMoved);

    OMNICRM_VERIFY_OK(m_fx->deals().moveToStage(*id, proposal.meta.id, {}, u"user-1"_s));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(0).toString(), *id);
    QCOMPARE(moved.at(0).at(1).toString(), first.meta.id);
    QCOMPARE(moved.at(0).at(2).toString(), proposal.meta.id);
    QCOMPARE(m_fx->deals().find(*id)->stageId, proposal.meta.id);

    auto changes = m_fx->deals().stageChanges(*id);
    QVERIFY2(changes.ok(), why(changes));
    QCOMPARE(changes->size(), 2);
    QCOMPARE(changes->at(1).fromStageId, first.meta.id);
    QCOMPARE(changes->at(1).toStageId, proposal.meta.id);
    QCOMPARE(changes->at(1).changedBy, u"user-1"_s);

    // By name, in Arabic.
    OMNICRM_VERIFY_OK(m_fx->deals().moveToStage(*id, u"تفاوض"_s));
    QCOMPARE(m_fx->deals().find(*id)->stageId, stageNamed(u"Negotiation"_s).meta.id);
    QCOMPARE(moved.count(), 2);

    // To the stage it is in: nothing logged, nothing said.
    OMNICRM_VERIFY_OK(m_fx->deals().moveToStage(*id, u"Negotiation"_s));
    QCOMPARE(moved.count(), 2);
    QCOMPARE(m_fx->deals().stageChanges(*id)->size(), 3);

    auto unknown = m_fx->deals().moveToStage(*id, u"Nowhere"_s);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QCOMPARE(unknown.error().field, u"stage"_s);
    QCOMPARE(moved.count(), 2);
}

void tst_DealService::lostNeedsAReason()
{
    auto id = m_fx->deals().create(dealTitled(u"صفقة خاسرة"_s));
    QVERIFY2(id.ok(), why(id));
    const Stage lost = stageNamed(u"Lost"_s);
    QSignalSpy moved(&m_fx->deals(), &DealService::dealMoved);
    const Deal before = *m_fx->deals().find(*id);
    const qint64 pending = m_fx.pending();

    for (const QString &reason : { QString(), u"   "_s }) {
        auto result = m_fx->deals().moveToStage(*id, lost.meta.id, reason);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::MissingField);
        QCOMPARE(result.error().field, u"lost_reason"_s);
    }
    const Deal after = *m_fx->deals().find(*id);
    QCOMPARE(after.stageId, before.stageId);
    QVERIFY(!after.closedAt.has_value());
    QCOMPARE(m_fx->deals().stageChanges(*id)->size(), 1);
    QCOMPARE(m_fx.pending(), pending);
    QCOMPARE(moved.count(), 0);

    OMNICRM_VERIFY_OK(m_fx->deals().moveToStage(*id, lost.meta.id, u"  السعر أعلى من المنافس "_s));
    const Deal closed = *m_fx->deals().find(*id);
    QCOMPARE(closed.stageId, lost.meta.id);
    QCOMPARE(closed.lostReason, u"السعر أعلى من المنافس"_s);
    QVERIFY(closed.closedAt.has_value());
    QCOMPARE(moved.count(), 1);
    QVERIFY(m_fx->stats()->openPipeline.isEmpty());
}

void tst_DealService::wonClosesAndReopeningClears()
{
    DealDraft draft = dealTitled(u"صفقة رابحة"_s);
    draft.amountMinor = 5000;
    auto id = m_fx->deals().create(draft);
    QVERIFY2(id.ok(), why(id));
    QVERIFY(!m_fx->deals().find(*id)->closedAt.has_value());

    OMNICRM_VERIFY_OK(m_fx->deals().moveToStage(*id, u"Won"_s));
    const Deal won = *m_fx->deals().find(*id);
    QVERIFY(won.closedAt.has_value());
    QVERIFY(*won.closedAt > 0);
    QCOMPARE(won.stageChangedAt, *won.closedAt);
    QVERIFY(won.lostReason.isEmpty());
    QVERIFY(m_fx->stats()->openPipeline.isEmpty());

    OMNICRM_VERIFY_OK(m_fx->deals().moveToStage(*id, u"Negotiation"_s));
    const Deal reopened = *m_fx->deals().find(*id);
    QVERIFY(!reopened.closedAt.has_value());
    QCOMPARE(m_fx->stats()->openPipeline.size(), 1);

    // A deal created straight into a closed stage is closed from the start.
    DealDraft closed = dealTitled(u"مغلقة"_s);
    closed.stageId = u"Won"_s;
    auto closedId = m_fx->deals().create(closed);
    QVERIFY2(closedId.ok(), why(closedId));
    QVERIFY(m_fx->deals().find(*closedId)->closedAt.has_value());
}

void tst_DealService::lineItemsDefineTheAmount()
{
    DealDraft draft = dealTitled(u"طلب أجهزة"_s);
    draft.amountMinor = 1; // ignored: the items are the amount
    draft.lineItems = { DealLineItem { {}, {}, u"شاشة"_s, 2, 100000, 5000 },
                        DealLineItem { {}, {}, u"تركيب"_s, 1, 25000, 0 } };
    auto id = m_fx->deals().create(draft);
    QVERIFY2(id.ok(), why(id));
    const Deal deal = *m_fx->deals().find(*id);
    QCOMPARE(deal.amountMinor, qint64(2 * 100000 - 5000 + 25000));
    QCOMPARE(deal.lineItems.size(), 2);
    QCOMPARE(deal.lineItems.at(0).description, u"شاشة"_s);
    QCOMPARE(deal.lineItems.at(0).quantity, qint64(2));
    QVERIFY(!deal.lineItems.at(0).id.isEmpty());
    QCOMPARE(deal.lineItems.at(1).totalMinor(), qint64(25000));

    draft.lineItems.removeLast();
    OMNICRM_VERIFY_OK(m_fx->deals().update(*id, draft));
    const Deal updated = *m_fx->deals().find(*id);
    QCOMPARE(updated.amountMinor, qint64(195000));
    QCOMPARE(updated.lineItems.size(), 1);
}

void tst_DealService::rejectsInvalidDraft_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("value");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("currency-lower") << u"currency"_s << u"sar"_s << ErrorCode::InvalidMoney << u"currency"_s;
    QTest::newRow("currency-short") << u"currency"_s << u"SR"_s << ErrorCode::InvalidMoney << u"currency"_s;
    QTest::newRow("currency-empty") << u"currency"_s << QString() << ErrorCode::InvalidMoney << u"currency"_s;
    QTest::newRow("currency-digits") << u"currency"_s << u"123"_s << ErrorCode::InvalidMoney << u"currency"_s;
    QTest::newRow("currency-arabic") << u"currency"_s << u"ريا"_s << ErrorCode::InvalidMoney << u"currency"_s;
    QTest::newRow("negative-amount") << u"amount"_s << u"-100"_s << ErrorCode::InvalidMoney << u"amount"_s;
    QTest::newRow("date-month-13") << u"date"_s << u"2025-13-01"_s << ErrorCode::InvalidDate
                                   << u"expected_close"_s;
    QTest::newRow("date-dmy") << u"date"_s << u"31/12/2025"_s << ErrorCode::InvalidDate
                              << u"expected_close"_s;
    QTest::newRow("date-feb-30") << u"date"_s << u"2025-02-30"_s << ErrorCode::InvalidDate
                                 << u"expected_close"_s;
    QTest::newRow("probability") << u"probability"_s << u"101"_s << ErrorCode::InvalidArgument
                                 << u"probability"_s;
    QTest::newRow("quantity-zero") << u"quantity"_s << u"0"_s << ErrorCode::InvalidArgument << u"quantity"_s;
    QTest::newRow("unit-price-negative")
        << u"unitPrice"_s << u"-1"_s << ErrorCode::InvalidMoney << u"unit_price"_s;
    QTest::newRow("unknown-contact") << u"contact"_s << u"missing"_s << ErrorCode::NotFound << u"contact"_s;
    QTest::newRow("unknown-company") << u"company"_s << u"missing"_s << ErrorCode::NotFound << u"company"_s;
    QTest::newRow("unknown-stage") << u"stage"_s << u"Closing"_s << ErrorCode::NotFound << u"stage"_s;
    QTest::newRow("unknown-pipeline")
        << u"pipeline"_s << u"missing"_s << ErrorCode::NotFound << u"pipeline"_s;
    QTest::newRow("no-title") << u"title"_s << u"  "_s << ErrorCode::MissingField << u"title"_s;
}

void tst_DealService::rejectsInvalidDraft()
{
    QFETCH(QString, what);
    QFETCH(QString, value);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);
    DealDraft draft = dealTitled(u"صفقة"_s);
    draft.amountMinor = 1000;
    if (what == u"currency")
        draft.currency = value;
    else if (what == u"amount")
        draft.amountMinor = value.toLongLong();
    else if (what == u"date")
        draft.expectedClose = value;
    else if (what == u"probability")
        draft.probability = value.toInt();
    else if (what == u"quantity")
        draft.lineItems = { DealLineItem { {}, {}, u"x"_s, value.toLongLong(), 100, 0 } };
    else if (what == u"unitPrice")
        draft.lineItems = { DealLineItem { {}, {}, u"x"_s, 1, value.toLongLong(), 0 } };
    else if (what == u"contact")
        draft.contactId = value;
    else if (what == u"company")
        draft.companyId = value;
    else if (what == u"stage")
        draft.stageId = value;
    else if (what == u"pipeline")
        draft.pipelineId = value;
    else if (what == u"title")
        draft.title = value;
    const qint64 pending = m_fx.pending();
    QSignalSpy saved(&m_fx->deals(), &DealService::dealSaved);
    auto id = m_fx->deals().create(draft);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, code);
    QCOMPARE(id.error().field, field);
    QCOMPARE(m_fx->stats()->deals, 0);
    QCOMPARE(m_fx.pending(), pending);
    QCOMPARE(saved.count(), 0);
}

void tst_DealService::updateKeepsTheStage()
{
    auto id = m_fx->deals().create(dealTitled(u"صفقة"_s));
    QVERIFY2(id.ok(), why(id));
    OMNICRM_VERIFY_OK(m_fx->deals().moveToStage(*id, u"Proposal"_s));
    DealDraft edit = dealTitled(u"صفقة معدلة"_s);
    edit.stageId = u"Won"_s; // stages change only through moveToStage
    edit.amountMinor = 7700;
    OMNICRM_VERIFY_OK(m_fx->deals().update(*id, edit));
    const Deal deal = *m_fx->deals().find(*id);
    QCOMPARE(deal.title, u"صفقة معدلة"_s);
    QCOMPARE(deal.amountMinor, qint64(7700));
    QCOMPARE(deal.stageId, stageNamed(u"Proposal"_s).meta.id);
    QCOMPARE(m_fx->deals().stageChanges(*id)->size(), 2);
}

void tst_DealService::removeAndRestore()
{
    auto id = m_fx->deals().create(dealTitled(u"صفقة للحذف"_s));
    QVERIFY2(id.ok(), why(id));
    QSignalSpy removed(&m_fx->deals(), &DealService::dealRemoved);
    OMNICRM_VERIFY_OK(m_fx->deals().remove(*id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_fx->stats()->deals, 0);
    QVERIFY(m_fx->deals().page(std::nullopt, 10)->rows.isEmpty());
    QVERIFY(m_fx->search().search(u"للحذف"_s, 10)->isEmpty());
    OMNICRM_VERIFY_OK(m_fx->deals().restore(*id));
    QCOMPARE(m_fx->stats()->deals, 1);
    QCOMPARE(m_fx->search().search(u"للحذف"_s, 10)->size(), 1);
}

QTEST_GUILESS_MAIN(tst_DealService)
#include "tst_dealservice.moc"
