#include "savedviewservice.h"

#include "validation.h"

namespace OmniCrm {

namespace {
constexpr int kMaxName = 80;
} // namespace

SavedViewService::SavedViewService(SavedViewRepository &views, QObject *parent)
    : QObject(parent)
    , m_views(views)
{
}

Result<QString> SavedViewService::save(RecordKind kind, const QString &name, const QString &filterText,
                                       const ListSort &sort)
{
    SavedView view;
    view.kind = kind;
    view.name = name.simplified();
    if (view.name.isEmpty())
        return Error::make(ErrorCode::MissingField, QStringLiteral("a saved view needs a name"),
                           QStringLiteral("name"));
    if (view.name.size() > kMaxName)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("a view name is longer than %1 characters").arg(kMaxName),
                           QStringLiteral("name"));
    view.filterText = filterText.trimmed();
    view.sort = sort;
    OMNICRM_TRY(m_views.put(view, sortKeyFor(view.name)));
    Q_EMIT viewsChanged(kind);
    return view.id;
}

Status SavedViewService::remove(RecordKind kind, const QString &id)
{
    OMNICRM_TRY(m_views.remove(id));
    Q_EMIT viewsChanged(kind);
    return {};
}

} // namespace OmniCrm
