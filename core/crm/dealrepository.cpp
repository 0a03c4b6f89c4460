#include "dealrepository.h"

#include "fieldvalues.h"
#include "keyset.h"
#include "uuid7.h"

namespace OmniCrm {

namespace {

const QString kColumns = QStringLiteral(
    "id, title, pipeline_id, stage_id, contact_id, company_id, amount_minor, currency, probability, "
    "expected_close, owner_id, lost_reason, stage_changed_at, closed_at, created_at, updated_at, cl");

Fields dealFields(const Deal &d, const QString &sortKey)
{
    return {
        { QStringLiteral("id"), d.meta.id },
        { QStringLiteral("title"), d.title },
        { QStringLiteral("sort_key"), sortKey },
        { QStringLiteral("pipeline_id"), d.pipelineId },
        { QStringLiteral("stage_id"), d.stageId },
        { QStringLiteral("contact_id"), textValue(d.contactId) },
        { QStringLiteral("company_id"), textValue(d.companyId) },
        { QStringLiteral("amount_minor"), d.amountMinor },
        { QStringLiteral("currency"), d.currency },
        { QStringLiteral("probability"), optionalValue(d.probability) },
        { QStringLiteral("expected_close"), textValue(d.expectedClose) },
        { QStringLiteral("owner_id"), textValue(d.ownerId) },
        { QStringLiteral("lost_reason"), textValue(d.lostReason) },
        { QStringLiteral("stage_changed_at"), d.stageChangedAt },
        { QStringLiteral("closed_at"), optionalValue(d.closedAt) },
    };
}

Fields itemFields(const QString &dealId, const DealLineItem &item, int position)
{
    return {
        { QStringLiteral("id"), item.id },
        { QStringLiteral("deal_id"), dealId },
        { QStringLiteral("product_id"), textValue(item.productId) },
        { QStringLiteral("description"), item.description },
        { QStringLiteral("quantity"), item.quantity },
        { QStringLiteral("unit_price_minor"), item.unitPriceMinor },
        { QStringLiteral("discount_minor"), item.discountMinor },
        { QStringLiteral("position"), position },
    };
}

Deal dealFromRow(const Statement &s)
{
    Deal d;
    d.meta.id = s.text(0);
    d.title = s.text(1);
    d.pipelineId = s.text(2);
    d.stageId = s.text(3);
    d.contactId = s.text(4);
    d.companyId = s.text(5);
    d.amountMinor = s.int64(6);
    d.currency = s.text(7);
    if (!s.isNull(8))
        d.probability = s.int32(8);
    d.expectedClose = s.text(9);
    d.ownerId = s.text(10);
    d.lostReason = s.text(11);
    d.stageChangedAt = s.int64(12);
    d.closedAt = s.optionalInt64(13);
    d.meta.createdAt = s.int64(14);
    d.meta.updatedAt = s.int64(15);
    d.meta.causalLength = s.int64(16);
    return d;
}

const QString kRowSelect = QStringLiteral(
    "SELECT d.rowid, d.id, d.title, d.stage_id, s.name_ar, s.name_en, s.type, d.amount_minor, d.currency, "
    "c.full_name, co.name, d.expected_close, d.sort_key "
    "FROM deal d JOIN stage s ON s.id = d.stage_id LEFT JOIN contact c ON c.id = d.contact_id "
    "LEFT JOIN company co ON co.id = d.company_id ");

DealRow rowFromStatement(const Statement &s)
{
    return DealRow { s.int64(0), s.text(1),  s.text(2), s.text(3), s.text(4),  s.text(5),
                     s.text(6),  s.int64(7), s.text(8), s.text(9), s.text(10), s.text(11) };
}

// A card: the deal, its stage's names and the names of its contact and company.
const QString kCardColumns = QStringLiteral(
    "SELECT d.rowid, d.id, d.title, d.pipeline_id, d.stage_id, s.name_ar, s.name_en, d.amount_minor, "
    "d.currency, c.full_name, co.name, d.expected_close, d.stage_changed_at, d.updated_at");
const QString kCardFrom = QStringLiteral(
    "FROM deal d JOIN stage s ON s.id = d.stage_id LEFT JOIN contact c ON c.id = d.contact_id "
    "LEFT JOIN company co ON co.id = d.company_id ");

DealCard cardFromStatement(const Statement &s)
{
    DealCard card;
    card.rowId = s.int64(0);
    card.id = s.text(1);
    card.title = s.text(2);
    card.pipelineId = s.text(3);
    card.stageId = s.text(4);
    card.stageNameAr = s.text(5);
    card.stageNameEn = s.text(6);
    card.amountMinor = s.int64(7);
    card.currency = s.text(8);
    card.contactName = s.text(9);
    card.companyName = s.text(10);
    card.expectedClose = s.text(11);
    card.stageChangedAt = s.int64(12);
    card.updatedAt = s.int64(13);
    return card;
}

/// A keyset page of cards among the live deals with `scope` (a column) equal to `scopeValue`,
/// ordered by `order` then rowid. The (scope, key, rowid) index of live rows makes any depth cost
/// the same. With `through`, the page runs from the start to that row inclusive instead.
Result<Page<DealCard>> cardPage(Database &db, const QString &scope, const QString &scopeValue,
                                const KeysetOrder &order, const std::optional<Cursor> &after, int limit,
                                bool through = false)
{
    const QString direction = order.descending ? QStringLiteral(" DESC") : QString();
    QString sql = kCardColumns + QStringLiteral(", ") + order.key + u' ' + kCardFrom
        + QStringLiteral("WHERE d.cl % 2 = 1 AND ") + scope + QStringLiteral(" = ?1 ");
    if (after) {
        const bool forward = order.descending == through;
        sql += QStringLiteral("AND (") + order.key + QStringLiteral(", d.rowid) ") + (forward ? u'>' : u'<')
            + (through ? QStringLiteral("= ") : QStringLiteral(" ")) + QStringLiteral("(?2, ?3) ");
    }
    sql += QStringLiteral("ORDER BY ") + order.key + direction + QStringLiteral(", d.rowid") + direction
        + QStringLiteral(" LIMIT ?4");
    auto stmt = db.cached(sql);
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, scopeValue);
    if (after) {
        if (order.numeric)
            s.bind(2, after->sortKey.toLongLong());
        else
            s.bind(2, after->sortKey);
        s.bind(3, after->rowId);
    }
    s.bind(4, limit + 1);
    Page<DealCard> page;
    Cursor last;
    while (true) {
        auto row = s.step();
        if (!row) {
            s.reset();
            return row.error();
        }
        if (!*row)
            break;
        if (page.rows.size() == limit) {
            page.nextCursor = last.encode();
            break;
        }
        page.rows.append(cardFromStatement(s));
        last = Cursor { s.text(s.columnCount() - 1), s.int64(0) };
    }
    s.reset();
    return page;
}

const KeysetOrder kNewestInStage { QStringLiteral("d.stage_changed_at"), true, true };

} // namespace

