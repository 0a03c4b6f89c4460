#include "columnmapping.h"
#include "importfield.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace OmniCrm {

namespace {

struct Alias
{
    QStringView field;
    const char16_t *header;
};

// Headers as people and tools write them; folded once into a lookup table. Digits are
// dropped by folding, so "E-mail 2 Address" and "Phone 1 - Value" need no numbered entries.
// clang-format off
constexpr Alias aliases[] = {
    // name
    { Field::Name, u"name" }, { Field::Name, u"full name" }, { Field::Name, u"contact name" },
    { Field::Name, u"display name" }, { Field::Name, u"contact" }, { Field::Name, u"customer name" },
    { Field::Name, u"client name" }, { Field::Name, u"customer" }, { Field::Name, u"client" },
    { Field::Name, u"lead name" }, { Field::Name, u"الاسم" }, { Field::Name, u"الاسم الكامل" },
    { Field::Name, u"الاسم بالكامل" }, { Field::Name, u"الاسم الثلاثي" }, { Field::Name, u"اسم العميل" },
    { Field::Name, u"اسم جهة الاتصال" }, { Field::Name, u"العميل" }, { Field::Name, u"جهة الاتصال" },
    // first_name
    { Field::FirstName, u"first name" }, { Field::FirstName, u"given name" }, { Field::FirstName, u"first" },
    { Field::FirstName, u"forename" }, { Field::FirstName, u"الاسم الأول" },
    // last_name
    { Field::LastName, u"last name" }, { Field::LastName, u"surname" }, { Field::LastName, u"family name" },
    { Field::LastName, u"last" }, { Field::LastName, u"اسم العائلة" }, { Field::LastName, u"العائلة" },
    { Field::LastName, u"الاسم الأخير" }, { Field::LastName, u"اللقب" },
    // mobile
    { Field::Mobile, u"mobile" }, { Field::Mobile, u"cell" }, { Field::Mobile, u"mobile phone" },
    { Field::Mobile, u"cell phone" }, { Field::Mobile, u"mobile number" }, { Field::Mobile, u"cell number" },
    { Field::Mobile, u"mobile phone number" }, { Field::Mobile, u"mobile no" }, { Field::Mobile, u"whatsapp" },
    { Field::Mobile, u"whatsapp number" }, { Field::Mobile, u"الجوال" }, { Field::Mobile, u"رقم الجوال" },
    { Field::Mobile, u"الموبايل" }, { Field::Mobile, u"رقم الموبايل" }, { Field::Mobile, u"الهاتف المحمول" },
    { Field::Mobile, u"المحمول" }, { Field::Mobile, u"رقم المحمول" }, { Field::Mobile, u"واتساب" },
    { Field::Mobile, u"واتس اب" }, { Field::Mobile, u"رقم الواتساب" }, { Field::Mobile, u"رقم الواتس" },
    // phone
    { Field::Phone, u"phone" }, { Field::Phone, u"telephone" }, { Field::Phone, u"tel" },
    { Field::Phone, u"phone number" }, { Field::Phone, u"telephone number" }, { Field::Phone, u"phone no" },
    { Field::Phone, u"work phone" }, { Field::Phone, u"business phone" }, { Field::Phone, u"home phone" },
    { Field::Phone, u"other phone" }, { Field::Phone, u"primary phone" }, { Field::Phone, u"office phone" },
    { Field::Phone, u"company main phone" }, { Field::Phone, u"landline" }, { Field::Phone, u"phone value" },
    { Field::Phone, u"الهاتف" }, { Field::Phone, u"رقم الهاتف" }, { Field::Phone, u"رقم" },
    { Field::Phone, u"التلفون" }, { Field::Phone, u"الهاتف الثابت" }, { Field::Phone, u"الهاتف الأرضي" },
    { Field::Phone, u"هاتف العمل" }, { Field::Phone, u"رقم التواصل" },
    // email
    { Field::Email, u"email" }, { Field::Email, u"e-mail" }, { Field::Email, u"mail" },
    { Field::Email, u"email address" }, { Field::Email, u"email value" }, { Field::Email, u"work email" },
    { Field::Email, u"business email" }, { Field::Email, u"personal email" }, { Field::Email, u"home email" },
    { Field::Email, u"primary email" }, { Field::Email, u"البريد" }, { Field::Email, u"البريد الإلكتروني" },
    { Field::Email, u"الإيميل" }, { Field::Email, u"ايميل" }, { Field::Email, u"عنوان البريد الإلكتروني" },
    // company
    { Field::Company, u"company" }, { Field::Company, u"company name" }, { Field::Company, u"organization" },
    { Field::Company, u"organisation" }, { Field::Company, u"organization name" },
    { Field::Company, u"organisation name" }, { Field::Company, u"account" }, { Field::Company, u"account name" },
    { Field::Company, u"employer" }, { Field::Company, u"الشركة" }, { Field::Company, u"اسم الشركة" },
    { Field::Company, u"المؤسسة" }, { Field::Company, u"اسم المؤسسة" }, { Field::Company, u"المنشأة" },
    { Field::Company, u"اسم المنشأة" }, { Field::Company, u"جهة العمل" },
    // title
    { Field::Title, u"title" }, { Field::Title, u"job title" }, { Field::Title, u"position" },
    { Field::Title, u"job" }, { Field::Title, u"role" }, { Field::Title, u"designation" },
    { Field::Title, u"organization title" }, { Field::Title, u"المسمى الوظيفي" }, { Field::Title, u"الوظيفة" },
    { Field::Title, u"المنصب" }, { Field::Title, u"المسمى" },
    // city
    { Field::City, u"city" }, { Field::City, u"town" }, { Field::City, u"business city" },
    { Field::City, u"home city" }, { Field::City, u"other city" }, { Field::City, u"mailing city" },
    { Field::City, u"billing city" }, { Field::City, u"address city" }, { Field::City, u"المدينة" },
    // country
    { Field::Country, u"country" }, { Field::Country, u"country/region" },
    { Field::Country, u"business country/region" }, { Field::Country, u"home country/region" },
    { Field::Country, u"mailing country" }, { Field::Country, u"billing country" },
    { Field::Country, u"address country" }, { Field::Country, u"الدولة" }, { Field::Country, u"البلد" },
    // address
    { Field::Address, u"address" }, { Field::Address, u"street" }, { Field::Address, u"street address" },
    { Field::Address, u"business street" }, { Field::Address, u"home street" },
    { Field::Address, u"mailing street" }, { Field::Address, u"billing street" },
    { Field::Address, u"address formatted" },
    { Field::Address, u"full address" }, { Field::Address, u"address line" }, { Field::Address, u"العنوان" },
    // website
    { Field::Website, u"website" }, { Field::Website, u"web" }, { Field::Website, u"url" },
    { Field::Website, u"web page" }, { Field::Website, u"web site" }, { Field::Website, u"website url" },
    { Field::Website, u"homepage" }, { Field::Website, u"website value" }, { Field::Website, u"الموقع" },
    { Field::Website, u"الموقع الإلكتروني" }, { Field::Website, u"رابط الموقع" },
    // notes
    { Field::Notes, u"notes" }, { Field::Notes, u"note" }, { Field::Notes, u"comments" },
    { Field::Notes, u"comment" }, { Field::Notes, u"description" }, { Field::Notes, u"remarks" },
    { Field::Notes, u"ملاحظات" }, { Field::Notes, u"ملاحظة" }, { Field::Notes, u"الوصف" },
    { Field::Notes, u"تعليقات" },
    // tags
    { Field::Tags, u"tags" }, { Field::Tags, u"tag" }, { Field::Tags, u"labels" }, { Field::Tags, u"label" },
    { Field::Tags, u"categories" }, { Field::Tags, u"category" }, { Field::Tags, u"group membership" },
    { Field::Tags, u"الوسوم" }, { Field::Tags, u"الوسم" }, { Field::Tags, u"التصنيف" },
    { Field::Tags, u"التصنيفات" }, { Field::Tags, u"العلامات" },
    // industry
    { Field::Industry, u"industry" }, { Field::Industry, u"sector" }, { Field::Industry, u"business type" },
    { Field::Industry, u"القطاع" }, { Field::Industry, u"المجال" }, { Field::Industry, u"النشاط" },
    { Field::Industry, u"مجال العمل" },
    // source
    { Field::Source, u"source" }, { Field::Source, u"lead source" }, { Field::Source, u"original source" },
    { Field::Source, u"contact source" }, { Field::Source, u"المصدر" }, { Field::Source, u"مصدر العميل" },
    // id
    { Field::Id, u"id" }, { Field::Id, u"record id" }, { Field::Id, u"contact id" }, { Field::Id, u"uid" },
    { Field::Id, u"external id" }, { Field::Id, u"المعرف" }, { Field::Id, u"الرقم التعريفي" },
    // created_at
    { Field::CreatedAt, u"created at" }, { Field::CreatedAt, u"created" }, { Field::CreatedAt, u"create date" },
    { Field::CreatedAt, u"created date" }, { Field::CreatedAt, u"created time" },
    { Field::CreatedAt, u"created on" }, { Field::CreatedAt, u"creation date" },
    { Field::CreatedAt, u"date created" }, { Field::CreatedAt, u"تاريخ الإنشاء" },
    { Field::CreatedAt, u"تاريخ الإضافة" }, { Field::CreatedAt, u"تاريخ التسجيل" },
    // vat_number
    { Field::VatNumber, u"vat number" }, { Field::VatNumber, u"vat" }, { Field::VatNumber, u"vat no" },
    { Field::VatNumber, u"vat registration number" }, { Field::VatNumber, u"tax number" },
    { Field::VatNumber, u"tax id" }, { Field::VatNumber, u"trn" }, { Field::VatNumber, u"الرقم الضريبي" },
    { Field::VatNumber, u"رقم ضريبة القيمة المضافة" },
    // cr_number
    { Field::CrNumber, u"cr number" }, { Field::CrNumber, u"cr" }, { Field::CrNumber, u"cr no" },
    { Field::CrNumber, u"commercial registration" }, { Field::CrNumber, u"commercial registration number" },
    { Field::CrNumber, u"السجل التجاري" }, { Field::CrNumber, u"رقم السجل التجاري" },
};
// clang-format on

const QHash<QString, QString> &aliasTable()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (const QStringView field : Field::all())
            t.insert(ColumnMapping::foldHeader(field), field.toString());
        for (const Alias &alias : aliases) {
            const QString key = ColumnMapping::foldHeader(QStringView(alias.header));
            Q_ASSERT_X(!t.contains(key) || t.value(key) == alias.field, "ColumnMapping", "ambiguous alias");
            t.insert(key, alias.field.toString());
        }
        return t;
    }();
    return table;
}

