#include "leadextractionservice.h"

#include "arabictext.h"
#include "money.h"
#include "phonenormalizer.h"
#include "providerchain.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace OmniCrm {

namespace {

const QString kCustomerName = QStringLiteral("customer_name");
const QString kCompany = QStringLiteral("company");
const QString kPhones = QStringLiteral("phones");
const QString kEmails = QStringLiteral("emails");
const QString kProducts = QStringLiteral("products");
const QString kProductIds = QStringLiteral("product_ids");
const QString kQuantity = QStringLiteral("quantity");
const QString kAmount = QStringLiteral("amount");
const QString kCurrency = QStringLiteral("currency");
const QString kCity = QStringLiteral("city");
const QString kLeadType = QStringLiteral("lead_type");

const QStringList &leadTypes()
{
    static const QStringList types
        = { QStringLiteral("bulk_order"), QStringLiteral("quote_request"), QStringLiteral("support"),
            QStringLiteral("complaint"),  QStringLiteral("partnership"),   QStringLiteral("general") };
    return types;
}

QJsonObject typed(const QJsonValue &type)
{
    return QJsonObject { { QStringLiteral("type"), type } };
}

QJsonObject stringList()
{
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("array") },
                         { QStringLiteral("items"), typed(QStringLiteral("string")) } };
}

QString digitsOf(QStringView text)
{
    QString out;
    for (const QChar c : ArabicText::fold(text)) {
        if (c >= u'0' && c <= u'9')
            out.append(c);
    }
    return out;
}

/// A short free-text value, most of whose words are in the message: the LLM may tidy a name or
/// drop a title, not invent one or hand back a sentence.
bool groundedText(const QString &value, const QStringList &messageTokens, int maxLength, int maxWords)
{
    if (value.isEmpty() || value.size() > maxLength)
        return false;
    const QStringList words = ArabicText::searchTokens(value);
    if (words.isEmpty() || words.size() > maxWords)
        return false;
    const auto found = std::count_if(words.begin(), words.end(),
                                     [&](const QString &word) { return messageTokens.contains(word); });
    return 2 * found >= words.size();
}

} // namespace

LeadExtractionService::LeadExtractionService(ProviderChain &chain, const ProductCatalog &catalog,
                                             const PhoneNormalizer &phones, QObject *parent)
    : QObject(parent)
    , m_chain(chain)
    , m_catalog(catalog)
    , m_phones(phones)
    , m_offline(catalog)
{
}

QJsonObject LeadExtractionService::schema()
{
    const QJsonArray optionalString { QStringLiteral("string"), QStringLiteral("null") };
    const QJsonArray optionalNumber { QStringLiteral("number"), QStringLiteral("null") };
    return QJsonObject {
        { QStringLiteral("type"), QStringLiteral("object") },
        { QStringLiteral("properties"),
          QJsonObject { { kCustomerName, typed(optionalString) },
                        { kCompany, typed(optionalString) },
                        { kPhones, stringList() },
                        { kEmails, stringList() },
                        { kProductIds, stringList() },
                        { kQuantity, typed(optionalNumber) },
                        { kAmount, typed(optionalNumber) },
                        { kCurrency, typed(optionalString) },
                        { kCity, typed(optionalString) },
                        { kLeadType, typed(optionalString) } } },
        { QStringLiteral("additionalProperties"), false },
    };
}

QString LeadExtractionService::systemPrompt() const
{
    QString catalog;
    for (const CatalogProduct &product : m_catalog.products())
        catalog += QStringLiteral("%1: %2 / %3\n").arg(product.id, product.nameEn, product.nameAr);
    return QStringLiteral(
               "You read one sales message (Arabic, Gulf dialect, English or mixed) and return the lead "
               "in it as JSON. customer_name and company as written (no honorifics); phones and emails "
               "exactly as written in the message; product_ids only from the catalog below; quantity: "
               "how many of the first product the sender wants; amount: the budget or price in major "
               "units, with currency as an ISO 4217 code; city in English; lead_type one of "
               "bulk_order, quote_request, support, complaint, partnership, general. Use null or an "
               "empty list for anything the message does not say.\nCatalog:\n")
        + catalog;
}

void LeadExtractionService::extract(const QString &message, Done done)
{
    ExtractedLead offline = m_offline.extract(message);
    if (!m_chain.hasOnlineProvider(Capability::Chat)) {
        AssistedLead result;
        result.lead = std::move(offline);
        result.failure = QStringLiteral("no AI provider is configured");
        QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
        return;
    }
    ChatRequest request;
    request.task = QStringLiteral("extract_lead");
    request.schemaName = QStringLiteral("lead");
    request.schema = schema();
    request.messages = { { QStringLiteral("system"), systemPrompt() }, { QStringLiteral("user"), message } };
    m_chain.chat(request,
                 [this, message, offline, done = std::move(done)](ProviderResult<ChatResult> answer) {
                     if (!answer.ok()) {
                         AssistedLead result;
                         result.lead = offline;
                         result.failure = answer.failure.describe();
                         done(result);
                         return;
                     }
                     done(merge(message, offline, answer.value->object, answer.value->providerId,
                                answer.value->model));
                 });
}

