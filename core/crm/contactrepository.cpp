#include "contactrepository.h"

#include "fieldvalues.h"
#include "keyset.h"
#include "uuid7.h"

#include <QHash>
#include <QScopeGuard>

namespace OmniCrm {

namespace {

const QString kColumns = QStringLiteral("rowid, id, full_name, first_name, last_name, company_id, title, "
                                        "city, country, address, website, source, "
                                        "notes, owner_id, import_batch, created_at, updated_at, cl");

Fields contactFields(const Contact &c, const QString &sortKey)
{
    return {
        { QStringLiteral("id"), c.meta.id },
        { QStringLiteral("full_name"), c.fullName },
        { QStringLiteral("first_name"), textValue(c.firstName) },
        { QStringLiteral("last_name"), textValue(c.lastName) },
        { QStringLiteral("sort_key"), sortKey },
        // The first phone and e-mail (validation puts the primary first) are kept on the row so a
        // list page reads one row per contact.
        { QStringLiteral("primary_phone"),
          textValue(c.phones.isEmpty() ? QString() : c.phones.first().e164) },
        { QStringLiteral("primary_email"),
          textValue(c.emails.isEmpty() ? QString() : c.emails.first().email) },
        { QStringLiteral("company_id"), textValue(c.companyId) },
        { QStringLiteral("title"), textValue(c.title) },
        { QStringLiteral("city"), textValue(c.city) },
        { QStringLiteral("country"), textValue(c.country) },
        { QStringLiteral("address"), textValue(c.address) },
        { QStringLiteral("website"), textValue(c.website) },
        { QStringLiteral("source"), textValue(c.source) },
        { QStringLiteral("notes"), textValue(c.notes) },
        { QStringLiteral("owner_id"), textValue(c.ownerId) },
        { QStringLiteral("import_batch"), textValue(c.importBatch) },
    };
}

Fields phoneFields(const QString &contactId, const ContactPhone &p, int position)
{
    return {
        { QStringLiteral("id"), p.id },
        { QStringLiteral("contact_id"), contactId },
        { QStringLiteral("e164"), p.e164 },
        { QStringLiteral("national"), textValue(p.national) },
        { QStringLiteral("raw"), p.raw },
        { QStringLiteral("label"), p.label },
        { QStringLiteral("is_primary"), p.isPrimary },
        { QStringLiteral("opt_out"), p.optOut },
        { QStringLiteral("position"), position },
    };
}

Fields emailFields(const QString &contactId, const ContactEmail &e, int position)
{
    return {
        { QStringLiteral("id"), e.id },
        { QStringLiteral("contact_id"), contactId },
        { QStringLiteral("email"), e.email },
        { QStringLiteral("label"), e.label },
        { QStringLiteral("is_primary"), e.isPrimary },
        { QStringLiteral("opt_out"), e.optOut },
        { QStringLiteral("position"), position },
    };
}

// A phone's and an e-mail's columns, read from column `at` on by phoneAt() and emailAt().
const QString kPhoneColumns = QStringLiteral("id, e164, national, raw, label, is_primary, opt_out");
const QString kEmailColumns = QStringLiteral("id, email, label, is_primary, opt_out");

ContactPhone phoneAt(const Statement &s, int at)
{
    return ContactPhone { s.text(at),     s.text(at + 1),       s.text(at + 2),      s.text(at + 3),
                          s.text(at + 4), s.int64(at + 5) != 0, s.int64(at + 6) != 0 };
}

ContactEmail emailAt(const Statement &s, int at)
{
    return ContactEmail { s.text(at), s.text(at + 1), s.text(at + 2), s.int64(at + 3) != 0,
                          s.int64(at + 4) != 0 };
}

constexpr int kChildBatch = 200;

// Rows of a child table for a batch of contacts: one query whose IN list holds the batch's ids,
// padded with NULLs so one cached statement serves every batch. `read` gets each row, its first
// column the contact's id.
Status visitChildRows(Database &db, const QString &select, const QList<Contact> &contacts,
                      const std::function<void(const Statement &)> &read)
{
    static const QString marks = [] {
        QStringList list(kChildBatch, QStringLiteral("?"));
        return list.join(u',');
    }();
    auto stmt = db.cached(select.arg(marks));
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    for (int i = 0; i < kChildBatch; ++i) {
        if (i < contacts.size())
            s.bind(i + 1, contacts.at(i).meta.id);
        else
            s.bindNull(i + 1);
    }
    const auto done = qScopeGuard([&] { s.reset(); }); // no read transaction left open
    while (true) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        read(s);
    }
}

// The phones and e-mails of up to kChildBatch contacts, two queries for the batch.
Status loadChildrenOf(Database &db, QList<Contact> &contacts)
{
    QHash<QString, Contact *> byId;
    for (Contact &contact : contacts)
        byId.insert(contact.meta.id, &contact);
    OMNICRM_TRY(
        visitChildRows(db,
                       QStringLiteral("SELECT contact_id, ") + kPhoneColumns
                           + QStringLiteral(" FROM contact_phone WHERE contact_id IN (%1) AND cl % 2 = 1 "
                                            "ORDER BY contact_id, position"),
                       contacts, [&](const Statement &s) {
                           if (Contact *contact = byId.value(s.text(0)))
                               contact->phones.append(phoneAt(s, 1));
                       }));
    return visitChildRows(db,
                          QStringLiteral("SELECT contact_id, ") + kEmailColumns
                              + QStringLiteral(" FROM contact_email WHERE contact_id IN (%1) AND cl % 2 = 1 "
                                               "ORDER BY contact_id, position"),
                          contacts, [&](const Statement &s) {
                              if (Contact *contact = byId.value(s.text(0)))
                                  contact->emails.append(emailAt(s, 1));
                          });
}

Contact contactFromRow(const Statement &s)
{
    Contact c;
    c.meta.id = s.text(1);
    c.fullName = s.text(2);
    c.firstName = s.text(3);
    c.lastName = s.text(4);
    c.companyId = s.text(5);
    c.title = s.text(6);
    c.city = s.text(7);
    c.country = s.text(8);
    c.address = s.text(9);
    c.website = s.text(10);
    c.source = s.text(11);
    c.notes = s.text(12);
    c.ownerId = s.text(13);
    c.importBatch = s.text(14);
    c.meta.createdAt = s.int64(15);
    c.meta.updatedAt = s.int64(16);
    c.meta.causalLength = s.int64(17);
    return c;
}

const QString kRowColumns = QStringLiteral(
    "SELECT c.rowid, c.id, c.full_name, co.name, c.primary_phone, c.primary_email, c.city, c.updated_at");
const QString kRowFrom = QStringLiteral("FROM contact c LEFT JOIN company co ON co.id = c.company_id ");
const QString kRowSelect = kRowColumns + QStringLiteral(", c.sort_key ") + kRowFrom;

ContactRow rowFromStatement(const Statement &s)
{
    return ContactRow { s.int64(0), s.text(1), s.text(2), s.text(3),
                        s.text(4),  s.text(5), s.text(6), s.int64(7) };
}

} // namespace