// Characters dropped from headers: Arabic diacritics, tatweel, bidi and joiner marks, BOM.
bool isIgnorable(char16_t c)
{
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || (c >= 0x200B && c <= 0x200F)
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

char16_t foldArabicLetter(char16_t c)
{
    switch (c) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
        return 0x0627; // ا
    case 0x0629: // ة
        return 0x0647; // ه
    case 0x0649: // ى
    case 0x06CC: // Persian yeh
        return 0x064A; // ي
    case 0x06A9: // Persian kaf
        return 0x0643; // ك
    default:
        return c;
    }
}

Error mappingError(const QString &origin, const QString &what, const QString &header = {})
{
    const QString where
        = origin.isEmpty() ? QStringLiteral("mapping") : QStringLiteral("mapping file ") + origin;
    return Error::make(ErrorCode::Parse, where + QStringLiteral(": ") + what, header);
}

} // namespace

int HeaderMapping::mappedCount() const
{
    return int(std::count_if(fields.cbegin(), fields.cend(), [](const QString &f) { return !f.isEmpty(); }));
}

QString ColumnMapping::foldHeader(QStringView header)
{
    QString result;
    QString word;
    const auto flushWord = [&] {
        // The Arabic article: "الجوال" and "جوال" are the same header.
        if (word.size() >= 4 && word.startsWith(u"\u0627\u0644"))
            result.append(QStringView(word).mid(2));
        else
            result.append(word);
        word.clear();
    };
    for (const QChar ch : header) {
        const char16_t c = ch.unicode();
        if (isIgnorable(c))
            continue;
        if (ch.isLetter()) {
            word.append(QChar(foldArabicLetter(ch.toLower().unicode())));
        } else if (!ch.isDigit()) { // digits vanish without splitting a word: "mobile2"
            flushWord();
        }
    }
    flushWord();
    return result;
}

