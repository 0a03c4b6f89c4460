// Shared set-up for the UI tests: a fresh encrypted store (crmtestsupport.h) plus the
// BackgroundStore over a sibling connection, as the desktop app wires them.
#pragma once

#include "backgroundstore.h"
#include "crmtestsupport.h"

#include <QWidget>

namespace OmniCrm::Test {

/// Types `text` into `widget` one key event per character; QTest::keyClicks only knows ASCII.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

/// A store on disk, its GUI-thread connection and the reader thread over a second connection.
class UiStoreFixture
{
public:
    /// Creates both; on failure returns the error detail (empty on success).
    QString create()
    {
        m_reader.reset();
        if (QString failed = m_fixture.create(); !failed.isEmpty())
            return failed;
        auto sibling = m_fixture.store().openSibling();
        if (!sibling)
            return sibling.error().detail;
        m_reader = std::make_unique<BackgroundStore>(std::move(sibling).value());
        return {};
    }
    void reset()
    {
        m_reader.reset();
        m_fixture.close();
    }

    CrmStore &store() { return m_fixture.store(); }
    BackgroundStore &reader() { return *m_reader; }

private:
    StoreFixture m_fixture;
    std::unique_ptr<BackgroundStore> m_reader;
};

} // namespace OmniCrm::Test
