#include "dealservice.h"

#include "companyrepository.h"
#include "contactrepository.h"
#include "validation.h"

#include <QDate>

namespace OmniCrm {

namespace {
// ISO 4217 codes are three Latin capitals; a length check alone lets "123" or "ريا" through.
bool isCurrencyCode(QStringView code)
{
    return code.size() == 3
        && std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}
} // namespace

DealService::DealService(ChangeLog &log, DealRepository &deals, PipelineService &pipelines,
                         ContactRepository &contacts, CompanyRepository &companies, SearchIndex &search,
                         const SearchDocuments &documents, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_deals(deals)
    , m_pipelines(pipelines)
    , m_contacts(contacts)
    , m_companies(companies)
    , m_search(search)
    , m_documents(documents)
{
}

Result<Deal> DealService::validate(const DealDraft &draft) const
{
    Deal deal;
    deal.title = draft.title.simplified();
    if (deal.title.isEmpty())
        return Error::make(ErrorCode::MissingField, QStringLiteral("a deal needs a title"),
                           QStringLiteral("title"));
    auto pipeline
        = draft.pipelineId.isEmpty() ? m_pipelines.defaultPipeline() : m_pipelines.find(draft.pipelineId);
    if (!pipeline)
        return Error::make(pipeline.error().code, pipeline.error().detail, QStringLiteral("pipeline"));
    if (pipeline->stages.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("the pipeline has no stages"),
                           QStringLiteral("pipeline"));
    deal.pipelineId = pipeline->meta.id;
    if (draft.stageId.isEmpty()) {
        deal.stageId = pipeline->stages.first().meta.id;
    } else {
        const auto stage = PipelineService::findStage(*pipeline, draft.stageId);
        if (!stage)
            return Error::make(ErrorCode::NotFound,
                               QStringLiteral("the pipeline has no stage \"%1\"").arg(draft.stageId),
                               QStringLiteral("stage"));
        deal.stageId = stage->meta.id;
    }
    if (!isCurrencyCode(draft.currency))
        return Error::make(ErrorCode::InvalidMoney,
                           QStringLiteral("\"%1\" is not an ISO 4217 currency code").arg(draft.currency),
                           QStringLiteral("currency"));
    deal.currency = draft.currency;
    deal.lineItems = draft.lineItems;
    for (const DealLineItem &item : deal.lineItems) {
        if (item.quantity <= 0)
            return Error::make(ErrorCode::InvalidArgument,
                               QStringLiteral("a line item needs a quantity above zero"),
                               QStringLiteral("quantity"));
        if (item.unitPriceMinor < 0 || item.discountMinor < 0 || item.totalMinor() < 0)
            return Error::make(ErrorCode::InvalidMoney,
                               QStringLiteral("a line item cannot cost less than zero"),
                               QStringLiteral("unit_price"));
    }
    if (deal.lineItems.isEmpty()) {
        deal.amountMinor = draft.amountMinor;
    } else {
        deal.amountMinor = 0;
        for (const DealLineItem &item : deal.lineItems)
            deal.amountMinor += item.totalMinor();
    }
    if (deal.amountMinor < 0)
        return Error::make(ErrorCode::InvalidMoney, QStringLiteral("a deal amount cannot be negative"),
                           QStringLiteral("amount"));
    if (draft.probability && (*draft.probability < 0 || *draft.probability > 100))
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("probability must be between 0 and 100"),
                           QStringLiteral("probability"));
    deal.probability = draft.probability;
    if (!draft.expectedClose.isEmpty() && !QDate::fromString(draft.expectedClose, Qt::ISODate).isValid())
        return Error::make(ErrorCode::InvalidDate,
                           QStringLiteral("\"%1\" is not a date (yyyy-mm-dd)").arg(draft.expectedClose),
                           QStringLiteral("expected_close"));
    deal.expectedClose = draft.expectedClose;
    for (const auto &[id, what] : { std::pair { draft.contactId, 0 }, std::pair { draft.companyId, 1 } }) {
        if (id.isEmpty())
            continue;
        auto found = what == 0 ? m_contacts.rowIdOf(id) : m_companies.rowIdOf(id);
        if (!found)
            return Error::make(ErrorCode::NotFound, found.error().detail,
                               what == 0 ? QStringLiteral("contact") : QStringLiteral("company"));
    }
    deal.contactId = draft.contactId;
    deal.companyId = draft.companyId;
    deal.ownerId = draft.ownerId;
    return deal;
}

Status DealService::index(const Deal &deal, qint64 rowId)
{
    QString contactName;
    QString companyName;
    if (!deal.contactId.isEmpty()) {
        auto contact = m_contacts.find(deal.contactId);
        if (contact)
            contactName = contact->fullName;
    }
    if (!deal.companyId.isEmpty()) {
        auto company = m_companies.find(deal.companyId);
        if (company)
            companyName = company->name;
    }
    return m_search.put(RecordKind::Deal, rowId, m_documents.deal(deal, contactName, companyName));
}

Result<qint64> DealService::insert(Deal &deal, UnitOfWork &work)
{
    if (deal.stageChangedAt == 0)
        deal.stageChangedAt = work.now();
    auto stage = m_pipelines.stage(deal.stageId);
    if (!stage)
        return stage.error();
    if (stage->type != StageType::Open && !deal.closedAt)
        deal.closedAt = work.now();
    auto rowId = m_deals.insert(deal, sortKeyFor(deal.title), work);
    if (!rowId)
        return rowId.error();
    StageChange change;
    change.dealId = deal.meta.id;
    change.toStageId = deal.stageId;
    change.changedBy = deal.ownerId;
    change.changedAt = deal.stageChangedAt;
    OMNICRM_TRY(m_deals.logStageChange(change, work));
    OMNICRM_TRY(index(deal, *rowId));
    return rowId;
}

Result<QString> DealService::create(const DealDraft &draft)
{
    auto deal = validate(draft);
    if (!deal)
        return deal.error();
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());
    auto rowId = insert(*deal, work);
    if (!rowId)
        return rowId.error();
    OMNICRM_TRY(work.commit());
    Q_EMIT dealSaved(deal->meta.id);
    return deal->meta.id;
}

