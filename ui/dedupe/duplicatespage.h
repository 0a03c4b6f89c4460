// DuplicatesPage: finds duplicate contacts or companies with the dedupe engine and lets the user
// review them pair by pair: merge (choosing the survivor, seeing what each field becomes), "not a
// duplicate" (remembered by the merge service, never proposed again) or skip; then undo.
//
// Everything that reads or writes runs on the page's own worker connection (a BackgroundStore
// over CrmStore::openSibling()), one job at a time: the scan with progress and cancel, the queue,
// previews, merges and undo. After a merge or undo the GUI store's services announce the changed
// records, so the lists refresh. The rule that is not obvious: auto-merge above the high
// threshold runs only when the user switched it on and confirmed (the store setting is off by
// default).
#pragma once

#include "backgroundstore.h"
#include "crmstore.h"
#include "pairreviewpanel.h"
#include "shellpage.h"

#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;

namespace OmniCrm {

class DuplicatesPage : public ShellPage
{
    Q_OBJECT
public:
    /// Pairs at or above this go to the review queue; at or above kAutoThreshold they may be
    /// merged automatically.
    static constexpr double kReviewThreshold = 0.5;
    static constexpr double kAutoThreshold = 0.98;

    explicit DuplicatesPage(CrmStore &store, QWidget *parent = nullptr);
    ~DuplicatesPage() override;

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    void setKind(MergeKind kind);
    MergeKind kind() const { return m_kind; }
    /// Starts a scan on the worker; false when one is running or the store cannot be reached.
    bool findDuplicates();
    void cancelScan();
    bool isBusy() const { return m_busy; }
    /// The actions on the current pair (M, N, S); false when no pair is selected or busy.
    bool mergeCurrent();
    bool dismissCurrent();
    bool skipCurrent();
    /// Undoes the most recent merge of this session (Ctrl+Z); false when there is none.
    bool undoLast();
    void chooseSurvivor(const QString &id);
    /// Asks before auto-merge is switched on; tests replace the dialog.
    void setConfirmation(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    void setAutoMerge(bool on);

    /// Screenshot tour only: scans and waits (in a local event loop) until the first pair shows.
    void prepareScreenshot();

    const QList<DuplicateItem> &queue() const { return m_items; }
    int currentRow() const;
    void setCurrentRow(int row);
    QListWidget *queueView() const { return m_queue; }
    PairReviewPanel *review() const { return m_review; }
    QStringList undoableMerges() const { return m_undoStack; }
    QString errorText() const;
    QString summaryText() const;

Q_SIGNALS:
    void scanFinished(bool ok);
    void queueLoaded();
    void previewShown();
    void mergeFinished(bool ok);
    void undoFinished(bool ok);
    void dismissFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildShortcuts();
    void retranslate();
    void loadQueue(int preferRow = 0);
    void showQueue(int preferRow);
    void showCurrent(const QString &survivor = {});
    void setBusy(bool busy);
    void showError(const Error &error);
    void announce(const QString &survivorId, const QString &loserId);
    void rememberMerge(const MergeOutcome &outcome, const QString &message);
    void refreshUndoBar();
    QString nameOf(const QString &id) const;

    CrmStore &m_store;
    std::unique_ptr<BackgroundStore> m_worker;
    MergeKind m_kind = MergeKind::Contact;
    QList<DuplicateItem> m_items;
    QHash<QString, QList<ComparisonEvidence>> m_evidence; // by candidate id, from this session's scans
    QStringList m_undoStack; // merge ids, most recent last
    QHash<QString, QString> m_undoMessages;
    QHash<QString, MergeOutcome> m_undoOutcomes;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_int> m_scanProgress; // written by the worker, shown by m_progressTimer
    QTimer *m_progressTimer = nullptr;
    std::function<bool(const QString &)> m_confirm;
    bool m_busy = false;
    int m_previewToken = 0;

    QLabel *m_heading = nullptr;
    QComboBox *m_kindBox = nullptr;
    QPushButton *m_find = nullptr;
    QCheckBox *m_autoMerge = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QListWidget *m_queue = nullptr;
    PairReviewPanel *m_review = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_skip = nullptr;
    QWidget *m_undoBar = nullptr;
    QLabel *m_undoText = nullptr;
    QPushButton *m_undo = nullptr;
};

} // namespace OmniCrm
