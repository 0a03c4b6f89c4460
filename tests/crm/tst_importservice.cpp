// Proves ImportService as it runs now: records are read, validated and prepared on a worker thread
// while the calling thread stores them. What it reports and stores must be exactly what taking
// the records one by one gives: the same counts, the same errors by line, field and message, in
// file order, duplicates found inside the file and against the store, one company per folded
// name, and nothing stored on cancel, on an unreadable file, in a dry run or in strict mode.
// Search documents are added once storing is done (in docid order): every record is found
// afterwards, and a failed import leaves nothing collected behind.
#include "crmtestsupport.h"
#include "csvimportsource.h"
#include "importfield.h"
#include "validation.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTest>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

namespace {

constexpr int kRows = 3000; // a dozen of the reader's chunks, and more than its queue holds

/// A contact file with every kind of record an import meets, at known lines: good ones, bad
/// phones, bad e-mails, missing names, rows with the wrong number of cells, a blank row, phones
/// and e-mails repeating earlier rows in other spellings, and companies that fold together.
QByteArray mixedCsv(int rows)
{
    const QStringList names { u"محمد العتيبي"_s, u"سارة القحطاني"_s, u"Omar Haddad"_s, u"نورة الحربي"_s,
                              u"فهد الدوسري"_s };
    const QStringList companies { u"شركة الأفق"_s, u"شركة الافق"_s, u"Gulf Star"_s, u"مؤسسة النخبة"_s,
                                  QString() };
    QByteArray csv = "name,mobile,email,company,city\n";
    const auto phoneOf = [](int i, int style) -> QString {
        const QString national = u"5%1%2"_s.arg(5 + i % 5).arg(i, 7, 10, QLatin1Char('0'));
        switch (style % 3) {
        case 0:
            return u'0' + national;
        case 1:
            return u"+966 "_s + national.left(2) + u' ' + national.mid(2);
        default: {
            QString arabicIndic = u'0' + national;
            for (QChar &c : arabicIndic)
                c = QChar(0x0660 + c.digitValue());
            return arabicIndic;
        }
        }
    };
    for (int i = 0; i < rows; ++i) {
        QString name = names.at(i % names.size());
        QString phone = phoneOf(i, i);
        QString email = i % 3 == 0 ? u"user%1@example.sa"_s.arg(i) : QString();
        if (i % 97 == 5)
            name.clear(); // line: name
        if (i % 53 == 7)
            phone = u"05x5%1"_s.arg(i); // line: mobile
        if (i % 89 == 11)
            email = u"user%1@"_s.arg(i); // line: email
        if (i % 71 == 13 && i >= 10)
            phone = phoneOf(i - 10, i + 1); // the phone of 10 rows up, written another way
        if (i % 61 == 17 && i >= 30)
            email = u"USER%1@Example.SA"_s.arg(((i - 30) / 3) * 3); // an earlier e-mail, other case
        const QString company = companies.at(i % companies.size());
        QString line = name + u',' + phone + u',' + email + u',' + company + u",الرياض";
        if (i % 113 == 19)
            line = name + u',' + phone; // too few cells: the source rejects the row
        if (i % 500 == 250)
            line = u",,,,"_s; // blank: not a record at all
        csv += line.toUtf8() + '\n';
    }
    return csv;
}

struct Expected
{
    qint64 read = 0;
    qint64 imported = 0;
    qint64 skippedDuplicates = 0;
    QList<ImportRowError> errors;
    qint64 phones = 0; // of the imported contacts
    qint64 emails = 0;
    QSet<QString> companyKeys; // folded names of the companies the imported contacts name
};

/// What taking the records one at a time gives, on one thread, into a store that holds
/// `existingPhones` and `existingEmails` already: the oracle the import is compared with.
Expected takeOneByOne(CrmStore &store, const QByteArray &csv, QSet<QString> existingPhones = {},
                      QSet<QString> existingEmails = {})
{
    QBuffer device;
    device.setData(csv);
    device.open(QIODevice::ReadOnly);
    CsvImportSource source;
    auto batch = readAll(source, device);
    Expected expected;
    if (!batch)
        return expected;
    // Records and rejected rows come back in two lists; in the file they interleave by line.
    qsizetype r = 0;
    qsizetype i = 0;
    while (r < batch->records.size() || i < batch->issues.size()) {
        ++expected.read;
        if (r == batch->records.size()
            || (i < batch->issues.size() && batch->issues.at(i).line < batch->records.at(r).line)) {
            const ImportIssue &issue = batch->issues.at(i++);
            expected.errors.append({ issue.line, QString(), issue.detail });
            continue;
        }
        const ImportRecord &record = batch->records.at(r++);
        const ContactDraft draft = contactDraftFrom(record);
        auto contact = store.contacts().validate(draft);
        if (!contact) {
            expected.errors.append({ record.line, contact.error().field, contact.error().detail });
            continue;
        }
        bool duplicate = false;
        for (const ContactPhone &phone : contact->phones)
            duplicate = duplicate || existingPhones.contains(phone.e164);
        for (const ContactEmail &email : contact->emails)
            duplicate = duplicate || existingEmails.contains(email.email);
        if (duplicate) {
            ++expected.skippedDuplicates;
            continue;
        }
        ++expected.imported;
        for (const ContactPhone &phone : contact->phones)
            existingPhones.insert(phone.e164);
        for (const ContactEmail &email : contact->emails)
            existingEmails.insert(email.email);
        expected.phones += contact->phones.size();
        expected.emails += contact->emails.size();
        if (!draft.companyName.trimmed().isEmpty())
            expected.companyKeys.insert(sortKeyFor(draft.companyName.simplified()));
    }
    return expected;
}

void compareErrors(const QList<ImportRowError> &actual, const QList<ImportRowError> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual.at(i).line, expected.at(i).line);
        QCOMPARE(actual.at(i).field, expected.at(i).field);
        QCOMPARE(actual.at(i).message, expected.at(i).message);
    }
}

} // namespace

