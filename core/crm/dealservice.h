// DealService: deals in a pipeline. Moving a deal between stages is logged for velocity
// analytics; won and lost stages close the deal, and lost needs a reason.
#pragma once

#include "changelog.h"
#include "dealrepository.h"
#include "pipelineservice.h"
#include "searchdocuments.h"
#include "searchindex.h"

#include <QObject>

namespace OmniCrm {

class ContactRepository;
class CompanyRepository;

struct DealDraft
{
    QString title;
    QString pipelineId; // default pipeline when empty
    QString stageId; // first stage when empty
    QString contactId;
    QString companyId;
    qint64 amountMinor = 0; // ignored when there are line items: their total is the amount
    QString currency = QStringLiteral("SAR");
    std::optional<int> probability;
    QString expectedClose; // yyyy-MM-dd
    QString ownerId;
    QList<DealLineItem> lineItems;
};

class DealService : public QObject
{
    Q_OBJECT
public:
    DealService(ChangeLog &log, DealRepository &deals, PipelineService &pipelines,
                ContactRepository &contacts, CompanyRepository &companies, SearchIndex &search,
                const SearchDocuments &documents, QObject *parent = nullptr);

    Result<Deal> validate(const DealDraft &draft) const;
    Result<QString> create(const DealDraft &draft);
    Result<qint64> insert(Deal &deal, UnitOfWork &work);
    Status update(const QString &id, const DealDraft &draft);
    /// Moves the deal and logs the change. `lostReason` is required for a lost stage.
    Status moveToStage(const QString &id, const QString &stageId, const QString &lostReason = {},
                       const QString &changedBy = {});
    Status moveToStageIn(const QString &id, const QString &stageId, const QString &lostReason,
                         const QString &changedBy, qint64 at, UnitOfWork &work);
    Status remove(const QString &id);
    Status restore(const QString &id);

    Result<Deal> find(const QString &id) const { return m_deals.find(id); }
    Result<Page<DealRow>> page(const std::optional<Cursor> &after, int limit) const;
    Result<QList<StageChange>> stageChanges(const QString &id) const { return m_deals.stageChanges(id); }
    /// Read paths of the pipeline board and the deal table (the reader thread's store runs them).
    Result<Page<DealCard>> stageCards(const QString &stageId, const std::optional<Cursor> &after,
                                      int limit) const
    {
        return m_deals.stageCards(stageId, after, limit);
    }
    Result<Page<DealCard>> stageCardsThrough(const DealCard &card, int limit) const
    {
        return m_deals.stageCardsThrough(card, limit);
    }
    Result<DealCard> card(const QString &id) const { return m_deals.card(id); }
    Result<Page<DealCard>> cards(const QString &pipelineId, const ListSort &sort,
                                 const std::optional<Cursor> &after, int limit) const
    {
        return m_deals.cards(pipelineId, sort, after, limit);
    }
    Result<QList<StageTotal>> stageTotals(const QString &pipelineId) const
    {
        return m_deals.stageTotals(pipelineId);
    }

    /// Whole 24-hour days a deal has been in its stage at `nowMs` (0 in its first day).
    static int daysInStage(qint64 stageChangedAt, qint64 nowMs);
    /// A deal is stale when it has sat in an open stage longer than the stage's "stale after N
    /// days": more than N whole days. Won and lost stages, and stages without N, never go stale.
    static bool isStale(const Stage &stage, qint64 stageChangedAt, qint64 nowMs);

Q_SIGNALS:
    void dealSaved(const QString &id);
    void dealMoved(const QString &id, const QString &fromStageId, const QString &toStageId);
    void dealRemoved(const QString &id);

private:
    Status index(const Deal &deal, qint64 rowId);
    Status setAlive(const QString &id, bool alive);

    ChangeLog &m_log;
    DealRepository &m_deals;
    PipelineService &m_pipelines;
    ContactRepository &m_contacts;
    CompanyRepository &m_companies;
    SearchIndex &m_search;
    const SearchDocuments &m_documents;
};

} // namespace OmniCrm
