// Proves header recognition in Arabic and English (including real exports of Google Contacts,
// Outlook, HubSpot, Zoho and Salesforce) and that a mapping file overrides it, ignores columns
// on request, and is refused, naming the column, when it targets an unknown field.
#include "columnmapping.h"
#include "iotestsupport.h"
#include "testsupport.h"

#include <QTest>

using namespace OmniCrm;
using OmniCrm::Test::fixturePath;
using OmniCrm::Test::why;

class tst_ColumnMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesHeader_data();
    void recognisesHeader();
    void reportsUnrecognisedHeaders();
    void companiesImportNamesTheCompany();
    void outlookTitleIsAnHonorific();
    void mappingFileOverridesRecognition();
    void mappingFileRejectsUnknownField();
    void mappingRejectsMalformedJson_data();
    void mappingRejectsMalformedJson();
    void missingMappingFileIsIoError();
};

void tst_ColumnMapping::recognisesHeader_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, const QString &header, const char *field) {
        QTest::newRow(name) << header << QString::fromLatin1(field);
    };
    // Arabic, with the spelling variants people type.
    row("ar-name", QStringLiteral("الاسم"), "name");
    row("ar-full-name", QStringLiteral("الاسم الكامل"), "name");
    row("ar-name-diacritics-tatweel", QStringLiteral("الاســـمُ"), "name");
    row("ar-first-name", QStringLiteral("الاسم الأول"), "first_name");
    row("ar-first-name-plain-alef", QStringLiteral("الاسم الاول"), "first_name");
    row("ar-family", QStringLiteral("اسم العائلة"), "last_name");
    row("ar-family-heh", QStringLiteral("اسم العائله"), "last_name");
    row("ar-mobile", QStringLiteral("الجوال"), "mobile");
    row("ar-mobile-no-article", QStringLiteral("جوال"), "mobile");
    row("ar-mobile-number", QStringLiteral("رقم الجوال"), "mobile");
    row("ar-mobile-numbered", QStringLiteral("رقم الجوال ٢"), "mobile");
    row("ar-whatsapp", QStringLiteral("واتساب"), "mobile");
    row("ar-phone", QStringLiteral("الهاتف"), "phone");
    row("ar-phone-bare", QStringLiteral("هاتف"), "phone");
    row("ar-phone-number", QStringLiteral("رقم الهاتف"), "phone");
    row("ar-number", QStringLiteral("رقم"), "phone");
    row("ar-mail", QStringLiteral("البريد"), "email");
    row("ar-email", QStringLiteral("البريد الإلكتروني"), "email");
    row("ar-email-no-hamza", QStringLiteral("البريد الالكتروني"), "email");
    row("ar-email-loan", QStringLiteral("الإيميل"), "email");
    row("ar-email-loan-bare", QStringLiteral("ايميل"), "email");
    row("ar-company", QStringLiteral("الشركة"), "company");
    row("ar-company-name", QStringLiteral("اسم الشركة"), "company");
    row("ar-establishment", QStringLiteral("المؤسسة"), "company");
    row("ar-city", QStringLiteral("المدينة"), "city");
    row("ar-country", QStringLiteral("الدولة"), "country");
    row("ar-country-2", QStringLiteral("البلد"), "country");
    row("ar-address", QStringLiteral("العنوان"), "address");
    row("ar-website", QStringLiteral("الموقع"), "website");
    row("ar-notes", QStringLiteral("ملاحظات"), "notes");
    row("ar-tags", QStringLiteral("الوسوم"), "tags");
    row("ar-title", QStringLiteral("المسمى الوظيفي"), "title");
    row("ar-job", QStringLiteral("الوظيفة"), "title");
    row("ar-industry", QStringLiteral("القطاع"), "industry");
    row("ar-field", QStringLiteral("المجال"), "industry");
    row("ar-source", QStringLiteral("المصدر"), "source");
    row("ar-vat", QStringLiteral("الرقم الضريبي"), "vat_number");
    row("ar-cr", QStringLiteral("السجل التجاري"), "cr_number");
    row("ar-rtl-mark", QStringLiteral("\u200Fالجوال"), "mobile");
    // English, any case and spacing.
    row("en-name", QStringLiteral("Name"), "name");
    row("en-full-name", QStringLiteral("  FULL   name "), "name");
    row("en-contact-name", QStringLiteral("Contact Name"), "name");
    row("en-display-name", QStringLiteral("Display Name"), "name");
    row("en-first", QStringLiteral("first_name"), "first_name");
    row("en-given", QStringLiteral("Given Name"), "first_name");
    row("en-surname", QStringLiteral("Surname"), "last_name");
    row("en-family", QStringLiteral("Family Name"), "last_name");
    row("en-mobile", QStringLiteral("Mobile"), "mobile");
    row("en-cell", QStringLiteral("cell"), "mobile");
    row("en-whatsapp", QStringLiteral("WhatsApp"), "mobile");
    row("en-mobile-2", QStringLiteral("mobile_2"), "mobile");
    row("en-tel", QStringLiteral("Tel."), "phone");
    row("en-work-phone", QStringLiteral("Work Phone"), "phone");
    row("en-email-dash", QStringLiteral("E-mail"), "email");
    row("en-mail", QStringLiteral("mail"), "email");
    row("en-organisation", QStringLiteral("Organisation"), "company");
    row("en-account", QStringLiteral("Account"), "company");
    row("en-town", QStringLiteral("Town"), "city");
    row("en-url", QStringLiteral("URL"), "website");
    row("en-comments", QStringLiteral("Comments"), "notes");
    row("en-labels", QStringLiteral("Labels"), "tags");
    row("en-position", QStringLiteral("Position"), "title");
    row("en-lead-source", QStringLiteral("Lead Source"), "source");
    row("en-created", QStringLiteral("created_at"), "created_at");
    // Real exports.
    row("google-email", QStringLiteral("E-mail 1 - Value"), "email");
    row("google-phone", QStringLiteral("Phone 2 - Value"), "phone");
    row("google-org", QStringLiteral("Organization 1 - Name"), "company");
    row("google-org-title", QStringLiteral("Organization 1 - Title"), "title");
    row("google-city", QStringLiteral("Address 1 - City"), "city");
    row("google-website", QStringLiteral("Website 1 - Value"), "website");
    row("google-groups", QStringLiteral("Group Membership"), "tags");
    row("outlook-email", QStringLiteral("E-mail Address"), "email");
    row("outlook-email-2", QStringLiteral("E-mail 2 Address"), "email");
    row("outlook-mobile", QStringLiteral("Mobile Phone"), "mobile");
    row("outlook-business-phone", QStringLiteral("Business Phone"), "phone");
    row("outlook-country", QStringLiteral("Business Country/Region"), "country");
    row("outlook-web", QStringLiteral("Web Page"), "website");
    row("outlook-categories", QStringLiteral("Categories"), "tags");
    row("crm-account-name", QStringLiteral("Account Name"), "company");
    row("crm-mailing-city", QStringLiteral("Mailing City"), "city");
    row("crm-record-id", QStringLiteral("Record ID"), "id");
    row("crm-create-date", QStringLiteral("Create Date"), "created_at");
    row("crm-description", QStringLiteral("Description"), "notes");
    row("unknown", QStringLiteral("Favourite Colour"), "");
    row("phone-type-column", QStringLiteral("Phone 1 - Type"), "");
}

