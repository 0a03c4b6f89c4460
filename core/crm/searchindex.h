// SearchIndex: the only code that knows the FTS4 table. It stores folded, tokenised text per
// record (docid = rowid * 8 + kind) and answers prefix queries with record keys.
#pragma once

#include "database.h"
#include "entities.h"

#include <optional>

namespace OmniCrm {

/// A folded query: a record matches when it matches every term, a term when any of its
/// alternatives is a word prefix in the record's text.
using SearchTerms = QList<QStringList>;

struct SearchHit
{
    RecordKind kind = RecordKind::Contact;
    qint64 rowId = 0;
};

/// One record's indexed text, for SearchIndex::addAll().
struct SearchDocument
{
    RecordKind kind = RecordKind::Contact;
    qint64 rowId = 0;
    QStringList tokens; // already folded
};

class SearchIndex
{
public:
    explicit SearchIndex(Database &db);

    /// Replaces the indexed text of one record. `tokens` are already folded.
    Status put(RecordKind kind, qint64 rowId, const QStringList &tokens);
    /// Indexes a record that was never indexed (a new row): put() without the delete.
    Status add(RecordKind kind, qint64 rowId, const QStringList &tokens);
    Status remove(RecordKind kind, qint64 rowId);
    /// Empties the index (before it is rebuilt from the records).
    Status clear();
    /// add() for many records at once, in docid order: FTS4 keeps new terms in memory only while
    /// docids grow and writes a segment whenever one goes back, which in any other order means a
    /// segment (and merges) per record.
    Status addAll(QList<SearchDocument> documents);
    /// Between these two, add() only collects the documents and endBatch() adds them in docid
    /// order (addAll). An import adds contacts in rowid order but creates companies along the
    /// way: each company's docid goes back, and FTS4 would write a segment for each one.
    /// put() and remove() add what was collected first, so the index never sees a stale order.
    void beginBatch();
    Status endBatch();
    /// Forgets the collected documents (the unit of work that made them rolls back).
    void discardBatch();
    /// Records whose text matches every term of `terms` (see SearchTerms). Kinds filter if given.
    Result<QList<SearchHit>> match(const SearchTerms &terms, int limit,
                                   const QList<RecordKind> &kinds = {}) const;

private:
    Database &m_db;
    Status insert(RecordKind kind, qint64 rowId, const QStringList &tokens);

    Statement *m_add = nullptr; // owned by m_db's statement cache
    std::optional<QList<SearchDocument>> m_batch;
};

} // namespace OmniCrm
