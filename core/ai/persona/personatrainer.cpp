#include "personatrainer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace OmniCrm {

Result<QList<LabelledMessage>> PersonaTrainer::loadMessages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QList<LabelledMessage> messages;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (!document.isObject())
            return Error::make(ErrorCode::Parse,
                               QStringLiteral("%1:%2: not a JSON object (%3)")
                                   .arg(path)
                                   .arg(lineNumber)
                                   .arg(parseError.errorString()));
        const QJsonObject object = document.object();
        const auto label = buyerTypeFromKey(object.value(u"label").toString());
        if (!label)
            return Error::make(ErrorCode::Parse,
                               QStringLiteral("%1:%2: unknown label \"%3\"")
                                   .arg(path)
                                   .arg(lineNumber)
                                   .arg(object.value(u"label").toString()),
                               QStringLiteral("label"));
        messages.append({ object.value(u"id").toString(), object.value(u"text").toString(), *label,
                          object.value(u"lang").toString(), object.value(u"split").toString() });
    }
    return messages;
}

PersonaWeights PersonaTrainer::train(const CueLexicon &lexicon, const QList<LabelledMessage> &messages,
                                     const TrainingOptions &options)
{
    const int featureCount = lexicon.featureCount();
    QList<QVector<double>> features;
    for (const LabelledMessage &message : messages)
        features.append(lexicon.analyse(message.text).features);

    QVector<TypeVector> w(featureCount, TypeVector {});
    TypeVector bias {};
    const double n = std::max<qsizetype>(1, messages.size());
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        QVector<TypeVector> gradW(featureCount, TypeVector {});
        TypeVector gradB {};
        for (int i = 0; i < messages.size(); ++i) {
            TypeVector scores = bias;
            for (int f = 0; f < featureCount; ++f) {
                if (features[i][f] != 0)
                    for (int t = 0; t < BuyerTypeCount; ++t)
                        scores[t] += features[i][f] * w[f][t];
            }
            const TypeVector p = PersonalityClassifier::softmax(scores);
            for (int t = 0; t < BuyerTypeCount; ++t) {
                const double error = p[t] - (int(messages[i].label) == t ? 1.0 : 0.0);
                gradB[t] += error;
                for (int f = 0; f < featureCount; ++f)
                    gradW[f][t] += error * features[i][f];
            }
        }
        for (int t = 0; t < BuyerTypeCount; ++t) {
            bias[t] -= options.learningRate * gradB[t] / n;
            for (int f = 0; f < featureCount; ++f)
                w[f][t] -= options.learningRate * (gradW[f][t] / n + options.l2 * w[f][t]);
        }
    }

    PersonaWeights result;
    result.bias = bias;
    for (int f = 0; f < featureCount; ++f)
        result.weights.insert(lexicon.featureNames().at(f), w[f]);
    result.provenance = QStringLiteral("multinomial logistic regression, %1 messages, %2 epochs, "
                                       "learning rate %3, L2 %4")
                            .arg(messages.size())
                            .arg(options.epochs)
                            .arg(options.learningRate)
                            .arg(options.l2);
    return result;
}

Evaluation PersonaTrainer::evaluate(const PersonalityClassifier &classifier,
                                    const QList<LabelledMessage> &messages)
{
    Evaluation evaluation;
    for (const LabelledMessage &message : messages) {
        const PersonaReading reading = classifier.classify(message.text);
        ++evaluation.total;
        if (reading.type == message.label)
            ++evaluation.correct;
        ++evaluation.confusion[int(message.label)][int(reading.type)];
    }
    return evaluation;
}

QString Evaluation::confusionTable() const
{
    QStringList lines;
    QString header = QStringLiteral("%1").arg(QStringLiteral("truth \\ predicted"), -18);
    for (BuyerType type : AllBuyerTypes)
        header += QStringLiteral(" %1").arg(buyerTypeKey(type).left(5), 5);
    lines << header;
    for (BuyerType truth : AllBuyerTypes) {
        QString row = QStringLiteral("%1").arg(buyerTypeKey(truth), -18);
        for (BuyerType predicted : AllBuyerTypes)
            row += QStringLiteral(" %1").arg(confusion[int(truth)][int(predicted)], 5);
        lines << row;
    }
    return lines.join(u'\n');
}

QString PersonaTrainer::toSource(const CueLexicon &lexicon, const PersonaWeights &weights)
{
    const auto vector = [](const TypeVector &values) -> QString {
        QStringList parts;
        for (double value : values)
            parts << QString::number(value, 'g', 6);
        return QStringLiteral("{ ") + parts.join(QStringLiteral(", ")) + QStringLiteral(" }");
    };
    QString source;
    source
        += QStringLiteral(
               "// Generated by omnicrm-personatrain from tests/data/ai/persona/messages.jsonl (split=dev);\n"
               "// do not edit by hand: see core/ai/persona/README.md to re-train.\n"
               "// %1\n"
               "#include \"personaweights.h\"\n\n"
               "namespace OmniCrm {\n\n"
               "namespace {\n\n"
               "PersonaWeights makeTable()\n{\n"
               "    PersonaWeights table;\n"
               "    // Types: analytical, decisive, relational, expressive, price_focused, cautious, "
               "status_seeking.\n"
               "    table.bias = TypeVector %2;\n")
               .arg(weights.provenance, vector(weights.bias));
    for (const QString &name : lexicon.featureNames())
        source += QStringLiteral("    table.weights.insert(QStringLiteral(\"%1\"), TypeVector %2);\n")
                      .arg(name, vector(weights.weights.value(name, TypeVector {})));
    source += QStringLiteral("    table.provenance = QStringLiteral(\"%1\");\n"
                             "    return table;\n}\n\n"
                             "} // namespace\n\n"
                             "const PersonaWeights &trainedPersonaWeights()\n{\n"
                             "    static const PersonaWeights table = makeTable();\n"
                             "    return table;\n}\n\n"
                             "} // namespace OmniCrm\n")
                  .arg(weights.provenance);
    return source;
}

} // namespace OmniCrm