class tst_ImportService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fx.close(); }

    void matchesTakingRecordsOneByOne();
    void findsDuplicatesAlreadyInTheStore();
    void dryRunAndStrictReportTheSameAndStoreNothing();
    void cancelStopsAtTheRecordAndStoresNothing();
    void unreadableFileAfterGoodRecordsStoresNothing();
    void storeFailureStopsTheImport();
    void undoRemovesContactsAndTheirNewCompanies();
    void vCardAndJsonErrorsNameTheirRecords();
    void everyRecordIsSearchableWhenCompaniesAreMadeAlongTheWay();
    void searchIndexesAtOnceAfterAFailedImport();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    qint64 alive(const QString &table)
    {
        return m_fx.scalar(u"SELECT count(*) FROM %1 WHERE cl % 2 = 1"_s.arg(table));
    }
    /// Outbox rows of `table` written by import batch `batchId`'s unit of work.
    qint64 outboxRows(const QString &table, const QString &txId)
    {
        auto stmt = m_fx->database().prepare(u"SELECT count(*) FROM outbox WHERE tbl = ? AND tx_id = ?"_s);
        if (!stmt)
            return -1;
        stmt->bind(1, table).bind(2, txId);
        auto row = stmt->step();
        return row && *row ? stmt->int64(0) : -1;
    }

    Test::StoreFixture m_fx;
};

void tst_ImportService::init()
{
    const QString failure = m_fx.create();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QString tst_ImportService::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = QFileInfo(m_fx.path()).dir().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return {};
    return path;
}