ContactRepository::ContactRepository(Database &db)
    : m_db(db)
    , m_table(db, QStringLiteral("contact"))
    , m_phones(db, QStringLiteral("contact_phone"))
    , m_emails(db, QStringLiteral("contact_email"))
{
}

Result<qint64> ContactRepository::insert(Contact &contact, const QString &sortKey, UnitOfWork &work)
{
    if (contact.meta.id.isEmpty())
        contact.meta.id = newId();
    auto rowId = m_table.insert(contactFields(contact, sortKey), work, contact.meta.createdAt);
    if (!rowId)
        return rowId.error();
    for (int i = 0; i < contact.phones.size(); ++i)
        OMNICRM_TRY(insertPhone(contact.meta.id, contact.phones[i], i, work));
    for (int i = 0; i < contact.emails.size(); ++i)
        OMNICRM_TRY(insertEmail(contact.meta.id, contact.emails[i], i, work));
    if (contact.meta.createdAt <= 0)
        contact.meta.createdAt = work.now();
    contact.meta.updatedAt = work.now();
    contact.meta.causalLength = 1;
    return rowId;
}

Status ContactRepository::insertPhone(const QString &contactId, ContactPhone &phone, int position,
                                      UnitOfWork &work)
{
    if (phone.id.isEmpty())
        phone.id = newId();
    auto inserted = m_phones.insert(phoneFields(contactId, phone, position), work);
    return inserted ? Status() : inserted.error();
}