void tst_ColumnMapping::recognisesHeader()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    QCOMPARE(ColumnMapping::recognise(header), field);
}

void tst_ColumnMapping::reportsUnrecognisedHeaders()
{
    const HeaderMapping mapping = ColumnMapping::detect(
        { QStringLiteral("الاسم"), QStringLiteral("Shoe Size"), QString(), QStringLiteral("الجوال") });
    QCOMPARE(mapping.fields,
             (QStringList { QStringLiteral("name"), QString(), QString(), QStringLiteral("mobile") }));
    QCOMPARE(mapping.unrecognised, QStringList { QStringLiteral("Shoe Size") });
    QCOMPARE(mapping.mappedCount(), 2);
}

void tst_ColumnMapping::companiesImportNamesTheCompany()
{
    const QStringList headers { QStringLiteral("اسم الشركة"), QStringLiteral("الرقم الضريبي"),
                                QStringLiteral("Phone") };
    QCOMPARE(ColumnMapping::detect(headers, ImportKind::Companies).fields,
             (QStringList { QStringLiteral("name"), QStringLiteral("vat_number"), QStringLiteral("phone") }));
    QCOMPARE(ColumnMapping::detect(headers, ImportKind::Contacts).fields.constFirst(),
             QStringLiteral("company"));
}

