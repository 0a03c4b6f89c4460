// Proves ImportWizard end to end on a real encrypted store, its import on a sibling connection on
// the wizard's own thread: a CSV with an Arabic header is previewed with the bad phone flagged on
// its row; changing a column's field re-checks the preview; the import stores the records and
// reports its batch; cancelling after the first progress report stores nothing; Undo on the
// summary removes the batch; a binary file is refused on the first page with nothing stored; a
// dropped file is taken; a vCard goes straight from the preview to the import.
#include "importpreviewmodel.h"
#include "importwizard.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTranslator>

using namespace OmniCrm;
using OmniCrm::Test::why;

namespace {

const QByteArray kArabicContacts = QStringLiteral("الاسم,الجوال,البريد الإلكتروني,المدينة\n"
                                                  "سارة القحطاني,0551234567,sara@example.sa,الرياض\n"
                                                  "محمد الغامدي,12345,m.ghamdi@example.sa,جدة\n"
                                                  "فيصل الحربي,+966 50 111 2222,faisal@harbi.sa,الدمام\n"
                                                  "نورة العتيبي,0561112222,noura@example.sa,الرياض\n")
                                       .toUtf8();

} // namespace

class tst_ImportWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void previewFlagsBadPhoneOnItsRow();
    void remappingAColumnChangesThePreview();
    void importStoresRecordsAndReportsTheBatch();
    void cancelAfterFirstProgressStoresNothing();
    void undoFromSummaryRemovesTheBatch();
    void binaryFileIsRefusedOnTheFileStep_data();
    void binaryFileIsRefusedOnTheFileStep();
    void droppedFileIsTaken();
    void browseChoosesAFile();
    void strictModeStoresNothingWhenARowIsBad();
    void vcardSkipsTheMappingStep();
    void companiesImportAsCompanies();
    void screenshots();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    std::unique_ptr<ImportWizard> makeWizard(ImportKind kind = ImportKind::Contacts);
    /// Opens `path` and waits for its preview.
    void choose(ImportWizard &wizard, const QString &path);
    /// From the preview to the import page (through the mapping page for CSV).
    void goToImportPage(ImportWizard &wizard);
    void runImport(ImportWizard &wizard);
    qint64 contacts();
    qint64 companies();
    template <typename T> T *child(ImportWizard &wizard, const char *name)
    {
        return wizard.findChild<T *>(QLatin1String(name));
    }

    Test::UiStoreFixture m_fx;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ImportWizard::init()
{
    const QString failed = m_fx.create();
    QVERIFY2(failed.isEmpty(), why(failed));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ImportWizard::cleanup()
{
    m_tester.reset();
    m_fx.reset();
}

QString tst_ImportWizard::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

std::unique_ptr<ImportWizard> tst_ImportWizard::makeWizard(ImportKind kind)
{
    auto wizard = std::make_unique<ImportWizard>(
        m_fx.store(), [this]() { return m_fx.store().openSibling(); }, kind);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        wizard->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    wizard->show();
    return wizard;
}

void tst_ImportWizard::choose(ImportWizard &wizard, const QString &path)
{
    QSignalSpy updated(&wizard, &ImportWizard::previewUpdated);
    wizard.setFilePath(path);
    QVERIFY(updated.wait());
    QTRY_VERIFY(!wizard.isPreviewing());
}

void tst_ImportWizard::goToImportPage(ImportWizard &wizard)
{
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    wizard.next();
    if (wizard.currentId() == ImportWizard::MappingPage)
        wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPage));
}

void tst_ImportWizard::runImport(ImportWizard &wizard)
{
    QAbstractButton *start = wizard.button(QWizard::CommitButton);
    QTRY_VERIFY(start->isEnabled());
    start->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 30000);
}

qint64 tst_ImportWizard::contacts()
{
    auto stats = m_fx.store().stats();
    return stats ? stats->contacts : -1;
}

qint64 tst_ImportWizard::companies()
{
    auto stats = m_fx.store().stats();
    return stats ? stats->companies : -1;
}