Status ContactRepository::insertEmail(const QString &contactId, ContactEmail &email, int position,
                                      UnitOfWork &work)
{
    if (email.id.isEmpty())
        email.id = newId();
    auto inserted = m_emails.insert(emailFields(contactId, email, position), work);
    return inserted ? Status() : inserted.error();
}

Status ContactRepository::update(const Contact &before, Contact &after, const QString &sortKey,
                                 UnitOfWork &work)
{
    // sort_key is derived from the name, so it is compared like any other column.
    const QString beforeKey = before.fullName == after.fullName ? sortKey : QString();
    OMNICRM_TRY(m_table.update(
        after.meta.id,
        RecordTable::changedFields(contactFields(before, beforeKey), contactFields(after, sortKey)), work));

    // Children: matched by id; missing ones are deleted (causal length), new ones inserted.
    for (const ContactPhone &old : before.phones) {
        const bool kept = std::any_of(after.phones.begin(), after.phones.end(),
                                      [&](const ContactPhone &p) { return p.id == old.id; });
        if (!kept)
            OMNICRM_TRY(m_phones.markDeleted(old.id, work));
    }
    for (int i = 0; i < after.phones.size(); ++i) {
        ContactPhone &phone = after.phones[i];
        const auto old = std::find_if(before.phones.begin(), before.phones.end(), [&](const ContactPhone &p) {
            return !phone.id.isEmpty() && p.id == phone.id;
        });
        if (old == before.phones.end()) {
            OMNICRM_TRY(insertPhone(after.meta.id, phone, i, work));
        } else {
            const int oldPosition = int(old - before.phones.begin());
            OMNICRM_TRY(
                m_phones.update(phone.id,
                                RecordTable::changedFields(phoneFields(after.meta.id, *old, oldPosition),
                                                           phoneFields(after.meta.id, phone, i)),
                                work));
        }
    }
    for (const ContactEmail &old : before.emails) {
        const bool kept = std::any_of(after.emails.begin(), after.emails.end(),
                                      [&](const ContactEmail &e) { return e.id == old.id; });
        if (!kept)
            OMNICRM_TRY(m_emails.markDeleted(old.id, work));
    }
    for (int i = 0; i < after.emails.size(); ++i) {
        ContactEmail &email = after.emails[i];
        const auto old = std::find_if(before.emails.begin(), before.emails.end(), [&](const ContactEmail &e) {
            return !email.id.isEmpty() && e.id == email.id;
        });
        if (old == before.emails.end()) {
            OMNICRM_TRY(insertEmail(after.meta.id, email, i, work));
        } else {
            const int oldPosition = int(old - before.emails.begin());
            OMNICRM_TRY(
                m_emails.update(email.id,
                                RecordTable::changedFields(emailFields(after.meta.id, *old, oldPosition),
                                                           emailFields(after.meta.id, email, i)),
                                work));
        }
    }
    return {};
}

Status ContactRepository::setCausalLength(const QString &id, qint64 causalLength, UnitOfWork &work)
{
    return m_table.setCausalLength(id, causalLength, work);
}

Result<Contact> ContactRepository::find(const QString &id) const
{
    return findWhere(QStringLiteral("id = ?"), id);
}

Result<Contact> ContactRepository::findByRowId(qint64 rowId) const
{
    return findWhere(QStringLiteral("rowid = ?"), rowId);
}

Result<Contact> ContactRepository::findWhere(const QString &condition, const QVariant &key) const
{
    auto contact = oneRow<Contact>(
        m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM contact WHERE ") + condition, key,
        contactFromRow, QStringLiteral("contact"));
    if (contact)
        OMNICRM_TRY(loadChildren(*contact));
    return contact;
}

