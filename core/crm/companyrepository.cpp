#include "companyrepository.h"

#include "fieldvalues.h"
#include "keyset.h"
#include "uuid7.h"

namespace OmniCrm {

namespace {

const QString kColumns = QStringLiteral("rowid, id, name, industry, website, phone_e164, phone_raw, email, "
                                        "city, country, address, notes, owner_id, "
                                        "import_batch, created_at, updated_at, cl");

Fields companyFields(const Company &c, const QString &sortKey)
{
    return {
        { QStringLiteral("id"), c.meta.id },
        { QStringLiteral("name"), c.name },
        { QStringLiteral("sort_key"), sortKey },
        { QStringLiteral("industry"), textValue(c.industry) },
        { QStringLiteral("website"), textValue(c.website) },
        { QStringLiteral("phone_e164"), textValue(c.phoneE164) },
        { QStringLiteral("phone_raw"), textValue(c.phoneRaw) },
        { QStringLiteral("email"), textValue(c.email) },
        { QStringLiteral("city"), textValue(c.city) },
        { QStringLiteral("country"), textValue(c.country) },
        { QStringLiteral("address"), textValue(c.address) },
        { QStringLiteral("notes"), textValue(c.notes) },
        { QStringLiteral("owner_id"), textValue(c.ownerId) },
        { QStringLiteral("import_batch"), textValue(c.importBatch) },
    };
}

Company companyFromRow(const Statement &s)
{
    Company c;
    c.meta.id = s.text(1);
    c.name = s.text(2);
    c.industry = s.text(3);
    c.website = s.text(4);
    c.phoneE164 = s.text(5);
    c.phoneRaw = s.text(6);
    c.email = s.text(7);
    c.city = s.text(8);
    c.country = s.text(9);
    c.address = s.text(10);
    c.notes = s.text(11);
    c.ownerId = s.text(12);
    c.importBatch = s.text(13);
    c.meta.createdAt = s.int64(14);
    c.meta.updatedAt = s.int64(15);
    c.meta.causalLength = s.int64(16);
    return c;
}

const QString kRowColumns = QStringLiteral(
    "SELECT co.rowid, co.id, co.name, co.industry, co.phone_e164, co.email, co.city, "
    "(SELECT count(*) FROM contact c WHERE c.company_id = co.id AND c.cl % 2 = 1), co.updated_at");
const QString kRowFrom = QStringLiteral("FROM company co ");
const QString kRowSelect = kRowColumns + QStringLiteral(", co.sort_key ") + kRowFrom;

CompanyRow rowFromStatement(const Statement &s)
{
    return CompanyRow { s.int64(0), s.text(1), s.text(2),  s.text(3), s.text(4),
                        s.text(5),  s.text(6), s.int64(7), s.int64(8) };
}

} // namespace

CompanyRepository::CompanyRepository(Database &db)
    : m_db(db)
    , m_table(db, QStringLiteral("company"))
{
}

Result<qint64> CompanyRepository::insert(Company &company, const QString &sortKey, UnitOfWork &work)
{
    if (company.meta.id.isEmpty())
        company.meta.id = newId();
    const qint64 createdAt = company.meta.createdAt;
    company.meta.createdAt = createdAt > 0 ? createdAt : work.now();
    company.meta.updatedAt = work.now();
    company.meta.causalLength = 1;
    return m_table.insert(companyFields(company, sortKey), work, createdAt);
}

Status CompanyRepository::update(const Company &before, const Company &after, const QString &sortKey,
                                 UnitOfWork &work)
{
    const QString beforeKey = before.name == after.name ? sortKey : QString();
    return m_table.update(
        after.meta.id,
        RecordTable::changedFields(companyFields(before, beforeKey), companyFields(after, sortKey)), work);
}

Status CompanyRepository::setCausalLength(const QString &id, qint64 causalLength, UnitOfWork &work)
{
    return m_table.setCausalLength(id, causalLength, work);
}

Result<Company> CompanyRepository::find(const QString &id) const
{
    return oneRow<Company>(
        m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM company WHERE id = ?"), id,
        companyFromRow, QStringLiteral("company"));
}

Result<Company> CompanyRepository::findByRowId(qint64 rowId) const
{
    return oneRow<Company>(
        m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM company WHERE rowid = ?"), rowId,
        companyFromRow, QStringLiteral("company"));
}

Result<QString> CompanyRepository::idWhere(const QString &condition, const QString &value) const
{
    return firstText(m_db,
                     QStringLiteral("SELECT id FROM company WHERE ") + condition
                         + QStringLiteral(" AND cl % 2 = 1 ORDER BY rowid LIMIT 1"),
                     value);
}

Result<QString> CompanyRepository::idBySortKey(const QString &sortKey) const
{
    return idWhere(QStringLiteral("sort_key = ?"), sortKey);
}

Result<QString> CompanyRepository::idByPhone(const QString &e164) const
{
    return idWhere(QStringLiteral("phone_e164 = ?"), e164);
}

Result<QString> CompanyRepository::idByEmail(const QString &email) const
{
    return idWhere(QStringLiteral("email = ?"), email);
}

Result<QStringList> CompanyRepository::idsInBatch(const QString &batch) const
{
    return textColumn(m_db, QStringLiteral("SELECT id FROM company WHERE import_batch = ? AND cl % 2 = 1"),
                      batch);
}

Result<Page<CompanyRow>> CompanyRepository::page(const std::optional<Cursor> &after, int limit) const
{
    return keysetPage<CompanyRow>(m_db, kRowSelect, QStringLiteral("co"), after, limit, rowFromStatement);
}

Result<Page<CompanyRow>> CompanyRepository::page(const ListSort &sort, const std::optional<Cursor> &after,
                                                 int limit) const
{
    return orderedKeysetPage<CompanyRow>(m_db, kRowColumns, kRowFrom, QStringLiteral("co"),
                                         nameOrUpdated(QStringLiteral("co"), sort), after, limit,
                                         rowFromStatement);
}

Result<QList<CompanyRow>> CompanyRepository::rowsByRowIds(const QList<qint64> &rowIds) const
{
    return OmniCrm::rowsByRowIds<CompanyRow>(
        m_db, kRowSelect + QStringLiteral("WHERE co.rowid = ?1 AND co.cl % 2 = 1"), rowIds, rowFromStatement);
}

Status CompanyRepository::forEach(const std::function<bool(const Company &)> &visit) const
{
    return forEachRow(m_db,
                      QStringLiteral("SELECT ") + kColumns
                          + QStringLiteral(" FROM company WHERE cl % 2 = 1 ORDER BY sort_key, rowid"),
                      {}, [&](const Statement &s) { return visit(companyFromRow(s)); });
}

} // namespace OmniCrm
