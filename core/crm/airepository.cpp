#include "airepository.h"

namespace OmniCrm {

AiRepository::AiRepository(Database &db)
    : m_db(db)
{
}

Status AiRepository::addSpend(const QString &month, const QString &provider, const QString &model,
                              qint64 costMicros, qint64 promptTokens, qint64 completionTokens)
{
    // SQLite 3.15 has no UPSERT: make sure the row exists, then add to it, in one transaction.
    Transaction tx(m_db);
    OMNICRM_TRY(tx.began());
    {
        auto insert = m_db.prepare(
            QStringLiteral("INSERT OR IGNORE INTO ai_spend (month, provider, model) VALUES (?, ?, ?)"));
        if (!insert)
            return insert.error();
        OMNICRM_TRY(insert->bind(1, month).bind(2, provider).bind(3, model).run());
    }
    auto update = m_db.prepare(
        QStringLiteral("UPDATE ai_spend SET calls = calls + 1, prompt_tokens = prompt_tokens + ?, "
                       "completion_tokens = completion_tokens + ?, cost_micros = cost_micros + ? "
                       "WHERE month = ? AND provider = ? AND model = ?"));
    if (!update)
        return update.error();
    OMNICRM_TRY(update->bind(1, promptTokens)
                    .bind(2, completionTokens)
                    .bind(3, costMicros)
                    .bind(4, month)
                    .bind(5, provider)
                    .bind(6, model)
                    .run());
    return tx.commit();
}

Result<qint64> AiRepository::spendMicros(const QString &month) const
{
    auto stmt
        = m_db.prepare(QStringLiteral("SELECT ifnull(sum(cost_micros), 0) FROM ai_spend WHERE month = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, month);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->int64(0) : qint64(0);
}

Status AiRepository::insertTranslation(const SavedTranslation &t)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO translation (id, source_kind, source_id, language, body, provider, model, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, t.id)
        .bind(2, t.sourceKind)
        .bind(3, t.sourceId)
        .bind(4, t.language)
        .bind(5, t.text)
        .bind(6, t.provider)
        .bind(7, t.model)
        .bind(8, t.createdAt)
        .run();
}

Result<QList<SavedTranslation>> AiRepository::translationsOf(const QString &sourceKind,
                                                             const QString &sourceId) const
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT id, language, body, provider, model, created_at FROM translation "
                       "WHERE source_kind = ? AND source_id = ? ORDER BY created_at DESC, rowid DESC"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, sourceKind).bind(2, sourceId);
    QList<SavedTranslation> out;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(SavedTranslation { stmt->text(0), sourceKind, sourceId, stmt->text(1), stmt->text(2),
                                      stmt->text(3), stmt->text(4), stmt->int64(5) });
    }
    return out;
}

} // namespace OmniCrm