void tst_ColumnMapping::outlookTitleIsAnHonorific()
{
    const HeaderMapping mapping = ColumnMapping::detect(
        { QStringLiteral("Title"), QStringLiteral("First Name"), QStringLiteral("Job Title") });
    QCOMPARE(mapping.fields,
             (QStringList { QString(), QStringLiteral("first_name"), QStringLiteral("title") }));
    QCOMPARE(mapping.unrecognised, QStringList { QStringLiteral("Title") });
    // Alone, "Title" is the job title.
    QCOMPARE(ColumnMapping::detect({ QStringLiteral("Title") }).fields,
             QStringList { QStringLiteral("title") });
}

void tst_ColumnMapping::mappingFileOverridesRecognition()
{
    const auto mapping = ColumnMapping::fromFile(fixturePath(QStringLiteral("mapping.json")));
    QVERIFY2(mapping.ok(), why(mapping));
    const HeaderMapping result
        = mapping->applyTo({ QStringLiteral("الاسم"), QStringLiteral("phone"), QStringLiteral("رقم العضوية"),
                             QStringLiteral("Internal Code"), QStringLiteral("Fax") });
    QCOMPARE(result.fields,
             (QStringList { QStringLiteral("name"), QStringLiteral("mobile"), QStringLiteral("id"), QString(),
                            QString() }));
    QCOMPARE(result.unrecognised,
             QStringList { QStringLiteral("Fax") }); // "Internal Code" was ignored on purpose
}

void tst_ColumnMapping::mappingFileRejectsUnknownField()
{
    const auto mapping = ColumnMapping::fromFile(fixturePath(QStringLiteral("mapping_unknown_field.json")));
    QVERIFY(!mapping.ok());
    QCOMPARE(mapping.error().code, ErrorCode::Parse);
    QCOMPARE(mapping.error().field, QStringLiteral("Phone"));
    QVERIFY2(mapping.error().detail.contains(QLatin1String("\"fax_number\"")),
             qPrintable(mapping.error().detail));
}

void tst_ColumnMapping::mappingRejectsMalformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not-json") << QByteArray("{columns: nope");
    QTest::newRow("array") << QByteArray("[1, 2]");
    QTest::newRow("no-columns") << QByteArray("{\"fields\": {}}");
    QTest::newRow("columns-not-object") << QByteArray("{\"columns\": [\"name\"]}");
    QTest::newRow("field-not-string") << QByteArray("{\"columns\": {\"Phone\": 3}}");
    QTest::newRow("empty-field") << QByteArray("{\"columns\": {\"Phone\": \"\"}}");
}

void tst_ColumnMapping::mappingRejectsMalformedJson()
{
    QFETCH(QByteArray, json);
    const auto mapping = ColumnMapping::fromJson(json, QStringLiteral("m.json"));
    QVERIFY(!mapping.ok());
    QCOMPARE(mapping.error().code, ErrorCode::Parse);
    QVERIFY(mapping.error().detail.startsWith(QLatin1String("mapping file m.json: ")));
}

void tst_ColumnMapping::missingMappingFileIsIoError()
{
    const auto mapping = ColumnMapping::fromFile(fixturePath(QStringLiteral("no-such-mapping.json")));
    QVERIFY(!mapping.ok());
    QCOMPARE(mapping.error().code, ErrorCode::Io);
}

QTEST_GUILESS_MAIN(tst_ColumnMapping)
#include "tst_columnmapping.moc"
