// DealListSource: the deal table beside the board: one pipeline's deals by title or by last
// change (keyset, either way), or the search index's hits when filtered. Columns: title, stage,
// amount, contact, company, expected close, updated.
#pragma once

#include "listsource.h"

#include <QCoreApplication>

namespace OmniCrm {

class DealListSource final : public ListSource
{
    Q_DECLARE_TR_FUNCTIONS(OmniCrm::DealListSource)
public:
    enum Column { Title, Stage, Amount, Contact, Company, ExpectedClose, Updated, ColumnCount };
    /// A filter shows at most this many hits, sorted; typing more narrows them.
    static constexpr int kFilterCap = 200;

    /// Lists the deals of `pipelineId` (the default pipeline when empty).
    explicit DealListSource(QString pipelineId = {});

    const QString &pipelineId() const { return m_pipelineId; }
    RecordKind kind() const override { return RecordKind::Deal; }
    QStringList headers() const override;
    bool canSort(int column) const override { return column == Title || column == Updated; }
    Result<ListChunk> fetch(CrmStore &store, const ListQuery &query, const QString &cursor,
                            int limit) const override;

private:
    QString m_pipelineId;
};

} // namespace OmniCrm
