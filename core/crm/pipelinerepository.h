// PipelineRepository: the only code that knows the pipeline and stage tables.
#pragma once

#include "changelog.h"
#include "entities.h"
#include "recordtable.h"

namespace OmniCrm {

class PipelineRepository
{
public:
    explicit PipelineRepository(Database &db);

    /// Inserts the pipeline and its stages; fills in ids.
    Status insert(Pipeline &pipeline, UnitOfWork &work);
    Result<Pipeline> find(const QString &id) const;
    /// The default pipeline, or NotFound when the store has none yet.
    Result<Pipeline> findDefault() const;
    Result<QList<Pipeline>> all() const;
    Result<Stage> stage(const QString &stageId) const;

private:
    Status loadStages(Pipeline &pipeline) const;

    Database &m_db;
    RecordTable m_pipelines;
    RecordTable m_stages;
};

} // namespace OmniCrm