DealRepository::DealRepository(Database &db)
    : m_db(db)
    , m_table(db, QStringLiteral("deal"))
    , m_items(db, QStringLiteral("deal_line_item"))
    , m_changes(db, QStringLiteral("stage_change"))
{
}

Result<qint64> DealRepository::insert(Deal &deal, const QString &sortKey, UnitOfWork &work)
{
    if (deal.meta.id.isEmpty())
        deal.meta.id = newId();
    deal.meta.createdAt = deal.meta.updatedAt = work.now();
    deal.meta.causalLength = 1;
    auto rowId = m_table.insert(dealFields(deal, sortKey), work);
    if (!rowId)
        return rowId.error();
    for (int i = 0; i < deal.lineItems.size(); ++i)
        OMNICRM_TRY(insertLineItem(deal.meta.id, deal.lineItems[i], i, work));
    return rowId;
}

Status DealRepository::insertLineItem(const QString &dealId, DealLineItem &item, int position,
                                      UnitOfWork &work)
{
    if (item.id.isEmpty())
        item.id = newId();
    auto inserted = m_items.insert(itemFields(dealId, item, position), work);
    return inserted ? Status() : inserted.error();
}

Status DealRepository::update(const Deal &before, const Deal &after, const QString &sortKey, UnitOfWork &work)
{
    const QString beforeKey = before.title == after.title ? sortKey : QString();
    OMNICRM_TRY(m_table.update(
        after.meta.id, RecordTable::changedFields(dealFields(before, beforeKey), dealFields(after, sortKey)),
        work));
    for (const DealLineItem &old : before.lineItems) {
        const bool kept = std::any_of(after.lineItems.begin(), after.lineItems.end(),
                                      [&](const DealLineItem &i) { return i.id == old.id; });
        if (!kept)
            OMNICRM_TRY(m_items.markDeleted(old.id, work));
    }
    for (int i = 0; i < after.lineItems.size(); ++i) {
        DealLineItem item = after.lineItems[i];
        const auto old
            = std::find_if(before.lineItems.begin(), before.lineItems.end(),
                           [&](const DealLineItem &o) { return !item.id.isEmpty() && o.id == item.id; });
        if (old == before.lineItems.end()) {
            OMNICRM_TRY(insertLineItem(after.meta.id, item, i, work));
        } else {
            const int oldPosition = int(old - before.lineItems.begin());
            OMNICRM_TRY(
                m_items.update(item.id,
                               RecordTable::changedFields(itemFields(after.meta.id, *old, oldPosition),
                                                          itemFields(after.meta.id, item, i)),
                               work));
        }
    }
    return {};
}

