// ContactService: the rules for contacts. Validates and normalises what a user or a file gives
// (names, phones through libphonenumber, e-mails), links or creates the company, keeps the search
// index and tags in step, and deletes by causal length so every delete can be undone.
#pragma once

#include "activityrepository.h"
#include "changelog.h"
#include "companyservice.h"
#include "contactrepository.h"
#include "entities.h"
#include "searchdocuments.h"
#include "searchindex.h"
#include "tagservice.h"

#include <QObject>

#include <optional>

namespace OmniCrm {

class PhoneNormalizer;

struct PhoneDraft
{
    QString raw;
    QString label = QStringLiteral("mobile");
};

/// What a form or an import row says about a contact, before validation.
struct ContactDraft
{
    QString fullName;
    QString firstName;
    QString lastName;
    QString companyId; // an existing company, or
    QString companyName; // found by its folded name, created when there is none
    QString title;
    QString city;
    QString country;
    QString address;
    QString website;
    QString source;
    QString notes;
    QString ownerId;
    QList<PhoneDraft> phones;
    QStringList emails;
    QStringList tags;
};

/// A validated contact with what storing it derives from its text alone: the key the list sorts
/// by and the search index's tokens. prepare() makes one without reading the store, so an import
/// prepares the next records on a worker thread while the calling thread stores the last ones.
struct PreparedContact
{
    Contact contact;
    QString companyName; // found by its folded name when stored, created when there is none
    QStringList tags;
    QString sortKey;
    /// Absent when they need the store: a company given by id alone, whose name is indexed too.
    std::optional<QStringList> searchTokens;
};

class ContactService : public QObject
{
    Q_OBJECT
public:
    ContactService(ChangeLog &log, ContactRepository &contacts, CompanyService &companies,
                   SearchIndex &search, TagService &tags, ActivityRepository &activities,
                   const PhoneNormalizer &phones, const SearchDocuments &documents,
                   QObject *parent = nullptr);

    /// Checks and normalises a draft without touching the store. Errors name the field.
    Result<Contact> validate(const ContactDraft &draft) const;
    Result<QString> create(const ContactDraft &draft);
    Status update(const QString &id, const ContactDraft &draft);
    /// Soft delete (causal length to even); restore() undoes it.
    Status remove(const QString &id);
    Status restore(const QString &id);

    /// validate() plus the sort key and search tokens. Const, and reads nothing from the store,
    /// so it may run on any thread.
    Result<PreparedContact> prepare(const ContactDraft &draft) const;
    /// Stores a validated contact inside the caller's unit of work (import, lead conversion).
    Result<qint64> insert(Contact &contact, const QString &companyName, const QStringList &tags,
                          UnitOfWork &work);
    /// Stores a prepared contact inside the caller's unit of work, filling in its ids.
    Result<qint64> insert(PreparedContact &prepared, UnitOfWork &work);
    Status removeIn(const QString &id, UnitOfWork &work);
    /// Re-indexes the contacts of a company under its new name (CompanyService's rename follower).
    Status reindexCompany(const QString &companyId, const QString &name, UnitOfWork &work);

    Result<Contact> find(const QString &id) const { return m_contacts.find(id); }
    Result<Page<ContactRow>> page(const std::optional<Cursor> &after, int limit) const;
    Result<QStringList> tagsOf(const QString &id) const;
    Result<QStringList> idsInBatch(const QString &batch) const { return m_contacts.idsInBatch(batch); }
    Result<QList<Activity>> timeline(const QString &id) const;
    /// The live contact with this phone (any format) or e-mail, if any: exact duplicate check.
    Result<QString> duplicateOf(const Contact &contact) const;
    /// Whether any live contact has a phone or an e-mail, i.e. whether duplicateOf() can find one.
    Result<bool> hasPhonesOrEmails() const { return m_contacts.hasPhonesOrEmails(); }

Q_SIGNALS:
    void contactSaved(const QString &id);
    void contactRemoved(const QString &id);

private:
    enum class IndexMode { New, Replace };
    /// Indexes the contact; `companyName` saves a lookup when the caller knows it.
    Status index(const Contact &contact, qint64 rowId, QString companyName, IndexMode mode);
    Status setAlive(const QString &id, bool alive, UnitOfWork &work);

    ChangeLog &m_log;
    ContactRepository &m_contacts;
    CompanyService &m_companies;
    SearchIndex &m_search;
    TagService &m_tags;
    ActivityRepository &m_activities;
    const PhoneNormalizer &m_phones;
    const SearchDocuments &m_documents;
};

} // namespace OmniCrm
