// Proves ImportPreviewer: Arabic and English headers are recognised with the file's encoding and
// delimiter; every bad phone and e-mail is flagged on its own row and cell, a missing name on the
// name cells, duplicates of the store and of earlier rows on the matching cell; a new mapping
// changes what is checked; vCard files preview by field; binary files are refused; nothing is
// written; and the record count matches what the importer reads.
#include "crmtestsupport.h"
#include "importfield.h"
#include "importpreview.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace OmniCrm;
using OmniCrm::Test::why;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(OMNICRM_TEST_DATA_DIR "/import/") + name;
}

QStringList fieldsOf(const ImportPreview &preview)
{
    QStringList fields;
    for (const PreviewColumn &column : preview.columns)
        fields.append(column.field);
    return fields;
}

QList<PreviewProblem> problemsAt(const PreviewRow &row, int column)
{
    QList<PreviewProblem> problems;
    for (const PreviewIssue &issue : row.issuesAt(column))
        problems.append(issue.problem);
    return problems;
}

} // namespace

class tst_ImportPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fx.close(); }

    void arabicHeadersAreRecognisedAndBadPhoneIsFlaggedOnItsRow();
    void readsArabicExcelAndWindows1256Samples();
    void flagsEveryBadCellAndMissingName();
    void flagsDuplicatesOfStoreAndOfEarlierRows();
    void remappingChangesWhatIsChecked();
    void unrecognisedHeadersStillShowTheRows();
    void malformedRowIsRejected();
    void companiesAreCheckedAsCompanies();
    void vcardPreviewsByField();
    void binaryFileIsRefused_data();
    void binaryFileIsRefused();
    void previewStopsAtMaxRowsAndWritesNothing();
    void countRecordsMatchesTheFileAndStops();
    void agreesWithDryRunImport();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    Result<ImportPreview> previewOf(const QString &path, ImportKind kind = ImportKind::Contacts,
                                    const ColumnMapping &mapping = {});

    Test::StoreFixture m_fx;
    std::unique_ptr<QTemporaryDir> m_files;
};

void tst_ImportPreview::init()
{
    const QString failed = m_fx.create();
    QVERIFY2(failed.isEmpty(), why(failed));
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
}

QString tst_ImportPreview::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_files->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

Result<ImportPreview> tst_ImportPreview::previewOf(const QString &path, ImportKind kind,
                                                   const ColumnMapping &mapping)
{
    ImportPreviewer previewer(m_fx->contacts(), m_fx->companies());
    ImportPreviewOptions options;
    options.kind = kind;
    options.mapping = mapping;
    return previewer.preview(path, options);
}

void tst_ImportPreview::arabicHeadersAreRecognisedAndBadPhoneIsFlaggedOnItsRow()
{
    const QString path = writeFile(QStringLiteral("contacts.csv"),
                                   QStringLiteral("الاسم,الجوال,البريد الإلكتروني,المدينة\n"
                                                  "سارة القحطاني,0551234567,sara@example.sa,الرياض\n"
                                                  "محمد الغامدي,12345,m.ghamdi@example.sa,جدة\n"
                                                  "Faisal Al-Harbi,+966 50 111 2222,faisal@harbi.sa,Riyadh\n")
                                       .toUtf8());
    const auto preview = previewOf(path);
    QVERIFY2(preview.ok(), why(preview));
    QCOMPARE(fieldsOf(*preview),
             (QStringList { QStringLiteral("name"), QStringLiteral("mobile"), QStringLiteral("email"),
                            QStringLiteral("city") }));
    QCOMPARE(preview->columns.at(1).header, QStringLiteral("الجوال"));
    QCOMPARE(preview->encoding, TextEncoding::Utf8);
    QCOMPARE(preview->delimiter, QLatin1Char(','));
    QCOMPARE(preview->rows.size(), 3);
    QVERIFY(!preview->moreRows);

    const PreviewRow &bad = preview->rows.at(1);
    QCOMPARE(bad.line, 3);
    QCOMPARE(bad.cells.at(1), QStringLiteral("12345"));
    QCOMPARE(bad.outcome, PreviewOutcome::Rejected);
    QCOMPARE(problemsAt(bad, 1), QList<PreviewProblem> { PreviewProblem::BadPhone });
    QCOMPARE(bad.issuesAt(1).constFirst().error.code, ErrorCode::InvalidPhone);
    QCOMPARE(bad.issuesAt(1).constFirst().value, QStringLiteral("12345"));
    for (int column : { -1, 0, 2, 3 })
        QVERIFY2(bad.issuesAt(column).isEmpty(), "only the phone cell is flagged");

    for (int row : { 0, 2 }) {
        QCOMPARE(preview->rows.at(row).outcome, PreviewOutcome::Ready);
        QVERIFY(preview->rows.at(row).issues.isEmpty());
    }
    QCOMPARE(preview->count(PreviewOutcome::Ready), 2);
    QCOMPARE(preview->count(PreviewOutcome::Rejected), 1);
}

