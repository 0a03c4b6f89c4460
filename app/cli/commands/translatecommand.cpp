// translate: stdin → Arabic or English through the configured AI providers (there is no offline
// translator). Line by line by default, so the output lines match the input lines; --whole
// sends the text as one piece. A translation that changed a phone, number, e-mail, URL or
// product code is refused (exit 4) and names the token.
#include "aiservices.h"
#include "commands.h"
#include "storeaccess.h"

#include <QFile>

namespace OmniCrm {

namespace {

const QString To = QStringLiteral("to");
const QString Whole = QStringLiteral("whole");
const QString Json = QStringLiteral("json");

class TranslateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("translate"); }
    QString summary() const override { return QStringLiteral("Translate stdin into Arabic or English"); }
    QString synopsis() const override { return QStringLiteral("--to ar|en [--whole] [--json] < FILE"); }
    QString details() const override
    {
        return QStringLiteral(
            "Reads UTF-8 text from stdin and prints its translation. Each non-empty line is translated\n"
            "on its own unless --whole. Needs an AI provider (see \"provider add\"). Phones, numbers,\n"
            "e-mails, URLs and product codes must come back unchanged (Arabic-Indic digits count as the\n"
            "same), or the translation is refused. --json prints {\"translation\", \"language\",\n"
            "\"provider\", \"model\"} per piece.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(To, QStringLiteral("Target language: ar or en"), QStringLiteral("LANG")),
            QCommandLineOption(Whole, QStringLiteral("Translate the whole input as one text")),
            QCommandLineOption(Json, QStringLiteral("Print JSON lines")),
        };
    }

    ExitCode run(CommandContext &context) override
    {
        const QString language = context.value(To);
        if (language != u"ar" && language != u"en")
            return context.usageError(QStringLiteral("--to must be ar or en"));
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return context.fail(ExitCode::Failure, QStringLiteral("cannot read stdin"));
        const QString text = QString::fromUtf8(in.readAll());
        if (text.trimmed().isEmpty())
            return context.fail(ExitCode::BadInput, QStringLiteral("stdin holds no text to translate"));

        auto store = context.store().open();
        if (!store)
            return context.fail(store.error());
        SystemClock clock;
        AiServices ai((*store)->database(), (*store)->settings(), (*store)->phones(),
                      context.store().secrets(), clock);
        Status built = ai.reloadChain();
        if (!built)
            return context.fail(built.error());

        QStringList pieces = context.isSet(Whole) ? QStringList { text } : text.split(u'\n');
        if (!context.isSet(Whole) && pieces.size() > 1 && pieces.last().isEmpty())
            pieces.removeLast(); // the newline that ends the last line
        for (const QString &piece : pieces) {
            if (piece.trimmed().isEmpty()) {
                if (!context.isSet(Json))
                    context.console().out(QString());
                continue;
            }
            const auto result = waitForResult<Result<Translation>>(
                [&](auto done) { ai.translations().translate(piece, language, {}, std::move(done)); });
            if (!result)
                return context.fail(result.error());
            if (context.isSet(Json))
                context.console().outJson(QJsonObject { { QStringLiteral("translation"), result->text },
                                                        { QStringLiteral("language"), language },
                                                        { QStringLiteral("provider"), result->providerId },
                                                        { QStringLiteral("model"), result->model } });
            else
                context.console().out(context.isSet(Whole) ? result->text.trimmed() : result->text);
        }
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeTranslateCommand()
{
    return std::make_unique<TranslateCommand>();
}

} // namespace OmniCrm
