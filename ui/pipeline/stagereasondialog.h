// StageReasonDialog: asked when a deal moves into a won or lost stage. Lost needs a reason (the
// confirm button stays disabled until there is one); won takes an optional one. Common reasons
// are offered, and any text may be typed. Opened with open(), never exec(): no nested loop.
#pragma once

#include "entities.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace OmniCrm {

class StageReasonDialog : public QDialog
{
    Q_OBJECT
public:
    StageReasonDialog(StageType type, const QString &dealTitle, QWidget *parent = nullptr);

    StageType stageType() const { return m_type; }
    bool reasonRequired() const { return m_type == StageType::Lost; }
    QString reason() const;
    QComboBox *reasonBox() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateButtons();

    StageType m_type;
    QComboBox *m_reason = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace OmniCrm
