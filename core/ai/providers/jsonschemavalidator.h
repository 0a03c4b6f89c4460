// JsonSchemaValidator: checks an LLM's JSON answer against the schema it was asked for. It knows
// the subset providers are given: type (one or a list), properties, required, enum,
// additionalProperties: false, items, minimum/maximum, minLength/maxLength.
#pragma once

#include "result.h"

#include <QJsonObject>
#include <QJsonValue>

namespace OmniCrm {

class JsonSchemaValidator
{
public:
    /// Ok, or ErrorCode::Parse with the JSON path that failed ("$.items[2].price: expected number")
    /// in the detail and the path in the field.
    static Status validate(const QJsonValue &value, const QJsonObject &schema);

private:
    static Status check(const QJsonValue &value, const QJsonObject &schema, const QString &path);
};

} // namespace OmniCrm
