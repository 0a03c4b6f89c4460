// Helpers shared by the import/export format tests.
#pragma once

#include "importrecord.h"

#include <QBuffer>
#include <QFile>
#include <QStringList>

#include <algorithm>

namespace OmniCrm::Test {

inline QString fixturePath(const QString &name)
{
    return QStringLiteral(OMNICRM_TEST_DATA_DIR "/import/") + name;
}

inline QByteArray fixture(const QString &name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

/// A record's values as sorted "field=value" strings: order-free and readable in a QCOMPARE.
inline QStringList pairs(const ImportRecord &record)
{
    QStringList out;
    for (const ImportValue &v : record.values)
        out.append(v.field + QLatin1Char('=') + v.value);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace OmniCrm::Test