void tst_ImportWizard::previewFlagsBadPhoneOnItsRow()
{
    const QString path = writeFile(QStringLiteral("عملاء.csv"), kArabicContacts);
    auto wizard = makeWizard();
    // Typed as a user would: the wizard reads the file once typing pauses.
    Test::typeText(child<QLineEdit>(*wizard, "filePath"), path);
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    const QString status = child<QLabel>(*wizard, "fileStatus")->text();
    QVERIFY2(status.contains(QStringLiteral("Columns found: 4")), why(status));

    wizard->next();
    const QString facts = child<QLabel>(*wizard, "previewFacts")->text();
    QVERIFY2(facts.contains(QStringLiteral("UTF-8")) && facts.contains(QStringLiteral("Comma")), why(facts));
    QTRY_VERIFY(
        child<QLabel>(*wizard, "previewFacts")->text().contains(QStringLiteral("Records in the file: 4")));

    ImportPreviewModel *model = wizard->previewModel();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->columnCount(), 5);
    QVERIFY(model->headerData(2, Qt::Horizontal).toString().contains(QStringLiteral("Mobile")));
    for (int row = 0; row < model->rowCount(); ++row) {
        const int line = model->data(model->index(row, 0), ImportPreviewModel::LineRole).toInt();
        const QVariantList phoneProblems
            = model->data(model->index(row, 2), ImportPreviewModel::ProblemsRole).toList();
        if (line == 3) {
            QCOMPARE(phoneProblems, QVariantList { int(PreviewProblem::BadPhone) });
            QVERIFY(model->data(model->index(row, 2), Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("12345")));
        } else {
            QVERIFY2(phoneProblems.isEmpty(), "only line 3 has a bad phone");
        }
    }
    auto *problems = child<QListWidget>(*wizard, "problemList");
    QCOMPARE(problems->count(), 1);
    QVERIFY2(problems->item(0)->text().startsWith(QStringLiteral("Line 3 · الجوال")),
             why(problems->item(0)->text()));
    QVERIFY(child<QLabel>(*wizard, "previewCounts")->text().contains(QStringLiteral("3 ready")));
    QCOMPARE(contacts(), 0); // a preview stores nothing
}

void tst_ImportWizard::remappingAColumnChangesThePreview()
{
    const QString path = writeFile(QStringLiteral("remap.csv"),
                                   QStringLiteral("الاسم,الجوال,ملاحظات\nريم,12345,0551234567\n").toUtf8());
    auto wizard = makeWizard();
    choose(*wizard, path);
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
    ImportPreviewModel *model = wizard->previewModel();
    QCOMPARE(model->data(model->index(0, 2), ImportPreviewModel::ProblemsRole).toList(),
             QVariantList { int(PreviewProblem::BadPhone) });
    QCOMPARE(child<QLabel>(*wizard, "mappingState_1")->text(), QStringLiteral("Recognised"));

    // The phone column is rubbish: leave it out.
    auto *phoneColumn = child<QComboBox>(*wizard, "mapping_1");
    QSignalSpy updated(wizard.get(), &ImportWizard::previewUpdated);
    phoneColumn->setFocus();
    QTest::keyClick(phoneColumn, Qt::Key_Home);
    QVERIFY(updated.wait());
    QCOMPARE(phoneColumn->currentText(), QStringLiteral("Do not import"));
    QVERIFY(model->headerData(2, Qt::Horizontal).toString().endsWith(QStringLiteral("Not imported")));
    QVERIFY(model->data(model->index(0, 2), ImportPreviewModel::ProblemsRole).toList().isEmpty());
    QCOMPARE(child<QLabel>(*wizard, "mappingState_1")->text(), QStringLiteral("Your choice"));

    // The notes column holds the real mobile number.
    auto *notesColumn = child<QComboBox>(*wizard, "mapping_2");
    notesColumn->setFocus();
    QTest::keyClicks(notesColumn, QStringLiteral("Mo"));
    QTRY_VERIFY(!wizard->isPreviewing());
    QTRY_COMPARE(notesColumn->currentData().toString(), QStringLiteral("mobile"));
    QTRY_VERIFY(model->headerData(3, Qt::Horizontal).toString().endsWith(QStringLiteral("Mobile")));
    QCOMPARE(model->data(model->index(0, 0), ImportPreviewModel::OutcomeRole).toInt(),
             int(PreviewOutcome::Ready));

    // And the import follows the mapping.
    wizard->next();
    runImport(*wizard);
    auto page = m_fx.store().contacts().page(std::nullopt, 10);
    QVERIFY2(page.ok(), why(page));
    QCOMPARE(page->rows.size(), 1);
    auto contact = m_fx.store().contacts().find(page->rows.constFirst().id);
    QVERIFY2(contact.ok(), why(contact));
    QCOMPARE(contact->phones.size(), 1);
    QCOMPARE(contact->phones.constFirst().e164, QStringLiteral("+966551234567"));
}

