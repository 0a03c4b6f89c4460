#include "deallistsource.h"

#include "pipelinetext.h"

#include <QDate>
#include <QDateTime>

namespace OmniCrm {

namespace {
ListRow rowOf(const DealCard &card)
{
    QVariantList cells(DealListSource::ColumnCount);
    cells[DealListSource::Title] = card.title;
    cells[DealListSource::Stage] = PipelineText::stageName(card.stageNameAr, card.stageNameEn);
    cells[DealListSource::Amount] = PipelineText::money(card.amountMinor, card.currency);
    cells[DealListSource::Contact] = card.contactName;
    cells[DealListSource::Company] = card.companyName;
    const QDate close = QDate::fromString(card.expectedClose, Qt::ISODate);
    cells[DealListSource::ExpectedClose] = close.isValid() ? QVariant(close) : QVariant(QString());
    cells[DealListSource::Updated] = QDateTime::fromMSecsSinceEpoch(card.updatedAt).toLocalTime();
    return ListRow { card.id, cells };
}
} // namespace

DealListSource::DealListSource(QString pipelineId)
    : m_pipelineId(std::move(pipelineId))
{
}

QStringList DealListSource::headers() const
{
    return { tr("Title"),   tr("Stage"),          tr("Amount"), tr("Contact"),
             tr("Company"), tr("Expected close"), tr("Updated") };
}

Result<ListChunk> DealListSource::fetch(CrmStore &store, const ListQuery &query, const QString &cursor,
                                        int limit) const
{
    QString pipelineId = m_pipelineId;
    if (pipelineId.isEmpty()) {
        auto pipeline = store.pipelines().defaultPipeline();
        if (!pipeline)
            return pipeline.error();
        pipelineId = pipeline->meta.id;
    }
    const ListSort sort { query.sortColumn == Updated ? ListOrder::Updated : ListOrder::Name,
                          query.order == Qt::DescendingOrder };
    ListChunk chunk;
    if (!query.filterText.trimmed().isEmpty()) {
        // Search hits are not a keyset walk: one capped chunk, sorted here the way the list is.
        auto hits = store.search().search(query.filterText, kFilterCap, { RecordKind::Deal });
        if (!hits)
            return hits.error();
        QList<DealCard> cards;
        for (const SearchResult &hit : *hits) {
            auto card = store.deals().card(hit.id);
            if (card && card->pipelineId == pipelineId)
                cards.append(*card);
        }
        const auto compare = [&sort](const DealCard &a, const DealCard &b) {
            if (sort.order == ListOrder::Updated) {
                if (a.updatedAt != b.updatedAt)
                    return a.updatedAt < b.updatedAt ? -1 : 1;
            } else if (const int byTitle = QString::localeAwareCompare(a.title, b.title)) {
                return byTitle;
            }
            return a.rowId < b.rowId ? -1 : (a.rowId > b.rowId ? 1 : 0);
        };
        std::sort(cards.begin(), cards.end(), [&](const DealCard &a, const DealCard &b) {
            return sort.descending ? compare(a, b) > 0 : compare(a, b) < 0;
        });
        for (const DealCard &card : cards)
            chunk.rows.append(rowOf(card));
        return chunk;
    }
    auto page = store.deals().cards(pipelineId, sort, Cursor::decode(cursor), limit);
    if (!page)
        return page.error();
    for (const DealCard &card : page->rows)
        chunk.rows.append(rowOf(card));
    chunk.nextCursor = page->nextCursor;
    return chunk;
}

} // namespace OmniCrm
