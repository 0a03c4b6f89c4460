#include "importwizard.h"

#include "backgroundstore.h"
#include "csvwriter.h"
#include "errortext.h"
#include "importfield.h"
#include "importpreview.h"
#include "importpreviewmodel.h"
#include "importtext.h"
#include "uiicons.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <climits>

namespace OmniCrm {

namespace {

constexpr int kPreviewRows = 50;
constexpr int kPathDebounceMs = 300;
const QString kErrorStyle = QStringLiteral("color: #b3261e;");

QString number(qint64 n)
{
    return QLocale().toString(n);
}

// A label lays out a paragraph in the direction of its first strong letter, so an Arabic header
// would sit on the right of an English page. A mark of the page's direction keeps it in line.
QString inReadingDirection(QString text)
{
    const QChar mark(QGuiApplication::layoutDirection() == Qt::RightToLeft ? 0x200F : 0x200E);
    text.replace(u'\n', QString(u'\n') + mark); // every line is a paragraph of its own
    return mark + text;
}

// The local file a drag carries, if it carries exactly one.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

QTableView *makePreviewTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    table->horizontalHeader()->setMaximumSectionSize(280);
    table->horizontalHeader()->setStretchLastSection(true);
    QObject::connect(model, &QAbstractItemModel::modelReset, table,
                     [table]() { table->resizeColumnsToContents(); });
    return table;
}

} // namespace

/// A wizard page whose Next follows a predicate of the wizard's state.
class ImportStepPage : public QWizardPage
{
public:
    explicit ImportStepPage(std::function<bool()> complete, QWidget *parent = nullptr)
        : QWizardPage(parent)
        , m_complete(std::move(complete))
    {
    }
    bool isComplete() const override { return m_complete(); }
    void recheck() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

/// The first page: also takes a file dropped anywhere on it.
class ImportFilePage : public ImportStepPage
{
public:
    ImportFilePage(std::function<bool()> complete, std::function<void(const QString &)> dropped)
        : ImportStepPage(std::move(complete))
        , m_dropped(std::move(dropped))
    {
        setAcceptDrops(true);
    }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (!droppedFile(event->mimeData()).isEmpty())
            event->acceptProposedAction();
    }
    void dragMoveEvent(QDragMoveEvent *event) override
    {
        if (!droppedFile(event->mimeData()).isEmpty())
            event->acceptProposedAction();
    }
    void dropEvent(QDropEvent *event) override
    {
        const QString path = droppedFile(event->mimeData());
        if (path.isEmpty())
            return;
        event->acceptProposedAction();
        m_dropped(path);
    }

private:
    std::function<void(const QString &)> m_dropped;
};

ImportWizard::ImportWizard(CrmStore &store, StoreFactory openWorkerStore, ImportKind kind, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_openWorkerStore(std::move(openWorkerStore))
    , m_kind(kind)
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setWindowIcon(uiIcon(QStringLiteral("document-import")));

    m_model = new ImportPreviewModel(this);
    m_pathDebounce = new QTimer(this);
    m_pathDebounce->setSingleShot(true);
    m_pathDebounce->setInterval(kPathDebounceMs);
    connect(m_pathDebounce, &QTimer::timeout, this, [this]() { setFilePath(m_pathEdit->text()); });

    buildFilePage();
    buildPreviewPage();
    buildMappingPage();
    buildImportPage();
    buildSummaryPage();
    setPage(FilePage, m_filePage);
    setPage(PreviewPage, m_previewPage);
    setPage(MappingPage, m_mappingPage);
    setPage(ImportPage, m_importPage);
    setPage(SummaryPage, m_summaryPage);
    setStartId(FilePage);
    retranslate();
    resize(980, 700);
}

ImportWizard::~ImportWizard()
{
    // A running import stops at its next progress report and rolls back; the worker's destructor
    // waits for it, so nothing it posts can outlive this object.
    if (m_cancel)
        m_cancel->store(true);
    if (m_countStop)
        m_countStop->store(true);
    m_worker.reset();
    for (const QPointer<QThread> &thread : std::as_const(m_countThreads)) {
        if (thread)
            thread->wait();
    }
}

// ---- 1. File ------------------------------------------------------------------------------

