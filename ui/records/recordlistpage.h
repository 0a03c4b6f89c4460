// RecordListPage: the page of one kind of record (contacts, companies, leads, products,
// activities): a filter box, saved views, the list, and the selected record's detail beside it
// (reading-start side the list, the detail after it; mirrored in Arabic). The list pages by
// keyset on the reader thread; deletes go to the GUI thread's services and can be undone for a
// few seconds; create and edit go through the RecordEditor main.cpp hands in.
//
// Keyboard: Enter edits, Delete deletes, Ctrl+N new, Ctrl+F filter, Ctrl+Z undo a delete.
#pragma once

#include "backgroundstore.h"
#include "recordeditor.h"
#include "recordlistmodel.h"
#include "recordlistsources.h"
#include "recordlistview.h"
#include "shellpage.h"
#include "valueformat.h"

#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace OmniCrm {

class RecordDetailPane;
class SavedViewBar;
class UndoBar;

class RecordListPage : public ShellPage
{
    Q_OBJECT
public:
    /// `store` is the GUI thread's store (deletes, restores, saved views, change signals);
    /// `reader` runs the list and detail queries. `kind` is one of contact, company, lead,
    /// product, activity.
    RecordListPage(RecordKind kind, CrmStore &store, BackgroundStore &reader, RecordEditor &editor,
                   QWidget *parent = nullptr);

    RecordKind kind() const { return m_kind; }
    QString title() const override;
    QIcon icon() const override;
    void activate() override;
    bool showRecord(RecordKind kind, const QString &id) override;

    /// How dates and money read (the app's DisplayFormat); QLocale's until set.
    void setFormat(const ValueFormat &format);

    /// The record selected in the list or shown in the detail pane; empty when none.
    QString currentId() const { return m_currentId; }
    RecordListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    RecordDetailPane *detailPane() const { return m_detail; }
    UndoBar *undoBar() const { return m_undoBar; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *viewsBox() const;
    /// The list's order now.
    ListSort currentSort() const;

public Q_SLOTS:
    /// Shows the records that match `text` at once (typing waits for a pause first).
    void setFilterText(const QString &text);
    void sortBy(const OmniCrm::ListSort &sort);
    void createRecord();
    void editCurrent();
    void deleteCurrent();
    /// Restores what the undo bar offers; false when it offers nothing.
    bool undoDelete();
    void convertCurrentLead();
    void completeCurrentActivity();
    /// Saves the filter and order under `name` and selects that view; false (and a status
    /// message) when it cannot.
    bool saveView(const QString &name);
    /// Applies a saved view by id; an empty id shows everything in the default order.
    void applyView(const QString &id);
    void deleteCurrentView();
    /// Re-reads the list (keeping its place) and the detail pane.
    void refresh();

Q_SIGNALS:
    /// The selection moved to another record (empty: none).
    void currentRecordChanged(const QString &id);
    /// The detail pane shows a freshly read record.
    void detailsShown(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void connectStore();
    void retranslate();
    void applyQuery(const ListQuery &query);
    void updateSortIndicator();
    void headerClicked(int column);
    void currentRowChanged();
    void selectCurrent();
    void loadDetails();
    void scheduleRefresh();
    void recordChanged(const QString &id);
    void updateFooter();
    void showContextMenu(const QPoint &pos);
    void restore(const QStringList &ids);

    RecordKind m_kind;
    CrmStore &m_store;
    BackgroundStore &m_reader;
    RecordEditor &m_editor;
    std::shared_ptr<const RecordListSource> m_source;
    ValueFormat m_format;

    RecordListModel *m_model = nullptr;
    QLineEdit *m_filter = nullptr;
    SavedViewBar *m_viewBar = nullptr;
    QToolButton *m_new = nullptr;
    UndoBar *m_undoBar = nullptr;
    RecordListView *m_view = nullptr;
    RecordDetailPane *m_detail = nullptr;
    QLabel *m_footer = nullptr;

    QTimer m_filterTimer;
    QTimer m_refreshTimer;
    QTimer m_detailTimer;
    QString m_currentId;
    quint64 m_detailGeneration = 0;
    bool m_stale = false;
    bool m_selecting = false;
    bool m_started = false; // the first query always loads
};

} // namespace OmniCrm
