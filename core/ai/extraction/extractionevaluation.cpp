#include "extractionevaluation.h"

#include "arabictext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace OmniCrm {

using namespace Qt::StringLiterals;

namespace {

QSet<QString> stringSet(const QJsonValue &value)
{
    QSet<QString> set;
    for (const QJsonValue &v : value.toArray())
        set.insert(v.toString().trimmed().toLower());
    return set;
}

bool hasValue(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return false;
    if (value.isString())
        return !value.toString().trimmed().isEmpty();
    return true;
}

} // namespace

double FieldScore::precision() const
{
    const int predicted = truePositives + falsePositives;
    return predicted ? double(truePositives) / predicted : 1.0;
}

double FieldScore::recall() const
{
    const int expected = truePositives + falseNegatives;
    return expected ? double(truePositives) / expected : 1.0;
}

double FieldScore::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

QStringList ExtractionEvaluation::setFields()
{
    return { u"phones"_s, u"emails"_s, u"products"_s };
}

QStringList ExtractionEvaluation::valueFields()
{
    return { u"customer_name"_s, u"company"_s, u"quantity"_s, u"amount"_s, u"currency"_s, u"city"_s };
}

QStringList ExtractionEvaluation::accuracyFields()
{
    return { u"lead_type"_s, u"priority"_s, u"language"_s };
}

Result<QList<LabelledMessage>> ExtractionEvaluation::readSet(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    QList<LabelledMessage> messages;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return Error::make(
                ErrorCode::Parse,
                u"%1 line %2: not a JSON object (%3)"_s.arg(path).arg(lineNumber).arg(error.errorString()));
        const QJsonObject object = document.object();
        LabelledMessage message { object.value(u"id"_s).toString(), object.value(u"split"_s).toString(),
                                  object.value(u"text"_s).toString(),
                                  object.value(u"expected"_s).toObject() };
        if (message.text.isEmpty() || !object.contains(u"expected"_s))
            return Error::make(ErrorCode::Parse,
                               u"%1 line %2: needs \"text\" and \"expected\""_s.arg(path).arg(lineNumber));
        messages.append(message);
    }
    return messages;
}

QString ExtractionEvaluation::normalizeName(const QString &text)
{
    static const QSet<QString> dropped {
        u"شركه"_s, u"مؤسسه"_s,   u"موسسه"_s,   u"co"_s,      u"llc"_s,     u"ltd"_s, u"est"_s,
        u"inc"_s,  u"wll"_s,     u"w"_s,       u"l"_s,       u"company"_s, u"the"_s, u"م"_s,
        u"د"_s,    u"ا"_s,       u"eng"_s,     u"engr"_s,    u"mr"_s,      u"mrs"_s, u"ms"_s,
        u"dr"_s,   u"المهندس"_s, u"الدكتور"_s, u"الاستاذ"_s,
    };
    QStringList kept;
    for (const QString &token : ArabicText::searchTokens(text))
        if (!dropped.contains(token))
            kept << token;
    return kept.join(u' ');
}

void ExtractionEvaluation::add(const QJsonObject &expected, const QJsonObject &actual)
{
    ++m_messages;
    for (const QString &field : setFields()) {
        const QSet<QString> want = stringSet(expected.value(field));
        const QSet<QString> got = stringSet(actual.value(field));
        FieldScore &score = m_scores[field];
        for (const QString &v : got)
            (want.contains(v) ? score.truePositives : score.falsePositives)++;
        for (const QString &v : want)
            if (!got.contains(v))
                score.falseNegatives++;
    }
    for (const QString &field : valueFields()) {
        const QJsonValue want = expected.value(field);
        const QJsonValue got = actual.value(field);
        FieldScore &score = m_scores[field];
        const bool haveWant = hasValue(want);
        const bool haveGot = hasValue(got);
        bool equal = false;
        if (haveWant && haveGot) {
            if (field == u"quantity" || field == u"amount")
                equal = std::abs(want.toDouble() - got.toDouble()) < 1e-6;
            else if (field == u"currency")
                equal = want.toString().compare(got.toString(), Qt::CaseInsensitive) == 0;
            else
                equal = normalizeName(want.toString()) == normalizeName(got.toString());
        }
        if (haveGot && equal)
            score.truePositives++;
        if (haveGot && !equal)
            score.falsePositives++;
        if (haveWant && !equal)
            score.falseNegatives++;
    }
    for (const QString &field : accuracyFields()) {
        FieldScore &score = m_scores[field];
        score.total++;
        if (expected.value(field).toString() == actual.value(field).toString())
            score.correct++;
    }
}

QJsonObject ExtractionEvaluation::toJson() const
{
    auto round3 = [](double v) {
        return std::round(v * 1000) / 1000;
    };
    QJsonObject fields;
    for (const QString &field : setFields() + valueFields()) {
        const FieldScore s = m_scores.value(field);
        fields.insert(field,
                      QJsonObject { { u"precision"_s, round3(s.precision()) },
                                    { u"recall"_s, round3(s.recall()) },
                                    { u"f1"_s, round3(s.f1()) },
                                    { u"tp"_s, s.truePositives },
                                    { u"fp"_s, s.falsePositives },
                                    { u"fn"_s, s.falseNegatives } });
    }
    for (const QString &field : accuracyFields()) {
        const FieldScore s = m_scores.value(field);
        fields.insert(field,
                      QJsonObject { { u"accuracy"_s, round3(s.accuracy()) },
                                    { u"correct"_s, s.correct },
                                    { u"total"_s, s.total } });
    }
    return QJsonObject { { u"messages"_s, m_messages }, { u"fields"_s, fields } };
}

} // namespace OmniCrm
