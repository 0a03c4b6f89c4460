// classify: reads buyer messages from stdin and says which of the seven buyer types each sounds
// like, with the cues found, the approach that works and the risk. Needs no store.
#include "commands.h"
#include "personalityclassifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>

namespace OmniCrm {

Result<QList<PersonaInput>> readPersonaInput(bool whole)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("cannot read stdin: %1").arg(in.errorString()));
    const QString all = QString::fromUtf8(in.readAll());
    const auto parse = [](const QString &text) {
        PersonaInput input { text.trimmed(), {} };
        if (input.text.startsWith(u'{')) {
            const QJsonDocument document = QJsonDocument::fromJson(input.text.toUtf8());
            const QJsonObject object = document.object();
            const QJsonValue body
                = object.contains(u"text") ? object.value(u"text") : object.value(u"message");
            if (document.isObject() && body.isString()) {
                input.text = body.toString();
                input.fields = object.value(u"fields").toObject();
            }
        }
        return input;
    };
    QList<PersonaInput> inputs;
    if (whole) {
        inputs.append(parse(all));
        return inputs;
    }
    for (const QString &line : all.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            inputs.append(parse(line));
    }
    if (inputs.isEmpty())
        return Error::make(ErrorCode::Parse,
                           QStringLiteral("no message on stdin (one message per line, or --whole)"));
    return inputs;
}

QJsonObject personaReadingJson(const PersonaReading &reading)
{
    const BuyerProfile &profile = buyerProfile(reading.type);
    QJsonArray cues;
    for (const CueMatch &cue : reading.cues) {
        QJsonObject object { { QStringLiteral("cue"), cue.cue },
                             { QStringLiteral("leaning"), buyerTypeKey(cue.leaning) },
                             { QStringLiteral("start"), cue.start },
                             { QStringLiteral("length"), cue.length },
                             { QStringLiteral("text"), cue.text } };
        if (cue.message > 0)
            object.insert(QStringLiteral("message"), cue.message);
        cues.append(object);
    }
    return {
        { QStringLiteral("type"), profile.key },
        { QStringLiteral("confidence"), std::round(reading.confidence * 1000) / 1000 },
        { QStringLiteral("runner_up"), buyerTypeKey(reading.runnerUp) },
        { QStringLiteral("runner_up_confidence"), std::round(reading.runnerUpConfidence * 1000) / 1000 },
        { QStringLiteral("cues"), cues },
        { QStringLiteral("approach"), profile.approachEn },
        { QStringLiteral("approach_ar"), profile.approachAr },
        { QStringLiteral("risk"), profile.riskEn },
        { QStringLiteral("risk_ar"), profile.riskAr },
    };
}

namespace {

const QString WholeOption = QStringLiteral("whole");
const QString HistoryOption = QStringLiteral("history");
const QString JsonOption = QStringLiteral("json");

class ClassifyCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("classify"); }
    QString summary() const override
    {
        return QStringLiteral("Read a buyer's personality from messages on stdin");
    }
    QString synopsis() const override { return QStringLiteral("[--whole | --history] [--json] < MESSAGES"); }
    QString details() const override
    {
        return QStringLiteral(
            "Each stdin line is one message and gets one result; --whole reads all of stdin as one\n"
            "message; --history reads the lines as one contact's messages, oldest first, a week\n"
            "apart, and gives one result weighted towards the recent ones. A line may also be a JSON\n"
            "object {\"text\": …}. Cue spans (start, length) are UTF-16 offsets into the message.\n"
            "Types: analytical, decisive, relational, expressive, price_focused, cautious,\n"
            "status_seeking. Needs no store.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(WholeOption, QStringLiteral("All of stdin is one message")),
            QCommandLineOption(HistoryOption,
                               QStringLiteral("The lines are one contact's history, oldest first")),
            QCommandLineOption(JsonOption, QStringLiteral("Print one JSON object per result")),
        };
    }

    ExitCode run(CommandContext &context) override
    {
        if (context.isSet(WholeOption) && context.isSet(HistoryOption))
            return context.usageError(QStringLiteral("--whole and --history exclude each other"));
        const auto inputs = readPersonaInput(context.isSet(WholeOption));
        if (!inputs)
            return context.fail(inputs.error());

        const PersonalityClassifier classifier;
        QList<PersonaReading> readings;
        if (context.isSet(HistoryOption)) {
            QList<PersonaMessage> history;
            for (int i = 0; i < inputs->size(); ++i)
                history.append({ inputs->at(i).text, 7.0 * double(inputs->size() - 1 - i) });
            readings.append(classifier.classifyHistory(history));
        } else {
            for (const PersonaInput &input : *inputs)
                readings.append(classifier.classify(input.text));
        }

        Console &console = context.console();
        for (const PersonaReading &reading : readings) {
            if (context.isSet(JsonOption)) {
                console.outJson(personaReadingJson(reading));
                continue;
            }
            QStringList cues;
            for (const CueMatch &cue : reading.cues)
                cues << QStringLiteral("%1 \"%2\"").arg(cue.cue, cue.text);
            console.out(QStringLiteral("%1 %2 (runner-up %3 %4)%5")
                            .arg(buyerTypeKey(reading.type))
                            .arg(reading.confidence, 0, 'f', 2)
                            .arg(buyerTypeKey(reading.runnerUp))
                            .arg(reading.runnerUpConfidence, 0, 'f', 2)
                            .arg(cues.isEmpty()
                                     ? QString()
                                     : QStringLiteral("; cues: ") + cues.join(QStringLiteral(", "))));
        }
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeClassifyCommand()
{
    return std::make_unique<ClassifyCommand>();
}

} // namespace OmniCrm
