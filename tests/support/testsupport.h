// Small helpers shared by the Qt Test executables.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace OmniCrm::Test {

/// The error text of a failed Result, for QVERIFY2 messages (QVERIFY2 evaluates it eagerly).
template <typename R> const char *why(const R &result)
{
    static thread_local QByteArray text;
    text = result.ok() ? QByteArray() : result.error().detail.toUtf8();
    return text.constData();
}

/// The same for a plain error text (empty when there was none).
inline const char *why(const QString &detail)
{
    static thread_local QByteArray text;
    text = detail.toUtf8();
    return text.constData();
}

} // namespace OmniCrm::Test