void tst_ImportWizard::importStoresRecordsAndReportsTheBatch()
{
    ContactDraft existing;
    existing.fullName = QStringLiteral("نورة");
    existing.phones.append(PhoneDraft { QStringLiteral("0561112222") });
    QVERIFY(m_fx.store().contacts().create(existing).ok());

    const QString path = writeFile(QStringLiteral("contacts.csv"), kArabicContacts);
    auto wizard = makeWizard();
    QSignalSpy imported(wizard.get(), &ImportWizard::imported);
    choose(*wizard, path);
    goToImportPage(*wizard);
    QCOMPARE(wizard->button(QWizard::CommitButton)->text(), QStringLiteral("Start import"));
    runImport(*wizard);

    QCOMPARE(imported.count(), 1);
    const QString batchId = imported.at(0).at(0).toString();
    QVERIFY(!batchId.isEmpty());
    QVERIFY(wizard->summary().has_value());
    QCOMPARE(wizard->summary()->batchId, batchId);
    QCOMPARE(wizard->summary()->imported, 2);
    QCOMPARE(wizard->summary()->skippedDuplicates, 1);
    QCOMPARE(contacts(), 1 + 2);
    auto batch = m_fx.store().importBatches().find(batchId);
    QVERIFY2(batch.ok(), why(batch));
    QCOMPARE(batch->imported, 2);

    const QString figures = child<QLabel>(*wizard, "summaryFigures")->text();
    QVERIFY2(figures.contains(QStringLiteral("Contacts imported: 2")), why(figures));
    QVERIFY(figures.contains(QStringLiteral("Skipped as duplicates: 1")));
    QVERIFY(child<QLabel>(*wizard, "batchId")->text().contains(batchId));
    auto *errors = child<QTableWidget>(*wizard, "errorTable");
    QCOMPARE(errors->rowCount(), 1);
    QCOMPARE(errors->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(errors->item(0, 1)->text(), QStringLiteral("Mobile"));
    QVERIFY(errors->item(0, 2)->text().contains(QStringLiteral("phone number")));
    QVERIFY(child<QPushButton>(*wizard, "undoImport")->isEnabled());

    // The problems go out as a CSV Excel opens: line, field, problem, detail.
    const QString exported = m_dir->filePath(QStringLiteral("problems.csv"));
    const Status saved = wizard->exportErrors(exported);
    QVERIFY2(saved.ok(), why(saved));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the byte order mark Excel needs for Arabic
    const QString text = QString::fromUtf8(bytes);
    QVERIFY2(text.startsWith(QStringLiteral("Line,Field,Problem,Detail")), why(text));
    QVERIFY(text.contains(QStringLiteral("\r\n3,Mobile,")));

    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!wizard->isVisible());
}