Status DealService::update(const QString &id, const DealDraft &draft)
{
    auto before = m_deals.find(id);
    if (!before)
        return before.error();
    DealDraft sameStage = draft;
    sameStage.pipelineId = before->pipelineId;
    sameStage.stageId = before->stageId; // stages change only through moveToStage, which logs
    auto after = validate(sameStage);
    if (!after)
        return after.error();
    after->meta = before->meta;
    after->stageChangedAt = before->stageChangedAt;
    after->closedAt = before->closedAt;
    after->lostReason = before->lostReason;
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());
    OMNICRM_TRY(m_deals.update(*before, *after, sortKeyFor(after->title), work));
    auto rowId = m_deals.rowIdOf(id);
    if (!rowId)
        return rowId.error();
    if (before->meta.isAlive()) // a deleted deal stays out of search until restored
        OMNICRM_TRY(index(*after, *rowId));
    OMNICRM_TRY(work.commit());
    Q_EMIT dealSaved(id);
    return {};
}

Status DealService::moveToStageIn(const QString &id, const QString &stageId, const QString &lostReason,
                                  const QString &changedBy, qint64 at, UnitOfWork &work)
{
    auto before = m_deals.find(id);
    if (!before)
        return before.error();
    auto pipeline = m_pipelines.find(before->pipelineId);
    if (!pipeline)
        return pipeline.error();
    const auto stage = PipelineService::findStage(*pipeline, stageId);
    if (!stage)
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("the deal's pipeline has no stage \"%1\"").arg(stageId),
                           QStringLiteral("stage"));
    if (stage->meta.id == before->stageId)
        return {};
    if (stage->type == StageType::Lost && lostReason.trimmed().isEmpty())
        return Error::make(ErrorCode::MissingField, QStringLiteral("a lost deal needs a reason"),
                           QStringLiteral("lost_reason"));
    Deal after = *before;
    after.stageId = stage->meta.id;
    after.stageChangedAt = at;
    after.closedAt = stage->type == StageType::Open ? std::nullopt : std::optional<qint64>(at);
    after.lostReason = stage->type == StageType::Lost ? lostReason.trimmed() : QString();
    OMNICRM_TRY(m_deals.update(*before, after, sortKeyFor(after.title), work));
    StageChange change;
    change.dealId = id;
    change.fromStageId = before->stageId;
    change.toStageId = after.stageId;
    change.changedBy = changedBy;
    change.changedAt = at;
    return m_deals.logStageChange(change, work);
}

Status DealService::moveToStage(const QString &id, const QString &stageId, const QString &lostReason,
                                const QString &changedBy)
{
    auto before = m_deals.find(id);
    if (!before)
        return before.error();
    OMNICRM_TRY(inUnitOfWork(m_log, [&](UnitOfWork &work) {
        return moveToStageIn(id, stageId, lostReason, changedBy, work.now(), work);
    }));
    auto after = m_deals.find(id);
    if (after && after->stageId != before->stageId)
        Q_EMIT dealMoved(id, before->stageId, after->stageId);
    return {};
}

Status DealService::setAlive(const QString &id, bool alive)
{
    auto deal = m_deals.find(id);
    if (!deal)
        return deal.error();
    if (deal->meta.isAlive() == alive)
        return {};
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());
    OMNICRM_TRY(m_deals.setCausalLength(id, deal->meta.causalLength + 1, work));
    auto rowId = m_deals.rowIdOf(id);
    if (!rowId)
        return rowId.error();
    OMNICRM_TRY(alive ? index(*deal, *rowId) : m_search.remove(RecordKind::Deal, *rowId));
    OMNICRM_TRY(work.commit());
    if (alive)
        Q_EMIT dealSaved(id);
    else
        Q_EMIT dealRemoved(id);
    return {};
}

Status DealService::remove(const QString &id)
{
    return setAlive(id, false);
}

Status DealService::restore(const QString &id)
{
    return setAlive(id, true);
}

Result<Page<DealRow>> DealService::page(const std::optional<Cursor> &after, int limit) const
{
    return m_deals.page(after, limit);
}

int DealService::daysInStage(qint64 stageChangedAt, qint64 nowMs)
{
    constexpr qint64 day = 24LL * 3600 * 1000;
    return nowMs <= stageChangedAt ? 0 : int((nowMs - stageChangedAt) / day);
}

bool DealService::isStale(const Stage &stage, qint64 stageChangedAt, qint64 nowMs)
{
    return stage.type == StageType::Open && stage.staleAfterDays
        && daysInStage(stageChangedAt, nowMs) > *stage.staleAfterDays;
}

} // namespace OmniCrm
