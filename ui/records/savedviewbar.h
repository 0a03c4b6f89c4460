// SavedViewBar: the saved views of one kind of record: a box that picks one, a button that saves
// the list's filter and order under a name, and one that deletes the picked view. It follows
// SavedViewService (views saved or deleted on another page of the kind show here too) and says
// which query to apply; the page owns the list, so the page hands in what a new view keeps.
#pragma once

#include "entities.h"
#include "recordlistsources.h"
#include "savedviewrepository.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QToolButton;

namespace OmniCrm {

class SavedViewService;

class SavedViewBar : public QWidget
{
    Q_OBJECT
public:
    SavedViewBar(RecordKind kind, SavedViewService &views, std::shared_ptr<const RecordListSource> source,
                 QWidget *parent = nullptr);

    QComboBox *viewsBox() const { return m_views; }
    /// The selected view's id; empty when the entry for every record is selected.
    QString currentViewId() const { return m_viewId; }

    /// Re-reads the views, keeping the selected one while it exists.
    void reload();
    /// Selects view `id` and asks for its filter and order; an empty or unknown id selects the
    /// entry for every record and asks for the default order.
    void apply(const QString &id);
    /// Saves `filterText` and `sort` under `name` and selects that view; false (and a status
    /// message) when it cannot.
    bool save(const QString &name, const QString &filterText, const ListSort &sort);
    void deleteCurrent();
    /// Asks for a name, proposing the selected view's or, when none is, `typedFilter`.
    void promptSave(const QString &typedFilter);

Q_SIGNALS:
    /// A view was picked (or deleted): the list shows `query` now.
    void queryRequested(const OmniCrm::ListQuery &query);
    /// The save button was pressed; the page answers with promptSave.
    void saveClicked();
    /// The user named a new view; the page saves it with the list's filter and order.
    void saveRequested(const QString &name);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    RecordKind m_kind;
    SavedViewService &m_service;
    std::shared_ptr<const RecordListSource> m_source;
    QComboBox *m_views = nullptr;
    QToolButton *m_save = nullptr;
    QToolButton *m_delete = nullptr;
    QString m_viewId;
    QList<SavedView> m_savedViews;
};

} // namespace OmniCrm