void tst_ImportWizard::cancelAfterFirstProgressStoresNothing()
{
    QByteArray csv("Name,Mobile,Email\n");
    for (int i = 0; i < 20000; ++i)
        csv += "Client " + QByteArray::number(i) + ",05" + QByteArray::number(50000000 + i) + ",c"
            + QByteArray::number(i) + "@example.sa\n";
    const QString path = writeFile(QStringLiteral("big.csv"), csv);
    auto wizard = makeWizard();
    choose(*wizard, path);
    goToImportPage(*wizard);
    QTRY_VERIFY(child<QLabel>(*wizard, "importFacts")->text().contains(QLocale().toString(20000)));

    QSignalSpy progress(wizard.get(), &ImportWizard::progressReported);
    QSignalSpy imported(wizard.get(), &ImportWizard::imported);
    wizard->button(QWizard::CommitButton)->click();
    QVERIFY(wizard->isImporting());
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(progress.wait(30000));
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
    QCOMPARE(progress.at(0).at(1).toLongLong(), 20000); // the total was counted beforehand
    auto *cancel = child<QPushButton>(*wizard, "cancelImport");
    QVERIFY(cancel->isVisible());
    cancel->click();

    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isImporting(), 30000);
    const QString status = child<QLabel>(*wizard, "importStatus")->text();
    QVERIFY2(status.contains(QStringLiteral("Import cancelled. Nothing was stored")), why(status));
    QCOMPARE(wizard->currentId(), int(ImportWizard::ImportPage));
    QVERIFY(!wizard->summary().has_value());
    QCOMPARE(imported.count(), 0);
    QCOMPARE(contacts(), 0);
    auto batches = m_fx.store().importBatches().recent(10);
    QVERIFY2(batches.ok(), why(batches));
    QVERIFY(batches->isEmpty());
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled()); // it may be started again
}

void tst_ImportWizard::undoFromSummaryRemovesTheBatch()
{
    const QString path = writeFile(QStringLiteral("contacts.csv"), kArabicContacts);
    auto wizard = makeWizard();
    choose(*wizard, path);
    goToImportPage(*wizard);
    runImport(*wizard);
    QCOMPARE(contacts(), 3);
    const QString batchId = wizard->summary()->batchId;

    QSignalSpy undone(wizard.get(), &ImportWizard::importUndone);
    QSignalSpy serviceUndone(&m_fx.store().imports(), &ImportService::batchUndone);
    child<QPushButton>(*wizard, "undoImport")->click();
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = child<QMessageBox>(*wizard, "confirmUndo")) && confirm->isVisible());
    QCOMPARE(contacts(), 3); // nothing happens before the user confirms
    confirm->button(QMessageBox::Yes)->click();

    QTRY_COMPARE(undone.count(), 1);
    QCOMPARE(undone.at(0).at(0).toString(), batchId);
    QCOMPARE(serviceUndone.count(), 1); // the GUI store's service tells the rest of the app
    QCOMPARE(contacts(), 0);
    auto batch = m_fx.store().importBatches().find(batchId);
    QVERIFY2(batch.ok(), why(batch));
    QVERIFY(batch->undoneAt.has_value());
    QVERIFY(child<QLabel>(*wizard, "undoStatus")->text().contains(QStringLiteral("3 records removed")));
    QVERIFY(!child<QPushButton>(*wizard, "undoImport")->isEnabled());
}

void tst_ImportWizard::binaryFileIsRefusedOnTheFileStep_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::newRow("program") << QByteArray("\x7f"
                                           "ELF\x02\x01\x01\x00\x00\x00\x00\x00",
                                           12)
                                    .repeated(100)
                             << QStringLiteral("not text");
    QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8).repeated(100)
                          << QStringLiteral("Excel workbook");
}

void tst_ImportWizard::binaryFileIsRefusedOnTheFileStep()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const QString path = writeFile(QStringLiteral("contacts.csv"), bytes);
    auto wizard = makeWizard();
    choose(*wizard, path);
    const QString status = child<QLabel>(*wizard, "fileStatus")->text();
    QVERIFY2(status.contains(says), why(status));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePage));
    QCOMPARE(contacts(), 0);

    // A good file afterwards clears the error.
    choose(*wizard, writeFile(QStringLiteral("good.csv"), kArabicContacts));
    QVERIFY(!child<QLabel>(*wizard, "fileStatus")->text().contains(says));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

