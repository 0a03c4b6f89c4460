#include "pipelinerepository.h"

#include "fieldvalues.h"
#include "keyset.h"
#include "uuid7.h"

namespace OmniCrm {

namespace {

const QString kStageColumns = QStringLiteral(
    "id, pipeline_id, name_ar, name_en, type, probability, colour, position, stale_after_days, created_at, "
    "updated_at, cl");

Stage stageFromRow(const Statement &s)
{
    Stage st;
    st.meta.id = s.text(0);
    st.pipelineId = s.text(1);
    st.nameAr = s.text(2);
    st.nameEn = s.text(3);
    st.type = stageTypeFromName(s.text(4)).value_or(StageType::Open);
    st.probability = s.int32(5);
    st.colour = s.text(6);
    st.position = s.int32(7);
    if (!s.isNull(8))
        st.staleAfterDays = s.int32(8);
    st.meta.createdAt = s.int64(9);
    st.meta.updatedAt = s.int64(10);
    st.meta.causalLength = s.int64(11);
    return st;
}

Pipeline pipelineFromRow(const Statement &s)
{
    Pipeline p;
    p.meta.id = s.text(0);
    p.nameAr = s.text(1);
    p.nameEn = s.text(2);
    p.isDefault = s.int64(3) != 0;
    p.meta.createdAt = s.int64(4);
    p.meta.updatedAt = s.int64(5);
    p.meta.causalLength = s.int64(6);
    return p;
}

const QString kPipelineSelect = QStringLiteral(
    "SELECT id, name_ar, name_en, is_default, created_at, updated_at, cl FROM pipeline WHERE cl % 2 = 1 ");

} // namespace

PipelineRepository::PipelineRepository(Database &db)
    : m_db(db)
    , m_pipelines(db, QStringLiteral("pipeline"))
    , m_stages(db, QStringLiteral("stage"))
{
}

Status PipelineRepository::insert(Pipeline &pipeline, UnitOfWork &work)
{
    if (pipeline.meta.id.isEmpty())
        pipeline.meta.id = newId();
    auto inserted = m_pipelines.insert({ { QStringLiteral("id"), pipeline.meta.id },
                                         { QStringLiteral("name_ar"), pipeline.nameAr },
                                         { QStringLiteral("name_en"), pipeline.nameEn },
                                         { QStringLiteral("is_default"), pipeline.isDefault } },
                                       work);
    if (!inserted)
        return inserted.error();
    for (Stage &stage : pipeline.stages) {
        if (stage.meta.id.isEmpty())
            stage.meta.id = newId();
        stage.pipelineId = pipeline.meta.id;
        auto stageRow
            = m_stages.insert({ { QStringLiteral("id"), stage.meta.id },
                                { QStringLiteral("pipeline_id"), stage.pipelineId },
                                { QStringLiteral("name_ar"), stage.nameAr },
                                { QStringLiteral("name_en"), stage.nameEn },
                                { QStringLiteral("type"), stageTypeName(stage.type) },
                                { QStringLiteral("probability"), stage.probability },
                                { QStringLiteral("colour"), stage.colour },
                                { QStringLiteral("position"), stage.position },
                                { QStringLiteral("stale_after_days"), optionalValue(stage.staleAfterDays) } },
                              work);
        if (!stageRow)
            return stageRow.error();
    }
    return {};
}

Status PipelineRepository::loadStages(Pipeline &pipeline) const
{
    auto stages = allRows<Stage>(
        m_db,
        QStringLiteral("SELECT ") + kStageColumns
            + QStringLiteral(" FROM stage WHERE pipeline_id = ? AND cl % 2 = 1 ORDER BY position"),
        pipeline.meta.id, stageFromRow);
    if (!stages)
        return stages.error();
    pipeline.stages = *stages;
    return {};
}

Result<Pipeline> PipelineRepository::find(const QString &id) const
{
    auto pipeline = oneRow<Pipeline>(m_db, kPipelineSelect + QStringLiteral("AND id = ?"), id,
                                     pipelineFromRow, QStringLiteral("pipeline"));
    if (pipeline)
        OMNICRM_TRY(loadStages(*pipeline));
    return pipeline;
}

Result<Pipeline> PipelineRepository::findDefault() const
{
    auto pipeline
        = oneRow<Pipeline>(m_db, kPipelineSelect + QStringLiteral("AND is_default = 1 ORDER BY rowid"), {},
                           pipelineFromRow, QStringLiteral("default pipeline"));
    if (pipeline)
        OMNICRM_TRY(loadStages(*pipeline));
    return pipeline;
}

Result<QList<Pipeline>> PipelineRepository::all() const
{
    auto pipelines = allRows<Pipeline>(
        m_db, kPipelineSelect + QStringLiteral("ORDER BY is_default DESC, rowid"), {}, pipelineFromRow);
    if (!pipelines)
        return pipelines;
    for (Pipeline &pipeline : *pipelines)
        OMNICRM_TRY(loadStages(pipeline));
    return pipelines;
}

Result<Stage> PipelineRepository::stage(const QString &stageId) const
{
    auto stmt
        = m_db.cached(QStringLiteral("SELECT ") + kStageColumns + QStringLiteral(" FROM stage WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, stageId);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no stage with id %1").arg(stageId),
                           QStringLiteral("stage"));
    Stage stage = stageFromRow(**stmt);
    (*stmt)->reset();
    return stage;
}

} // namespace OmniCrm
