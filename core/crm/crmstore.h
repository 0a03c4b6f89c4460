// CrmStore: one opened local store and the services over it, wired once. The desktop app and
// the CLI create one in main() and hand its services to whatever needs them; nothing reaches it
// through a global. Opening proves the key before anything is written.
#pragma once

#include "activityrepository.h"
#include "activityservice.h"
#include "brandrepository.h"
#include "brandservice.h"
#include "changelog.h"
#include "companyrepository.h"
#include "companyservice.h"
#include "contactrepository.h"
#include "contactservice.h"
#include "dashboardrepository.h"
#include "dashboardservice.h"
#include "database.h"
#include "dealrepository.h"
#include "dealservice.h"
#include "hlc.h"
#include "importbatchrepository.h"
#include "importservice.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "phonenormalizer.h"
#include "pipelinerepository.h"
#include "pipelineservice.h"
#include "preferenceservice.h"
#include "productrepository.h"
#include "productservice.h"
#include "recordlistservice.h"
#include "savedviewservice.h"
#include "searchdocuments.h"
#include "searchindex.h"
#include "searchservice.h"
#include "settingsrepository.h"
#include "storekeys.h"
#include "tagrepository.h"
#include "tagservice.h"

#include <memory>

namespace OmniCrm {

struct StoreStats
{
    qint64 contacts = 0;
    qint64 companies = 0;
    qint64 leads = 0;
    qint64 deals = 0;
    qint64 products = 0;
    qint64 activities = 0;
    qint64 pendingChanges = 0;
    QList<std::pair<QString, qint64>> openPipeline; // currency → minor units
    int schemaVersion = 0;
};

class CrmStore
{
public:
    ~CrmStore();
    CrmStore(const CrmStore &) = delete;
    CrmStore &operator=(const CrmStore &) = delete;

    /// Creates a new store in `dir`: key (keychain, or wrapped by `passphrase`), database,
    /// migrations, site id and the default pipeline. Nothing is left behind when it fails.
    static Result<std::unique_ptr<CrmStore>> create(const QString &dir, StoreKeys &keys,
                                                    const std::optional<QString> &passphrase);
    /// The second half of create() for a caller that made the key itself (StoreKeys::createKey,
    /// which can be slow, on another thread): the database, migrations, site id and default
    /// pipeline. On failure the key files are removed too, so no half store is left.
    static Result<std::unique_ptr<CrmStore>> createWithKey(const QString &dir, const QByteArray &key);
    /// Opens the store in `dir`, asking `askPassphrase` only in passphrase mode.
    static Result<std::unique_ptr<CrmStore>> open(const QString &dir, StoreKeys &keys,
                                                  const PassphraseSource &askPassphrase);
    /// The second half of open() for a caller that unlocked the key itself (StoreKeys::unlock).
    static Result<std::unique_ptr<CrmStore>> openWithKey(const QString &dir, const QByteArray &key);
    /// Opens or creates a database file with a raw key (empty key: unencrypted), for benchmarks
    /// that compare the two and for tests that need no key policy.
    static Result<std::unique_ptr<CrmStore>> openFile(const QString &path, const DatabaseKey &key,
                                                      OpenMode mode);
    /// openFile() with the wall clock the store's hybrid logical clock follows (tests skew it).
    static Result<std::unique_ptr<CrmStore>> openFile(const QString &path, const DatabaseKey &key,
                                                      OpenMode mode, std::shared_ptr<Clock> wallClock);
    /// The hybrid logical clock every change of this store carries (sync merges remote clocks in).
    HybridLogicalClock &clock() { return *m_clock; }
    /// A second connection to this store for another thread (list queries, import), with the same
    /// key, site id and clock, so timestamps from both stay unique and ordered. WAL lets it read
    /// while this one writes. Each connection is used by one thread at a time.
    Result<std::unique_ptr<CrmStore>> openSibling();

    Database &database() { return m_db; }
    ChangeLog &changeLog() { return *m_log; }
    const PhoneNormalizer &phones() const { return m_phones; }

    ContactService &contacts() { return *m_contactService; }
    CompanyService &companies() { return *m_companyService; }
    LeadService &leads() { return *m_leadService; }
    DealService &deals() { return *m_dealService; }
    PipelineService &pipelines() { return *m_pipelineService; }
    ActivityService &activities() { return *m_activityService; }
    ProductService &products() { return *m_productService; }
    TagService &tags() { return *m_tagService; }
    SearchService &search() { return *m_searchService; }
    ImportService &imports() { return *m_importService; }
    BrandService &brands() { return *m_brandService; }
    /// This machine's display preferences for the store (language, calendar, digits, idle lock).
    PreferenceService &preferences() { return *m_preferenceService; }
    /// The dashboard's figures (read-only; the reader thread's store runs them).
    const DashboardService &dashboard() const { return *m_dashboardService; }
    /// The record lists' pages and filters (read-only; the reader thread's store runs them).
    const RecordListService &lists() const { return *m_listService; }
    SavedViewService &savedViews() { return *m_savedViewService; }
    /// Read paths for whole-store walks (export); services stay the way to write.
    const ContactRepository &contactRepository() const { return *m_contacts; }
    const CompanyRepository &companyRepository() const { return *m_companies; }
    const DealRepository &dealRepository() const { return *m_deals; }
    ImportBatchRepository &importBatches() { return *m_importBatches; }
    SettingsRepository &settings() { return *m_settings; }

    Result<StoreStats> stats();
    QString siteId() const { return m_siteId; }

private:
    CrmStore(Database db, DatabaseKey key);
    Status prepare(bool fresh);
    Status prepareSibling(const CrmStore &origin);
    void wire();

    Database m_db;
    DatabaseKey m_key;
    std::shared_ptr<Clock> m_wallClock;
    PhoneNormalizer m_phones;
    QString m_siteId;
    std::shared_ptr<HybridLogicalClock> m_clock; // shared with siblings
    std::unique_ptr<ChangeLog> m_log;
    std::unique_ptr<SearchDocuments> m_documents;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<ContactRepository> m_contacts;
    std::unique_ptr<CompanyRepository> m_companies;
    std::unique_ptr<LeadRepository> m_leads;
    std::unique_ptr<DealRepository> m_deals;
    std::unique_ptr<PipelineRepository> m_pipelines;
    std::unique_ptr<ActivityRepository> m_activities;
    std::unique_ptr<ProductRepository> m_products;
    std::unique_ptr<TagRepository> m_tags;
    std::unique_ptr<SearchIndex> m_searchIndex;
    std::unique_ptr<ImportBatchRepository> m_importBatches;
    std::unique_ptr<TagService> m_tagService;
    std::unique_ptr<CompanyService> m_companyService;
    std::unique_ptr<ContactService> m_contactService;
    std::unique_ptr<PipelineService> m_pipelineService;
    std::unique_ptr<DealService> m_dealService;
    std::unique_ptr<LeadService> m_leadService;
    std::unique_ptr<ActivityService> m_activityService;
    std::unique_ptr<ProductService> m_productService;
    std::unique_ptr<SearchService> m_searchService;
    std::unique_ptr<ImportService> m_importService;
    std::unique_ptr<BrandRepository> m_brands;
    std::unique_ptr<BrandService> m_brandService;
    std::unique_ptr<PreferenceService> m_preferenceService;
    std::unique_ptr<DashboardRepository> m_dashboard;
    std::unique_ptr<DashboardService> m_dashboardService;
    std::unique_ptr<SavedViewRepository> m_savedViews;
    std::unique_ptr<RecordListService> m_listService;
    std::unique_ptr<SavedViewService> m_savedViewService;
};

} // namespace OmniCrm
