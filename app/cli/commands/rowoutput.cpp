#include "rowoutput.h"

namespace OmniCrm {

namespace {

/// A value as one tab-separated cell: no tabs or line breaks inside, null as empty.
QString cellText(const QJsonValue &value)
{
    QString text;
    if (value.isDouble())
        text = QString::number(value.toInteger());
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else
        text = value.toString();
    for (QChar &character : text) {
        if (character == u'\t' || character == u'\n' || character == u'\r')
            character = u' ';
    }
    return text;
}

} // namespace

RowOutput::RowOutput(Console &console, bool json)
    : m_console(console)
    , m_json(json)
{
}

void RowOutput::print(const RowFields &fields)
{
    if (m_json) {
        QJsonObject object;
        for (const auto &[key, value] : fields)
            object.insert(key, value);
        m_console.outJson(object);
        return;
    }
    QStringList cells;
    for (const auto &field : fields)
        cells.append(cellText(field.second));
    m_console.out(cells.join(u'\t'));
}

void RowOutput::printNext(const QString &cursor)
{
    if (m_json)
        m_console.outJson({ { QStringLiteral("next"), cursor } });
    else
        m_console.out(QStringLiteral("next: ") + cursor);
}

} // namespace OmniCrm