void tst_ImportService::matchesTakingRecordsOneByOne()
{
    const QByteArray csv = mixedCsv(kRows);
    const Expected expected = takeOneByOne(m_fx.store(), csv);
    QVERIFY(expected.imported > 2000);
    QVERIFY(expected.skippedDuplicates > 20); // the file does repeat itself
    QVERIFY(expected.errors.size() > 100);

    const QString path = writeFile(u"contacts.csv"_s, csv);
    QList<qint64> progress;
    ImportOptions options;
    options.progress = [&](qint64 read) {
        progress.append(read);
        return true;
    };
    auto summary = m_fx->imports().importFile(path, options);
    QVERIFY2(summary.ok(), why(summary));
    QCOMPARE(summary->read, expected.read);
    QCOMPARE(summary->imported, expected.imported);
    QCOMPARE(summary->skippedDuplicates, expected.skippedDuplicates);
    compareErrors(summary->errors, expected.errors);
    QVERIFY(summary->stored);
    QCOMPARE(summary->encoding, u"UTF-8"_s);
    // Progress on the calling thread, every 1,000 records read (rejected rows count as read).
    QCOMPARE(progress, (QList<qint64> { 1000, 2000 }));

    // What is stored: each contact once with its phones and e-mails, one company per folded name,
    // all in the batch, and every record, child and company in the outbox of one unit of work.
    QCOMPARE(alive(u"contact"_s), expected.imported);
    QCOMPARE(alive(u"contact_phone"_s), expected.phones);
    QCOMPARE(alive(u"contact_email"_s), expected.emails);
    QCOMPARE(alive(u"company"_s), qint64(expected.companyKeys.size()));
    QCOMPARE(m_fx.scalar(u"SELECT count(*) FROM contact WHERE import_batch = ?"_s, summary->batchId),
             expected.imported);
    QCOMPARE(m_fx.scalar(u"SELECT count(*) FROM company WHERE import_batch = ?"_s, summary->batchId),
             qint64(expected.companyKeys.size()));
    QCOMPARE(m_fx.scalar(u"SELECT count(DISTINCT tx_id) FROM outbox WHERE tbl IN "
                         "('contact', 'contact_phone', 'contact_email', 'company')"_s),
             1);
    auto stmt = m_fx->database().prepare(u"SELECT tx_id FROM outbox WHERE tbl = 'contact' LIMIT 1"_s);
    QVERIFY(stmt.ok() && *stmt->step());
    const QString txId = stmt->text(0);
    QCOMPARE(outboxRows(u"contact"_s, txId), expected.imported);
    QCOMPARE(outboxRows(u"contact_phone"_s, txId), expected.phones);
    QCOMPARE(outboxRows(u"contact_email"_s, txId), expected.emails);
    QCOMPARE(outboxRows(u"company"_s, txId), qint64(expected.companyKeys.size()));
    // Companies were looked up once per folded name: شركة الأفق and شركة الافق are one.
    QCOMPARE(m_fx.scalar(u"SELECT count(*) FROM company WHERE name IN ('شركة الأفق', 'شركة الافق')"_s), 1);
    // Every contact is in the index: the ones holding the first and the last phone of the file.
    auto hits = m_fx->search().search(u"0550000000"_s, 5);
    QVERIFY2(hits.ok(), why(hits));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(m_fx.scalar(u"SELECT count(*) FROM search_index"_s),
             expected.imported + expected.companyKeys.size());
}

void tst_ImportService::findsDuplicatesAlreadyInTheStore()
{
    // One contact stored beforehand: the store holds a phone, so the store is asked per record.
    ContactDraft existing;
    existing.fullName = u"سلمان"_s;
    existing.phones = { PhoneDraft { u"0560000001"_s } }; // the phone of row 1 (line 3)
    existing.emails = { u"user3@example.sa"_s }; // the e-mail of row 3
    QVERIFY(m_fx->contacts().create(existing).ok());

    const QByteArray csv = mixedCsv(600);
    const Expected expected
        = takeOneByOne(m_fx.store(), csv, { u"+966560000001"_s }, { u"user3@example.sa"_s });
    auto first = m_fx->imports().importFile(writeFile(u"first.csv"_s, csv), {});
    QVERIFY2(first.ok(), why(first));
    QCOMPARE(first->imported, expected.imported);
    QCOMPARE(first->skippedDuplicates, expected.skippedDuplicates);
    compareErrors(first->errors, expected.errors);

    // The same file again: every good record is now a duplicate of a stored one.
    auto again = m_fx->imports().importFile(writeFile(u"again.csv"_s, csv), {});
    QVERIFY2(again.ok(), why(again));
    QCOMPARE(again->imported, 0);
    QCOMPARE(again->skippedDuplicates, expected.imported + expected.skippedDuplicates);
    compareErrors(again->errors, expected.errors);
    QVERIFY(!again->stored);
    QCOMPARE(alive(u"contact"_s), expected.imported + 1);
}

void tst_ImportService::dryRunAndStrictReportTheSameAndStoreNothing()
{
    const QString path = writeFile(u"contacts.csv"_s, mixedCsv(800));
    const qint64 outboxBefore = m_fx.scalar(u"SELECT count(*) FROM outbox"_s);
    ImportOptions dry;
    dry.dryRun = true;
    auto dryRun = m_fx->imports().importFile(path, dry);
    QVERIFY2(dryRun.ok(), why(dryRun));
    ImportOptions strict;
    strict.strict = true;
    auto strictRun = m_fx->imports().importFile(path, strict);
    QVERIFY2(strictRun.ok(), why(strictRun));
    for (const auto *run : { &*dryRun, &*strictRun }) {
        QVERIFY(!run->stored);
        QVERIFY(run->batchId.isEmpty());
    }
    QCOMPARE(alive(u"contact"_s), 0);
    QCOMPARE(alive(u"company"_s), 0);
    QCOMPARE(m_fx.scalar(u"SELECT count(*) FROM outbox"_s), outboxBefore);

    auto real = m_fx->imports().importFile(path, {});
    QVERIFY2(real.ok(), why(real));
    for (const auto *run : { &*dryRun, &*strictRun }) {
        QCOMPARE(run->read, real->read);
        QCOMPARE(run->imported, real->imported);
        QCOMPARE(run->skippedDuplicates, real->skippedDuplicates);
        compareErrors(run->errors, real->errors);
    }
    QCOMPARE(alive(u"contact"_s), real->imported);
}

