// Small conversions between record members and stored values, shared by the repositories.
#pragma once

#include <QString>
#include <QVariant>

#include <optional>

namespace OmniCrm {

/// Empty text is stored as NULL, so "no value" has one spelling in the store and the outbox.
inline QVariant textValue(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

inline QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

inline QVariant optionalValue(const std::optional<int> &value)
{
    return value ? QVariant(qint64(*value)) : QVariant();
}

} // namespace OmniCrm
