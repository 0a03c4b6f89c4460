// CompanyService: the rules for companies: a name is required, phone and e-mail are normalised,
// companies are found by their folded name so "شركة الأفق" and "شركة الافق" are one company.
#pragma once

#include "changelog.h"
#include "companyrepository.h"
#include "searchdocuments.h"
#include "searchindex.h"
#include "tagservice.h"

#include <QObject>

#include <functional>

namespace OmniCrm {

class PhoneNormalizer;

struct CompanyDraft
{
    QString name;
    QString industry;
    QString website;
    QString phone; // raw, any format
    QString email;
    QString city;
    QString country;
    QString address;
    QString notes;
    QString ownerId;
    QStringList tags;
};

class CompanyService : public QObject
{
    Q_OBJECT
public:
    CompanyService(ChangeLog &log, CompanyRepository &companies, SearchIndex &search, TagService &tags,
                   const PhoneNormalizer &phones, const SearchDocuments &documents,
                   QObject *parent = nullptr);

    Result<Company> validate(const CompanyDraft &draft) const;
    Result<QString> create(const CompanyDraft &draft);
    Status update(const QString &id, const CompanyDraft &draft);
    Status remove(const QString &id);
    Status restore(const QString &id);

    /// Stores a validated company inside the caller's unit of work.
    Result<qint64> insert(Company &company, const QStringList &tags, UnitOfWork &work);
    Status removeIn(const QString &id, UnitOfWork &work);
    /// The live company with this name (folded), created when there is none (as part of
    /// `importBatch` when given, so undoing an import removes it too). Empty name: empty id.
    Result<QString> idForName(const QString &name, UnitOfWork &work, const QString &importBatch = {});
    /// A live company with the same folded name, phone or e-mail, if any.
    Result<QString> duplicateOf(const Company &company) const;

    Result<Company> find(const QString &id) const { return m_companies.find(id); }
    Result<Page<CompanyRow>> page(const std::optional<Cursor> &after, int limit) const;
    Result<QStringList> tagsOf(const QString &id) const;
    Result<QStringList> idsInBatch(const QString &batch) const { return m_companies.idsInBatch(batch); }

    /// Records that show a company's name (contacts) register here to re-index when it is
    /// renamed, inside the rename's unit of work. CompanyService cannot know them: they know it.
    using RenameFollower
        = std::function<Status(const QString &companyId, const QString &name, UnitOfWork &work)>;
    void setRenameFollower(RenameFollower follower) { m_renameFollower = std::move(follower); }

Q_SIGNALS:
    void companySaved(const QString &id);
    void companyRemoved(const QString &id);

private:
    Status setAlive(const QString &id, bool alive, UnitOfWork &work);

    ChangeLog &m_log;
    CompanyRepository &m_companies;
    SearchIndex &m_search;
    TagService &m_tags;
    const PhoneNormalizer &m_phones;
    const SearchDocuments &m_documents;
    RenameFollower m_renameFollower;
};

} // namespace OmniCrm
