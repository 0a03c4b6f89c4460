// FormField: one input of a form and the lines under it that explain it: an error (the input is
// marked too), a hint (the phone number as it will be stored) and a warning that may carry a link
// (a contact with the same phone exists). The form decides what they say; the field only shows it.
//
// The rule that is not obvious: a field keeps its error even while it is hidden. Errors are
// revealed once the user has touched the field or tried to save, but Save is disabled either way.
#pragma once

#include <QWidget>

class QLabel;

namespace OmniCrm {

class FormField : public QWidget
{
    Q_OBJECT
public:
    /// `input` is laid out in the field (a line edit, or a row of widgets); `target` is the widget
    /// that gets focus and the invalid mark (the input itself when null).
    explicit FormField(QWidget *input, QWidget *target = nullptr, QWidget *parent = nullptr);

    QWidget *input() const { return m_input; }
    QWidget *target() const { return m_target; }

    void setError(const QString &text);
    QString error() const { return m_error; }
    bool isValid() const { return m_error.isEmpty(); }
    /// Shows the error from now on (after the user typed here or tried to save).
    void reveal();
    bool isRevealed() const { return m_revealed; }
    /// The text on screen under the field, empty when nothing shows (tests and accessibility).
    QString shownError() const;

    void setHint(const QString &text);
    QString hint() const;
    /// Rich text; a link in it emits linkActivated.
    void setWarning(const QString &richText);
    QString warning() const;

Q_SIGNALS:
    void linkActivated(const QString &link);

private:
    void refresh();

    QWidget *m_input;
    QWidget *m_target;
    QLabel *m_errorLabel;
    QLabel *m_warningLabel;
    QLabel *m_hintLabel;
    QString m_error;
    bool m_revealed = false;
};

} // namespace OmniCrm