void tst_ImportWizard::droppedFileIsTaken()
{
    const QString path = writeFile(QStringLiteral("dropped.csv"), kArabicContacts);
    auto wizard = makeWizard();
    QWizardPage *page = wizard->currentPage();
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    const QPoint at = page->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy updated(wizard.get(), &ImportWizard::previewUpdated);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(wizard->filePath(), path);
    QCOMPARE(child<QLineEdit>(*wizard, "filePath")->text(), path);
    QVERIFY(updated.wait());
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

void tst_ImportWizard::browseChoosesAFile()
{
    const QString path = writeFile(QStringLiteral("browsed.csv"), kArabicContacts);
    auto wizard = makeWizard();
    child<QPushButton>(*wizard, "browse")->click();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = child<QFileDialog>(*wizard, "chooseFile")) && dialog->isVisible());
    QSignalSpy updated(wizard.get(), &ImportWizard::previewUpdated);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // as the dialog's Open button does
    QCOMPARE(wizard->filePath(), path);
    QVERIFY(updated.wait());
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

void tst_ImportWizard::strictModeStoresNothingWhenARowIsBad()
{
    const QString path = writeFile(QStringLiteral("contacts.csv"), kArabicContacts);
    auto wizard = makeWizard();
    QSignalSpy imported(wizard.get(), &ImportWizard::imported);
    choose(*wizard, path);
    goToImportPage(*wizard);
    child<QCheckBox>(*wizard, "strictMode")->setChecked(true);
    runImport(*wizard);
    QVERIFY(!wizard->summary()->stored);
    QCOMPARE(imported.count(), 0);
    QCOMPARE(contacts(), 0);
    const QString figures = child<QLabel>(*wizard, "summaryFigures")->text();
    QVERIFY2(figures.contains(QStringLiteral("Nothing was stored: strict mode found problems")),
             why(figures));
    QCOMPARE(child<QTableWidget>(*wizard, "errorTable")->rowCount(), 1);
    QVERIFY(!child<QPushButton>(*wizard, "undoImport")->isVisible());
    QVERIFY(!child<QLabel>(*wizard, "batchId")->isVisible());
}

void tst_ImportWizard::vcardSkipsTheMappingStep()
{
    auto wizard = makeWizard();
    choose(*wizard, QStringLiteral(OMNICRM_TEST_DATA_DIR "/import/contacts_v3.vcf"));
    wizard->next();
    QVERIFY(child<QLabel>(*wizard, "previewFacts")->text().contains(QStringLiteral("vCard")));
    const ImportPreviewModel *model = wizard->previewModel();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->preview().count(PreviewOutcome::Ready), 2);
    QCOMPARE(model->data(model->index(1, 0), ImportPreviewModel::OutcomeRole).toInt(),
             int(PreviewOutcome::Rejected));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ImportPage));
    runImport(*wizard);
    // Sarah's +971 4 123 4567 is not a valid UAE number: the preview said so, the import agrees.
    QCOMPARE(wizard->summary()->imported, 2);
    QCOMPARE(wizard->summary()->errors.size(), 2);
    QCOMPARE(contacts(), 2);
}

void tst_ImportWizard::companiesImportAsCompanies()
{
    const QString path = writeFile(QStringLiteral("companies.csv"),
                                   QStringLiteral("اسم الشركة,الهاتف,المدينة\n"
                                                  "شركة الأفق,0112223333,الرياض\n"
                                                  "مؤسسة النخبة,0126667777,جدة\n")
                                       .toUtf8());
    auto wizard = makeWizard();
    child<QRadioButton>(*wizard, "kindCompanies")->click();
    QCOMPARE(wizard->kind(), ImportKind::Companies);
    choose(*wizard, path);
    QVERIFY(wizard->previewModel()
                ->headerData(1, Qt::Horizontal)
                .toString()
                .endsWith(QStringLiteral("Company name")));
    goToImportPage(*wizard);
    QVERIFY(child<QLabel>(*wizard, "importFacts")->text().contains(QStringLiteral("Import companies")));
    runImport(*wizard);
    QCOMPARE(companies(), 2);
    QCOMPARE(contacts(), 0);
}

