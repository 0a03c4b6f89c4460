#include "crmstore.h"

#include "schema.h"
#include "uuid7.h"

#include <QDir>
#include <QFile>

namespace OmniCrm {

namespace {
// A clock read from the store that is more than a day ahead of this machine is not trusted
// to pull local time forward; sync clamps it instead (DESIGN §5).
constexpr qint64 kMaxRestoredDriftMs = 24LL * 3600 * 1000;
} // namespace

CrmStore::CrmStore(Database db, DatabaseKey key)
    : m_db(std::move(db))
    , m_key(std::move(key))
{
}

CrmStore::~CrmStore() = default;

Status CrmStore::prepare(bool fresh)
{
    OMNICRM_TRY(Migrator(crmMigrations()).migrate(m_db));
    m_settings = std::make_unique<SettingsRepository>(m_db);
    if (fresh)
        OMNICRM_TRY(m_settings->setValue(QStringLiteral("site_id"), newId()));
    auto siteId = m_settings->value(QStringLiteral("site_id"));
    if (!siteId)
        return siteId.error();
    if (siteId->isEmpty()) {
        m_siteId = newId();
        OMNICRM_TRY(m_settings->setValue(QStringLiteral("site_id"), m_siteId));
    } else {
        m_siteId = *siteId;
    }

    if (!m_wallClock)
        m_wallClock = std::make_shared<SystemClock>();
    m_clock = std::make_shared<HybridLogicalClock>(*m_wallClock);
    m_log = std::make_unique<ChangeLog>(m_db, *m_clock);
    auto last = m_log->lastClock();
    if (!last)
        return last.error();
    if (*last != 0)
        (void)m_clock->receive(*last, kMaxRestoredDriftMs); // never issue a time below one we issued

    wire();
    auto pipeline = m_pipelineService->ensureDefault();
    return pipeline ? Status() : pipeline.error();
}

Status CrmStore::prepareSibling(const CrmStore &origin)
{
    auto version = Migrator::currentVersion(m_db);
    if (!version)
        return version.error();
    if (*version != Migrator(crmMigrations()).latestVersion())
        return Error::make(ErrorCode::StoreCorrupt, QStringLiteral("the store changed schema while open"));
    m_settings = std::make_unique<SettingsRepository>(m_db);
    m_siteId = origin.m_siteId;
    m_wallClock = origin.m_wallClock;
    m_clock = origin.m_clock;
    m_log = std::make_unique<ChangeLog>(m_db, *m_clock);
    wire();
    return {};
}

void CrmStore::wire()
{
    m_documents = std::make_unique<SearchDocuments>(m_phones);
    m_contacts = std::make_unique<ContactRepository>(m_db);
    m_companies = std::make_unique<CompanyRepository>(m_db);
    m_leads = std::make_unique<LeadRepository>(m_db);
    m_deals = std::make_unique<DealRepository>(m_db);
    m_pipelines = std::make_unique<PipelineRepository>(m_db);
    m_activities = std::make_unique<ActivityRepository>(m_db);
    m_products = std::make_unique<ProductRepository>(m_db);
    m_tags = std::make_unique<TagRepository>(m_db);
    m_searchIndex = std::make_unique<SearchIndex>(m_db);
    m_importBatches = std::make_unique<ImportBatchRepository>(m_db);

    m_tagService = std::make_unique<TagService>(*m_tags);
    m_companyService = std::make_unique<CompanyService>(*m_log, *m_companies, *m_searchIndex, *m_tagService,
                                                        m_phones, *m_documents);
    m_contactService
        = std::make_unique<ContactService>(*m_log, *m_contacts, *m_companyService, *m_searchIndex,
                                           *m_tagService, *m_activities, m_phones, *m_documents);
    m_companyService->setRenameFollower(
        [this](const QString &companyId, const QString &name, UnitOfWork &work) {
            return m_contactService->reindexCompany(companyId, name, work);
        });
    m_pipelineService = std::make_unique<PipelineService>(*m_log, *m_pipelines);
    m_dealService = std::make_unique<DealService>(*m_log, *m_deals, *m_pipelineService, *m_contacts,
                                                  *m_companies, *m_searchIndex, *m_documents);
    m_leadService = std::make_unique<LeadService>(*m_log, *m_leads, *m_contactService, *m_companyService,
                                                  *m_dealService, *m_activities, *m_searchIndex, m_phones,
                                                  *m_documents);
    m_activityService
        = std::make_unique<ActivityService>(*m_log, *m_activities, *m_searchIndex, *m_documents);
    m_productService = std::make_unique<ProductService>(*m_log, *m_products, *m_searchIndex, *m_documents);
    m_searchService = std::make_unique<SearchService>(*m_searchIndex, *m_documents, *m_contacts, *m_companies,
                                                      *m_leads, *m_deals, *m_products);

    m_importService = std::make_unique<ImportService>(*m_log, *m_contactService, *m_companyService,
                                                      *m_importBatches, *m_searchIndex);
    m_savedViews = std::make_unique<SavedViewRepository>(m_db);
    m_listService = std::make_unique<RecordListService>(*m_searchIndex, *m_documents, *m_contacts,
                                                        *m_companies, *m_leads, *m_products, *m_activities);
    m_savedViewService = std::make_unique<SavedViewService>(*m_savedViews);
    m_dashboard = std::make_unique<DashboardRepository>(m_db);
    m_dashboardService = std::make_unique<DashboardService>(*m_dashboard, *m_pipelineService);
    m_brands = std::make_unique<BrandRepository>(m_db);
    m_brandService = std::make_unique<BrandService>(*m_log, *m_brands, *m_settings);
    m_preferenceService = std::make_unique<PreferenceService>(*m_settings);
}

Result<std::unique_ptr<CrmStore>> CrmStore::create(const QString &dir, StoreKeys &keys,
                                                   const std::optional<QString> &passphrase)
{
    auto key = keys.createKey(dir, passphrase);
    if (!key)
        return key.error();
    return createWithKey(dir, *key);
}

Result<std::unique_ptr<CrmStore>> CrmStore::createWithKey(const QString &dir, const QByteArray &key)
{
    auto store = openFile(StoreKeys::databasePath(dir), DatabaseKey { key }, OpenMode::Create);
    if (!store) {
        // createKey wrote store.json (and key.json); a store without a database is no store.
        QFile::remove(StoreKeys::databasePath(dir));
        QFile::remove(StoreKeys::databasePath(dir) + QStringLiteral("-wal"));
        QFile::remove(StoreKeys::databasePath(dir) + QStringLiteral("-shm"));
        QFile::remove(StoreKeys::keyFilePath(dir));
        QFile::remove(StoreKeys::manifestPath(dir));
    }
    return store;
}

Result<std::unique_ptr<CrmStore>> CrmStore::open(const QString &dir, StoreKeys &keys,
                                                 const PassphraseSource &askPassphrase)
{
    auto key = keys.unlock(dir, askPassphrase);
    if (!key)
        return key.error();
    return openWithKey(dir, *key);
}

Result<std::unique_ptr<CrmStore>> CrmStore::openWithKey(const QString &dir, const QByteArray &key)
{
    return openFile(StoreKeys::databasePath(dir), DatabaseKey { key }, OpenMode::Existing);
}

Result<std::unique_ptr<CrmStore>> CrmStore::openFile(const QString &path, const DatabaseKey &key,
                                                     OpenMode mode)
{
    auto db = Database::open(path, key, mode);
    if (!db)
        return db.error();
    std::unique_ptr<CrmStore> store(new CrmStore(std::move(db).value(), key));
    OMNICRM_TRY(store->prepare(mode == OpenMode::Create));
    return store;
}

Result<std::unique_ptr<CrmStore>> CrmStore::openFile(const QString &path, const DatabaseKey &key,
                                                     OpenMode mode, std::shared_ptr<Clock> wallClock)
{
    auto db = Database::open(path, key, mode);
    if (!db)
        return db.error();
    std::unique_ptr<CrmStore> store(new CrmStore(std::move(db).value(), key));
    store->m_wallClock = std::move(wallClock);
    OMNICRM_TRY(store->prepare(mode == OpenMode::Create));
    return store;
}

Result<std::unique_ptr<CrmStore>> CrmStore::openSibling()
{
    auto db = Database::open(m_db.path(), m_key, OpenMode::Existing);
    if (!db)
        return db.error();
    std::unique_ptr<CrmStore> store(new CrmStore(std::move(db).value(), m_key));
    OMNICRM_TRY(store->prepareSibling(*this));
    return store;
}

Result<StoreStats> CrmStore::stats()
{
    StoreStats stats;
    const auto take = [](const Result<qint64> &count, qint64 &into) -> Status {
        if (!count)
            return count.error();
        into = *count;
        return {};
    };
    OMNICRM_TRY(take(m_contacts->countAlive(), stats.contacts));
    OMNICRM_TRY(take(m_companies->countAlive(), stats.companies));
    OMNICRM_TRY(take(m_leads->countAlive(), stats.leads));
    OMNICRM_TRY(take(m_deals->countAlive(), stats.deals));
    OMNICRM_TRY(take(m_products->countAlive(), stats.products));
    OMNICRM_TRY(take(m_activities->countAlive(), stats.activities));
    OMNICRM_TRY(take(m_log->pendingCount(), stats.pendingChanges));
    auto open = m_deals->openValueByCurrency();
    if (!open)
        return open.error();
    stats.openPipeline = *open;
    auto version = Migrator::currentVersion(m_db);
    if (!version)
        return version.error();
    stats.schemaVersion = *version;
    return stats;
}

} // namespace OmniCrm
