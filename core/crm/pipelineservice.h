// PipelineService: pipelines and their stages, and the default Arabic/English sales pipeline
// every new store starts with.
#pragma once

#include "changelog.h"
#include "pipelinerepository.h"

namespace OmniCrm {

class PipelineService
{
public:
    PipelineService(ChangeLog &log, PipelineRepository &pipelines);

    /// Creates the default pipeline when the store has none; returns it either way.
    Result<Pipeline> ensureDefault();
    Result<Pipeline> defaultPipeline() const { return m_pipelines.findDefault(); }
    Result<Pipeline> find(const QString &id) const { return m_pipelines.find(id); }
    Result<QList<Pipeline>> all() const { return m_pipelines.all(); }
    Result<Stage> stage(const QString &id) const { return m_pipelines.stage(id); }
    /// A stage of `pipeline` by id, or by its Arabic or English name (case-insensitive).
    static std::optional<Stage> findStage(const Pipeline &pipeline, const QString &idOrName);

    static Pipeline defaultTemplate();

private:
    ChangeLog &m_log;
    PipelineRepository &m_pipelines;
};

} // namespace OmniCrm