void tst_ImportPreview::readsArabicExcelAndWindows1256Samples()
{
    const auto excel = previewOf(fixture(QStringLiteral("arabic_excel.csv")));
    QVERIFY2(excel.ok(), why(excel));
    QCOMPARE(excel->encoding, TextEncoding::Utf8Bom);
    QCOMPARE(excel->delimiter, QLatin1Char(';'));
    QCOMPARE(fieldsOf(*excel),
             (QStringList { QStringLiteral("name"), QStringLiteral("mobile"), QStringLiteral("mobile"),
                            QStringLiteral("email"), QStringLiteral("company"), QStringLiteral("city"),
                            QStringLiteral("notes"), QStringLiteral("tags") }));
    QCOMPARE(excel->rows.size(), 2); // the row of empty cells is not a record
    QCOMPARE(excel->rows.at(0).cells.at(6), QStringLiteral("ملاحظة على\nسطرين; مع فاصلة منقوطة"));
    QCOMPARE(excel->rows.at(1).line, 4); // the quoted note spans lines 2 and 3
    QCOMPARE(excel->count(PreviewOutcome::Ready), 2);

    const auto legacy = previewOf(fixture(QStringLiteral("arabic_cp1256.csv")));
    QVERIFY2(legacy.ok(), why(legacy));
    QCOMPARE(legacy->encoding, TextEncoding::Windows1256);
    QCOMPARE(legacy->columns.at(0).header, QStringLiteral("الاسم"));
    QCOMPARE(fieldsOf(*legacy),
             (QStringList { QStringLiteral("name"), QStringLiteral("mobile"), QStringLiteral("company"),
                            QStringLiteral("city") }));
    QCOMPARE(legacy->rows.at(1).cells.at(0), QStringLiteral("ريم الحربي"));
}

void tst_ImportPreview::flagsEveryBadCellAndMissingName()
{
    const QString path
        = writeFile(QStringLiteral("bad.csv"),
                    QByteArrayLiteral("First Name,Last Name,Mobile Phone,Business Phone,E-mail Address\n"
                                      "Noura,Al-Otaibi,05x5123456,011 222 3333,noura@@example\n"
                                      ",,0551234567,,nameless@example.sa\n"));
    const auto preview = previewOf(path);
    QVERIFY2(preview.ok(), why(preview));
    QCOMPARE(fieldsOf(*preview),
             (QStringList { QStringLiteral("first_name"), QStringLiteral("last_name"),
                            QStringLiteral("mobile"), QStringLiteral("phone"), QStringLiteral("email") }));

    const PreviewRow &both = preview->rows.at(0);
    QCOMPARE(both.outcome, PreviewOutcome::Rejected);
    QCOMPARE(problemsAt(both, 2), QList<PreviewProblem> { PreviewProblem::BadPhone });
    QVERIFY2(both.issuesAt(3).isEmpty(), "the good landline is not flagged");
    QCOMPARE(problemsAt(both, 4), QList<PreviewProblem> { PreviewProblem::BadEmail });
    QCOMPARE(both.issuesAt(4).constFirst().error.code, ErrorCode::InvalidEmail);

    const PreviewRow &nameless = preview->rows.at(1);
    QCOMPARE(nameless.outcome, PreviewOutcome::Rejected);
    QCOMPARE(problemsAt(nameless, 0), QList<PreviewProblem> { PreviewProblem::MissingName });
    QCOMPARE(problemsAt(nameless, 1), QList<PreviewProblem> { PreviewProblem::MissingName });
    QVERIFY(nameless.issuesAt(2).isEmpty());
}

