#include "replycomposer.h"

#include "arabictext.h"
#include "replytemplates.h"

#include <QHash>
#include <QJsonArray>

#include <cmath>

namespace OmniCrm {

namespace {

bool isArabicLetter(QChar c)
{
    return c.unicode() >= 0x0620 && c.unicode() <= 0x06FF && c.isLetter();
}

bool hasArabic(QStringView text)
{
    for (QChar c : text) {
        if (isArabicLetter(c))
            return true;
    }
    return false;
}

// Markers read on folded text, as whole words (an Arabic one may carry a leading و).
const QStringList &formalMarkers()
{
    static const QStringList list = [] {
        QStringList raw {
            QStringLiteral("السلام عليكم"),  QStringLiteral("أرجو"),         QStringLiteral("نرجو"),
            QStringLiteral("يرجى"),          QStringLiteral("تزويدنا"),      QStringLiteral("تزويدي"),
            QStringLiteral("بتزويدنا"),      QStringLiteral("حضرتك"),        QStringLiteral("المحترم"),
            QStringLiteral("نود"),           QStringLiteral("سيادتكم"),      QStringLiteral("الكريم"),
            QStringLiteral("تحياتي"),        QStringLiteral("أستاذ"),        QStringLiteral("السادة"),
            QStringLiteral("هل يمكن"),       QStringLiteral("يمكنكم"),       QStringLiteral("dear"),
            QStringLiteral("kindly"),        QStringLiteral("please"),       QStringLiteral("could you"),
            QStringLiteral("would you"),     QStringLiteral("regards"),      QStringLiteral("sincerely"),
            QStringLiteral("we would like"), QStringLiteral("i would like"), QStringLiteral("i'd like"),
            QStringLiteral("we'd like")
        };
        for (QString &marker : raw)
            marker = ArabicText::fold(marker);
        return raw;
    }();
    return list;
}

const QStringList &casualMarkers()
{
    static const QStringList list = [] {
        QStringList raw { QStringLiteral("ابي"),   QStringLiteral("أبغى"),   QStringLiteral("ابيه"),
                          QStringLiteral("وش"),    QStringLiteral("شلون"),   QStringLiteral("الحين"),
                          QStringLiteral("هلا"),   QStringLiteral("الغالي"), QStringLiteral("ترا"),
                          QStringLiteral("مو"),    QStringLiteral("يلا"),    QStringLiteral("أوكي"),
                          QStringLiteral("عطني"),  QStringLiteral("خلها"),   QStringLiteral("شي"),
                          QStringLiteral("زين"),   QStringLiteral("يجنن"),   QStringLiteral("ههه"),
                          QStringLiteral("حبيبي"), QStringLiteral("بكرة"),   QStringLiteral("شخبارك"),
                          QStringLiteral("وين"),   QStringLiteral("ليش"),    QStringLiteral("كذا"),
                          QStringLiteral("مرة"),   QStringLiteral("وايد"),   QStringLiteral("ايش"),
                          QStringLiteral("عشان"),  QStringLiteral("بس"),     QStringLiteral("ابغي"),
                          QStringLiteral("hey"),   QStringLiteral("omg"),    QStringLiteral("lol"),
                          QStringLiteral("haha"),  QStringLiteral("gonna"),  QStringLiteral("wanna"),
                          QStringLiteral("pls"),   QStringLiteral("thx"),    QStringLiteral("yay"),
                          QStringLiteral("cool"),  QStringLiteral("guys"),   QStringLiteral("awesome"),
                          QStringLiteral("ok"),    QStringLiteral("u") };
        for (QString &marker : raw)
            marker = ArabicText::fold(marker);
        return raw;
    }();
    return list;
}

int countMarkers(const QString &folded, const QStringList &markers)
{
    int count = 0;
    for (const QString &marker : markers) {
        for (qsizetype at = folded.indexOf(marker); at >= 0; at = folded.indexOf(marker, at + 1)) {
            const qsizetype end = at + marker.size();
            const bool startOk = at == 0 || !folded[at - 1].isLetterOrNumber()
                || (isArabicLetter(marker.front()) && at >= 1 && folded[at - 1] == u'و'
                    && (at == 1 || !folded[at - 2].isLetterOrNumber()));
            const bool endOk = end == folded.size() || !folded[end].isLetterOrNumber();
            if (startOk && endOk)
                ++count;
        }
    }
    return count;
}

int countEmoji(QStringView text)
{
    int count = 0;
    for (int i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if ((c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF))
            ++count;
    }
    return count;
}

QString joinNames(const QStringList &names, bool arabic)
{
    if (names.size() <= 1)
        return names.value(0);
    const QString last = names.last();
    const QStringList head = names.mid(0, names.size() - 1);
    return arabic ? head.join(QStringLiteral("، ")) + QStringLiteral(" و") + last
                  : head.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

QString quantityText(const ExtractedLead &fields, bool arabic)
{
    if (!fields.quantity || !(*fields.quantity > 0))
        return {};
    const double q = *fields.quantity;
    const QString number = std::floor(q) == q ? QString::number(qint64(q)) : QString::number(q, 'g', 6);
    const QString unit = fields.quantityUnit.trimmed();
    if (!unit.isEmpty() && hasArabic(unit) == arabic)
        return number + u' ' + unit;
    if (arabic)
        return number + (q >= 3 && q <= 10 ? QStringLiteral(" وحدات") : QStringLiteral(" وحدة"));
    return number + (q == 1 ? QStringLiteral(" unit") : QStringLiteral(" units"));
}

// Fills one alternative in a single pass (so a value that happens to contain "{city}" is never
// expanded again); empty when a placeholder has no value.
QString fill(const QString &pattern, const QHash<QString, QString> &values)
{
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == u'{') {
            const qsizetype close = pattern.indexOf(u'}', i);
            if (close > i) {
                const QString value = values.value(pattern.mid(i + 1, close - i - 1));
                if (value.isEmpty())
                    return {};
                // A prefix glued to a placeholder (وبـ {products}) needs a space before Latin text.
                if (!out.isEmpty() && isArabicLetter(out.back()) && !isArabicLetter(value.front()))
                    out += u' ';
                out += value;
                i = close;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

QString firstFilled(const ReplySentence &alternatives, const QHash<QString, QString> &values)
{
    for (const QString &alternative : alternatives) {
        if (alternative.isEmpty())
            return {};
        const QString filled = fill(alternative, values);
        if (!filled.isEmpty())
            return filled;
    }
    return {};
}

Result<QString> stringField(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return Error::make(ErrorCode::Parse, QStringLiteral("fields: \"%1\" must be a string").arg(key), key);
    return value.toString().trimmed();
}

Result<QStringList> stringListField(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (value.isString())
        return QStringList { value.toString().trimmed() };
    if (!value.isArray())
        return Error::make(ErrorCode::Parse,
                           QStringLiteral("fields: \"%1\" must be a list of strings").arg(key), key);
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return Error::make(ErrorCode::Parse,
                               QStringLiteral("fields: \"%1\" must be a list of strings").arg(key), key);
        if (!item.toString().trimmed().isEmpty())
            list.append(item.toString().trimmed());
    }
    return list;
}

} // namespace

QString ReplyComposer::languageKey(ReplyLanguage language)
{
    return language == ReplyLanguage::Arabic ? QStringLiteral("ar") : QStringLiteral("en");
}

QString ReplyComposer::toneKey(ReplyTone tone)
{
    return tone == ReplyTone::Formal ? QStringLiteral("formal") : QStringLiteral("casual");
}

MessageStyle ReplyComposer::detectStyle(QStringView message, QStringView fallbackLanguage)
{
    int arabicLetters = 0;
    int latinLetters = 0;
    for (QChar c : message) {
        if (isArabicLetter(c))
            ++arabicLetters;
        else if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
            ++latinLetters;
    }
    MessageStyle style;
    if (arabicLetters == 0 && latinLetters == 0)
        style.language = fallbackLanguage == u"en" ? ReplyLanguage::English : ReplyLanguage::Arabic;
    else
        style.language = arabicLetters * 2 >= latinLetters ? ReplyLanguage::Arabic : ReplyLanguage::English;

    const QString folded = ArabicText::fold(message);
    const int formal = countMarkers(folded, formalMarkers());
    int casual = countMarkers(folded, casualMarkers()) + std::min(2, countEmoji(message));
    if (message.contains(u"!!") || message.contains(u"??") || message.contains(u"؟؟"))
        ++casual;
    style.tone = casual > formal ? ReplyTone::Casual : ReplyTone::Formal;
    return style;
}

ReplySuggestions ReplyComposer::compose(QStringView message, BuyerType type, const ExtractedLead &fields,
                                        const std::optional<PriceStrategy> &price) const
{
    ReplySuggestions result;
    result.type = type;
    result.style = detectStyle(message, fields.language);
    const bool arabic = result.style.language == ReplyLanguage::Arabic;

    QStringList productNames;
    for (const ProductMatch &product : fields.products) {
        if (!product.name.trimmed().isEmpty() && productNames.size() < 3)
            productNames.append(product.name.trimmed());
    }
    QHash<QString, QString> values;
    values.insert(QStringLiteral("name"), fields.customerName.trimmed());
    values.insert(QStringLiteral("company"), fields.company.trimmed());
    values.insert(QStringLiteral("products"), joinNames(productNames, arabic));
    values.insert(QStringLiteral("quantity"), quantityText(fields, arabic));
    values.insert(QStringLiteral("city"), fields.city.trimmed());
    if (fields.amountMinor && *fields.amountMinor > 0) {
        const QString currency = fields.currency.isEmpty() ? QStringLiteral("SAR") : fields.currency;
        values.insert(QStringLiteral("amount"),
                      displayMoney(Money::fromMinor(*fields.amountMinor, currency), arabic));
    }
    if (price)
        values.insert(QStringLiteral("offer"), arabic ? price->headlineAr : price->headlineEn);

    const QString greeting = firstFilled(replyGreeting(result.style.language, result.style.tone), values);
    const QString closing = firstFilled(replyClosing(result.style.language, result.style.tone), values);
    // The offer is quoted in at most two of the three replies, so the third reads differently.
    int offersLeft = 2;
    for (const ReplyTemplate &reply : replyTemplates(type, result.style.language)) {
        QStringList sentences { greeting };
        for (const ReplySentence &sentence : reply) {
            const bool quotesOffer = sentence.value(0).contains(u"{offer}");
            if (quotesOffer && offersLeft == 0)
                values.remove(QStringLiteral("offer"));
            const QString filled = firstFilled(sentence, values);
            if (!filled.isEmpty()) {
                sentences.append(filled);
                if (quotesOffer)
                    --offersLeft;
            }
        }
        sentences.removeAll(QString());
        // The greeting and the closing stand on their own lines, as in a message or an email.
        QString text = sentences.mid(greeting.isEmpty() ? 0 : 1).join(u' ');
        if (!greeting.isEmpty())
            text.prepend(greeting + u'\n');
        if (!closing.isEmpty())
            text.append(u'\n' + closing);
        result.replies.append(text);
    }
    return result;
}

Result<ExtractedLead> ReplyComposer::fieldsFromJson(const QJsonObject &json)
{
    ExtractedLead lead;
    const struct
    {
        const char *key;
        QString ExtractedLead::*member;
    } strings[] {
        { "customer_name", &ExtractedLead::customerName }, { "company", &ExtractedLead::company },
        { "currency", &ExtractedLead::currency },          { "city", &ExtractedLead::city },
        { "lead_type", &ExtractedLead::leadType },         { "priority", &ExtractedLead::priority },
        { "language", &ExtractedLead::language },          { "quantity_unit", &ExtractedLead::quantityUnit },
    };
    for (const auto &field : strings) {
        auto value = stringField(json, QString::fromLatin1(field.key));
        if (!value)
            return value.error();
        lead.*field.member = *value;
    }
    lead.currency = lead.currency.toUpper();
    if (!lead.currency.isEmpty() && Money::minorDigits(lead.currency) < 0)
        return Error::make(ErrorCode::InvalidMoney,
                           QStringLiteral("fields: unknown currency \"%1\"").arg(lead.currency),
                           QStringLiteral("currency"));

    auto phones = stringListField(json, QStringLiteral("phones"));
    if (!phones)
        return phones.error();
    lead.phones = *phones;
    auto emails = stringListField(json, QStringLiteral("emails"));
    if (!emails)
        return emails.error();
    lead.emails = *emails;

    const QJsonValue products = json.value(u"products");
    const QJsonArray productList = products.isArray() ? products.toArray()
        : products.isString() || products.isObject()  ? QJsonArray { products }
                                                      : QJsonArray {};
    if (!products.isUndefined() && !products.isNull() && !products.isArray() && !products.isString()
        && !products.isObject())
        return Error::make(ErrorCode::Parse, QStringLiteral("fields: \"products\" must be a list"),
                           QStringLiteral("products"));
    for (const QJsonValue &item : productList) {
        ProductMatch match;
        if (item.isString()) {
            match.name = item.toString().trimmed();
        } else if (item.isObject()) {
            const QJsonObject object = item.toObject();
            match.name = object.value(u"name").toString().trimmed();
            match.productId = object.value(u"product_id").toString();
            match.score = object.value(u"score").toDouble();
        } else {
            return Error::make(ErrorCode::Parse,
                               QStringLiteral("fields: each product must be a name or {\"name\": …}"),
                               QStringLiteral("products"));
        }
        if (!match.name.isEmpty())
            lead.products.append(match);
    }

    const QJsonValue quantity = json.value(u"quantity");
    if (quantity.isDouble()) {
        lead.quantity = quantity.toDouble();
    } else if (quantity.isString() && !quantity.toString().trimmed().isEmpty()) {
        bool ok = false;
        const double value = ArabicText::fold(quantity.toString()).toDouble(&ok);
        if (!ok)
            return Error::make(ErrorCode::Parse, QStringLiteral("fields: \"quantity\" is not a number"),
                               QStringLiteral("quantity"));
        lead.quantity = value;
    } else if (!quantity.isUndefined() && !quantity.isNull() && !quantity.isString()) {
        return Error::make(ErrorCode::Parse, QStringLiteral("fields: \"quantity\" is not a number"),
                           QStringLiteral("quantity"));
    }
    if (lead.quantity && !(*lead.quantity > 0 && std::isfinite(*lead.quantity)))
        return Error::make(ErrorCode::Parse, QStringLiteral("fields: \"quantity\" must be positive"),
                           QStringLiteral("quantity"));

    const QJsonValue amount = json.value(u"amount");
    const QString currency = lead.currency.isEmpty() ? QStringLiteral("SAR") : lead.currency;
    if (amount.isDouble()) {
        // In major units, as `omnicrm-cli extract --json` prints it: 1500.5 SAR is 150050 halalas.
        const double minor = std::round(amount.toDouble() * std::pow(10.0, Money::minorDigits(currency)));
        if (!(minor >= 0) || minor > 9.0e15)
            return Error::make(ErrorCode::InvalidMoney,
                               QStringLiteral("fields: \"amount\" must be a non-negative number"),
                               QStringLiteral("amount"));
        lead.amountMinor = qint64(minor);
    } else if (amount.isString() && !amount.toString().trimmed().isEmpty()) {
        const auto money = Money::parse(amount.toString(), currency);
        if (!money)
            return Error::make(ErrorCode::InvalidMoney,
                               QStringLiteral("fields: \"amount\": ") + money.error().detail,
                               QStringLiteral("amount"));
        lead.amountMinor = money->minor;
        lead.currency = money->currency;
    } else if (!amount.isUndefined() && !amount.isNull() && !amount.isString()) {
        return Error::make(ErrorCode::InvalidMoney, QStringLiteral("fields: \"amount\" is not an amount"),
                           QStringLiteral("amount"));
    }
    return lead;
}

} // namespace OmniCrm
