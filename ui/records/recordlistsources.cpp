#include "recordlistsources.h"
#include "kindtext.h"

#include "recordtext.h"
#include "valueformat.h"

#include <QCoreApplication>

namespace OmniCrm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OmniCrm::RecordListSource)
};

QVariant moment(qint64 ms)
{
    return ms > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)) : QVariant();
}

QVariant moment(const std::optional<qint64> &ms)
{
    return ms ? moment(*ms) : QVariant();
}

/// "+966 55 512 3456": how a rep reads a number; the stored E.164 when it no longer parses.
QString phoneText(const CrmStore &store, const QString &e164)
{
    if (e164.isEmpty())
        return {};
    auto number = store.phones().normalize(e164);
    return number ? store.phones().format(*number, PhoneNormalizer::Style::International) : e164;
}

/// One chunk of any list: search hits of the kind when filtered (one chunk, at most the cap),
/// else the keyset page after `cursor`.
template <typename Row>
Result<ListChunk>
chunkOf(const RecordListSource &source, const ListQuery &query, const QString &cursor, int limit,
        const std::function<Result<Page<Row>>(const ListSort &, const std::optional<Cursor> &, int)> &page,
        const std::function<Result<QList<Row>>(const QString &, const ListSort &, int)> &matching,
        const std::function<ListRow(const Row &)> &toRow)
{
    const ListSort sort = source.sortOf(query);
    ListChunk chunk;
    const QString filter = query.filterText.trimmed();
    if (!filter.isEmpty()) {
        auto rows = matching(filter, sort, RecordListSource::kFilterCap);
        if (!rows)
            return rows.error();
        chunk.rows.reserve(rows->size());
        for (const Row &row : *rows)
            chunk.rows.append(toRow(row));
        return chunk;
    }
    std::optional<Cursor> after;
    if (!cursor.isEmpty()) {
        after = Cursor::decode(cursor);
        if (!after)
            return Error::make(ErrorCode::InvalidArgument,
                               QStringLiteral("not a list cursor: %1").arg(cursor));
    }
    auto rows = page(sort, after, limit);
    if (!rows)
        return rows.error();
    chunk.rows.reserve(rows->rows.size());
    for (const Row &row : rows->rows)
        chunk.rows.append(toRow(row));
    chunk.nextCursor = rows->nextCursor;
    return chunk;
}

std::optional<ListOrder> nameOrUpdatedColumn(int column, int nameColumn, int updatedColumn)
{
    if (column == nameColumn)
        return ListOrder::Name;
    if (column == updatedColumn)
        return ListOrder::Updated;
    return std::nullopt;
}

} // namespace

ListSort RecordListSource::sortOf(const ListQuery &query) const
{
    const auto order = orderOf(query.sortColumn);
    if (!order)
        return defaultSort();
    return ListSort { *order, query.order == Qt::DescendingOrder };
}

ListQuery RecordListSource::queryFor(const QString &filter, const ListSort &sort) const
{
    ListQuery query;
    query.filterText = filter;
    int column = columnOf(sort.order);
    ListSort effective = sort;
    if (column < 0) {
        effective = defaultSort();
        column = columnOf(effective.order);
    }
    query.sortColumn = std::max(column, 0);
    query.order = effective.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    return query;
}

// Contacts ----------------------------------------------------------------------------------

QStringList ContactListSource::headers() const
{
    return { Tr::tr("Name"),   Tr::tr("Company"), Tr::tr("Phone"),
             Tr::tr("E-mail"), Tr::tr("City"),    Tr::tr("Updated") };
}

std::optional<ListOrder> ContactListSource::orderOf(int column) const
{
    return nameOrUpdatedColumn(column, 0, 5);
}

int ContactListSource::columnOf(ListOrder order) const
{
    return order == ListOrder::Updated ? 5 : order == ListOrder::Name ? 0 : -1;
}

QList<int> ContactListSource::columnWidths() const
{
    return { 200, 150, 140, 170, 90, 120 };
}

Result<ListChunk> ContactListSource::fetch(CrmStore &store, const ListQuery &query, const QString &cursor,
                                           int limit) const
{
    const RecordListService &lists = store.lists();
    return chunkOf<ContactRow>(
        *this, query, cursor, limit,
        [&](const ListSort &sort, const std::optional<Cursor> &after, int n) {
            return lists.contacts(sort, after, n);
        },
        [&](const QString &text, const ListSort &sort, int cap) {
            return lists.matchingContacts(text, sort, cap);
        },
        [&](const ContactRow &r) {
            return ListRow { r.id,
                             { r.fullName, r.companyName, phoneText(store, r.primaryPhone), r.primaryEmail,
                               r.city, moment(r.updatedAt) } };
        });
}

// Companies ---------------------------------------------------------------------------------

QStringList CompanyListSource::headers() const
{
    return { Tr::tr("Name"), Tr::tr("Industry"), Tr::tr("Phone"),  Tr::tr("E-mail"),
             Tr::tr("City"), Tr::tr("Contacts"), Tr::tr("Updated") };
}

std::optional<ListOrder> CompanyListSource::orderOf(int column) const
{
    return nameOrUpdatedColumn(column, 0, 6);
}

int CompanyListSource::columnOf(ListOrder order) const
{
    return order == ListOrder::Updated ? 6 : order == ListOrder::Name ? 0 : -1;
}

QList<int> CompanyListSource::columnWidths() const
{
    return { 210, 130, 150, 190, 110, 80, 130 };
}

