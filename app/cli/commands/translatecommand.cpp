// translate: stdin → Arabic or English through the configured AI providers (there is no offline
// translator). Line by line by default, so the output lines match the input lines; --whole
// sends the text as one piece. A translation that changed a phone, number, e-mail, URL or
// product code is refused (exit 4) and names the token. --beside KIND:ID keeps the accepted
// translation beside that record (the original it translates), as the desktop's capture page does.
#include "aiservices.h"
#include "commands.h"
#include "storeaccess.h"

#include <QFile>

namespace OmniCrm {

namespace {

const QString To = QStringLiteral("to");
const QString Whole = QStringLiteral("whole");
const QString Json = QStringLiteral("json");
const QString Beside = QStringLiteral("beside");

// The record a translation is kept beside must exist and be alive.
Result<TranslationSource> besideSource(CrmStore &store, const QString &value)
{
    const int colon = value.indexOf(u':');
    const TranslationSource source { value.left(colon).trimmed(), value.mid(colon + 1).trimmed() };
    bool alive = false;
    const auto check = [&alive](const auto &found) {
        if (!found)
            return Status(found.error());
        alive = found->meta.isAlive();
        return Status();
    };
    Status found = Error::make(ErrorCode::InvalidArgument,
                               QStringLiteral("--beside takes KIND:ID with KIND activity, lead, contact, "
                                              "company or deal, not \"%1\"")
                                   .arg(value),
                               QStringLiteral("beside"));
    if (colon > 0 && !source.id.isEmpty()) {
        if (source.kind == u"activity")
            found = check(store.activities().find(source.id));
        else if (source.kind == u"lead")
            found = check(store.leads().find(source.id));
        else if (source.kind == u"contact")
            found = check(store.contacts().find(source.id));
        else if (source.kind == u"company")
            found = check(store.companies().find(source.id));
        else if (source.kind == u"deal")
            found = check(store.deals().find(source.id));
    }
    if (!found)
        return found.error();
    if (!alive)
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("the %1 %2 was deleted").arg(source.kind, source.id),
                           QStringLiteral("beside"));
    return source;
}

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
            "\"provider\", \"model\"} per piece. --beside KIND:ID (activity, lead, contact, company, deal)\n"
            "translates the whole input and keeps the translation beside that record; --json then adds\n"
            "\"saved_id\".");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(To, QStringLiteral("Target language: ar or en"), QStringLiteral("LANG")),
            QCommandLineOption(Whole, QStringLiteral("Translate the whole input as one text")),
            QCommandLineOption(Json, QStringLiteral("Print JSON lines")),
            QCommandLineOption(Beside, QStringLiteral("Save the translation beside this record"),
                               QStringLiteral("KIND:ID")),
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

        TranslationSource source;
        if (context.isSet(Beside)) {
            auto beside = besideSource(**store, context.value(Beside));
            if (!beside)
                return context.fail(beside.error());
            source = *beside;
        }
        const bool whole = context.isSet(Whole) || context.isSet(Beside);
        QStringList pieces = whole ? QStringList { text } : text.split(u'\n');
        if (!whole && pieces.size() > 1 && pieces.last().isEmpty())
            pieces.removeLast(); // the newline that ends the last line
        for (const QString &piece : pieces) {
            if (piece.trimmed().isEmpty()) {
                if (!context.isSet(Json))
                    context.console().out(QString());
                continue;
            }
            const auto result = waitForResult<Result<Translation>>(
                [&](auto done) { ai.translations().translate(piece, language, source, std::move(done)); });
            if (!result)
                return context.fail(result.error());
            if (context.isSet(Json)) {
                QJsonObject json { { QStringLiteral("translation"), result->text },
                                   { QStringLiteral("language"), language },
                                   { QStringLiteral("provider"), result->providerId },
                                   { QStringLiteral("model"), result->model } };
                if (!result->savedId.isEmpty())
                    json.insert(QStringLiteral("saved_id"), result->savedId);
                context.console().outJson(json);
            } else {
                context.console().out(whole ? result->text.trimmed() : result->text);
            }
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
