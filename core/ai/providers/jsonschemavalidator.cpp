#include "jsonschemavalidator.h"

#include <QJsonArray>

#include <cmath>

namespace OmniCrm {

namespace {

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == u"object")
        return value.isObject();
    if (type == u"array")
        return value.isArray();
    if (type == u"string")
        return value.isString();
    if (type == u"boolean")
        return value.isBool();
    if (type == u"null")
        return value.isNull();
    if (type == u"number")
        return value.isDouble();
    if (type == u"integer")
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    return true; // an unknown type name constrains nothing
}

Error violation(const QString &path, const QString &what)
{
    return Error::make(ErrorCode::Parse, QStringLiteral("%1: %2").arg(path, what), path);
}

} // namespace

Status JsonSchemaValidator::validate(const QJsonValue &value, const QJsonObject &schema)
{
    return check(value, schema, QStringLiteral("$"));
}

Status JsonSchemaValidator::check(const QJsonValue &value, const QJsonObject &schema, const QString &path)
{
    const QJsonValue type = schema.value(u"type");
    if (type.isString() || type.isArray()) {
        QStringList types;
        if (type.isString())
            types << type.toString();
        for (const QJsonValue &t : type.toArray())
            types << t.toString();
        const bool any
            = std::any_of(types.cbegin(), types.cend(), [&](const QString &t) { return hasType(value, t); });
        if (!any)
            return violation(path, QStringLiteral("expected %1").arg(types.join(u'|')));
    }
    if (schema.contains(u"enum")) {
        const QJsonArray allowed = schema.value(u"enum").toArray();
        if (!allowed.contains(value))
            return violation(path, QStringLiteral("value is not one of the allowed values"));
    }
    if (value.isString()) {
        const qsizetype length = value.toString().size();
        if (schema.contains(u"minLength") && length < schema.value(u"minLength").toInteger())
            return violation(path,
                             QStringLiteral("shorter than %1").arg(schema.value(u"minLength").toInteger()));
        if (schema.contains(u"maxLength") && length > schema.value(u"maxLength").toInteger())
            return violation(path,
                             QStringLiteral("longer than %1").arg(schema.value(u"maxLength").toInteger()));
    }
    if (value.isDouble()) {
        if (schema.contains(u"minimum") && value.toDouble() < schema.value(u"minimum").toDouble())
            return violation(path, QStringLiteral("below the minimum"));
        if (schema.contains(u"maximum") && value.toDouble() > schema.value(u"maximum").toDouble())
            return violation(path, QStringLiteral("above the maximum"));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(u"properties").toObject();
        for (const QJsonValue &key : schema.value(u"required").toArray())
            if (!object.contains(key.toString()))
                return violation(path + u'.' + key.toString(), QStringLiteral("required key is missing"));
        const bool closed = schema.value(u"additionalProperties") == QJsonValue(false);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString childPath = path + u'.' + it.key();
            if (properties.contains(it.key())) {
                Status child = check(it.value(), properties.value(it.key()).toObject(), childPath);
                if (!child)
                    return child;
            } else if (closed) {
                return violation(childPath, QStringLiteral("key is not allowed"));
            }
        }
    }
    if (value.isArray() && schema.value(u"items").isObject()) {
        const QJsonArray items = value.toArray();
        const QJsonObject itemSchema = schema.value(u"items").toObject();
        for (qsizetype i = 0; i < items.size(); ++i) {
            Status child = check(items.at(i), itemSchema, QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!child)
                return child;
        }
    }
    return {};
}

} // namespace OmniCrm
