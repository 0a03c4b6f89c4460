#include "conflictreview.h"

#include "crmstore.h"

#include <QHash>
#include <QSet>

namespace OmniCrm {

namespace {
const QString kDismissedKey = QStringLiteral("sync.dismissed_conflicts");
} // namespace

ConflictReview::ConflictReview(CrmStore &store)
    : m_store(store)
    , m_conflicts(store)
{
}

QString ConflictReview::siteId() const
{
    return m_store.siteId();
}

Result<QStringList> ConflictReview::dismissedIds() const
{
    auto text = m_store.settings().value(kDismissedKey);
    if (!text)
        return text.error();
    return text->split(u' ', Qt::SkipEmptyParts);
}

QString ConflictReview::nameOf(RecordKind kind, const QString &id) const
{
    const auto pick = [](const auto &found, auto name) -> QString {
        return found ? name(*found) : QString();
    };
    switch (kind) {
    case RecordKind::Contact:
        return pick(m_store.contacts().find(id), [](const Contact &c) { return c.fullName; });
    case RecordKind::Company:
        return pick(m_store.companies().find(id), [](const Company &c) { return c.name; });
    case RecordKind::Lead:
        return pick(m_store.leads().find(id),
                    [](const Lead &l) { return l.personName.isEmpty() ? l.title : l.personName; });
    case RecordKind::Deal:
        return pick(m_store.deals().find(id), [](const Deal &d) { return d.title; });
    case RecordKind::Product:
        return pick(m_store.products().find(id),
                    [](const Product &p) { return p.nameAr.isEmpty() ? p.nameEn : p.nameAr; });
    case RecordKind::Activity:
        return pick(m_store.activities().find(id), [](const Activity &a) { return a.subject; });
    }
    return {};
}

bool ConflictReview::isInternalColumn(const QString &column)
{
    return column == u"created_at" || column == u"updated_at" || column == u"sort_key" || column == u"folded"
        || column == u"import_batch" || column.endsWith(u"_key") || column.endsWith(u"_folded")
        || column.startsWith(u"sync_");
}

Result<QList<ConflictEntry>> ConflictReview::entries(int limit, bool includeResolved) const
{
    auto dismissed = dismissedIds();
    if (!dismissed)
        return dismissed.error();
    const QSet<QString> hidden(dismissed->cbegin(), dismissed->cend());
    // Dismissed ones are filtered here, so read enough to fill `limit` after that.
    auto records = m_conflicts.list(includeResolved ? limit : limit + int(hidden.size()), includeResolved);
    if (!records)
        return records.error();
    QList<ConflictEntry> entries;
    QList<QHash<QString, ConflictRecord>> fields; // per entry: column → its conflict
    QHash<QString, int> byWrite; // table, row, losing clock and site → entry
    for (const ConflictRecord &record : std::as_const(*records)) {
        const bool isDismissed = hidden.contains(record.id);
        if (isDismissed && !includeResolved)
            continue;
        const QString write = QStringLiteral("%1/%2/%3/%4/%5")
                                  .arg(record.table, record.rowId, QString::number(record.losingHlc),
                                       record.losingSite, QString::number(record.restoredAt.value_or(0)));
        int index = byWrite.value(write, -1);
        if (index < 0) {
            index = int(entries.size());
            byWrite.insert(write, index);
            ConflictEntry entry;
            entry.record = record;
            entry.dismissed = isDismissed;
            entry.kind = recordKindFromName(record.table);
            if (entry.kind)
                entry.recordName = nameOf(*entry.kind, record.rowId);
            entries.append(std::move(entry));
            fields.append(QHash<QString, ConflictRecord>());
        }
        entries[index].ids.append(record.id);
        if (!isInternalColumn(record.column) && !fields[index].contains(record.column))
            fields[index].insert(record.column, record);
    }
    // The field shown first: the record's name or title when it lost, else the first one logged.
    static const QStringList kLeading { QStringLiteral("full_name"), QStringLiteral("name"),
                                        QStringLiteral("title"), QStringLiteral("subject") };
    for (qsizetype i = 0; i < entries.size(); ++i) {
        ConflictEntry &entry = entries[i];
        const QHash<QString, ConflictRecord> &lost = fields.at(i);
        if (lost.isEmpty()) {
            entry.columns = { entry.record.column };
            continue;
        }
        QStringList columns = lost.keys();
        std::sort(columns.begin(), columns.end());
        const auto leading = std::find_if(kLeading.cbegin(), kLeading.cend(),
                                          [&](const QString &column) { return lost.contains(column); });
        const QString first = leading != kLeading.cend() ? *leading
            : lost.contains(entry.record.column)         ? entry.record.column
                                                         : columns.first();
        entry.record = lost.value(first);
        columns.removeAll(first);
        columns.prepend(first);
        entry.columns = columns;
    }
    return entries;
}

Result<int> ConflictReview::openCount(int limit) const
{
    auto open = entries(limit, false);
    if (!open)
        return open.error();
    return int(open->size());
}

Status ConflictReview::restore(const QString &conflictId)
{
    return m_conflicts.restore(conflictId);
}

Status ConflictReview::dismiss(const QStringList &conflictIds)
{
    auto dismissed = dismissedIds();
    if (!dismissed)
        return dismissed.error();
    for (const QString &id : conflictIds) {
        if (!dismissed->contains(id))
            dismissed->append(id);
    }
    while (dismissed->size() > kMaxDismissed)
        dismissed->removeFirst();
    return m_store.settings().setValue(kDismissedKey, dismissed->join(u' '));
}

} // namespace OmniCrm
