#include "pipelineservice.h"

#include "arabictext.h"
#include "uuid7.h"

namespace OmniCrm {

PipelineService::PipelineService(ChangeLog &log, PipelineRepository &pipelines)
    : m_log(log)
    , m_pipelines(pipelines)
{
}

Pipeline PipelineService::defaultTemplate()
{
    Pipeline pipeline;
    pipeline.nameAr = QStringLiteral("المبيعات");
    pipeline.nameEn = QStringLiteral("Sales");
    pipeline.isDefault = true;
    // Every store starts with this pipeline, so every device of a team makes it: derived ids
    // and the genesis clock (ensureDefault) make those copies one row that the team's edits win.
    pipeline.meta.id = derivedId(QStringLiteral("pipeline:default"));
    struct Row
    {
        const char16_t *ar;
        const char16_t *en;
        StageType type;
        int probability;
        const char16_t *colour;
        std::optional<int> stale;
    };
    const Row rows[] = {
        { u"عميل محتمل", u"Prospecting", StageType::Open, 10, u"#64748b", 14 },
        { u"تأهيل", u"Qualification", StageType::Open, 25, u"#0ea5e9", 14 },
        { u"عرض سعر", u"Proposal", StageType::Open, 50, u"#8b5cf6", 10 },
        { u"تفاوض", u"Negotiation", StageType::Open, 75, u"#f59e0b", 7 },
        { u"مكسوبة", u"Won", StageType::Won, 100, u"#16a34a", std::nullopt },
        { u"خاسرة", u"Lost", StageType::Lost, 0, u"#dc2626", std::nullopt },
    };
    int position = 0;
    for (const Row &row : rows) {
        Stage stage;
        stage.nameAr = QString::fromUtf16(row.ar);
        stage.nameEn = QString::fromUtf16(row.en);
        stage.type = row.type;
        stage.probability = row.probability;
        stage.colour = QString::fromUtf16(row.colour);
        stage.meta.id = derivedId(QStringLiteral("pipeline:default:stage:%1").arg(position));
        stage.position = position++;
        stage.staleAfterDays = row.stale;
        pipeline.stages.append(stage);
    }
    return pipeline;
}

Result<Pipeline> PipelineService::ensureDefault()
{
    auto existing = m_pipelines.findDefault();
    if (existing || existing.error().code != ErrorCode::NotFound)
        return existing;
    Pipeline pipeline = defaultTemplate();
    OMNICRM_TRY(inUnitOfWork(
        m_log, [&](UnitOfWork &work) { return m_pipelines.insert(pipeline, work); }, UnitClock::Genesis));
    return pipeline;
}

std::optional<Stage> PipelineService::findStage(const Pipeline &pipeline, const QString &idOrName)
{
    const QString folded = ArabicText::fold(idOrName);
    for (const Stage &stage : pipeline.stages) {
        if (stage.meta.id == idOrName || ArabicText::fold(stage.nameAr) == folded
            || ArabicText::fold(stage.nameEn) == folded)
            return stage;
    }
    return std::nullopt;
}

} // namespace OmniCrm
