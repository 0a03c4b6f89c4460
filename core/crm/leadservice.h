// LeadService: leads are kept apart from deals until qualified. Conversion turns one lead into
// a contact, a company and (optionally) a deal in one transaction, and links them back.
#pragma once

#include "activityrepository.h"
#include "changelog.h"
#include "companyservice.h"
#include "contactservice.h"
#include "dealservice.h"
#include "leadrepository.h"

#include <QObject>

namespace OmniCrm {

struct LeadDraft
{
    QString title; // defaults to the person or company name
    QString personName;
    QString companyName;
    QString phone; // raw, any format
    QString email;
    QString city;
    QString source;
    QString leadType; // bulk_order, quote_request, support, complaint, partnership, general
    QString priority; // low, normal, high, urgent
    std::optional<qint64> valueMinor;
    QString currency = QStringLiteral("SAR");
    QString notes;
    QString ownerId;
};

struct LeadConversion
{
    bool createDeal = true;
    QString dealTitle; // the lead's title when empty
    std::optional<qint64> amountMinor; // the lead's value when empty
    QString stageId; // first stage of the default pipeline when empty
};

struct ConvertedLead
{
    QString contactId;
    QString companyId;
    QString dealId;
};

class LeadService : public QObject
{
    Q_OBJECT
public:
    LeadService(ChangeLog &log, LeadRepository &leads, ContactService &contacts, CompanyService &companies,
                DealService &deals, ActivityRepository &activities, SearchIndex &search,
                const PhoneNormalizer &phones, const SearchDocuments &documents, QObject *parent = nullptr);

    Result<Lead> validate(const LeadDraft &draft) const;
    Result<QString> create(const LeadDraft &draft);
    /// Validates and stores a lead inside the caller's unit of work (lead capture stores the lead,
    /// its contact and its message together); the caller commits and announces it.
    Result<QString> createIn(const LeadDraft &draft, UnitOfWork &work);
    /// Changes what a lead says (not its status; not once converted), re-indexed for search.
    Status update(const QString &id, const LeadDraft &draft);
    Status setStatus(const QString &id, LeadStatus status);
    Result<ConvertedLead> convert(const QString &id, const LeadConversion &options = {});
    /// Soft delete (causal length to even); restore() undoes it.
    Status remove(const QString &id);
    Status restore(const QString &id);

    Result<Lead> find(const QString &id) const { return m_leads.find(id); }
    Result<Page<LeadRow>> page(const std::optional<Cursor> &after, int limit) const;

Q_SIGNALS:
    void leadSaved(const QString &id);
    void leadRemoved(const QString &id);
    void leadConverted(const QString &id, const QString &contactId, const QString &dealId);

private:
    Status setAlive(const QString &id, bool alive);

    ChangeLog &m_log;
    LeadRepository &m_leads;
    ContactService &m_contacts;
    CompanyService &m_companies;
    DealService &m_deals;
    ActivityRepository &m_activities;
    SearchIndex &m_search;
    const PhoneNormalizer &m_phones;
    const SearchDocuments &m_documents;
};

} // namespace OmniCrm