void ImportWizard::buildFilePage()
{
    m_filePage
        = new ImportFilePage([this]() { return m_preview.has_value() && !m_previewError && !isPreviewing(); },
                             [this](const QString &path) { setFilePath(path); });
    auto *layout = new QVBoxLayout(m_filePage);
    m_fileIntro = new QLabel(m_filePage);
    m_fileIntro->setWordWrap(true);

    auto *row = new QHBoxLayout;
    m_fileLabel = new QLabel(m_filePage);
    m_pathEdit = new QLineEdit(m_filePage);
    m_pathEdit->setObjectName(QStringLiteral("filePath"));
    m_pathEdit->setLayoutDirection(Qt::LeftToRight); // paths read left to right in every language
    m_pathEdit->setAcceptDrops(false); // a dropped file goes to the page, not into the text
    m_pathEdit->setClearButtonEnabled(true);
    m_fileLabel->setBuddy(m_pathEdit);
    m_browse = new QPushButton(uiIcon(QStringLiteral("document-open")), QString(), m_filePage);
    m_browse->setObjectName(QStringLiteral("browse"));
    row->addWidget(m_fileLabel);
    row->addWidget(m_pathEdit, 1);
    row->addWidget(m_browse);

    m_dropHint = new QLabel(m_filePage);
    m_dropHint->setObjectName(QStringLiteral("dropHint"));
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setMinimumHeight(110);
    m_dropHint->setWordWrap(true);
    m_dropHint->setStyleSheet(QStringLiteral(
        "QLabel#dropHint { border: 2px dashed palette(mid); border-radius: 8px; padding: 12px; }"));

    auto *kindRow = new QHBoxLayout;
    m_kindLabel = new QLabel(m_filePage);
    m_contactsKind = new QRadioButton(m_filePage);
    m_contactsKind->setObjectName(QStringLiteral("kindContacts"));
    m_companiesKind = new QRadioButton(m_filePage);
    m_companiesKind->setObjectName(QStringLiteral("kindCompanies"));
    auto *kinds = new QButtonGroup(m_filePage);
    kinds->addButton(m_contactsKind);
    kinds->addButton(m_companiesKind);
    (m_kind == ImportKind::Contacts ? m_contactsKind : m_companiesKind)->setChecked(true);
    kindRow->addWidget(m_kindLabel);
    kindRow->addWidget(m_contactsKind);
    kindRow->addWidget(m_companiesKind);
    kindRow->addStretch();

    m_fileStatus = new QLabel(m_filePage);
    m_fileStatus->setObjectName(QStringLiteral("fileStatus"));
    m_fileStatus->setWordWrap(true);
    m_fileStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    layout->addWidget(m_fileIntro);
    layout->addSpacing(8);
    layout->addLayout(row);
    layout->addWidget(m_dropHint);
    layout->addSpacing(8);
    layout->addLayout(kindRow);
    layout->addSpacing(8);
    layout->addWidget(m_fileStatus);
    layout->addStretch();

    connect(m_pathEdit, &QLineEdit::textEdited, m_pathDebounce, qOverload<>(&QTimer::start));
    connect(m_pathEdit, &QLineEdit::returnPressed, this, [this]() {
        m_pathDebounce->stop();
        setFilePath(m_pathEdit->text());
    });
    connect(m_browse, &QPushButton::clicked, this, [this]() {
        // open(), not exec(): the wizard's event loop keeps running while the dialog is up.
        auto *dialog
            = new QFileDialog(this, tr("Choose a file to import"),
                              m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath(),
                              tr("Contacts files (*.csv *.tsv *.txt *.vcf *.vcard *.json);;All files (*)"));
        dialog->setObjectName(QStringLiteral("chooseFile"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        connect(dialog, &QFileDialog::fileSelected, this, &ImportWizard::setFilePath);
        dialog->open();
    });
    connect(m_contactsKind, &QRadioButton::toggled, this,
            [this](bool on) { setKind(on ? ImportKind::Contacts : ImportKind::Companies); });
}

void ImportWizard::setFilePath(const QString &path)
{
    m_pathDebounce->stop();
    const QString cleaned = QDir::cleanPath(path.trimmed());
    if (m_pathEdit->text() != path)
        m_pathEdit->setText(path);
    if (cleaned == m_path && (m_preview || isPreviewing()))
        return;
    m_path = path.trimmed().isEmpty() ? QString() : cleaned;
    requestPreview(true);
}

void ImportWizard::setKind(ImportKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    (kind == ImportKind::Contacts ? m_contactsKind : m_companiesKind)->setChecked(true);
    if (!m_path.isEmpty())
        requestPreview(false); // recognition differs by kind (a company column names a company)
}

bool ImportWizard::ensureWorker()
{
    if (m_worker)
        return true;
    auto store = m_openWorkerStore ? m_openWorkerStore()
                                   : Result<std::unique_ptr<CrmStore>>(Error::make(
                                       ErrorCode::Database, QStringLiteral("no store connection")));
    if (!store) {
        m_previewError = store.error();
        return false;
    }
    m_worker = std::make_unique<BackgroundStore>(std::move(store).value());
    return true;
}

void ImportWizard::requestPreview(bool newFile)
{
    if (newFile) {
        m_mapping = ColumnMapping();
        m_preview.reset();
        m_model->clear();
        m_total = -1;
        if (m_countStop)
            m_countStop->store(true); // the count of the previous file is of no use now
        m_countThread = nullptr;
        m_countStarted = false;
    }
    m_previewError.reset();
    if (m_path.isEmpty()) {
        m_preview.reset();
        m_model->clear();
    } else if (ensureWorker()) {
        const int serial = ++m_previewSerial;
        ++m_previewPending;
        ImportPreviewOptions options;
        options.kind = m_kind;
        options.mapping = m_mapping;
        options.maxRows = kPreviewRows;
        const QString path = m_path;
        m_worker->run<Result<ImportPreview>>(
            this,
            [path, options](CrmStore &store) {
                const ImportPreviewer previewer(store.contacts(), store.companies());
                return previewer.preview(path, options);
            },
            [this, serial](Result<ImportPreview> result) {
                --m_previewPending;
                if (serial != m_previewSerial)
                    return; // a newer request is on its way
                if (result)
                    showPreview(*result);
                else
                    showPreviewError(result.error());
                Q_EMIT previewUpdated();
            });
    }
    updateFileStatus();
    recheckPages();
}

void ImportWizard::recheckPages()
{
    for (ImportStepPage *page :
         { static_cast<ImportStepPage *>(m_filePage), m_previewPage, m_mappingPage, m_importPage })
        page->recheck();
}

void ImportWizard::showPreview(const ImportPreview &preview)
{
    m_preview = preview;
    m_previewError.reset();
    m_model->setPreview(preview, m_kind);
    rebuildMappingRows();
    if (!m_countStarted)
        startCount();
    updateFileStatus();
    updatePreviewFacts();
    updateImportFacts();
    recheckPages();
}

void ImportWizard::showPreviewError(const Error &error)
{
    m_preview.reset();
    m_previewError = error;
    m_model->clear();
    updateFileStatus();
    updatePreviewFacts();
    recheckPages();
}

void ImportWizard::startCount()
{
    // Counting reads the whole file; it needs no store, so it runs beside the preview and import.
    m_countStarted = true;
    m_countStop = std::make_shared<std::atomic<bool>>(false);
    auto stop = m_countStop;
    auto result = std::make_shared<std::optional<Result<qint64>>>();
    const QString path = m_path;
    QThread *thread = QThread::create([path, stop, result]() {
        result->emplace(
            ImportPreviewer::countRecords(path, [stop]() { return !stop->load(std::memory_order_relaxed); }));
    });
    thread->setObjectName(QStringLiteral("omnicrm-import-count"));
    m_countThread = thread;
    m_countThreads.removeAll(nullptr);
    m_countThreads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, path, result]() {
        if (m_countThread == thread)
            m_countThread = nullptr;
        if (path != m_path || !*result || !(*result)->ok())
            return;
        m_total = (*result)->value();
        updatePreviewFacts();
        updateImportFacts();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void ImportWizard::updateFileStatus()
{
    m_fileStatus->setStyleSheet(QString());
    if (m_path.isEmpty()) {
        m_fileStatus->clear();
    } else if (m_previewError) {
        m_fileStatus->setStyleSheet(kErrorStyle);
        m_fileStatus->setText(inReadingDirection(ImportText::fileError(*m_previewError)));
    } else if (!m_preview) {
        m_fileStatus->setText(inReadingDirection(tr("Reading the file…")));
    } else {
        QString text = tr("%1. Columns found: %2.")
                           .arg(ImportText::formatName(m_preview->format), number(m_preview->columns.size()));
        if (m_preview->mappedCount() == 0)
            text += u' '
                + tr("No column was recognised from its header; you can choose a field for each column on "
                     "the "
                     "next pages.");
        m_fileStatus->setText(inReadingDirection(text));
    }
}

// ---- 2. Preview ---------------------------------------------------------------------------

void ImportWizard::buildPreviewPage()
{
    m_previewPage = new ImportStepPage([this]() { return m_preview.has_value() && !isPreviewing(); });
    auto *layout = new QVBoxLayout(m_previewPage);
    m_previewFacts = new QLabel(m_previewPage);
    m_previewFacts->setObjectName(QStringLiteral("previewFacts"));
    m_previewFacts->setWordWrap(true);
    m_previewCounts = new QLabel(m_previewPage);
    m_previewCounts->setObjectName(QStringLiteral("previewCounts"));
    m_previewCounts->setWordWrap(true);
    m_previewTable = makePreviewTable(m_model, QStringLiteral("previewTable"), m_previewPage);
    m_problemsLabel = new QLabel(m_previewPage);
    m_problemList = new QListWidget(m_previewPage);
    m_problemList->setObjectName(QStringLiteral("problemList"));
    m_problemList->setMaximumHeight(130);
    m_problemList->setWordWrap(true);
    m_problemsLabel->setBuddy(m_problemList);
    layout->addWidget(m_previewFacts);
    layout->addWidget(m_previewCounts);
    layout->addWidget(m_previewTable, 1);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problemList);

    // A problem in the list selects its cell, so the tooltip and the tint are found at once.
    connect(m_problemList, &QListWidget::currentRowChanged, this, [this](int index) {
        QListWidgetItem *item = m_problemList->item(index);
        if (!item || !item->data(Qt::UserRole).isValid())
            return;
        const QModelIndex cell
            = m_model->index(item->data(Qt::UserRole).toInt(), item->data(Qt::UserRole + 1).toInt());
        m_previewTable->setCurrentIndex(cell);
        m_previewTable->scrollTo(cell);
    });
}

QString ImportWizard::countsText() const
{
    if (!m_preview || m_preview->rows.isEmpty())
        return m_preview ? tr("The file has no rows below its header.") : QString();
    if (m_preview->mappedCount() == 0)
        return tr("No column is imported yet, so the rows cannot be checked.");
    const QString ready = number(m_preview->count(PreviewOutcome::Ready));
    const QString skipped = number(m_preview->count(PreviewOutcome::Skipped));
    const QString rejected = number(m_preview->count(PreviewOutcome::Rejected));
    if (m_preview->moreRows)
        return tr("In the first %1 rows: %2 ready to import, %3 to skip (duplicates), %4 with problems.")
            .arg(number(m_preview->rows.size()), ready, skipped, rejected);
    return tr("In all %1 rows: %2 ready to import, %3 to skip (duplicates), %4 with problems.")
        .arg(number(m_preview->rows.size()), ready, skipped, rejected);
}

void ImportWizard::updatePreviewFacts()
{
    if (!m_preview) {
        m_previewFacts->clear();
        m_previewCounts->clear();
        m_problemList->clear();
        m_problemsLabel->clear();
        m_mappingCounts->clear();
        return;
    }
    QStringList facts;
    facts.append(tr("Format: %1").arg(ImportText::formatName(m_preview->format)));
    facts.append(tr("Encoding: %1").arg(ImportText::encodingName(m_preview->encoding)));
    if (m_preview->format == RecordFormat::Csv)
        facts.append(tr("Delimiter: %1").arg(ImportText::delimiterName(m_preview->delimiter)));
    facts.append(m_total >= 0 ? tr("Records in the file: %1").arg(number(m_total))
                              : tr("Records in the file: counting…"));
    m_previewFacts->setText(inReadingDirection(facts.join(QStringLiteral("   ·   "))));
    m_previewCounts->setText(inReadingDirection(countsText()));
    m_mappingCounts->setText(inReadingDirection(countsText()));

    m_problemList->clear();
    const QList<ImportPreviewModel::Problem> problems = m_model->problems();
    m_problemsLabel->setText(problems.isEmpty()
                                 ? tr("No problems found in these rows.")
                                 : tr("Problems in these rows: %1").arg(number(problems.size())));
    m_problemList->setVisible(!problems.isEmpty());
    for (const ImportPreviewModel::Problem &problem : problems) {
        const int line = m_preview->rows.at(problem.row).line;
        QString where = tr("Line %1").arg(number(line));
        if (problem.column > 0)
            where += QStringLiteral(" · ") + m_preview->columns.at(problem.column - 1).header;
        auto *item = new QListWidgetItem(where + QStringLiteral(": ") + problem.text, m_problemList);
        item->setData(Qt::UserRole, problem.row);
        item->setData(Qt::UserRole + 1, problem.column);
    }
}

// ---- 3. Mapping ---------------------------------------------------------------------------

void ImportWizard::buildMappingPage()
{
    m_mappingPage = new ImportStepPage(
        [this]() { return m_preview.has_value() && m_preview->mappedCount() > 0 && !isPreviewing(); });
    auto *layout = new QVBoxLayout(m_mappingPage);
    m_mappingIntro = new QLabel(m_mappingPage);
    m_mappingIntro->setWordWrap(true);
    m_mappingScroll = new QScrollArea(m_mappingPage);
    m_mappingScroll->setObjectName(QStringLiteral("mappingArea"));
    m_mappingScroll->setWidgetResizable(true);
    auto *grid = new QWidget;
    m_mappingGrid = new QGridLayout(grid);
    m_mappingGrid->setColumnStretch(3, 1);
    m_mappingGrid->setHorizontalSpacing(16);
    m_mappingScroll->setWidget(grid);
    m_mappingCounts = new QLabel(m_mappingPage);
    m_mappingCounts->setObjectName(QStringLiteral("mappingCounts"));
    m_mappingCounts->setWordWrap(true);
    m_mappingTable = makePreviewTable(m_model, QStringLiteral("mappingTable"), m_mappingPage);
    layout->addWidget(m_mappingIntro);
    layout->addWidget(m_mappingScroll, 1);
    layout->addWidget(m_mappingCounts);
    layout->addWidget(m_mappingTable, 1);
}

void ImportWizard::rebuildMappingRows()
{
    QStringList headers;
    if (m_preview && m_preview->mappable()) {
        for (const PreviewColumn &column : m_preview->columns)
            headers.append(column.header);
    }
    // New columns (another file, or a language change): new rows. The same columns: the rows
    // stay, so the combo the user just changed keeps its focus.
    if (headers != m_mappingHeaders || m_mappingCombos.size() != headers.size()) {
        QWidget *grid = m_mappingScroll->widget();
        while (QLayoutItem *item = m_mappingGrid->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        m_mappingCombos.clear();
        m_mappingSamples.clear();
        m_mappingStates.clear();
        m_mappingHeaders = headers;
        if (headers.isEmpty())
            return;

        const auto heading = [grid](const QString &text) {
            auto *label = new QLabel(text, grid);
            QFont font = label->font();
            font.setBold(true);
            label->setFont(font);
            return label;
        };
        m_mappingGrid->addWidget(heading(tr("Column in the file")), 0, 0);
        m_mappingGrid->addWidget(heading(tr("Import as")), 0, 1);
        m_mappingGrid->addWidget(heading(tr("Example")), 0, 3);
        for (int c = 0; c < headers.size(); ++c) {
            auto *header = new QLabel(
                inReadingDirection(headers.at(c).isEmpty() ? tr("(no header)") : headers.at(c)), grid);
            auto *sample = new QLabel(grid);
            sample->setForegroundRole(QPalette::PlaceholderText);
            auto *combo = new QComboBox(grid);
            combo->setObjectName(QStringLiteral("mapping_%1").arg(c));
            combo->addItem(tr("Do not import"), QString());
            for (const QStringView field : Field::all())
                combo->addItem(ImportText::fieldName(field.toString(), m_kind), field.toString());
            combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            header->setBuddy(combo);
            auto *state = new QLabel(grid);
            state->setObjectName(QStringLiteral("mappingState_%1").arg(c));
            state->setForegroundRole(QPalette::PlaceholderText);
            m_mappingGrid->addWidget(header, c + 1, 0);
            m_mappingGrid->addWidget(combo, c + 1, 1);
            m_mappingGrid->addWidget(state, c + 1, 2);
            m_mappingGrid->addWidget(sample, c + 1, 3);
            m_mappingCombos.append(combo);
            m_mappingSamples.append(sample);
            m_mappingStates.append(state);
            connect(combo, &QComboBox::activated, this,
                    [this, c, combo](int index) { setColumnField(c, combo->itemData(index).toString()); });
        }
        m_mappingGrid->setRowStretch(int(headers.size()) + 1, 1);
    }

    for (int c = 0; c < m_mappingCombos.size(); ++c) {
        const PreviewColumn &column = m_preview->columns.at(c);
        QString example;
        for (const PreviewRow &row : std::as_const(m_preview->rows)) {
            example = row.cells.value(c).simplified();
            if (!example.isEmpty())
                break;
        }
        QLabel *sample = m_mappingSamples.at(c);
        sample->setText(inReadingDirection(sample->fontMetrics().elidedText(example, Qt::ElideRight, 320)));
        sample->setToolTip(example);
        QComboBox *combo = m_mappingCombos.at(c);
        for (int i = 0; i < combo->count(); ++i) // the kind names "name" differently
            combo->setItemText(i,
                               i == 0 ? tr("Do not import")
                                      : ImportText::fieldName(combo->itemData(i).toString(), m_kind));
        combo->setCurrentIndex(qMax(0, combo->findData(column.field)));
        QLabel *state = m_mappingStates.at(c);
        if (column.field != column.recognised)
            state->setText(tr("Your choice"));
        else if (column.recognised.isEmpty())
            state->setText(tr("Not recognised"));
        else
            state->setText(tr("Recognised"));
    }
}

void ImportWizard::setColumnField(int column, const QString &field)
{
    if (!m_preview || column < 0 || column >= m_preview->columns.size())
        return;
    if (!m_mapping.setColumn(m_preview->columns.at(column).header, field))
        return; // not a canonical field: the combo offers none such
    requestPreview(false);
}

// ---- 4. Import ----------------------------------------------------------------------------

void ImportWizard::buildImportPage()
{
    m_importPage = new ImportStepPage([this]() {
        return !m_importing && m_preview.has_value() && m_preview->mappedCount() > 0 && !isPreviewing();
    });
    m_importPage->setCommitPage(true); // once imported, the way back is Undo, not Back
    auto *layout = new QVBoxLayout(m_importPage);
    m_importFacts = new QLabel(m_importPage);
    m_importFacts->setObjectName(QStringLiteral("importFacts"));
    m_importFacts->setWordWrap(true);
    m_strict = new QCheckBox(m_importPage);
    m_strict->setObjectName(QStringLiteral("strictMode"));
    m_strictNote = new QLabel(m_importPage);
    m_strictNote->setWordWrap(true);
    m_strictNote->setForegroundRole(QPalette::PlaceholderText);
    m_progress = new QProgressBar(m_importPage);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->hide();
    m_progressText = new QLabel(m_importPage);
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_cancelButton = new QPushButton(m_importPage);
    m_cancelButton->setObjectName(QStringLiteral("cancelImport"));
    m_cancelButton->hide();
    m_importStatusLabel = new QLabel(m_importPage);
    m_importStatusLabel->setObjectName(QStringLiteral("importStatus"));
    m_importStatusLabel->setWordWrap(true);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    layout->addWidget(m_importFacts);
    layout->addSpacing(12);
    layout->addWidget(m_strict);
    layout->addWidget(m_strictNote);
    layout->addSpacing(18);
    layout->addLayout(progressRow);
    layout->addWidget(m_progressText);
    layout->addWidget(m_importStatusLabel);
    layout->addStretch();

    connect(m_cancelButton, &QPushButton::clicked, this, &ImportWizard::cancelImport);
}

void ImportWizard::updateImportFacts()
{
    QStringList lines;
    const QString file = ImportText::fileName(m_path);
    lines.append(m_kind == ImportKind::Contacts ? tr("Import contacts from “%1”.").arg(file)
                                                : tr("Import companies from “%1”.").arg(file));
    lines.append(m_total >= 0 ? tr("Records in the file: %1").arg(number(m_total))
                              : tr("Records in the file: counting…"));
    if (m_preview)
        lines.append(countsText());
    lines.append(
        tr("You can cancel while the import runs: nothing is stored until the whole file has been read, "
           "so a cancelled import leaves no trace."));
    m_importFacts->setText(inReadingDirection(lines.join(u'\n')));
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == ImportPage && !m_summary) {
        startImport();
        return false; // the summary follows when the import has finished
    }
    return QWizard::validateCurrentPage();
}

bool ImportWizard::startImport()
{
    if (m_importing || m_path.isEmpty() || !ensureWorker())
        return false;
    m_importing = true;
    m_cancelRequested = false;
    m_importStatus.clear();
    m_cancel = std::make_shared<std::atomic<bool>>(false);

    ImportOptions options;
    options.kind = m_kind;
    options.strict = m_strict->isChecked();
    options.mapping = m_mapping;
    options.sourceName = QFileInfo(m_path).fileName();
    auto cancel = m_cancel;
    // Runs on the worker thread. `this` outlives every call: the destructor waits for the worker.
    options.progress = [this, cancel](qint64 read) {
        if (cancel->load())
            return false;
        QMetaObject::invokeMethod(
            this, [this, read]() { showProgress(read); }, Qt::QueuedConnection);
        return true;
    };
    const QString path = m_path;
    m_worker->run<Result<ImportSummary>>(
        this, [path, options](CrmStore &store) { return store.imports().importFile(path, options); },
        [this](Result<ImportSummary> result) { finishImport(std::move(result)); });

    m_strict->setEnabled(false);
    m_progress->setRange(0, m_total > 0 ? int(qMin<qint64>(m_total, INT_MAX)) : 0);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    m_progressText->setText(tr("Importing…"));
    m_importStatusLabel->clear();
    m_importStatusLabel->setStyleSheet(QString());
    m_importPage->recheck(); // before disabling Back: the wizard re-enables it on every recheck
    button(QWizard::BackButton)->setEnabled(false);
    return true;
}

void ImportWizard::showProgress(qint64 read)
{
    if (!m_importing)
        return;
    if (m_total > 0) {
        m_progress->setRange(0, int(qMin<qint64>(m_total, INT_MAX)));
        m_progress->setValue(int(qMin(read, m_total)));
        m_progressText->setText(tr("%1 of %2 records read").arg(number(read), number(m_total)));
    } else {
        m_progress->setRange(0, 0); // the total is not known yet: a busy bar and the count
        m_progressText->setText(tr("%1 records read").arg(number(read)));
    }
    if (m_cancelRequested)
        m_progressText->setText(tr("Cancelling… nothing will be stored."));
    Q_EMIT progressReported(read, m_total);
}

void ImportWizard::cancelImport()
{
    if (!m_importing || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_progressText->setText(tr("Cancelling… nothing will be stored."));
}

void ImportWizard::finishImport(Result<ImportSummary> result)
{
    m_importing = false;
    m_strict->setEnabled(true);
    m_cancelButton->hide();
    button(QWizard::BackButton)->setEnabled(true);
    if (result) {
        m_summary = *result;
        m_summaryKind = m_kind;
        m_summaryStrict = m_strict->isChecked();
        m_undoneCount = -1;
        m_undoError.clear();
        if (m_summary->stored)
            Q_EMIT imported(m_summary->batchId);
        m_importPage->recheck();
        if (currentId() == ImportPage)
            next();
        return;
    }
    m_progress->hide();
    m_progressText->clear();
    const Error &error = result.error();
    if (error.code == ErrorCode::Cancelled) {
        m_importStatus = tr("Import cancelled. Nothing was stored: the whole file was rolled back.");
        m_importStatusLabel->setStyleSheet(QString());
    } else {
        m_importStatus = tr("The import stopped. %1 Nothing was stored.").arg(ImportText::fileError(error));
        m_importStatusLabel->setStyleSheet(kErrorStyle);
    }
    m_importStatusLabel->setText(inReadingDirection(m_importStatus));
    m_importPage->recheck();
}

// ---- 5. Summary ---------------------------------------------------------------------------

void ImportWizard::buildSummaryPage()
{
    m_summaryPage = new ImportStepPage([]() { return true; });
    m_summaryPage->setFinalPage(true);
    auto *layout = new QVBoxLayout(m_summaryPage);
    m_summaryFigures = new QLabel(m_summaryPage);
    m_summaryFigures->setObjectName(QStringLiteral("summaryFigures"));
    m_summaryFigures->setWordWrap(true);
    m_batchLabel = new QLabel(m_summaryPage);
    m_batchLabel->setObjectName(QStringLiteral("batchId"));
    m_batchLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorsLabel = new QLabel(m_summaryPage);
    m_errorTable = new QTableWidget(m_summaryPage);
    m_errorTable->setObjectName(QStringLiteral("errorTable"));
    m_errorTable->setColumnCount(3);
    m_errorTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errorTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errorTable->verticalHeader()->hide();
    m_errorTable->horizontalHeader()->setStretchLastSection(true);
    m_errorTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_errorsLabel->setBuddy(m_errorTable);
    m_copyErrors = new QPushButton(uiIcon(QStringLiteral("edit-copy")), QString(), m_summaryPage);
    m_copyErrors->setObjectName(QStringLiteral("copyErrors"));
    m_saveErrors = new QPushButton(uiIcon(QStringLiteral("document-export")), QString(), m_summaryPage);
    m_saveErrors->setObjectName(QStringLiteral("saveErrors"));
    m_undoButton = new QPushButton(uiIcon(QStringLiteral("edit-undo")), QString(), m_summaryPage);
    m_undoButton->setObjectName(QStringLiteral("undoImport"));
    m_undoStatus = new QLabel(m_summaryPage);
    m_undoStatus->setObjectName(QStringLiteral("undoStatus"));
    m_undoStatus->setWordWrap(true);

    auto *errorButtons = new QHBoxLayout;
    errorButtons->addWidget(m_copyErrors);
    errorButtons->addWidget(m_saveErrors);
    errorButtons->addStretch();
    errorButtons->addWidget(m_undoButton);
    layout->addWidget(m_summaryFigures);
    layout->addWidget(m_batchLabel);
    layout->addSpacing(8);
    layout->addWidget(m_errorsLabel);
    layout->addWidget(m_errorTable, 1);
    layout->addLayout(errorButtons);
    layout->addWidget(m_undoStatus);

    connect(m_copyErrors, &QPushButton::clicked, this, &ImportWizard::copyErrors);
    connect(m_saveErrors, &QPushButton::clicked, this, &ImportWizard::saveErrors);
    connect(m_undoButton, &QPushButton::clicked, this, &ImportWizard::askUndo);
}

void ImportWizard::showSummary()
{
    if (!m_summary)
        return;
    const ImportSummary &s = *m_summary;
    QStringList lines;
    if (s.stored) {
        lines.append(m_summaryKind == ImportKind::Contacts
                         ? tr("Contacts imported: %1").arg(number(s.imported))
                         : tr("Companies imported: %1").arg(number(s.imported)));
    } else if (m_summaryStrict && !s.errors.isEmpty()) {
        lines.append(
            tr("Nothing was stored: strict mode found problems in the file. Fix the rows below and import "
               "again, or import without strict mode."));
    } else {
        lines.append(tr("Nothing was stored: the file had no new records to import."));
    }
    lines.append(tr("Skipped as duplicates: %1").arg(number(s.skippedDuplicates)));
    lines.append(tr("Not imported because of problems: %1").arg(number(s.errors.size())));
    lines.append(tr("Records read: %1").arg(number(s.read)));
    if (m_cancelRequested && s.stored)
        lines.append(
            tr("The whole file had been read before Cancel arrived, so the import was kept. Use Undo if "
               "you do not want it."));
    m_summaryFigures->setText(inReadingDirection(lines.join(u'\n')));
    m_batchLabel->setVisible(s.stored);
    m_batchLabel->setText(tr("Import batch: %1").arg(s.batchId));

    m_errorsLabel->setText(tr("Problems by line: %1").arg(number(s.errors.size())));
    m_errorTable->setHorizontalHeaderLabels({ tr("Line"), tr("Field"), tr("Problem") });
    m_errorTable->setRowCount(int(s.errors.size()));
    for (int r = 0; r < s.errors.size(); ++r) {
        const ImportRowError &error = s.errors.at(r);
        auto *line = new QTableWidgetItem(number(error.line));
        line->setData(Qt::UserRole, error.line);
        auto *field = new QTableWidgetItem(
            error.field.isEmpty() ? QString() : ImportText::fieldName(error.field, m_summaryKind));
        auto *problem = new QTableWidgetItem(ImportText::rowError(error, m_summaryKind));
        problem->setToolTip(error.message);
        m_errorTable->setItem(r, 0, line);
        m_errorTable->setItem(r, 1, field);
        m_errorTable->setItem(r, 2, problem);
    }
    m_errorTable->resizeColumnToContents(0);
    m_errorTable->resizeColumnToContents(1);
    const bool errors = !s.errors.isEmpty();
    m_errorsLabel->setVisible(errors);
    m_errorTable->setVisible(errors);
    m_copyErrors->setVisible(errors);
    m_saveErrors->setVisible(errors);

    m_undoButton->setVisible(s.stored);
    m_undoButton->setEnabled(s.stored && m_undoneCount < 0);
    m_undoStatus->setStyleSheet(m_undoError.isEmpty() ? QString() : kErrorStyle);
    if (!m_undoError.isEmpty())
        m_undoStatus->setText(inReadingDirection(m_undoError));
    else if (m_undoneCount >= 0)
        m_undoStatus->setText(
            inReadingDirection(tr("Import undone: %1 records removed.").arg(number(m_undoneCount))));
    else
        m_undoStatus->clear();
}

void ImportWizard::askUndo()
{
    if (!m_summary || !m_summary->stored || m_undoneCount >= 0)
        return;
    auto *box
        = new QMessageBox(QMessageBox::Question, tr("Undo this import?"),
                          tr("This deletes the %1 records this import added (and the companies it created "
                             "for them). Records that were already in OmniCRM are not touched.")
                              .arg(number(m_summary->imported)),
                          QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmUndo"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Undo import"));
    box->button(QMessageBox::No)->setText(tr("Keep it"));
    box->setDefaultButton(QMessageBox::No);
    QAbstractButton *yes = box->button(QMessageBox::Yes);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *clicked) {
        if (clicked == yes)
            undo();
    });
    box->open(); // window-modal, no nested event loop
}