void tst_ImportPreview::flagsDuplicatesOfStoreAndOfEarlierRows()
{
    ContactDraft existing;
    existing.fullName = QStringLiteral("سارة القحطاني");
    existing.phones.append(PhoneDraft { QStringLiteral("0551234567") });
    const auto id = m_fx->contacts().create(existing);
    QVERIFY2(id.ok(), why(id));

    const QString path = writeFile(QStringLiteral("dupes.csv"),
                                   QStringLiteral("الاسم,الجوال,البريد الإلكتروني\n"
                                                  "سارة,+966 55 123 4567,new@example.sa\n"
                                                  "خالد,0501112222,khalid@example.sa\n"
                                                  "خالد الدوسري,0509998888,KHALID@example.sa\n")
                                       .toUtf8());
    const auto preview = previewOf(path);
    QVERIFY2(preview.ok(), why(preview));

    const PreviewRow &ofStore = preview->rows.at(0);
    QCOMPARE(ofStore.outcome, PreviewOutcome::Skipped);
    QCOMPARE(problemsAt(ofStore, 1), QList<PreviewProblem> { PreviewProblem::Duplicate });
    QCOMPARE(ofStore.issuesAt(1).constFirst().duplicateId, *id);
    QCOMPARE(ofStore.issuesAt(1).constFirst().duplicateName, QStringLiteral("سارة القحطاني"));
    QVERIFY(ofStore.issuesAt(2).isEmpty());

    QCOMPARE(preview->rows.at(1).outcome, PreviewOutcome::Ready);

    const PreviewRow &ofFile = preview->rows.at(2);
    QCOMPARE(ofFile.outcome, PreviewOutcome::Skipped);
    QCOMPARE(problemsAt(ofFile, 2), QList<PreviewProblem> { PreviewProblem::DuplicateInFile });
    QCOMPARE(ofFile.issuesAt(2).constFirst().duplicateLine, 3);
    QVERIFY(ofFile.issuesAt(1).isEmpty());
}

void tst_ImportPreview::remappingChangesWhatIsChecked()
{
    const QString path = writeFile(QStringLiteral("remap.csv"),
                                   QStringLiteral("الاسم,الجوال,ملاحظات\n"
                                                  "ريم,12345,0551234567\n")
                                       .toUtf8());
    const auto detected = previewOf(path);
    QVERIFY2(detected.ok(), why(detected));
    QCOMPARE(fieldsOf(*detected),
             (QStringList { QStringLiteral("name"), QStringLiteral("mobile"), QStringLiteral("notes") }));
    QCOMPARE(problemsAt(detected->rows.at(0), 1), QList<PreviewProblem> { PreviewProblem::BadPhone });

    // The user says the first phone column is rubbish and the notes column holds the mobile.
    ColumnMapping mapping;
    QVERIFY(mapping.setColumn(QStringLiteral("الجوال"), QString()).ok());
    QVERIFY(mapping.setColumn(QStringLiteral("ملاحظات"), QStringLiteral("mobile")).ok());
    const auto remapped = previewOf(path, ImportKind::Contacts, mapping);
    QVERIFY2(remapped.ok(), why(remapped));
    QCOMPARE(fieldsOf(*remapped),
             (QStringList { QStringLiteral("name"), QString(), QStringLiteral("mobile") }));
    QCOMPARE(remapped->columns.at(1).recognised, QStringLiteral("mobile"));
    QCOMPARE(remapped->rows.at(0).outcome, PreviewOutcome::Ready);
    QVERIFY(remapped->rows.at(0).issues.isEmpty());

    // Mapping the good number away from mobile into a bad e-mail flags that cell instead.
    QVERIFY(mapping.setColumn(QStringLiteral("ملاحظات"), QStringLiteral("email")).ok());
    const auto asEmail = previewOf(path, ImportKind::Contacts, mapping);
    QVERIFY2(asEmail.ok(), why(asEmail));
    QCOMPARE(problemsAt(asEmail->rows.at(0), 2), QList<PreviewProblem> { PreviewProblem::BadEmail });
}