void tst_ImportService::cancelStopsAtTheRecordAndStoresNothing()
{
    const QString path = writeFile(u"contacts.csv"_s, mixedCsv(kRows));
    const qint64 outboxBefore = m_fx.scalar(u"SELECT count(*) FROM outbox"_s);
    QList<qint64> asked;
    ImportOptions options;
    options.progress = [&](qint64 read) {
        asked.append(read);
        return read < 2000;
    };
    auto summary = m_fx->imports().importFile(path, options);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().code, ErrorCode::Cancelled);
    QCOMPARE(asked, (QList<qint64> { 1000, 2000 })); // not asked again after saying stop
    QCOMPARE(alive(u"contact"_s), 0);
    QCOMPARE(alive(u"company"_s), 0);
    QCOMPARE(m_fx.scalar(u"SELECT count(*) FROM outbox"_s), outboxBefore);
    // The store is usable right away: the reading thread is gone and the transaction closed.
    auto again = m_fx->imports().importFile(path, {});
    QVERIFY2(again.ok(), why(again));
    QVERIFY(again->imported > 2000);
}

void tst_ImportService::unreadableFileAfterGoodRecordsStoresNothing()
{
    // Thousands of good rows, then a quote that never closes: the file is unreadable as a whole.
    const QString path = writeFile(u"broken.csv"_s, mixedCsv(kRows) + "\"Unclosed,0551234567\n");
    auto summary = m_fx->imports().importFile(path, {});
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().code, ErrorCode::Parse);
    QVERIFY2(summary.error().detail.contains(u"line %1"_s.arg(kRows + 2)), why(summary));
    QCOMPARE(alive(u"contact"_s), 0);
    QCOMPARE(alive(u"company"_s), 0);
}

void tst_ImportService::storeFailureStopsTheImport()
{
    // A trigger that refuses the 700th contact stands in for a failing store.
    QVERIFY(m_fx->database()
                .exec(u"CREATE TEMP TRIGGER refuse AFTER INSERT ON contact WHEN NEW.rowid = 700 "
                      "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;"_s)
                .ok());
    QList<qint64> asked;
    ImportOptions options;
    options.progress = [&](qint64 read) {
        asked.append(read);
        return true;
    };
    auto summary = m_fx->imports().importFile(writeFile(u"contacts.csv"_s, mixedCsv(kRows)), options);
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error().detail.contains(u"refused by the test"_s), why(summary));
    QCOMPARE(asked, QList<qint64> {}); // it stopped before the 1,000th record
    QCOMPARE(alive(u"contact"_s), 0);
    QVERIFY(m_fx->database().exec(u"DROP TRIGGER refuse;"_s).ok());
}

void tst_ImportService::undoRemovesContactsAndTheirNewCompanies()
{
    auto summary = m_fx->imports().importFile(writeFile(u"contacts.csv"_s, mixedCsv(400)), {});
    QVERIFY2(summary.ok(), why(summary));
    const qint64 companies = alive(u"company"_s);
    QVERIFY(companies > 0);
    auto removed = m_fx->imports().undo(summary->batchId);
    QVERIFY2(removed.ok(), why(removed));
    QCOMPARE(*removed, summary->imported + companies);
    QCOMPARE(alive(u"contact"_s), 0);
    QCOMPARE(alive(u"company"_s), 0);
    auto hits = m_fx->search().search(u"0550000000"_s, 5);
    QVERIFY2(hits.ok(), why(hits));
    QVERIFY(hits->isEmpty());
}

