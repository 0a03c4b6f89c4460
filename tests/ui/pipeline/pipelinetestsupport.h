// Shared set-up for the pipeline tests: deals put in a given stage at a given time through
// DealService (insert keeps a preset stage_changed_at, as an import or a migration would), so a
// test can make a deal old without touching SQL.
#pragma once

#include "uitestsupport.h"

namespace OmniCrm::Test {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

/// Inserts a deal in `stage`; `stageChangedAt` 0 means now. Returns its id (empty on failure).
inline QString insertDeal(CrmStore &store, const QString &title, const Stage &stage,
                          qint64 amountMinor = 100000, qint64 stageChangedAt = 0)
{
    DealDraft draft;
    draft.title = title;
    draft.stageId = stage.meta.id;
    draft.amountMinor = amountMinor;
    auto deal = store.deals().validate(draft);
    if (!deal)
        return {};
    deal->stageChangedAt = stageChangedAt;
    if (stage.type == StageType::Lost)
        deal->lostReason = QStringLiteral("test");
    const Status inserted = inUnitOfWork(store.changeLog(), [&](UnitOfWork &work) -> Status {
        auto rowId = store.deals().insert(*deal, work);
        return rowId ? Status() : Status(rowId.error());
    });
    if (!inserted)
        return {};
    return deal->meta.id;
}

inline Pipeline defaultPipeline(CrmStore &store)
{
    auto pipeline = store.pipelines().defaultPipeline();
    return pipeline ? *pipeline : Pipeline();
}

} // namespace OmniCrm::Test
