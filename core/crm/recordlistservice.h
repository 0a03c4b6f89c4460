// RecordListService: the read paths of the record lists (contacts, companies, leads, products,
// activities). A list walks by keyset in any order it offers (ListSort); a filtered list is the
// search index's hits for that one kind, with Arabic folding, read back as the same rows and
// sorted the same way. Read-only: lists run it on the reader thread's store.
//
// The rule that is not obvious: a filter returns at most `cap` hits (the first ones the index
// holds), sorted; it is not a keyset walk, so the caller says "type more" when it is full.
#pragma once

#include "activityrepository.h"
#include "companyrepository.h"
#include "contactrepository.h"
#include "leadrepository.h"
#include "productrepository.h"
#include "searchdocuments.h"
#include "searchindex.h"

namespace OmniCrm {

class RecordListService
{
public:
    RecordListService(const SearchIndex &index, const SearchDocuments &documents,
                      const ContactRepository &contacts, const CompanyRepository &companies,
                      const LeadRepository &leads, const ProductRepository &products,
                      const ActivityRepository &activities);

    Result<Page<ContactRow>> contacts(const ListSort &sort, const std::optional<Cursor> &after,
                                      int limit) const;
    Result<Page<CompanyRow>> companies(const ListSort &sort, const std::optional<Cursor> &after,
                                       int limit) const;
    Result<Page<LeadRow>> leads(const ListSort &sort, const std::optional<Cursor> &after, int limit) const;
    Result<Page<Product>> products(const ListSort &sort, const std::optional<Cursor> &after, int limit) const;
    Result<Page<ActivityRow>> activities(const ListSort &sort, const std::optional<Cursor> &after,
                                         int limit) const;

    /// Records of one kind whose words start with every word of `text` (folded), at most `cap`,
    /// in `sort` order.
    Result<QList<ContactRow>> matchingContacts(const QString &text, const ListSort &sort, int cap) const;
    Result<QList<CompanyRow>> matchingCompanies(const QString &text, const ListSort &sort, int cap) const;
    Result<QList<LeadRow>> matchingLeads(const QString &text, const ListSort &sort, int cap) const;
    Result<QList<Product>> matchingProducts(const QString &text, const ListSort &sort, int cap) const;
    Result<QList<ActivityRow>> matchingActivities(const QString &text, const ListSort &sort, int cap) const;

private:
    Result<QList<qint64>> hits(RecordKind kind, const QString &text, int cap) const;

    const SearchIndex &m_index;
    const SearchDocuments &m_documents;
    const ContactRepository &m_contacts;
    const CompanyRepository &m_companies;
    const LeadRepository &m_leads;
    const ProductRepository &m_products;
    const ActivityRepository &m_activities;
};

} // namespace OmniCrm
