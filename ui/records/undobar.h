// UndoBar: the strip that says what was just deleted and offers to bring it back ("Contact
// deleted — Undo"). It stays for a few seconds, then hides; undo while it shows restores every
// record deleted since it appeared. The bar only reports; the page restores.
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace OmniCrm {

class UndoBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 10000;

    explicit UndoBar(QWidget *parent = nullptr);

    /// Shows `message` for another kTimeoutMs, remembering `id` among what undo brings back.
    void offer(const QString &message, const QString &id);
    /// The ids undo would restore (oldest first); empty when the bar is hidden.
    QStringList pending() const { return m_ids; }
    /// Hides the bar and forgets what it offered.
    void dismiss();
    /// Emits undoRequested with what is pending, then dismisses; false when nothing is.
    bool undo();
    void setTimeout(int ms) { m_timer.setInterval(ms); }

Q_SIGNALS:
    void undoRequested(const QStringList &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_undo = nullptr;
    QToolButton *m_close = nullptr;
    QTimer m_timer;
    QStringList m_ids;
};

} // namespace OmniCrm