Status DealRepository::setCausalLength(const QString &id, qint64 causalLength, UnitOfWork &work)
{
    return m_table.setCausalLength(id, causalLength, work);
}

Status DealRepository::logStageChange(StageChange &change, UnitOfWork &work)
{
    if (change.id.isEmpty())
        change.id = newId();
    auto inserted = m_changes.insert({ { QStringLiteral("id"), change.id },
                                       { QStringLiteral("deal_id"), change.dealId },
                                       { QStringLiteral("from_stage_id"), textValue(change.fromStageId) },
                                       { QStringLiteral("to_stage_id"), change.toStageId },
                                       { QStringLiteral("changed_by"), textValue(change.changedBy) },
                                       { QStringLiteral("changed_at"), change.changedAt } },
                                     work);
    return inserted ? Status() : inserted.error();
}

Result<Deal> DealRepository::find(const QString &id) const
{
    auto deal
        = oneRow<Deal>(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM deal WHERE id = ?"),
                       id, dealFromRow, QStringLiteral("deal"));
    if (deal)
        OMNICRM_TRY(loadLineItems(*deal));
    return deal;
}

Status DealRepository::loadLineItems(Deal &deal) const
{
    auto items = allRows<DealLineItem>(
        m_db,
        QStringLiteral("SELECT id, product_id, description, quantity, unit_price_minor, discount_minor "
                       "FROM deal_line_item WHERE deal_id = ? AND cl % 2 = 1 ORDER BY position"),
        deal.meta.id, [](const Statement &s) {
            return DealLineItem { s.text(0), s.text(1), s.text(2), s.int64(3), s.int64(4), s.int64(5) };
        });
    if (!items)
        return items.error();
    deal.lineItems = *items;
    return {};
}

Result<QList<StageChange>> DealRepository::stageChanges(const QString &dealId) const
{
    return allRows<StageChange>(
        m_db,
        QStringLiteral(
            "SELECT id, deal_id, from_stage_id, to_stage_id, changed_by, changed_at FROM stage_change "
            "WHERE deal_id = ? AND cl % 2 = 1 ORDER BY changed_at, rowid"),
        dealId, [](const Statement &s) {
            return StageChange { s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.int64(5) };
        });
}

Result<Page<DealRow>> DealRepository::page(const std::optional<Cursor> &after, int limit) const
{
    return keysetPage<DealRow>(m_db, kRowSelect, QStringLiteral("d"), after, limit, rowFromStatement);
}

Result<QList<DealRow>> DealRepository::rowsByRowIds(const QList<qint64> &rowIds) const
{
    return OmniCrm::rowsByRowIds<DealRow>(
        m_db, kRowSelect + QStringLiteral("WHERE d.rowid = ?1 AND d.cl % 2 = 1"), rowIds, rowFromStatement);
}

