#include "remotechanges.h"

#include "crmstore.h"

#include <QHash>
#include <QSet>

namespace OmniCrm {

namespace RemoteChanges {

namespace {

// A child row's owner: the column that names it, for the tables whose rows belong to a record.
std::pair<QString, QString> ownerOf(const RowChange &change)
{
    const auto text = [&](const char *column) {
        return change.fields.value(QLatin1String(column)).toString();
    };
    if (change.table == u"contact_phone" || change.table == u"contact_email")
        return { QStringLiteral("contact"), text("contact_id") };
    if (change.table == u"deal_line_item" || change.table == u"stage_change")
        return { QStringLiteral("deal"), text("deal_id") };
    if (change.table == u"tag_link")
        return { text("target_type"), text("target_id") };
    if (change.table == u"stage" || change.table == u"pipeline")
        return { QStringLiteral("deal"), QString() }; // the board's columns
    return {};
}

enum class Kind { Contact, Company, Lead, Deal, Product, Activity, Brand, None };

Kind kindOf(const QString &table)
{
    static const QHash<QString, Kind> kinds {
        { QStringLiteral("contact"), Kind::Contact }, { QStringLiteral("company"), Kind::Company },
        { QStringLiteral("lead"), Kind::Lead },       { QStringLiteral("deal"), Kind::Deal },
        { QStringLiteral("product"), Kind::Product }, { QStringLiteral("activity"), Kind::Activity },
        { QStringLiteral("brand"), Kind::Brand },
    };
    return kinds.value(table, Kind::None);
}

void emitFor(CrmStore &store, Kind kind, const QString &id, bool removed)
{
    switch (kind) {
    case Kind::Contact:
        removed ? Q_EMIT store.contacts().contactRemoved(id) : Q_EMIT store.contacts().contactSaved(id);
        break;
    case Kind::Company:
        removed ? Q_EMIT store.companies().companyRemoved(id) : Q_EMIT store.companies().companySaved(id);
        break;
    case Kind::Lead:
        removed ? Q_EMIT store.leads().leadRemoved(id) : Q_EMIT store.leads().leadSaved(id);
        break;
    case Kind::Deal:
        removed ? Q_EMIT store.deals().dealRemoved(id) : Q_EMIT store.deals().dealSaved(id);
        break;
    case Kind::Product:
        removed ? Q_EMIT store.products().productRemoved(id) : Q_EMIT store.products().productSaved(id);
        break;
    case Kind::Activity:
        removed ? Q_EMIT store.activities().activityRemoved(id) : Q_EMIT store.activities().activitySaved(id);
        break;
    case Kind::Brand:
        if (!id.isEmpty()) // brand listeners look the brand up by id
            removed ? Q_EMIT store.brands().brandRemoved(id) : Q_EMIT store.brands().brandSaved(id);
        break;
    case Kind::None:
        break;
    }
}

} // namespace

QList<ChangedRow> rowsOf(const QList<SyncTransaction> &transactions, const QString &ownSite)
{
    QList<ChangedRow> rows;
    for (const SyncTransaction &transaction : transactions) {
        if (transaction.siteId == ownSite)
            continue; // our own pushes come back only to move the cursor
        for (const RowChange &change : transaction.rows) {
            const auto [ownerTable, ownerId] = ownerOf(change);
            rows.append({ change.table, change.rowId, change.causalLength % 2 == 0, ownerTable, ownerId });
        }
    }
    return rows;
}

void announce(CrmStore &store, const QList<ChangedRow> &rows)
{
    struct Touch
    {
        QString id;
        bool removed = false;
    };
    QHash<Kind, QList<Touch>> touched;
    QHash<Kind, QSet<QString>> seen;
    QSet<Kind> listWide; // a child row without its owner: refresh the whole list
    for (const ChangedRow &row : rows) {
        Kind kind = kindOf(row.table);
        QString id = row.rowId;
        bool removed = row.removed;
        if (kind == Kind::None) {
            kind = kindOf(row.ownerTable);
            id = row.ownerId;
            removed = false; // a child went away; the record itself is still there
            if (kind == Kind::None)
                continue;
            if (id.isEmpty()) {
                listWide.insert(kind);
                continue;
            }
        }
        if (seen[kind].contains(id))
            continue;
        seen[kind].insert(id);
        touched[kind].append({ id, removed });
    }
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        if (it->size() > kMaxSignalsPerKind) {
            listWide.insert(it.key());
            continue;
        }
        for (const Touch &touch : *it)
            emitFor(store, it.key(), touch.id, touch.removed);
    }
    for (const Kind kind : std::as_const(listWide))
        emitFor(store, kind, QString(), false);
}

} // namespace RemoteChanges

} // namespace OmniCrm
