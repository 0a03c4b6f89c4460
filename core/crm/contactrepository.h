// ContactRepository: the only code that knows the contact, contact_phone and contact_email tables.
#pragma once

#include "changelog.h"
#include "entities.h"
#include "page.h"
#include "recordtable.h"

namespace OmniCrm {

/// One line of the contact list: what a list or the CLI shows without loading the whole record.
struct ContactRow
{
    qint64 rowId = 0;
    QString id;
    QString fullName;
    QString companyName;
    QString primaryPhone; // E.164
    QString primaryEmail;
    QString city;
    qint64 updatedAt = 0;
};

class ContactRepository
{
public:
    explicit ContactRepository(Database &db);

    /// Inserts the contact with its phones and emails; fills in missing ids. Returns the rowid.
    Result<qint64> insert(Contact &contact, const QString &sortKey, UnitOfWork &work);
    /// Writes what differs between `before` and `after`, children included.
    Status update(const Contact &before, Contact &after, const QString &sortKey, UnitOfWork &work);
    Status setCausalLength(const QString &id, qint64 causalLength, UnitOfWork &work);

    Result<Contact> find(const QString &id) const;
    Result<Contact> findByRowId(qint64 rowId) const;
    Result<qint64> rowIdOf(const QString &id) const { return m_table.rowIdOf(id); }
    Result<Page<ContactRow>> page(const std::optional<Cursor> &after, int limit) const;
    /// The list by name or by last change, either way (a cursor belongs to the sort it came from).
    Result<Page<ContactRow>> page(const ListSort &sort, const std::optional<Cursor> &after, int limit) const;
    Result<QList<ContactRow>> rowsByRowIds(const QList<qint64> &rowIds) const;
    /// The id of a live contact holding this phone or email, or an empty string.
    Result<QString> idByPhone(const QString &e164) const;
    Result<QString> idByEmail(const QString &email) const;
    /// Whether any live phone or e-mail row exists (the contact it belongs to may be deleted).
    Result<bool> hasPhonesOrEmails() const;
    Result<QStringList> idsInBatch(const QString &batch) const;
    /// Live contacts of one company.
    Result<QStringList> idsOfCompany(const QString &companyId) const;
    Result<qint64> countAlive() const { return m_table.countAlive(); }
    /// Every live contact, in list order, one at a time (export).
    Status forEach(const std::function<bool(const Contact &)> &visit) const;

private:
    Status insertPhone(const QString &contactId, ContactPhone &phone, int position, UnitOfWork &work);
    Status insertEmail(const QString &contactId, ContactEmail &email, int position, UnitOfWork &work);
    Result<Contact> findWhere(const QString &condition, const QVariant &key) const;
    Status loadChildren(Contact &contact) const;

    Database &m_db;
    RecordTable m_table;
    RecordTable m_phones;
    RecordTable m_emails;
};

} // namespace OmniCrm