Status DealRepository::forEach(const std::function<bool(const Deal &)> &visit) const
{
    Status failure;
    OMNICRM_TRY(forEachRow(m_db,
                           QStringLiteral("SELECT ") + kColumns
                               + QStringLiteral(" FROM deal WHERE cl % 2 = 1 ORDER BY sort_key, rowid"),
                           {}, [&](const Statement &s) {
                               Deal deal = dealFromRow(s);
                               failure = loadLineItems(deal);
                               return failure.ok() && visit(deal);
                           }));
    return failure;
}

Result<QList<std::pair<QString, qint64>>> DealRepository::openValueByCurrency() const
{
    return allRows<std::pair<QString, qint64>>(
        m_db,
        QStringLiteral("SELECT d.currency, sum(d.amount_minor) FROM deal d JOIN stage s ON s.id = d.stage_id "
                       "WHERE d.cl % 2 = 1 AND s.type = 'open' GROUP BY d.currency ORDER BY d.currency"),
        {}, [](const Statement &s) {
            return std::pair { s.text(0), s.int64(1) };
        });
}

Result<Page<DealCard>> DealRepository::stageCards(const QString &stageId, const std::optional<Cursor> &after,
                                                  int limit) const
{
    return cardPage(m_db, QStringLiteral("d.stage_id"), stageId, kNewestInStage, after, limit);
}

Result<Page<DealCard>> DealRepository::stageCardsThrough(const DealCard &card, int limit) const
{
    // Rows from the column's start to the card: (changed_at, rowid) >= the card's, newest first.
    auto page = cardPage(m_db, QStringLiteral("d.stage_id"), card.stageId, kNewestInStage,
                         Cursor { QString::number(card.stageChangedAt), card.rowId }, limit, true);
    if (!page)
        return page;
    // The page may stop exactly at the card with more rows behind it: resume after its last row.
    if (!page->rows.isEmpty()) {
        const DealCard &last = page->rows.constLast();
        auto rest = stageCards(card.stageId, Cursor { QString::number(last.stageChangedAt), last.rowId }, 1);
        if (!rest)
            return rest.error();
        page->nextCursor = rest->rows.isEmpty()
            ? QString()
            : Cursor { QString::number(last.stageChangedAt), last.rowId }.encode();
    }
    return page;
}

Result<DealCard> DealRepository::card(const QString &id) const
{
    return oneRow<DealCard>(
        m_db, kCardColumns + u' ' + kCardFrom + QStringLiteral("WHERE d.id = ?1 AND d.cl % 2 = 1"), id,
        cardFromStatement, QStringLiteral("deal"));
}

Result<Page<DealCard>> DealRepository::cards(const QString &pipelineId, const ListSort &sort,
                                             const std::optional<Cursor> &after, int limit) const
{
    const bool updated = sort.order == ListOrder::Updated;
    const KeysetOrder order { updated ? QStringLiteral("d.updated_at") : QStringLiteral("d.sort_key"),
                              sort.descending, updated };
    return cardPage(m_db, QStringLiteral("d.pipeline_id"), pipelineId, order, after, limit);
}

Result<QList<StageTotal>> DealRepository::stageTotals(const QString &pipelineId) const
{
    // One small query per stage: each reads that stage's run of the covering deal_stage_value
    // index, already in currency order, so nothing is sorted (a single join grouped by stage and
    // currency sorted 100,000 rows in a temporary b-tree).
    auto stageIds = textColumn(
        m_db, QStringLiteral("SELECT id FROM stage WHERE pipeline_id = ? AND cl % 2 = 1 ORDER BY position"),
        pipelineId);
    if (!stageIds)
        return stageIds.error();
    QList<StageTotal> totals;
    for (const QString &stageId : *stageIds) {
        auto rows = allRows<StageTotal>(
            m_db,
            QStringLiteral("SELECT d.stage_id, d.currency, count(*), sum(d.amount_minor) FROM deal d "
                           "WHERE d.stage_id = ?1 AND d.cl % 2 = 1 GROUP BY d.currency"),
            stageId, [](const Statement &s) {
                return StageTotal { s.text(0), s.text(1), s.int64(2), s.int64(3) };
            });
        if (!rows)
            return rows.error();
        totals.append(*rows);
    }
    return totals;
}

} // namespace OmniCrm