void tst_ImportPreview::unrecognisedHeadersStillShowTheRows()
{
    const QString path
        = writeFile(QStringLiteral("unknown.csv"), QByteArrayLiteral("foo;bar\nقيمة;0551234567\n"));
    const auto preview = previewOf(path);
    QVERIFY2(preview.ok(), why(preview));
    QCOMPARE(preview->mappedCount(), 0);
    QCOMPARE(preview->delimiter, QLatin1Char(';'));
    QCOMPARE(preview->rows.size(), 1);
    QCOMPARE(preview->rows.at(0).cells,
             (QStringList { QStringLiteral("قيمة"), QStringLiteral("0551234567") }));

    ColumnMapping mapping;
    QVERIFY(mapping.setColumn(QStringLiteral("foo"), QStringLiteral("name")).ok());
    QVERIFY(mapping.setColumn(QStringLiteral("bar"), QStringLiteral("mobile")).ok());
    const auto mapped = previewOf(path, ImportKind::Contacts, mapping);
    QVERIFY2(mapped.ok(), why(mapped));
    QCOMPARE(mapped->mappedCount(), 2);
    QCOMPARE(mapped->rows.at(0).outcome, PreviewOutcome::Ready);
}

void tst_ImportPreview::malformedRowIsRejected()
{
    const QString path
        = writeFile(QStringLiteral("short.csv"),
                    QByteArrayLiteral("Name,Mobile,Email\nAli,0551234567\nOmar,0501112222,o@example.sa\n"));
    const auto preview = previewOf(path);
    QVERIFY2(preview.ok(), why(preview));
    QCOMPARE(preview->rows.size(), 2);
    QCOMPARE(preview->rows.at(0).outcome, PreviewOutcome::Rejected);
    QCOMPARE(problemsAt(preview->rows.at(0), -1), QList<PreviewProblem> { PreviewProblem::Malformed });
    QCOMPARE(preview->rows.at(1).outcome, PreviewOutcome::Ready);
}

void tst_ImportPreview::companiesAreCheckedAsCompanies()
{
    CompanyDraft existing;
    existing.name = QStringLiteral("شركة الأفق");
    const auto id = m_fx->companies().create(existing);
    QVERIFY2(id.ok(), why(id));

    const QString path = writeFile(QStringLiteral("companies.csv"),
                                   QStringLiteral("اسم الشركة,الهاتف,المدينة\n"
                                                  "شركة الافق,0112223333,الرياض\n"
                                                  ",0114445555,جدة\n"
                                                  "مؤسسة النخبة,999,الدمام\n"
                                                  "مؤسسة البناء,0126667777,مكة\n")
                                       .toUtf8());
    const auto preview = previewOf(path, ImportKind::Companies);
    QVERIFY2(preview.ok(), why(preview));
    QCOMPARE(preview->columns.at(0).field, QStringLiteral("name"));

    QCOMPARE(problemsAt(preview->rows.at(0), 0), QList<PreviewProblem> { PreviewProblem::Duplicate });
    QCOMPARE(preview->rows.at(0).issuesAt(0).constFirst().duplicateId, *id);
    QCOMPARE(problemsAt(preview->rows.at(1), 0), QList<PreviewProblem> { PreviewProblem::MissingName });
    QCOMPARE(problemsAt(preview->rows.at(2), 1), QList<PreviewProblem> { PreviewProblem::BadPhone });
    QCOMPARE(preview->rows.at(3).outcome, PreviewOutcome::Ready);
}

void tst_ImportPreview::vcardPreviewsByField()
{
    const auto preview = previewOf(fixture(QStringLiteral("contacts_v3.vcf")));
    QVERIFY2(preview.ok(), why(preview));
    QCOMPARE(preview->format, RecordFormat::VCard);
    QVERIFY(!preview->mappable());
    QCOMPARE(preview->rows.size(), 4); // three cards and one that names nobody
    const QStringList fields = fieldsOf(*preview);
    QCOMPARE(fields.constFirst(), QStringLiteral("name"));
    const int mobile = int(fields.indexOf(QStringLiteral("mobile")));
    QVERIFY(mobile > 0);
    QCOMPARE(preview->rows.at(0).cells.at(mobile), QStringLiteral("+966 55 123 4567, 0501112222"));
    QCOMPARE(preview->rows.at(0).outcome, PreviewOutcome::Ready);
    QCOMPARE(preview->rows.at(2).outcome, PreviewOutcome::Rejected);
    QCOMPARE(problemsAt(preview->rows.at(2), -1), QList<PreviewProblem> { PreviewProblem::Malformed });
}

