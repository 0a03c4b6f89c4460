// reply: reads buyer messages from stdin and suggests three replies each, in the message's
// language and tone, shaped by the buyer's type, filled from the extracted fields, and with a
// price strategy that never goes below cost × (1 + minimum margin). Needs no store.
#include "commands.h"
#include "leadextractor.h"
#include "personalityclassifier.h"
#include "pricestrategy.h"
#include "replycomposer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace OmniCrm {

namespace {

const QString WholeOption = QStringLiteral("whole");
const QString FieldsOption = QStringLiteral("fields");
const QString CatalogOption = QStringLiteral("catalog");
const QString PriceOption = QStringLiteral("price");
const QString CostOption = QStringLiteral("cost");
const QString CurrencyOption = QStringLiteral("currency");
const QString MarginOption = QStringLiteral("min-margin");
constexpr qint64 MaxMinor = 1'000'000'000'000'000;

QJsonObject moneyJson(const Money &money)
{
    return { { QStringLiteral("minor"), money.minor },
             { QStringLiteral("amount"), money.toPlainString() },
             { QStringLiteral("currency"), money.currency } };
}

QJsonObject strategyJson(const PriceStrategy &strategy)
{
    QJsonArray offers;
    for (const PriceOffer &offer : strategy.offers)
        offers.append(QJsonObject { { QStringLiteral("min_quantity"), offer.minQuantity },
                                    { QStringLiteral("unit_price"), moneyJson(offer.unitPrice) },
                                    { QStringLiteral("label"), offer.labelEn },
                                    { QStringLiteral("label_ar"), offer.labelAr } });
    return {
        { QStringLiteral("kind"), strategy.kind },
        { QStringLiteral("list_price"), moneyJson(strategy.listPrice) },
        { QStringLiteral("floor"), moneyJson(strategy.floor) },
        { QStringLiteral("offers"), offers },
        { QStringLiteral("extras"), QJsonArray::fromStringList(strategy.extrasEn) },
        { QStringLiteral("extras_ar"), QJsonArray::fromStringList(strategy.extrasAr) },
        { QStringLiteral("reasoning"), strategy.reasoningEn },
        { QStringLiteral("reasoning_ar"), strategy.reasoningAr },
    };
}

class ReplyCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("reply"); }
    QString summary() const override
    {
        return QStringLiteral("Suggest three replies to buyer messages on stdin");
    }
    QString synopsis() const override
    {
        return QStringLiteral(
            "[--whole] [--fields JSON | --catalog FILE] [--price MINOR --cost MINOR [--currency C] "
            "[--min-margin PCT]] < MESSAGES");
    }
    QString details() const override
    {
        return QStringLiteral(
            "Each stdin line is one message (or --whole: all of stdin); a line may be a JSON object\n"
            "{\"text\": …, \"fields\": {…}}. Fields (JSON): customer_name, company, phones, emails,\n"
            "products, quantity, quantity_unit, amount (major units, or text), currency, city,\n"
            "lead_type, priority, language; a sentence whose field is missing is left out.\n"
            "--price and --cost are the list price and unit cost in minor units (halalas);\n"
            "offers never go below cost × (1 + min-margin / 100). Prints one JSON object per\n"
            "message. Without --fields, the fields are read from each message by the offline\n"
            "extractor (products from --catalog, else the store's when one opens).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(WholeOption, QStringLiteral("All of stdin is one message")),
            QCommandLineOption(CatalogOption,
                               QStringLiteral("Product catalog JSON for reading fields from the message"),
                               QStringLiteral("FILE")),
            QCommandLineOption(FieldsOption, QStringLiteral("Extracted fields as a JSON object"),
                               QStringLiteral("JSON")),
            QCommandLineOption(PriceOption, QStringLiteral("List price per unit, minor units"),
                               QStringLiteral("MINOR")),
            QCommandLineOption(CostOption, QStringLiteral("Cost per unit, minor units"),
                               QStringLiteral("MINOR")),
            QCommandLineOption(CurrencyOption, QStringLiteral("ISO 4217 code (default: the fields' or SAR)"),
                               QStringLiteral("C")),
            QCommandLineOption(MarginOption, QStringLiteral("Minimum margin over cost, percent (default 0)"),
                               QStringLiteral("PCT")),
        };
    }

    ExitCode run(CommandContext &context) override
    {
        ExtractedLead baseFields;
        if (context.isSet(FieldsOption)) {
            const QJsonDocument document = QJsonDocument::fromJson(context.value(FieldsOption).toUtf8());
            if (!document.isObject())
                return context.usageError(QStringLiteral("--fields must be a JSON object"));
            auto fields = ReplyComposer::fieldsFromJson(document.object());
            if (!fields)
                return context.usageError(fields.error().detail);
            baseFields = *fields;
        }
        if (context.isSet(PriceOption) != context.isSet(CostOption))
            return context.usageError(QStringLiteral("--price and --cost go together"));
        if (!context.isSet(PriceOption) && (context.isSet(MarginOption) || context.isSet(CurrencyOption)))
            return context.usageError(QStringLiteral("--currency and --min-margin need --price and --cost"));
        const auto price = context.intValue(PriceOption, 0, 1, MaxMinor);
        if (!price)
            return ExitCode::Usage;
        const auto cost = context.intValue(CostOption, 0, 0, MaxMinor);
        if (!cost)
            return ExitCode::Usage;
        double margin = 0;
        if (context.isSet(MarginOption)) {
            bool ok = false;
            margin = context.value(MarginOption).toDouble(&ok);
            if (!ok || margin < 0 || margin > 1000)
                return context.usageError(
                    QStringLiteral("--min-margin must be a percentage from 0 to 1000, not \"%1\"")
                        .arg(context.value(MarginOption)));
        }
        QString currency = context.value(CurrencyOption).trimmed().toUpper();
        if (context.isSet(CurrencyOption) && Money::minorDigits(currency) < 0)
            return context.usageError(
                QStringLiteral("unknown currency \"%1\"").arg(context.value(CurrencyOption)));

        const auto inputs = readPersonaInput(context.isSet(WholeOption));
        if (!inputs)
            return context.fail(inputs.error());

        // Without fields given, they are read from each message by the offline extractor.
        auto catalog = productCatalog(context, context.value(CatalogOption));
        if (!catalog)
            return context.fail(ExitCode::BadInput, catalog.error().detail);
        const LeadExtractor extractor(*catalog);
        const PersonalityClassifier classifier;
        const ReplyComposer composer;
        for (const PersonaInput &input : *inputs) {
            ExtractedLead fields = baseFields;
            if (!context.isSet(FieldsOption) && input.fields.isEmpty())
                fields = extractor.extract(input.text);
            if (!input.fields.isEmpty()) {
                auto lineFields = ReplyComposer::fieldsFromJson(input.fields);
                if (!lineFields)
                    return context.fail(lineFields.error());
                fields = *lineFields;
            }
            const PersonaReading reading = classifier.classify(input.text);
            std::optional<PriceStrategy> strategy;
            if (context.isSet(PriceOption)) {
                const QString code = !currency.isEmpty() ? currency
                    : !fields.currency.isEmpty()         ? fields.currency
                                                         : QStringLiteral("SAR");
                auto suggested = PriceStrategist::suggest(reading.type,
                                                          PriceInput { Money::fromMinor(*price, code),
                                                                       Money::fromMinor(*cost, code), margin,
                                                                       fields.quantity });
                if (!suggested)
                    return context.fail(suggested.error());
                strategy = *suggested;
            }
            const ReplySuggestions replies = composer.compose(input.text, reading.type, fields, strategy);
            QJsonObject json {
                { QStringLiteral("type"), buyerTypeKey(reading.type) },
                { QStringLiteral("confidence"), std::round(reading.confidence * 1000) / 1000 },
                { QStringLiteral("language"), ReplyComposer::languageKey(replies.style.language) },
                { QStringLiteral("tone"), ReplyComposer::toneKey(replies.style.tone) },
                { QStringLiteral("replies"), QJsonArray::fromStringList(replies.replies) },
            };
            if (strategy)
                json.insert(QStringLiteral("price_strategy"), strategyJson(*strategy));
            context.console().outJson(json);
        }
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeReplyCommand()
{
    return std::make_unique<ReplyCommand>();
}

} // namespace OmniCrm
