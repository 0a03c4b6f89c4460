// RecordPicker: a line edit that finds records as the user types (the store's folded search) and
// lets them pick one from a list under it. What was typed stays available, so a form can treat
// an unpicked name as a new record (a company typed into a contact form) or as an error (a
// deal's contact must exist).
//
// Searches run on the GUI thread's store: they are prefix lookups limited to a handful of rows.
#pragma once

#include "entities.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace OmniCrm {

class CrmStore;

class RecordPicker : public QLineEdit
{
    Q_OBJECT
public:
    RecordPicker(CrmStore &store, QList<RecordKind> kinds, QWidget *parent = nullptr);

    /// Shows a record as picked (an edit form's current company, a prefill).
    void setRecord(RecordKind kind, const QString &id, const QString &title);
    void clearRecord();
    bool hasRecord() const { return !m_id.isEmpty(); }
    QString recordId() const { return m_id; }
    RecordKind recordKind() const { return m_kind; }
    /// The text as typed, simplified.
    QString typedText() const { return text().simplified(); }
    /// True when the typed text names one of the suggestions exactly (folded), even unpicked.
    bool matchesSuggestion() const;

    /// The suggestions for the current text (tests read and pick them).
    QStandardItemModel *suggestions() const { return m_model; }
    /// Picks suggestion `row`, as clicking it or pressing Enter on it does.
    void choose(int row);

    static constexpr int kLimit = 8;

Q_SIGNALS:
    /// A record was picked or the pick was dropped by typing something else.
    void recordChanged();

private:
    void search(const QString &text);

    CrmStore &m_store;
    QList<RecordKind> m_kinds;
    QCompleter *m_completer;
    QStandardItemModel *m_model;
    QString m_id;
    RecordKind m_kind = RecordKind::Contact;
    QString m_title;
};

} // namespace OmniCrm
