// ExtractionEvaluation: field-level scores of lead extraction against a labelled JSONL set
// ({"id","split","text","expected":{…}} per line). Phones, e-mails and products are compared as
// sets; quantity and amount as exact numbers (amount in major units); customer name, company and
// city after normalisation (fold(), punctuation to spaces, and for names and companies the
// honorifics and legal forms م. د. Eng. Mr شركة مؤسسة Co. LLC Ltd Est. Inc W.L.L dropped); a
// field is a true positive when both sides have it and agree, a false positive when the extractor
// gave a value that is wrong or not expected, a false negative when an expected value was missed
// or wrong. Lead type, priority and language are scored as accuracy.
#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace OmniCrm {

struct LabelledMessage
{
    QString id;
    QString split;
    QString text;
    QJsonObject expected;
};

struct FieldScore
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    int correct = 0; // accuracy fields
    int total = 0;

    double precision() const;
    double recall() const;
    double f1() const;
    double accuracy() const { return total ? double(correct) / total : 0; }
};

class ExtractionEvaluation
{
public:
    static Result<QList<LabelledMessage>> readSet(const QString &path);
    /// The comparison form of a name, company or city.
    static QString normalizeName(const QString &text);

    /// Scores one message: `actual` in the leadToJson() form.
    void add(const QJsonObject &expected, const QJsonObject &actual);

    int messages() const { return m_messages; }
    const QMap<QString, FieldScore> &scores() const { return m_scores; }
    /// {"messages": n, "fields": {"phones": {"precision","recall","f1",…}, "lead_type": {"accuracy"}}}
    QJsonObject toJson() const;

    static QStringList setFields();
    static QStringList valueFields();
    static QStringList accuracyFields();

private:
    int m_messages = 0;
    QMap<QString, FieldScore> m_scores;
};

} // namespace OmniCrm