void tst_ImportPreview::binaryFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("nul-bytes") << QByteArray("\x7f\x45\x4c\x46\x02\x01\x01\x00\x00\x00\x00\x00\x01\x02", 14);
    QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", 14);
}

void tst_ImportPreview::binaryFileIsRefused()
{
    QFETCH(QByteArray, bytes);
    const auto preview = previewOf(writeFile(QStringLiteral("binary.csv"), bytes.repeated(200)));
    QVERIFY(!preview.ok());
    QCOMPARE(preview.error().code, ErrorCode::Encoding);
}

void tst_ImportPreview::previewStopsAtMaxRowsAndWritesNothing()
{
    QByteArray csv("Name,Mobile,Email\n");
    for (int i = 0; i < 60; ++i)
        csv += QStringLiteral("عميل %1,05%2,c%1@example.sa\n")
                   .arg(i)
                   .arg(50000000 + i, 8, 10, QLatin1Char('0'))
                   .toUtf8();
    const QString path = writeFile(QStringLiteral("many.csv"), csv);
    const qint64 pendingBefore = m_fx.pending();

    const auto preview = previewOf(path);
    QVERIFY2(preview.ok(), why(preview));
    QCOMPARE(preview->rows.size(), 50);
    QVERIFY(preview->moreRows);
    QCOMPARE(preview->count(PreviewOutcome::Ready), 50);

    auto stats = m_fx->stats();
    QVERIFY2(stats.ok(), why(stats));
    QCOMPARE(stats->contacts, 0);
    QCOMPARE(m_fx.pending(), pendingBefore);
}

void tst_ImportPreview::countRecordsMatchesTheFileAndStops()
{
    QByteArray csv("Name,Mobile\n");
    for (int i = 0; i < 2500; ++i)
        csv += "Client " + QByteArray::number(i) + ",05" + QByteArray::number(50000000 + i) + "\n";
    csv += ",\n"; // blank: not a record
    const QString path = writeFile(QStringLiteral("count.csv"), csv);
    const auto count = ImportPreviewer::countRecords(path);
    QVERIFY2(count.ok(), why(count));
    QCOMPARE(*count, 2500);

    int asked = 0;
    const auto stopped = ImportPreviewer::countRecords(path, [&asked]() { return ++asked < 10; });
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
    QCOMPARE(asked, 10);

    const auto cards = ImportPreviewer::countRecords(fixture(QStringLiteral("contacts_v3.vcf")));
    QVERIFY2(cards.ok(), why(cards));
    QCOMPARE(*cards, 4);
}

void tst_ImportPreview::agreesWithDryRunImport()
{
    ContactDraft existing;
    existing.fullName = QStringLiteral("هند");
    existing.emails.append(QStringLiteral("hind@example.sa"));
    QVERIFY(m_fx->contacts().create(existing).ok());
    const QString path = writeFile(QStringLiteral("mixed.csv"),
                                   QStringLiteral("الاسم,الجوال,البريد الإلكتروني\n"
                                                  "أ,0551000001,a@example.sa\n"
                                                  "ب,123,b@example.sa\n"
                                                  ",0551000003,\n"
                                                  "د,0551000004,HIND@example.sa\n"
                                                  "هـ,+966551000001,\n"
                                                  "و,0551000006,bad@\n"
                                                  "ز,0551000007,z@example.sa\n")
                                       .toUtf8());
    const auto preview = previewOf(path);
    QVERIFY2(preview.ok(), why(preview));

    ImportOptions options;
    options.dryRun = true;
    const auto summary = m_fx->imports().importFile(path, options);
    QVERIFY2(summary.ok(), why(summary));
    QCOMPARE(preview->count(PreviewOutcome::Ready), int(summary->imported));
    QCOMPARE(preview->count(PreviewOutcome::Skipped), int(summary->skippedDuplicates));
    QCOMPARE(preview->count(PreviewOutcome::Rejected), int(summary->errors.size()));
    QCOMPARE(summary->imported, 2);
    for (const ImportRowError &error : summary->errors) {
        const auto row = std::find_if(preview->rows.cbegin(), preview->rows.cend(),
                                      [&](const PreviewRow &r) { return r.line == error.line; });
        QVERIFY(row != preview->rows.cend());
        QCOMPARE(row->outcome, PreviewOutcome::Rejected);
    }
}

QTEST_GUILESS_MAIN(tst_ImportPreview)
#include "tst_importpreview.moc"
