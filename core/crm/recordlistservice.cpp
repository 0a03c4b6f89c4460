#include "recordlistservice.h"

#include "validation.h"

#include <QHash>

#include <algorithm>
#include <functional>
#include <limits>

namespace OmniCrm {

namespace {

/// Sorts filtered rows the way the keyset walk of the same sort would list them: by the key,
/// then by rowid, both in the sort's direction.
template <typename Row, typename Key>
void sortRows(QList<Row> &rows, bool descending, const std::function<Key(const Row &)> &key,
              const std::function<qint64(const Row &)> &rowId)
{
    QList<std::pair<Key, qsizetype>> keys;
    keys.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        keys.append({ key(rows.at(i)), i });
    std::stable_sort(keys.begin(), keys.end(), [&](const auto &a, const auto &b) {
        const auto left = std::make_pair(a.first, rowId(rows.at(a.second)));
        const auto right = std::make_pair(b.first, rowId(rows.at(b.second)));
        return descending ? right < left : left < right;
    });
    QList<Row> sorted;
    sorted.reserve(rows.size());
    for (const auto &entry : keys)
        sorted.append(rows.at(entry.second));
    rows = std::move(sorted);
}

/// Name and last-change orders for the lists that have no due date.
template <typename Row>
void sortByNameOrUpdated(QList<Row> &rows, const ListSort &sort,
                         const std::function<QString(const Row &)> &name,
                         const std::function<qint64(const Row &)> &updatedAt,
                         const std::function<qint64(const Row &)> &rowId)
{
    if (sort.order == ListOrder::Updated)
        sortRows<Row, qint64>(rows, sort.descending, updatedAt, rowId);
    else
        sortRows<Row, QString>(
            rows, sort.descending, [&](const Row &row) { return sortKeyFor(name(row)); }, rowId);
}

} // namespace

RecordListService::RecordListService(const SearchIndex &index, const SearchDocuments &documents,
                                     const ContactRepository &contacts, const CompanyRepository &companies,
                                     const LeadRepository &leads, const ProductRepository &products,
                                     const ActivityRepository &activities)
    : m_index(index)
    , m_documents(documents)
    , m_contacts(contacts)
    , m_companies(companies)
    , m_leads(leads)
    , m_products(products)
    , m_activities(activities)
{
}

Result<Page<ContactRow>> RecordListService::contacts(const ListSort &sort, const std::optional<Cursor> &after,
                                                     int limit) const
{
    return m_contacts.page(sort, after, limit);
}

Result<Page<CompanyRow>> RecordListService::companies(const ListSort &sort,
                                                      const std::optional<Cursor> &after, int limit) const
{
    return m_companies.page(sort, after, limit);
}

Result<Page<LeadRow>> RecordListService::leads(const ListSort &sort, const std::optional<Cursor> &after,
                                               int limit) const
{
    return m_leads.page(sort, after, limit);
}

Result<Page<Product>> RecordListService::products(const ListSort &sort, const std::optional<Cursor> &after,
                                                  int limit) const
{
    return m_products.page(sort, after, limit);
}

Result<Page<ActivityRow>> RecordListService::activities(const ListSort &sort,
                                                        const std::optional<Cursor> &after, int limit) const
{
    return m_activities.page(sort, after, limit);
}

Result<QList<qint64>> RecordListService::hits(RecordKind kind, const QString &text, int cap) const
{
    auto found = m_index.match(m_documents.query(text), cap, { kind });
    if (!found)
        return found.error();
    QList<qint64> rowIds;
    rowIds.reserve(found->size());
    for (const SearchHit &hit : *found)
        rowIds.append(hit.rowId);
    return rowIds;
}

Result<QList<ContactRow>> RecordListService::matchingContacts(const QString &text, const ListSort &sort,
                                                              int cap) const
{
    auto rowIds = hits(RecordKind::Contact, text, cap);
    if (!rowIds)
        return rowIds.error();
    auto rows = m_contacts.rowsByRowIds(*rowIds);
    if (rows)
        sortByNameOrUpdated<ContactRow>(
            *rows, sort, [](const ContactRow &r) { return r.fullName; },
            [](const ContactRow &r) { return r.updatedAt; }, [](const ContactRow &r) { return r.rowId; });
    return rows;
}

Result<QList<CompanyRow>> RecordListService::matchingCompanies(const QString &text, const ListSort &sort,
                                                               int cap) const
{
    auto rowIds = hits(RecordKind::Company, text, cap);
    if (!rowIds)
        return rowIds.error();
    auto rows = m_companies.rowsByRowIds(*rowIds);
    if (rows)
        sortByNameOrUpdated<CompanyRow>(
            *rows, sort, [](const CompanyRow &r) { return r.name; },
            [](const CompanyRow &r) { return r.updatedAt; }, [](const CompanyRow &r) { return r.rowId; });
    return rows;
}

Result<QList<LeadRow>> RecordListService::matchingLeads(const QString &text, const ListSort &sort,
                                                        int cap) const
{
    auto rowIds = hits(RecordKind::Lead, text, cap);
    if (!rowIds)
        return rowIds.error();
    auto rows = m_leads.rowsByRowIds(*rowIds);
    if (rows)
        sortByNameOrUpdated<LeadRow>(
            *rows, sort, [](const LeadRow &r) { return r.title; },
            [](const LeadRow &r) { return r.updatedAt; }, [](const LeadRow &r) { return r.rowId; });
    return rows;
}

Result<QList<Product>> RecordListService::matchingProducts(const QString &text, const ListSort &sort,
                                                           int cap) const
{
    auto rowIds = hits(RecordKind::Product, text, cap);
    if (!rowIds)
        return rowIds.error();
    auto rows = m_products.rowsByRowIds(*rowIds);
    if (!rows)
        return rows;
    // Products are read without their rowid; the hit order (rowid order) breaks ties instead.
    QHash<QString, qint64> order;
    for (qsizetype i = 0; i < rows->size(); ++i)
        order.insert(rows->at(i).meta.id, i);
    sortByNameOrUpdated<Product>(
        *rows, sort, [](const Product &p) { return p.nameAr.isEmpty() ? p.nameEn : p.nameAr; },
        [](const Product &p) { return p.meta.updatedAt; },
        [&](const Product &p) { return order.value(p.meta.id); });
    return rows;
}

Result<QList<ActivityRow>> RecordListService::matchingActivities(const QString &text, const ListSort &sort,
                                                                 int cap) const
{
    auto rowIds = hits(RecordKind::Activity, text, cap);
    if (!rowIds)
        return rowIds.error();
    auto rows = m_activities.rowsByRowIds(*rowIds);
    if (!rows)
        return rows;
    const auto rowId = [](const ActivityRow &r) {
        return r.rowId;
    };
    switch (sort.order) {
    case ListOrder::Name:
        sortRows<ActivityRow, QString>(
            *rows, sort.descending, [](const ActivityRow &r) { return sortKeyFor(r.subject); }, rowId);
        break;
    case ListOrder::Updated:
        sortRows<ActivityRow, qint64>(
            *rows, sort.descending, [](const ActivityRow &r) { return r.updatedAt; }, rowId);
        break;
    case ListOrder::Due:
        sortRows<ActivityRow, qint64>(
            *rows, sort.descending,
            [](const ActivityRow &r) { return r.dueAt.value_or(std::numeric_limits<qint64>::max()); }, rowId);
        break;
    }
    return rows;
}

} // namespace OmniCrm
