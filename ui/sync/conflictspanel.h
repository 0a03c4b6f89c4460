// ConflictsPanel: Settings → Conflicts. The values sync replaced with a teammate's, one row per
// losing edit (record, fields, the value kept, the value replaced, which device wrote it and
// when), with "Restore this value" (the replaced value comes back as a new edit that syncs to
// everyone) and "Dismiss" (keep what won). A filter narrows the list; "Show resolved" brings back
// restored and dismissed ones. Reads run on the reader thread; restore and dismiss are single
// small writes on the GUI store.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace OmniCrm {

class BackgroundStore;
class ConflictListModel;
class CrmStore;

class ConflictsPanel : public QWidget
{
    Q_OBJECT
public:
    ConflictsPanel(CrmStore &store, BackgroundStore &reader, QWidget *parent = nullptr);

    ConflictListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Reads the log again (rows arrive asynchronously; loaded() follows).
    void reload();
    /// Restores the selected entry's replaced value; false (with the reason shown) when it failed.
    bool restoreCurrent();
    bool dismissCurrent();

Q_SIGNALS:
    void loaded();
    /// A restore wrote records (for the pages and for sync) or a dismiss changed the count.
    void restored(const QString &table, const QString &rowId);
    void reviewed();
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateState();
    QString currentId() const;

    CrmStore &m_store;
    BackgroundStore &m_reader;
    ConflictListModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_showResolved = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_dismiss = nullptr;
    QLabel *m_error = nullptr;
    quint64 m_generation = 0;
    bool m_loading = false;
    QString m_keepSelected;
};

} // namespace OmniCrm
