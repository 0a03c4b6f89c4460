#include "searchindex.h"

#include <algorithm>

namespace OmniCrm {

namespace {

qint64 docId(RecordKind kind, qint64 rowId)
{
    return rowId * 8 + qint64(kind);
}

// FTS4 query syntax gives meaning to " * - : ( ) and the words AND OR NOT NEAR; folded tokens
// reach here as letters and digits only, but quote each one anyway so no input is ever syntax.
QString quoted(const QString &token)
{
    QString cleaned = token;
    cleaned.remove(u'"');
    return u'"' + cleaned + QStringLiteral("*\"");
}

} // namespace

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
{
}

Status SearchIndex::put(RecordKind kind, qint64 rowId, const QStringList &tokens)
{
    OMNICRM_TRY(remove(kind, rowId));
    return add(kind, rowId, tokens);
}

Status SearchIndex::add(RecordKind kind, qint64 rowId, const QStringList &tokens)
{
    if (tokens.isEmpty())
        return {};
    if (m_batch) {
        m_batch->append(SearchDocument { kind, rowId, tokens });
        return {};
    }
    return insert(kind, rowId, tokens);
}

Status SearchIndex::insert(RecordKind kind, qint64 rowId, const QStringList &tokens)
{
    if (!m_add) { // an import adds a document per record: prepared once, reset by run()
        auto stmt = m_db.cached(QStringLiteral("INSERT INTO search_index (docid, body) VALUES (?, ?)"));
        if (!stmt)
            return stmt.error();
        m_add = *stmt;
    }
    return m_add->bind(1, docId(kind, rowId)).bind(2, tokens.join(u' ')).run();
}

Status SearchIndex::remove(RecordKind kind, qint64 rowId)
{
    if (m_batch) { // the document may be one collected: add them first, then go on collecting
        OMNICRM_TRY(endBatch());
        beginBatch();
    }
    auto stmt = m_db.cached(QStringLiteral("DELETE FROM search_index WHERE docid = ?"));
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, docId(kind, rowId)).run();
}

Status SearchIndex::addAll(QList<SearchDocument> documents)
{
    std::sort(documents.begin(), documents.end(), [](const SearchDocument &a, const SearchDocument &b) {
        return docId(a.kind, a.rowId) < docId(b.kind, b.rowId);
    });
    for (const SearchDocument &document : std::as_const(documents))
        OMNICRM_TRY(insert(document.kind, document.rowId, document.tokens));
    return {};
}

void SearchIndex::beginBatch()
{
    if (!m_batch)
        m_batch.emplace();
}

Status SearchIndex::endBatch()
{
    if (!m_batch)
        return {};
    QList<SearchDocument> documents = std::move(*m_batch);
    m_batch.reset();
    return addAll(std::move(documents));
}

void SearchIndex::discardBatch()
{
    m_batch.reset();
}

Status SearchIndex::clear()
{
    m_batch.reset();
    return m_db.exec(QStringLiteral("DELETE FROM search_index"));
}

Result<QList<SearchHit>> SearchIndex::match(const SearchTerms &terms, int limit,
                                            const QList<RecordKind> &kinds) const
{
    QList<SearchHit> hits;
    QStringList clauses; // implicitly AND-ed by FTS4
    for (const QStringList &alternatives : terms) {
        QStringList quotedAlternatives;
        for (const QString &token : alternatives) {
            if (!token.isEmpty())
                quotedAlternatives.append(quoted(token));
        }
        if (quotedAlternatives.size() == 1)
            clauses.append(quotedAlternatives.first());
        else if (!quotedAlternatives.isEmpty())
            clauses.append(u'(' + quotedAlternatives.join(QStringLiteral(" OR ")) + u')');
    }
    if (clauses.isEmpty() || limit <= 0)
        return hits;
    // Kind filtering happens here rather than in SQL: docid % 8 in SQL would force a full
    // doclist scan anyway, and this loop stops as soon as the page is full.
    auto stmt = m_db.cached(QStringLiteral("SELECT docid FROM search_index WHERE body MATCH ?"));
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, clauses.join(u' '));
    while (hits.size() < limit) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 doc = s.int64(0);
        const auto kind = RecordKind(doc % 8);
        if (kinds.isEmpty() || kinds.contains(kind))
            hits.append(SearchHit { kind, doc / 8 });
    }
    s.reset();
    return hits;
}

} // namespace OmniCrm