Status ContactRepository::loadChildren(Contact &contact) const
{
    auto phones = allRows<ContactPhone>(
        m_db,
        QStringLiteral("SELECT ") + kPhoneColumns
            + QStringLiteral(" FROM contact_phone WHERE contact_id = ? AND cl % 2 = 1 ORDER BY position"),
        contact.meta.id, [](const Statement &s) { return phoneAt(s, 0); });
    if (!phones)
        return phones.error();
    auto emails = allRows<ContactEmail>(
        m_db,
        QStringLiteral("SELECT ") + kEmailColumns
            + QStringLiteral(" FROM contact_email WHERE contact_id = ? AND cl % 2 = 1 ORDER BY position"),
        contact.meta.id, [](const Statement &s) { return emailAt(s, 0); });
    if (!emails)
        return emails.error();
    contact.phones = *phones;
    contact.emails = *emails;
    return {};
}

Result<Page<ContactRow>> ContactRepository::page(const std::optional<Cursor> &after, int limit) const
{
    return keysetPage<ContactRow>(m_db, kRowSelect, QStringLiteral("c"), after, limit, rowFromStatement);
}

Result<Page<ContactRow>> ContactRepository::page(const ListSort &sort, const std::optional<Cursor> &after,
                                                 int limit) const
{
    return orderedKeysetPage<ContactRow>(m_db, kRowColumns, kRowFrom, QStringLiteral("c"),
                                         nameOrUpdated(QStringLiteral("c"), sort), after, limit,
                                         rowFromStatement);
}

Result<QList<ContactRow>> ContactRepository::rowsByRowIds(const QList<qint64> &rowIds) const
{
    return OmniCrm::rowsByRowIds<ContactRow>(
        m_db, kRowSelect + QStringLiteral("WHERE c.rowid = ?1 AND c.cl % 2 = 1"), rowIds, rowFromStatement);
}

Result<QString> ContactRepository::idByPhone(const QString &e164) const
{
    return firstText(
        m_db,
        QStringLiteral("SELECT p.contact_id FROM contact_phone p JOIN contact c ON c.id = p.contact_id "
                       "WHERE p.e164 = ? AND p.cl % 2 = 1 AND c.cl % 2 = 1 LIMIT 1"),
        e164);
}

Result<QString> ContactRepository::idByEmail(const QString &email) const
{
    return firstText(
        m_db,
        QStringLiteral("SELECT e.contact_id FROM contact_email e JOIN contact c ON c.id = e.contact_id "
                       "WHERE e.email = ? AND e.cl % 2 = 1 AND c.cl % 2 = 1 LIMIT 1"),
        email);
}

Result<bool> ContactRepository::hasPhonesOrEmails() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM contact_phone WHERE cl % 2 = 1) "
                                            "OR EXISTS (SELECT 1 FROM contact_email WHERE cl % 2 = 1)"));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return stmt->int64(0) != 0;
}

Result<QStringList> ContactRepository::idsInBatch(const QString &batch) const
{
    return textColumn(m_db, QStringLiteral("SELECT id FROM contact WHERE import_batch = ? AND cl % 2 = 1"),
                      batch);
}

Result<QStringList> ContactRepository::idsOfCompany(const QString &companyId) const
{
    return textColumn(m_db, QStringLiteral("SELECT id FROM contact WHERE company_id = ? AND cl % 2 = 1"),
                      companyId);
}

Status ContactRepository::forEach(const std::function<bool(const Contact &)> &visit) const
{
    // Read in batches whose phones and e-mails come with one query each, not two queries per
    // contact: the search rebuild after an initial sync reads every contact.
    QList<Contact> batch;
    batch.reserve(kChildBatch);
    Status failure;
    bool stopped = false;
    const auto visitBatch = [&] {
        failure = loadChildrenOf(m_db, batch);
        for (qsizetype i = 0; failure.ok() && !stopped && i < batch.size(); ++i)
            stopped = !visit(batch.at(i));
        batch.clear();
        return failure.ok() && !stopped;
    };
    OMNICRM_TRY(forEachRow(m_db,
                           QStringLiteral("SELECT ") + kColumns
                               + QStringLiteral(" FROM contact WHERE cl % 2 = 1 ORDER BY sort_key, rowid"),
                           {}, [&](const Statement &s) {
                               batch.append(contactFromRow(s));
                               return batch.size() < kChildBatch || visitBatch();
                           }));
    if (failure.ok() && !stopped && !batch.isEmpty())
        visitBatch();
    return failure;
}

} // namespace OmniCrm
