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

    /// Stores a validated contact inside the caller's unit of work (import, lead conversion).
    Result<qint64> insert(Contact &contact, const QString &companyName, const QStringList &tags,
                          UnitOfWork &work);
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
