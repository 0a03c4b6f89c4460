#include "savedviewrepository.h"

#include "keyset.h"
#include "uuid7.h"

namespace OmniCrm {

SavedViewRepository::SavedViewRepository(Database &db)
    : m_db(db)
{
}

Result<QList<SavedView>> SavedViewRepository::forKind(RecordKind kind) const
{
    return allRows<SavedView>(
        m_db,
        QStringLiteral("SELECT id, name, filter_text, sort_order, descending FROM saved_view WHERE kind = ? "
                       "ORDER BY folded, rowid"),
        recordKindName(kind), [kind](const Statement &s) {
            SavedView view;
            view.id = s.text(0);
            view.kind = kind;
            view.name = s.text(1);
            view.filterText = s.text(2);
            view.sort.order = listOrderFromName(s.text(3)).value_or(ListOrder::Name);
            view.sort.descending = s.int64(4) != 0;
            return view;
        });
}

Status SavedViewRepository::put(SavedView &view, const QString &folded)
{
    Transaction transaction(m_db);
    OMNICRM_TRY(transaction.began());
    auto find = m_db.prepare(QStringLiteral("SELECT id FROM saved_view WHERE kind = ? AND folded = ?"));
    if (!find)
        return find.error();
    find->bind(1, recordKindName(view.kind)).bind(2, folded);
    auto found = find->step();
    if (!found)
        return found.error();
    if (*found) {
        view.id = find->text(0);
        auto update = m_db.prepare(QStringLiteral(
            "UPDATE saved_view SET name = ?, filter_text = ?, sort_order = ?, descending = ? WHERE id = ?"));
        if (!update)
            return update.error();
        OMNICRM_TRY(update->bind(1, view.name)
                        .bind(2, view.filterText)
                        .bind(3, listOrderName(view.sort.order))
                        .bind(4, view.sort.descending)
                        .bind(5, view.id)
                        .run());
    } else {
        view.id = newId();
        auto insert = m_db.prepare(QStringLiteral(
            "INSERT INTO saved_view (id, kind, name, folded, filter_text, sort_order, descending) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!insert)
            return insert.error();
        OMNICRM_TRY(insert->bind(1, view.id)
                        .bind(2, recordKindName(view.kind))
                        .bind(3, view.name)
                        .bind(4, folded)
                        .bind(5, view.filterText)
                        .bind(6, listOrderName(view.sort.order))
                        .bind(7, view.sort.descending)
                        .run());
    }
    return transaction.commit();
}

Status SavedViewRepository::remove(const QString &id)
{
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM saved_view WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    OMNICRM_TRY(stmt->bind(1, id).run());
    if (m_db.changes() == 0)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no saved view %1").arg(id));
    return {};
}

} // namespace OmniCrm