Result<ListChunk> CompanyListSource::fetch(CrmStore &store, const ListQuery &query, const QString &cursor,
                                           int limit) const
{
    const RecordListService &lists = store.lists();
    return chunkOf<CompanyRow>(
        *this, query, cursor, limit,
        [&](const ListSort &sort, const std::optional<Cursor> &after, int n) {
            return lists.companies(sort, after, n);
        },
        [&](const QString &text, const ListSort &sort, int cap) {
            return lists.matchingCompanies(text, sort, cap);
        },
        [&](const CompanyRow &r) {
            return ListRow { r.id,
                             { r.name, r.industry, phoneText(store, r.phone), r.email, r.city, r.contactCount,
                               moment(r.updatedAt) } };
        });
}

// Leads -------------------------------------------------------------------------------------

QStringList LeadListSource::headers() const
{
    return { Tr::tr("Title"),  Tr::tr("Person"), Tr::tr("Company"), Tr::tr("Phone"),
             Tr::tr("Status"), Tr::tr("Source"), Tr::tr("Updated") };
}

std::optional<ListOrder> LeadListSource::orderOf(int column) const
{
    return nameOrUpdatedColumn(column, 0, 6);
}

int LeadListSource::columnOf(ListOrder order) const
{
    return order == ListOrder::Updated ? 6 : order == ListOrder::Name ? 0 : -1;
}

QList<int> LeadListSource::columnWidths() const
{
    return { 200, 150, 150, 150, 100, 110, 130 };
}

Result<ListChunk> LeadListSource::fetch(CrmStore &store, const ListQuery &query, const QString &cursor,
                                        int limit) const
{
    const RecordListService &lists = store.lists();
    return chunkOf<LeadRow>(
        *this, query, cursor, limit,
        [&](const ListSort &sort, const std::optional<Cursor> &after, int n) {
            return lists.leads(sort, after, n);
        },
        [&](const QString &text, const ListSort &sort, int cap) {
            return lists.matchingLeads(text, sort, cap);
        },
        [&](const LeadRow &r) {
            const auto status = leadStatusFromName(r.status);
            return ListRow { r.id,
                             { r.title, r.personName, r.companyName, phoneText(store, r.phone),
                               status ? KindText::leadStatus(*status) : r.status, r.source,
                               moment(r.updatedAt) } };
        });
}

// Products ----------------------------------------------------------------------------------

QStringList ProductListSource::headers() const
{
    return { Tr::tr("Name (Arabic)"), Tr::tr("Name (English)"), Tr::tr("SKU"),
             Tr::tr("Category"),      Tr::tr("Price"),          Tr::tr("Updated") };
}

std::optional<ListOrder> ProductListSource::orderOf(int column) const
{
    return nameOrUpdatedColumn(column, 0, 5);
}

int ProductListSource::columnOf(ListOrder order) const
{
    return order == ListOrder::Updated ? 5 : order == ListOrder::Name ? 0 : -1;
}

QList<int> ProductListSource::columnWidths() const
{
    return { 200, 180, 110, 120, 120, 130 };
}

Result<ListChunk> ProductListSource::fetch(CrmStore &store, const ListQuery &query, const QString &cursor,
                                           int limit) const
{
    const RecordListService &lists = store.lists();
    return chunkOf<Product>(
        *this, query, cursor, limit,
        [&](const ListSort &sort, const std::optional<Cursor> &after, int n) {
            return lists.products(sort, after, n);
        },
        [&](const QString &text, const ListSort &sort, int cap) {
            return lists.matchingProducts(text, sort, cap);
        },
        [](const Product &p) {
            return ListRow { p.meta.id,
                             { p.nameAr, p.nameEn, p.sku, p.category,
                               QVariant::fromValue(MoneyCell { p.priceMinor, p.currency }),
                               moment(p.meta.updatedAt) } };
        });
}

// Activities --------------------------------------------------------------------------------

QStringList ActivityListSource::headers() const
{
    return { Tr::tr("Subject"), Tr::tr("Type"), Tr::tr("Related to"),
             Tr::tr("Due"),     Tr::tr("Done"), Tr::tr("Updated") };
}

std::optional<ListOrder> ActivityListSource::orderOf(int column) const
{
    switch (column) {
    case Subject:
        return ListOrder::Name;
    case Due:
        return ListOrder::Due;
    case Updated:
        return ListOrder::Updated;
    default:
        return std::nullopt;
    }
}

int ActivityListSource::columnOf(ListOrder order) const
{
    switch (order) {
    case ListOrder::Name:
        return Subject;
    case ListOrder::Due:
        return Due;
    case ListOrder::Updated:
        return Updated;
    }
    return -1;
}

QList<int> ActivityListSource::columnWidths() const
{
    return { 230, 90, 180, 130, 130, 130 };
}

Result<ListChunk> ActivityListSource::fetch(CrmStore &store, const ListQuery &query, const QString &cursor,
                                            int limit) const
{
    const RecordListService &lists = store.lists();
    return chunkOf<ActivityRow>(
        *this, query, cursor, limit,
        [&](const ListSort &sort, const std::optional<Cursor> &after, int n) {
            return lists.activities(sort, after, n);
        },
        [&](const QString &text, const ListSort &sort, int cap) {
            return lists.matchingActivities(text, sort, cap);
        },
        [](const ActivityRow &r) {
            return ListRow { r.id,
                             { r.subject, KindText::activityKind(r.kind), r.targetName, moment(r.dueAt),
                               moment(r.doneAt), moment(r.updatedAt) } };
        });
}

std::shared_ptr<const RecordListSource> recordListSource(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Contact:
        return std::make_shared<ContactListSource>();
    case RecordKind::Company:
        return std::make_shared<CompanyListSource>();
    case RecordKind::Lead:
        return std::make_shared<LeadListSource>();
    case RecordKind::Product:
        return std::make_shared<ProductListSource>();
    case RecordKind::Activity:
        return std::make_shared<ActivityListSource>();
    case RecordKind::Deal:
        break;
    }
    return nullptr;
}

} // namespace OmniCrm