QString ColumnMapping::recognise(QStringView header)
{
    return aliasTable().value(foldHeader(header));
}

HeaderMapping ColumnMapping::detect(const QStringList &headers, ImportKind kind)
{
    return ColumnMapping().applyTo(headers, kind);
}

Status ColumnMapping::setColumn(const QString &header, const QString &field)
{
    if (!field.isEmpty() && !Field::isKnown(field))
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("unknown field \"%1\"").arg(field),
                           header);
    m_exact.insert(header.trimmed(), field);
    m_folded.insert(foldHeader(header), field);
    return {};
}

HeaderMapping ColumnMapping::applyTo(const QStringList &headers, ImportKind kind) const
{
    HeaderMapping mapping;
    QList<bool> recognised;
    bool hasJobTitle = false;
    for (const QString &raw : headers) {
        const QString header = raw.trimmed();
        const QString folded = foldHeader(header);
        if (auto it = m_exact.constFind(header); it != m_exact.cend()) {
            mapping.fields.append(*it);
            recognised.append(false);
        } else if (auto f = m_folded.constFind(folded); !folded.isEmpty() && f != m_folded.cend()) {
            mapping.fields.append(*f);
            recognised.append(false);
        } else {
            QString field = aliasTable().value(folded);
            if (kind == ImportKind::Companies && field == Field::Company)
                field = Field::Name.toString();
            if (field.isEmpty() && !header.isEmpty())
                mapping.unrecognised.append(header);
            hasJobTitle = hasJobTitle || folded == u"jobtitle";
            mapping.fields.append(field);
            recognised.append(!field.isEmpty());
        }
    }
    // Outlook exports both "Title" (Mr., Dr.) and "Job Title": the bare one is an honorific.
    if (hasJobTitle) {
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (recognised[i] && foldHeader(headers[i]) == u"title") {
                mapping.fields[i].clear();
                mapping.unrecognised.append(headers[i].trimmed());
            }
        }
    }
    return mapping;
}

Result<ColumnMapping> ColumnMapping::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io,
                           QStringLiteral("mapping file %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

Result<ColumnMapping> ColumnMapping::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return mappingError(origin,
                            QStringLiteral("invalid JSON at offset %1: %2")
                                .arg(parseError.offset)
                                .arg(parseError.errorString()));
    if (!doc.isObject() || !doc.object().value(QLatin1String("columns")).isObject())
        return mappingError(origin,
                            QStringLiteral("expected an object {\"columns\": {\"header\": \"field\"}}"));

    ColumnMapping mapping;
    const QJsonObject columns = doc.object().value(QLatin1String("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const QString header = it.key();
        if (it.value().isNull()) {
            OMNICRM_TRY(mapping.setColumn(header, QString()));
            continue;
        }
        if (!it.value().isString())
            return mappingError(
                origin, QStringLiteral("column \"%1\": the field must be a string or null").arg(header),
                header);
        const QString field = it.value().toString();
        if (field.isEmpty() || !Field::isKnown(field))
            return mappingError(
                origin, QStringLiteral("column \"%1\": unknown field \"%2\"").arg(header, field), header);
        OMNICRM_TRY(mapping.setColumn(header, field));
    }
    return mapping;
}

} // namespace OmniCrm