// Not a check: saves each page as a PNG to look at, in English (left to right) and, with
// OMNICRM_IMPORTER_QM naming a compiled Arabic translation, in Arabic (right to left).
void tst_ImportWizard::screenshots()
{
    const QString dir = qEnvironmentVariable("OMNICRM_IMPORTER_SHOTS");
    if (dir.isEmpty())
        QSKIP("set OMNICRM_IMPORTER_SHOTS to a folder to save screenshots");
    ContactDraft existing;
    existing.fullName = QStringLiteral("نورة العتيبي");
    existing.phones.append(PhoneDraft { QStringLiteral("0561112222") });
    QVERIFY(m_fx.store().contacts().create(existing).ok());
    const QString sample = QStringLiteral(OMNICRM_TEST_DATA_DIR "/import/arabic_excel.csv");
    QByteArray csv = kArabicContacts;
    csv += QStringLiteral(",0559998888,no-name@example.sa,جدة\nخالد,0508887777,khalid@@example,مكة\n")
               .toUtf8();
    const QString path = writeFile(QStringLiteral("عملاء الرياض.csv"), csv);

    for (const QString &language : { QStringLiteral("en"), QStringLiteral("ar") }) {
        QTranslator translator;
        const bool arabic = language == u"ar";
        if (arabic) {
            if (!translator.load(qEnvironmentVariable("OMNICRM_IMPORTER_QM")))
                QSKIP("OMNICRM_IMPORTER_QM does not name a loadable .qm");
            QCoreApplication::installTranslator(&translator);
        }
        QApplication::setLayoutDirection(arabic ? Qt::RightToLeft : Qt::LeftToRight);
        auto wizard = makeWizard();
        const auto shot = [&](const QString &name) {
            QApplication::processEvents();
            QVERIFY(wizard->grab().save(dir + u'/' + name + u'-' + language + u".png"));
        };
        shot(QStringLiteral("0-empty"));
        choose(*wizard, path);
        shot(QStringLiteral("1-file"));
        wizard->next();
        shot(QStringLiteral("2-preview"));
        wizard->next();
        shot(QStringLiteral("3-mapping"));
        wizard->next();
        QTRY_VERIFY(child<QLabel>(*wizard, "importFacts")->text().contains(QLocale().toString(6)));
        shot(QStringLiteral("4-import"));
        runImport(*wizard);
        shot(QStringLiteral("5-summary"));
        child<QPushButton>(*wizard, "undoImport")->click();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = child<QMessageBox>(*wizard, "confirmUndo")) && confirm->isVisible());
        QVERIFY(confirm->grab().save(dir + u"/6-undo-" + language + u".png"));
        confirm->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!child<QPushButton>(*wizard, "undoImport")->isEnabled());
        shot(QStringLiteral("7-undone"));

        QByteArray big("Name,Mobile\n");
        for (int i = 0; i < 20000; ++i)
            big += "Client " + QByteArray::number(i) + ",05" + QByteArray::number(50000000 + i) + "\n";
        auto running = makeWizard();
        choose(*running, writeFile(QStringLiteral("big.csv"), big));
        goToImportPage(*running);
        QTRY_VERIFY(child<QLabel>(*running, "importFacts")->text().contains(QLocale().toString(20000)));
        QSignalSpy progress(running.get(), &ImportWizard::progressReported);
        running->button(QWizard::CommitButton)->click();
        QVERIFY(progress.wait(30000));
        QVERIFY(running->grab().save(dir + u"/4b-running-" + language + u".png"));
        child<QPushButton>(*running, "cancelImport")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!running->isImporting(), 30000);
        QVERIFY(running->grab().save(dir + u"/4c-cancelled-" + language + u".png"));

        auto bad = makeWizard();
        choose(
            *bad,
            writeFile(QStringLiteral("book.xlsx"), QByteArray("PK\x03\x04\x14\x00\x06\x00", 8).repeated(50)));
        QVERIFY(bad->grab().save(dir + u"/8-binary-" + language + u".png"));
        auto excel = makeWizard();
        choose(*excel, sample);
        excel->next();
        QVERIFY(excel->grab().save(dir + u"/9-excel-preview-" + language + u".png"));
        m_tester.reset();
        if (arabic)
            QCoreApplication::removeTranslator(&translator);
    }
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

QTEST_MAIN(tst_ImportWizard)
#include "tst_importwizard.moc"