void ImportWizard::undo()
{
    if (!m_summary || m_undoneCount >= 0)
        return;
    const QString batchId = m_summary->batchId;
    auto removed = m_store.imports().undo(batchId);
    if (removed) {
        m_undoneCount = *removed;
        m_undoError.clear();
        Q_EMIT importUndone(batchId);
    } else {
        m_undoError = tr("The import could not be undone. %1").arg(ErrorText::describe(removed.error()));
    }
    showSummary();
}

QStringList ImportWizard::errorRows(bool withHeader) const
{
    QStringList rows;
    if (withHeader)
        rows.append(QStringList { tr("Line"), tr("Field"), tr("Problem") }.join(u'\t'));
    if (!m_summary)
        return rows;
    for (const ImportRowError &error : m_summary->errors) {
        const QString field
            = error.field.isEmpty() ? QString() : ImportText::fieldName(error.field, m_summaryKind);
        rows.append(
            QStringList { QString::number(error.line), field, ImportText::rowError(error, m_summaryKind) }
                .join(u'\t'));
    }
    return rows;
}

void ImportWizard::copyErrors()
{
    QApplication::clipboard()->setText(errorRows(true).join(u'\n'));
}

Status ImportWizard::exportErrors(const QString &path) const
{
    if (!m_summary)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no import has finished"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::Io,
                           QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    // Columns keyed by their translated headers; CsvWriter adds the BOM Excel needs for Arabic
    // and guards cells against formula injection.
    const QStringList columns { tr("Line"), tr("Field"), tr("Problem"), tr("Detail") };
    CsvWriter writer(file);
    OMNICRM_TRY(writer.writeHeader(columns));
    for (const ImportRowError &error : m_summary->errors) {
        ImportRecord record;
        record.add(columns.at(0), QString::number(error.line));
        record.add(columns.at(1),
                   error.field.isEmpty() ? QString() : ImportText::fieldName(error.field, m_summaryKind));
        record.add(columns.at(2), ImportText::rowError(error, m_summaryKind));
        record.add(columns.at(3), error.message);
        OMNICRM_TRY(writer.writeRecord(record));
    }
    if (!file.commit())
        return Error::make(ErrorCode::Io,
                           QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

void ImportWizard::saveErrors()
{
    const QString suggested = QFileInfo(m_path).completeBaseName() + QStringLiteral("-problems.csv");
    auto *dialog
        = new QFileDialog(this, tr("Save the problems as CSV"),
                          QFileInfo(m_path).absoluteDir().filePath(suggested), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("saveProblems"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (const Status saved = exportErrors(path); !saved) {
            m_undoStatus->setStyleSheet(kErrorStyle);
            m_undoStatus->setText(inReadingDirection(ImportText::fileError(saved.error())));
        }
    });
    dialog->open();
}

// ---- Wizard -------------------------------------------------------------------------------

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FilePage:
        return PreviewPage;
    case PreviewPage:
        return m_preview && !m_preview->mappable() ? ImportPage : MappingPage;
    case MappingPage:
        return ImportPage;
    case ImportPage:
        return SummaryPage;
    default:
        return -1;
    }
}

void ImportWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == ImportPage) {
        updateImportFacts();
        m_importStatusLabel->setText(inReadingDirection(m_importStatus));
    } else if (id == SummaryPage) {
        showSummary();
    }
}

void ImportWizard::reject()
{
    if (m_importing) {
        cancelImport(); // the wizard stays until the worker has rolled back
        return;
    }
    QWizard::reject();
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange)
        retranslate();
    QWizard::changeEvent(event);
}

void ImportWizard::retranslate()
{
    setWindowTitle(tr("Import contacts or companies"));
    setButtonText(QWizard::NextButton, tr("Next"));
    setButtonText(QWizard::BackButton, tr("Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::CommitButton, tr("Start import"));
    setButtonText(QWizard::FinishButton, tr("Close"));

    m_filePage->setTitle(tr("Choose a file"));
    m_filePage->setSubTitle(
        tr("Contacts or companies from a CSV file (Excel, Google Contacts, Outlook) or a vCard "
           "address book."));
    m_fileIntro->setText(
        tr("Headers in Arabic or English are recognised, and the file's encoding and delimiter are "
           "detected. Nothing is stored until you start the import."));
    m_fileLabel->setText(tr("&File:"));
    m_pathEdit->setPlaceholderText(tr("Path of a .csv or .vcf file"));
    m_browse->setText(tr("&Browse…"));
    m_dropHint->setText(
        QStringLiteral("<img src=\":/icons/document-import.svg\" width=\"32\" height=\"32\"><br>")
        + tr("Or drop a file here").toHtmlEscaped());
    m_kindLabel->setText(tr("The rows are:"));
    m_contactsKind->setText(tr("&Contacts"));
    m_companiesKind->setText(tr("C&ompanies"));

    m_previewPage->setTitle(tr("Check the preview"));
    m_previewPage->setSubTitle(
        tr("The first rows as they will be imported. Cells with a problem are highlighted; "
           "point at one to read why."));
    m_mappingPage->setTitle(tr("Match the columns"));
    m_mappingPage->setSubTitle(
        tr("Choose the field each column goes into, or leave a column out. The preview below "
           "checks the rows again with your choice."));
    m_mappingIntro->setText(tr("Columns were matched by their headers. Change any that are wrong."));
    m_importPage->setTitle(tr("Import"));
    m_importPage->setSubTitle(
        tr("The whole file is imported as one unit: if the import is cancelled or fails, "
           "nothing is stored."));
    m_strict->setText(tr("&Strict: if any row has a problem, import nothing"));
    m_strictNote->setText(
        tr("Without strict mode, rows with problems are left out and listed in the summary, and "
           "the rest is imported."));
    m_cancelButton->setText(tr("Cancel import"));
    m_summaryPage->setTitle(tr("Import summary"));
    m_summaryPage->setSubTitle(tr("What was stored, what was skipped, and why."));
    m_copyErrors->setText(tr("Copy problems"));
    m_saveErrors->setText(tr("Save as CSV…"));
    m_undoButton->setText(tr("&Undo this import"));

    m_model->retranslate();
    m_mappingHeaders.clear(); // rebuilt with the new language's headings
    rebuildMappingRows();
    updateFileStatus();
    updatePreviewFacts();
    updateImportFacts();
    showSummary();
}

} // namespace OmniCrm
