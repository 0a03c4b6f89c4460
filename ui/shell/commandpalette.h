// CommandPalette: the global search (Ctrl+K). Results come as the user types, across every kind
// of record, folded the Arabic way by the store's search; Enter opens the highlighted record.
// Queries run on the BackgroundStore thread; an answer to an older text is dropped.
#pragma once

#include "entities.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QListWidget;

namespace OmniCrm {

class BackgroundStore;

class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    explicit CommandPalette(BackgroundStore &reader, QWidget *parent = nullptr);

    /// Shows the palette over its parent with the text selected, ready to type.
    void popup();
    QLineEdit *input() const { return m_input; }
    QListWidget *results() const { return m_results; }
    static constexpr int kLimit = 30;

Q_SIGNALS:
    void recordChosen(OmniCrm::RecordKind kind, const QString &id);
    /// The results for the current text are on screen.
    void resultsShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void search();
    void choose();
    /// The list shows the answer to the current text; an Enter typed before it is honoured now.
    void resultsReady();
    void retranslate();

    BackgroundStore &m_reader;
    QLineEdit *m_input = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_hint = nullptr;
    QTimer m_debounce;
    quint64 m_generation = 0;
    bool m_chooseWhenReady = false;
};

} // namespace OmniCrm
