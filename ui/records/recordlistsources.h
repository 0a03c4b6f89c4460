// The record lists' sources: what each list shows and how it reads a chunk through the store's
// RecordListService on the reader thread. Unfiltered, a list walks by keyset in the order of
// its sorted column; filtered, it shows the search hits of its kind (at most kFilterCap) in
// that same order. Columns a list cannot order by without a scan do not sort.
#pragma once

#include "listsource.h"

#include <optional>

namespace OmniCrm {

class RecordListSource : public ListSource
{
public:
    /// A filter shows at most this many records; the page says so when a list is that full.
    static constexpr int kFilterCap = 1000;

    /// The order a column sorts by, or nothing when it does not sort.
    virtual std::optional<ListOrder> orderOf(int column) const = 0;
    /// The column that sorts by `order`, or -1.
    virtual int columnOf(ListOrder order) const = 0;
    /// What the list shows first.
    virtual ListSort defaultSort() const { return {}; }
    /// Starting widths of the columns, in pixels at the default font.
    virtual QList<int> columnWidths() const = 0;

    bool canSort(int column) const override { return orderOf(column).has_value(); }
    /// The sort a query asks for (the default sort when its column does not sort).
    ListSort sortOf(const ListQuery &query) const;
    /// The query that shows `filter` in `sort`.
    ListQuery queryFor(const QString &filter, const ListSort &sort) const;
};

/// Name, company, phone, e-mail, city, updated.
class ContactListSource final : public RecordListSource
{
public:
    RecordKind kind() const override { return RecordKind::Contact; }
    QStringList headers() const override;
    std::optional<ListOrder> orderOf(int column) const override;
    int columnOf(ListOrder order) const override;
    QList<int> columnWidths() const override;
    Result<ListChunk> fetch(CrmStore &store, const ListQuery &query, const QString &cursor,
                            int limit) const override;
};

/// Name, industry, phone, e-mail, city, contacts, updated.
class CompanyListSource final : public RecordListSource
{
public:
    RecordKind kind() const override { return RecordKind::Company; }
    QStringList headers() const override;
    std::optional<ListOrder> orderOf(int column) const override;
    int columnOf(ListOrder order) const override;
    QList<int> columnWidths() const override;
    Result<ListChunk> fetch(CrmStore &store, const ListQuery &query, const QString &cursor,
                            int limit) const override;
};

/// Title, person, company, phone, status, source, updated.
class LeadListSource final : public RecordListSource
{
public:
    RecordKind kind() const override { return RecordKind::Lead; }
    QStringList headers() const override;
    std::optional<ListOrder> orderOf(int column) const override;
    int columnOf(ListOrder order) const override;
    QList<int> columnWidths() const override;
    Result<ListChunk> fetch(CrmStore &store, const ListQuery &query, const QString &cursor,
                            int limit) const override;
};

/// Arabic name, English name, SKU, category, price, updated.
class ProductListSource final : public RecordListSource
{
public:
    RecordKind kind() const override { return RecordKind::Product; }
    QStringList headers() const override;
    std::optional<ListOrder> orderOf(int column) const override;
    int columnOf(ListOrder order) const override;
    QList<int> columnWidths() const override;
    Result<ListChunk> fetch(CrmStore &store, const ListQuery &query, const QString &cursor,
                            int limit) const override;
};

/// Subject, type, related to, due, done, updated; soonest due first.
class ActivityListSource final : public RecordListSource
{
public:
    enum Column { Subject, Type, RelatedTo, Due, Done, Updated };

    RecordKind kind() const override { return RecordKind::Activity; }
    QStringList headers() const override;
    std::optional<ListOrder> orderOf(int column) const override;
    int columnOf(ListOrder order) const override;
    ListSort defaultSort() const override { return { ListOrder::Due, false }; }
    QList<int> columnWidths() const override;
    Result<ListChunk> fetch(CrmStore &store, const ListQuery &query, const QString &cursor,
                            int limit) const override;
};

/// The source of each kind the records pages list (contacts, companies, leads, products,
/// activities); nullptr for deals, which the pipeline lists.
std::shared_ptr<const RecordListSource> recordListSource(RecordKind kind);

} // namespace OmniCrm
