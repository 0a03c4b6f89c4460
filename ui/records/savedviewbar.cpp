#include "savedviewbar.h"

#include "errortext.h"
#include "recordkindops.h"
#include "recordtext.h"
#include "savedviewservice.h"
#include "uiicons.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QToolButton>

namespace OmniCrm {

SavedViewBar::SavedViewBar(RecordKind kind, SavedViewService &views,
                           std::shared_ptr<const RecordListSource> source, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_service(views)
    , m_source(std::move(source))
{
    setObjectName(QStringLiteral("savedViewBar"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_views = new QComboBox(this);
    m_views->setObjectName(QStringLiteral("savedViews"));
    m_views->setMinimumContentsLength(14);
    m_views->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_save = new QToolButton(this);
    m_save->setObjectName(QStringLiteral("saveView"));
    m_save->setIcon(uiIcon(QStringLiteral("bookmark-new")));
    m_save->setAutoRaise(true);
    m_delete = new QToolButton(this);
    m_delete->setObjectName(QStringLiteral("deleteView"));
    m_delete->setIcon(uiIcon(QStringLiteral("edit-delete")));
    m_delete->setAutoRaise(true);
    row->addWidget(m_views, 1);
    row->addWidget(m_save);
    row->addWidget(m_delete);

    connect(m_views, &QComboBox::activated, this,
            [this](int index) { apply(m_views->itemData(index).toString()); });
    connect(m_save, &QToolButton::clicked, this, &SavedViewBar::saveClicked);
    connect(m_delete, &QToolButton::clicked, this, &SavedViewBar::deleteCurrent);
    connect(&m_service, &SavedViewService::viewsChanged, this, [this](RecordKind changed) {
        if (changed == m_kind)
            reload();
    });

    retranslate();
    reload();
}

void SavedViewBar::reload()
{
    auto views = m_service.views(m_kind);
    if (!views) {
        Q_EMIT statusMessage(ErrorText::describe(views.error()));
        return;
    }
    m_savedViews = *views;
    const QSignalBlocker blocker(m_views);
    m_views->clear();
    m_views->addItem(uiIcon(QStringLiteral("view-list-details")), RecordKindOps::allViewText(m_kind),
                     QString());
    for (const SavedView &view : std::as_const(m_savedViews))
        m_views->addItem(view.name, view.id);
    const int index = m_viewId.isEmpty() ? 0 : m_views->findData(m_viewId);
    if (index < 0)
        m_viewId.clear();
    m_views->setCurrentIndex(std::max(index, 0));
    m_delete->setEnabled(!m_viewId.isEmpty());
}

void SavedViewBar::apply(const QString &id)
{
    const auto view = std::find_if(m_savedViews.cbegin(), m_savedViews.cend(),
                                   [&](const SavedView &v) { return v.id == id; });
    if (id.isEmpty() || view == m_savedViews.cend()) {
        m_viewId.clear();
        Q_EMIT queryRequested(m_source->queryFor({}, m_source->defaultSort()));
    } else {
        m_viewId = id;
        Q_EMIT queryRequested(m_source->queryFor(view->filterText, view->sort));
    }
    const QSignalBlocker blocker(m_views);
    m_views->setCurrentIndex(std::max(m_views->findData(m_viewId), 0));
    m_delete->setEnabled(!m_viewId.isEmpty());
}

void SavedViewBar::promptSave(const QString &typedFilter)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("saveViewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save view"));
    dialog->setLabelText(tr("Name this view; it keeps the filter and the order:"));
    dialog->setOkButtonText(tr("Save"));
    dialog->setCancelButtonText(tr("Cancel"));
    dialog->setTextValue(m_viewId.isEmpty() ? typedFilter : m_views->currentText());
    connect(dialog, &QInputDialog::textValueSelected, this, &SavedViewBar::saveRequested);
    dialog->open();
}

bool SavedViewBar::save(const QString &name, const QString &filterText, const ListSort &sort)
{
    const auto saved = m_service.save(m_kind, name, filterText, sort);
    if (!saved) {
        Q_EMIT statusMessage(ErrorText::describe(saved.error()));
        return false;
    }
    m_viewId = *saved;
    reload();
    Q_EMIT statusMessage(tr("View %1 saved.").arg(RecordText::isolate(name.simplified())));
    return true;
}

void SavedViewBar::deleteCurrent()
{
    if (m_viewId.isEmpty())
        return;
    const Status removed = m_service.remove(m_kind, m_viewId);
    if (!removed) {
        Q_EMIT statusMessage(ErrorText::describe(removed.error()));
        return;
    }
    apply({});
}

void SavedViewBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void SavedViewBar::retranslate()
{
    m_views->setToolTip(tr("Saved views"));
    m_save->setToolTip(tr("Save the filter and order as a view"));
    m_delete->setToolTip(tr("Delete this saved view"));
    if (m_views->count() > 0)
        m_views->setItemText(0, RecordKindOps::allViewText(m_kind));
}

} // namespace OmniCrm
