// DealRepository: the only code that knows the deal, deal_line_item and stage_change tables.
#pragma once

#include "changelog.h"
#include "entities.h"
#include "page.h"
#include "recordtable.h"

#include <functional>

namespace OmniCrm {

struct DealRow
{
    qint64 rowId = 0;
    QString id;
    QString title;
    QString stageId;
    QString stageNameAr;
    QString stageNameEn;
    QString stageType;
    qint64 amountMinor = 0;
    QString currency;
    QString contactName;
    QString companyName;
    QString expectedClose;
};

/// One deal as the pipeline board and the deal table show it.
struct DealCard
{
    qint64 rowId = 0;
    QString id;
    QString title;
    QString pipelineId;
    QString stageId;
    QString stageNameAr;
    QString stageNameEn;
    qint64 amountMinor = 0;
    QString currency;
    QString contactName;
    QString companyName;
    QString expectedClose;
    qint64 stageChangedAt = 0;
    qint64 updatedAt = 0;
};

/// The live deals of one stage in one currency.
struct StageTotal
{
    QString stageId;
    QString currency;
    qint64 deals = 0;
    qint64 amountMinor = 0;
};

class DealRepository
{
public:
    explicit DealRepository(Database &db);

    Result<qint64> insert(Deal &deal, const QString &sortKey, UnitOfWork &work);
    Status update(const Deal &before, const Deal &after, const QString &sortKey, UnitOfWork &work);
    Status setCausalLength(const QString &id, qint64 causalLength, UnitOfWork &work);
    Status logStageChange(StageChange &change, UnitOfWork &work);

    Result<Deal> find(const QString &id) const;
    Result<QList<StageChange>> stageChanges(const QString &dealId) const;
    Result<Page<DealRow>> page(const std::optional<Cursor> &after, int limit) const;
    Result<QList<DealRow>> rowsByRowIds(const QList<qint64> &rowIds) const;
    Result<qint64> countAlive() const { return m_table.countAlive(); }
    Result<qint64> rowIdOf(const QString &id) const { return m_table.rowIdOf(id); }
    Status forEach(const std::function<bool(const Deal &)> &visit) const;
    /// One stage's live deals, the latest to arrive in the stage first (keyset on stage_changed_at).
    Result<Page<DealCard>> stageCards(const QString &stageId, const std::optional<Cursor> &after,
                                      int limit) const;
    /// The first cards of a stage up to and including `card`, at most `limit`; the page ends
    /// before `card` when it lies deeper.
    Result<Page<DealCard>> stageCardsThrough(const DealCard &card, int limit) const;
    Result<DealCard> card(const QString &id) const;
    /// One pipeline's live deals by title or by last change (ListOrder::Due reads as title).
    Result<Page<DealCard>> cards(const QString &pipelineId, const ListSort &sort,
                                 const std::optional<Cursor> &after, int limit) const;
    /// Count and amount of the live deals of each stage of a pipeline, per currency.
    Result<QList<StageTotal>> stageTotals(const QString &pipelineId) const;
    /// Total amount of live deals in open stages, per currency.
    Result<QList<std::pair<QString, qint64>>> openValueByCurrency() const;

private:
    Status loadLineItems(Deal &deal) const;
    Status insertLineItem(const QString &dealId, DealLineItem &item, int position, UnitOfWork &work);

    Database &m_db;
    RecordTable m_table;
    RecordTable m_items;
    RecordTable m_changes;
};

} // namespace OmniCrm