AssistedLead LeadExtractionService::merge(const QString &message, const ExtractedLead &offline,
                                          const QJsonObject &answer, const QString &providerId,
                                          const QString &model) const
{
    AssistedLead out;
    out.lead = offline;
    out.providerId = providerId;
    out.model = model;
    const QString producer = providerId + u'/' + model;
    ExtractedLead &lead = out.lead;
    const QStringList messageTokens = ArabicText::searchTokens(message);
    const QString messageDigits = digitsOf(message);
    const QString foldedMessage = ArabicText::fold(message);
    const auto filled = [&](const QString &key) {
        lead.evidence.insert(key, FieldEvidence { -1, 0, producer });
        out.filledFields.append(key);
    };
    const auto rejected = [&](const QString &key) {
        if (!out.rejectedFields.contains(key))
            out.rejectedFields.append(key);
    };
    const auto text = [&](const QString &key) {
        return answer.value(key).isString() ? answer.value(key).toString().simplified() : QString();
    };

    // Structured fields the offline engine read from the text win; the LLM only fills gaps.
    if (lead.phones.isEmpty()) {
        for (const QJsonValue &value : answer.value(kPhones).toArray()) {
            const auto phone = m_phones.normalize(value.toString());
            const QString national = phone ? digitsOf(phone->nationalDigits) : QString();
            const QString significant = national.startsWith(u'0') ? national.mid(1) : national;
            if (phone && significant.size() >= 7 && messageDigits.contains(significant)) {
                if (!lead.phones.contains(phone->e164))
                    lead.phones.append(phone->e164);
            } else {
                rejected(kPhones);
            }
        }
        if (!lead.phones.isEmpty())
            filled(kPhones);
    }
    if (lead.emails.isEmpty()) {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$"));
        for (const QJsonValue &value : answer.value(kEmails).toArray()) {
            const QString address = ArabicText::fold(value.toString()).trimmed();
            if (email.match(address).hasMatch() && foldedMessage.contains(address)) {
                if (!lead.emails.contains(address))
                    lead.emails.append(address);
            } else {
                rejected(kEmails);
            }
        }
        if (!lead.emails.isEmpty())
            filled(kEmails);
    }
    if (lead.products.isEmpty()) {
        for (const QJsonValue &value : answer.value(kProductIds).toArray()) {
            const QString id = value.toString().trimmed();
            const auto product = std::find_if(m_catalog.products().begin(), m_catalog.products().end(),
                                              [&](const CatalogProduct &p) { return p.id == id; });
            if (product == m_catalog.products().end()) {
                rejected(kProducts);
                continue;
            }
            if (std::none_of(lead.products.begin(), lead.products.end(),
                             [&](const ProductMatch &m) { return m.productId == id; }))
                lead.products.append(
                    ProductMatch { id, product->nameEn.isEmpty() ? product->nameAr : product->nameEn, 0.5 });
        }
        if (!lead.products.isEmpty())
            filled(kProducts);
    }
    if (!lead.quantity && answer.value(kQuantity).isDouble()) {
        const double quantity = answer.value(kQuantity).toDouble();
        if (quantity > 0 && quantity <= 1e6 && std::isfinite(quantity)) {
            lead.quantity = quantity;
            filled(kQuantity);
        } else {
            rejected(kQuantity);
        }
    }
    if (!lead.amountMinor && answer.value(kAmount).isDouble()) {
        const double amount = answer.value(kAmount).toDouble();
        const QString currency = text(kCurrency).toUpper();
        const bool known = Money::knownCurrencies().contains(currency);
        if (known && amount > 0 && amount <= 1e10 && std::isfinite(amount)) {
            lead.amountMinor = qint64(std::llround(amount * std::pow(10.0, Money::minorDigits(currency))));
            lead.currency = currency;
            filled(kAmount);
            filled(kCurrency);
        } else {
            rejected(kAmount);
        }
    }

    // Free-text fields: the LLM may fill what the rules left empty, grounded in the message.
    const auto fillText = [&](const QString &key, QString &field, bool grounded, int maxLength,
                              int maxWords) {
        const QString value = text(key);
        if (!field.isEmpty() || value.isEmpty())
            return;
        if (grounded ? groundedText(value, messageTokens, maxLength, maxWords)
                     : value.size() <= maxLength && ArabicText::searchTokens(value).size() <= maxWords) {
            field = value;
            filled(key);
        } else {
            rejected(key);
        }
    };
    fillText(kCustomerName, lead.customerName, true, 80, 5);
    fillText(kCompany, lead.company, true, 120, 8);
    fillText(kCity, lead.city, false, 40, 3);
    const QString type = text(kLeadType).toLower();
    if (!type.isEmpty() && (lead.leadType.isEmpty() || lead.leadType == u"general")
        && type != lead.leadType) {
        if (leadTypes().contains(type)) {
            lead.leadType = type;
            filled(kLeadType);
        } else {
            rejected(kLeadType);
        }
    }
    return out;
}

} // namespace OmniCrm
