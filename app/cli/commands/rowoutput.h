// RowOutput: one record per line, the same fields in the same order either as a JSON object
// or as tab-separated text, so list and search read alike and scripts can pick either.
#pragma once

#include "console.h"

#include <QJsonValue>
#include <QList>

#include <utility>

namespace OmniCrm {

using RowFields = QList<std::pair<QString, QJsonValue>>;

class RowOutput
{
public:
    RowOutput(Console &console, bool json);

    void print(const RowFields &fields);
    /// The cursor line after a page that has more: {"next": "…"} or "next: …".
    void printNext(const QString &cursor);

private:
    Console &m_console;
    bool m_json;
};

} // namespace OmniCrm
