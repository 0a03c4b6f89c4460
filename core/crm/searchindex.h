// SearchIndex: the only code that knows the FTS4 table. It stores folded, tokenised text per
// record (docid = rowid * 8 + kind) and answers prefix queries with record keys.
#pragma once

#include "database.h"
#include "entities.h"

namespace OmniCrm {

/// A folded query: a record matches when it matches every term, a term when any of its
/// alternatives is a word prefix in the record's text.
using SearchTerms = QList<QStringList>;

struct SearchHit
{
    RecordKind kind = RecordKind::Contact;
    qint64 rowId = 0;
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
    /// Records whose text matches every term of `terms` (see SearchTerms). Kinds filter if given.
    Result<QList<SearchHit>> match(const SearchTerms &terms, int limit,
                                   const QList<RecordKind> &kinds = {}) const;

private:
    Database &m_db;
    Statement *m_add = nullptr; // owned by m_db's statement cache
};

} // namespace OmniCrm
