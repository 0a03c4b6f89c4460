// RecordDetailPane: the selected record beside the list — its fields, its tags, its activity
// timeline — and the quick actions on it (log a call, meeting, task, e-mail, WhatsApp message or
// note; edit; delete; convert a lead; mark an activity done). It shows what it is given and
// asks for everything else by signal: the page owns the store, the editor and the undo.
#pragma once

#include "recorddetails.h"
#include "valueformat.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QSplitter;
class QStackedLayout;
class QToolButton;

namespace OmniCrm {

class RecordDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit RecordDetailPane(RecordKind kind, QWidget *parent = nullptr);

    void setFormat(const ValueFormat &format);
    /// Shows a record (or, when it failed to load or was deleted, says so).
    void showDetails(const RecordDetails &details);
    /// Shows the empty state: nothing selected.
    void clear();
    /// The record shown, or an empty string.
    QString recordId() const { return m_details ? m_details->id : QString(); }
    const RecordDetails *details() const { return m_details ? &*m_details : nullptr; }

Q_SIGNALS:
    void editRequested();
    void deleteRequested();
    void convertRequested();
    void completeRequested();
    void addActivityRequested(OmniCrm::ActivityKind kind);
    void recordRequested(OmniCrm::RecordKind kind, const QString &id);
    void activityOpened(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static QString logText(ActivityKind kind);
    QString emptyText() const;
    QString deletedText() const;
    void retranslate();
    void render();
    void addField(const QString &label, const QString &value, bool leftToRight = false);
    void addLinkField(const QString &label, RecordKind kind, const QString &id, const QString &text);
    void addRichField(const QString &label, const QString &html);
    QString moment(qint64 ms) const;
    QString moment(const std::optional<qint64> &ms) const;
    void fillContact(const Contact &contact);
    void fillCompany(const Company &company);
    void fillLead(const Lead &lead);
    void fillProduct(const Product &product);
    void fillActivity(const Activity &activity);
    void fillTimeline();
    void fitFields();

    RecordKind m_kind;
    ValueFormat m_format;
    std::optional<RecordDetails> m_details;

    QStackedLayout *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_tags = nullptr;
    QLabel *m_timelineTitle = nullptr;
    QWidget *m_fieldsHost = nullptr;
    QFormLayout *m_fields = nullptr;
    QSplitter *m_split = nullptr;
    QListWidget *m_timeline = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_delete = nullptr;
    QToolButton *m_convert = nullptr;
    QToolButton *m_complete = nullptr;
    QWidget *m_logRow = nullptr;
    QLabel *m_logLabel = nullptr;
    QList<std::pair<ActivityKind, QToolButton *>> m_logButtons;
};

} // namespace OmniCrm
