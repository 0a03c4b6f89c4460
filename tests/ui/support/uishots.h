// Pictures for review from UI tests: both layout directions, Arabic strings from a .qm when given.
// OMNICRM_UI_SHOTS=DIR saves each grab as DIR/<lang>-<name>.png; OMNICRM_UI_QM=FILE is loaded as the
// Arabic translator for the right-to-left pass. Without the variables nothing is written.
#pragma once

#include <QApplication>
#include <QDir>
#include <QTranslator>
#include <QWidget>

#include <memory>

namespace OmniCrm::Test {

class DirectionPass
{
public:
    explicit DirectionPass(Qt::LayoutDirection direction)
        : m_previous(QApplication::layoutDirection())
    {
        QApplication::setLayoutDirection(direction);
        const QString qm = qEnvironmentVariable("OMNICRM_UI_QM");
        if (direction == Qt::RightToLeft && !qm.isEmpty()) {
            m_translator = std::make_unique<QTranslator>();
            if (m_translator->load(qm))
                QApplication::installTranslator(m_translator.get());
        }
    }
    ~DirectionPass()
    {
        if (m_translator)
            QApplication::removeTranslator(m_translator.get());
        QApplication::setLayoutDirection(m_previous);
    }
    static void shoot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("OMNICRM_UI_SHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        const QString lang = QApplication::layoutDirection() == Qt::RightToLeft ? QStringLiteral("ar")
                                                                                : QStringLiteral("en");
        widget->grab().save(QDir(dir).filePath(lang + u'-' + name + QStringLiteral(".png")));
    }

private:
    Qt::LayoutDirection m_previous;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace OmniCrm::Test
