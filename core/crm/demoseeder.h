// DemoSeeder: realistic Saudi and Gulf demo data (Arabic and English names and companies, valid
// phones in the formats people really type, deals across stages, activities), reproducible
// from a seed. Writes through the services, so demo data is indexed and synced like real data.
#pragma once

#include "crmstore.h"

#include <functional>

namespace OmniCrm {

struct SeedOptions
{
    int companies = 50;
    int contacts = 200;
    int deals = 80;
    int leads = 40;
    int products = 20;
    int activities = 300;
    quint32 seed = 1;
    /// Called after each committed chunk with (records written, records planned).
    std::function<void(qint64, qint64)> progress;
};

struct SeedSummary
{
    qint64 companies = 0;
    qint64 contacts = 0;
    qint64 deals = 0;
    qint64 leads = 0;
    qint64 products = 0;
    qint64 activities = 0;
};

class DemoSeeder
{
public:
    explicit DemoSeeder(CrmStore &store);
    Result<SeedSummary> seed(const SeedOptions &options);

private:
    CrmStore &m_store;
};

} // namespace OmniCrm
