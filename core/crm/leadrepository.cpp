#include "leadrepository.h"

#include "fieldvalues.h"
#include "keyset.h"
#include "uuid7.h"

namespace OmniCrm {

namespace {

const QString kColumns = QStringLiteral(
    "id, title, person_name, company_name, phone_e164, phone_raw, email, city, source, status, lead_type, "
    "priority, value_minor, currency, notes, owner_id, converted_contact_id, converted_company_id, "
    "converted_deal_id, converted_at, created_at, updated_at, cl");

Fields leadFields(const Lead &l, const QString &sortKey)
{
    return {
        { QStringLiteral("id"), l.meta.id },
        { QStringLiteral("title"), l.title },
        { QStringLiteral("sort_key"), sortKey },
        { QStringLiteral("person_name"), textValue(l.personName) },
        { QStringLiteral("company_name"), textValue(l.companyName) },
        { QStringLiteral("phone_e164"), textValue(l.phoneE164) },
        { QStringLiteral("phone_raw"), textValue(l.phoneRaw) },
        { QStringLiteral("email"), textValue(l.email) },
        { QStringLiteral("city"), textValue(l.city) },
        { QStringLiteral("source"), textValue(l.source) },
        { QStringLiteral("status"), leadStatusName(l.status) },
        { QStringLiteral("lead_type"), textValue(l.leadType) },
        { QStringLiteral("priority"), textValue(l.priority) },
        { QStringLiteral("value_minor"), optionalValue(l.valueMinor) },
        { QStringLiteral("currency"), textValue(l.currency) },
        { QStringLiteral("notes"), textValue(l.notes) },
        { QStringLiteral("owner_id"), textValue(l.ownerId) },
        { QStringLiteral("converted_contact_id"), textValue(l.convertedContactId) },
        { QStringLiteral("converted_company_id"), textValue(l.convertedCompanyId) },
        { QStringLiteral("converted_deal_id"), textValue(l.convertedDealId) },
        { QStringLiteral("converted_at"), optionalValue(l.convertedAt) },
    };
}

Lead leadFromRow(const Statement &s)
{
    Lead l;
    l.meta.id = s.text(0);
    l.title = s.text(1);
    l.personName = s.text(2);
    l.companyName = s.text(3);
    l.phoneE164 = s.text(4);
    l.phoneRaw = s.text(5);
    l.email = s.text(6);
    l.city = s.text(7);
    l.source = s.text(8);
    l.status = leadStatusFromName(s.text(9)).value_or(LeadStatus::New);
    l.leadType = s.text(10);
    l.priority = s.text(11);
    l.valueMinor = s.optionalInt64(12);
    l.currency = s.text(13);
    l.notes = s.text(14);
    l.ownerId = s.text(15);
    l.convertedContactId = s.text(16);
    l.convertedCompanyId = s.text(17);
    l.convertedDealId = s.text(18);
    l.convertedAt = s.optionalInt64(19);
    l.meta.createdAt = s.int64(20);
    l.meta.updatedAt = s.int64(21);
    l.meta.causalLength = s.int64(22);
    return l;
}

const QString kRowColumns = QStringLiteral(
    "SELECT l.rowid, l.id, l.title, l.person_name, l.company_name, l.phone_e164, l.status, l.source, "
    "l.created_at, l.updated_at");
const QString kRowFrom = QStringLiteral("FROM lead l ");
const QString kRowSelect = kRowColumns + QStringLiteral(", l.sort_key ") + kRowFrom;

LeadRow rowFromStatement(const Statement &s)
{
    return LeadRow { s.int64(0), s.text(1), s.text(2), s.text(3),  s.text(4),
                     s.text(5),  s.text(6), s.text(7), s.int64(8), s.int64(9) };
}

} // namespace

LeadRepository::LeadRepository(Database &db)
    : m_db(db)
    , m_table(db, QStringLiteral("lead"))
{
}

Result<qint64> LeadRepository::insert(Lead &lead, const QString &sortKey, UnitOfWork &work)
{
    if (lead.meta.id.isEmpty())
        lead.meta.id = newId();
    lead.meta.createdAt = lead.meta.updatedAt = work.now();
    lead.meta.causalLength = 1;
    return m_table.insert(leadFields(lead, sortKey), work);
}

Status LeadRepository::update(const Lead &before, const Lead &after, const QString &sortKey, UnitOfWork &work)
{
    const QString beforeKey = before.title == after.title ? sortKey : QString();
    return m_table.update(
        after.meta.id, RecordTable::changedFields(leadFields(before, beforeKey), leadFields(after, sortKey)),
        work);
}

Status LeadRepository::setCausalLength(const QString &id, qint64 causalLength, UnitOfWork &work)
{
    return m_table.setCausalLength(id, causalLength, work);
}

Result<Lead> LeadRepository::find(const QString &id) const
{
    return oneRow<Lead>(m_db,
                        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM lead WHERE id = ?"), id,
                        leadFromRow, QStringLiteral("lead"));
}

Result<Page<LeadRow>> LeadRepository::page(const std::optional<Cursor> &after, int limit) const
{
    return keysetPage<LeadRow>(m_db, kRowSelect, QStringLiteral("l"), after, limit, rowFromStatement);
}

Result<Page<LeadRow>> LeadRepository::page(const ListSort &sort, const std::optional<Cursor> &after,
                                           int limit) const
{
    return orderedKeysetPage<LeadRow>(m_db, kRowColumns, kRowFrom, QStringLiteral("l"),
                                      nameOrUpdated(QStringLiteral("l"), sort), after, limit,
                                      rowFromStatement);
}

Result<QList<LeadRow>> LeadRepository::rowsByRowIds(const QList<qint64> &rowIds) const
{
    return OmniCrm::rowsByRowIds<LeadRow>(
        m_db, kRowSelect + QStringLiteral("WHERE l.rowid = ?1 AND l.cl % 2 = 1"), rowIds, rowFromStatement);
}

} // namespace OmniCrm