void tst_ImportService::vCardAndJsonErrorsNameTheirRecords()
{
    // vCard: an error names the BEGIN:VCARD line of its card; the third card repeats the first.
    QByteArray vcards = "BEGIN:VCARD\nVERSION:3.0\nFN:أحمد العتيبي\nTEL:0555123456\nEND:VCARD\n"
                        "BEGIN:VCARD\nVERSION:3.0\nFN:سارة\nTEL:05x5123456\nEND:VCARD\n"
                        "BEGIN:VCARD\nVERSION:3.0\nFN:Ahmed\nTEL:+966 55 512 3456\nEND:VCARD\n";
    QBuffer vcardDevice(&vcards);
    QVERIFY(vcardDevice.open(QIODevice::ReadOnly));
    auto fromVCard = m_fx->imports().importDevice(vcardDevice, RecordFormat::VCard, {});
    QVERIFY2(fromVCard.ok(), why(fromVCard));
    QCOMPARE(fromVCard->read, 3);
    QCOMPARE(fromVCard->imported, 1);
    QCOMPARE(fromVCard->skippedDuplicates, 1);
    QCOMPARE(fromVCard->errors.size(), 1);
    QCOMPARE(fromVCard->errors.first().line, 6);
    QCOMPARE(fromVCard->errors.first().field, u"phone"_s);

    // JSON: a record's position stands in for its line.
    QByteArray json = R"([{"name": "نورة", "mobile": "0501112233"}, {"name": "", "mobile": "0501112234"},
                          {"name": "ريم", "email": "reem@"}])";
    QBuffer jsonDevice(&json);
    QVERIFY(jsonDevice.open(QIODevice::ReadOnly));
    auto fromJson = m_fx->imports().importDevice(jsonDevice, RecordFormat::Json, {});
    QVERIFY2(fromJson.ok(), why(fromJson));
    QCOMPARE(fromJson->read, 3);
    QCOMPARE(fromJson->imported, 1);
    QCOMPARE(fromJson->errors.size(), 2);
    QCOMPARE(fromJson->errors.at(0).line, 2);
    QCOMPARE(fromJson->errors.at(0).field, u"name"_s);
    QCOMPARE(fromJson->errors.at(1).line, 3);
    QCOMPARE(fromJson->errors.at(1).field, u"email"_s);
    QCOMPARE(alive(u"contact"_s), 2);
}

void tst_ImportService::everyRecordIsSearchableWhenCompaniesAreMadeAlongTheWay()
{
    // A new company every third row: its docid goes back below the contacts' each time.
    // Three letters name each contact and company apart (digits would be words of their own);
    // companies start at another letter, since a contact's document holds its company name.
    const auto code = [](int n) -> QString {
        return QString(QChar(u'a' + n / 676)) + QChar(u'a' + n / 26 % 26) + QChar(u'a' + n % 26);
    };
    QByteArray csv = "name,mobile,company\n";
    const int rows = 900;
    for (int i = 0; i < rows; ++i)
        csv += u"عميل %1,05%2,مؤسسة %3\n"_s.arg(code(i)).arg(50000000 + i).arg(code(5000 + i / 3)).toUtf8();
    auto summary = m_fx->imports().importFile(writeFile(u"companies.csv"_s, csv), {});
    QVERIFY2(summary.ok(), why(summary));
    QCOMPARE(summary->imported, rows);
    QCOMPARE(m_fx.scalar(u"SELECT count(*) FROM search_index"_s), qint64(rows + rows / 3));
    for (const int i : { 0, 1, 449, 898, 899 }) {
        auto byName = m_fx->search().search(u"عميل "_s + code(i), 5, { RecordKind::Contact });
        QVERIFY2(byName.ok(), why(byName));
        QCOMPARE(byName->size(), 1);
        auto byPhone = m_fx->search().search(u"05%1"_s.arg(50000000 + i), 5, { RecordKind::Contact });
        QVERIFY2(byPhone.ok(), why(byPhone));
        QCOMPARE(byPhone->size(), 1);
        auto company = m_fx->search().search(u"مؤسسة "_s + code(5000 + i / 3), 5, { RecordKind::Company });
        QVERIFY2(company.ok(), why(company));
        QCOMPARE(company->size(), 1);
    }
}

void tst_ImportService::searchIndexesAtOnceAfterAFailedImport()
{
    ImportOptions options;
    options.progress = [](qint64) {
        return false;
    };
    auto summary = m_fx->imports().importFile(writeFile(u"contacts.csv"_s, mixedCsv(kRows)), options);
    QVERIFY(!summary.ok());
    QCOMPARE(m_fx.scalar(u"SELECT count(*) FROM search_index"_s), 0);
    ContactDraft draft;
    draft.fullName = u"ريم الشهري"_s;
    auto id = m_fx->contacts().create(draft);
    QVERIFY2(id.ok(), why(id));
    auto hits = m_fx->search().search(u"الشهري"_s, 5);
    QVERIFY2(hits.ok(), why(hits));
    QCOMPARE(hits->size(), 1);
}

QTEST_GUILESS_MAIN(tst_ImportService)
#include "tst_importservice.moc"
