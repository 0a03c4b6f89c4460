#include "importfilepage.h"

#include "importtext.h"
#include "uiicons.h"

#include <QButtonGroup>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace OmniCrm {

using ImportStep::inReadingDirection;
using ImportStep::kErrorStyle;
using ImportStep::number;

namespace {

constexpr int kPathDebounceMs = 300;

// The local file a drag carries, if it carries exactly one.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

ImportFilePage::ImportFilePage(std::function<bool()> complete, const std::optional<ImportPreview> &preview,
                               ImportKind kind, QWidget *parent)
    : ImportStepPage(std::move(complete), parent)
    , m_preview(preview)
{
    setAcceptDrops(true);
    m_pathDebounce = new QTimer(this);
    m_pathDebounce->setSingleShot(true);
    m_pathDebounce->setInterval(kPathDebounceMs);
    connect(m_pathDebounce, &QTimer::timeout, this, [this]() { Q_EMIT pathChosen(m_pathEdit->text()); });

    auto *layout = new QVBoxLayout(this);
    m_fileIntro = new QLabel(this);
    m_fileIntro->setWordWrap(true);

    auto *row = new QHBoxLayout;
    m_fileLabel = new QLabel(this);
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("filePath"));
    m_pathEdit->setLayoutDirection(Qt::LeftToRight); // paths read left to right in every language
    m_pathEdit->setAcceptDrops(false); // a dropped file goes to the page, not into the text
    m_pathEdit->setClearButtonEnabled(true);
    m_fileLabel->setBuddy(m_pathEdit);
    m_browse = new QPushButton(uiIcon(QStringLiteral("document-open")), QString(), this);
    m_browse->setObjectName(QStringLiteral("browse"));
    row->addWidget(m_fileLabel);
    row->addWidget(m_pathEdit, 1);
    row->addWidget(m_browse);

    m_dropHint = new QLabel(this);
    m_dropHint->setObjectName(QStringLiteral("dropHint"));
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setMinimumHeight(110);
    m_dropHint->setWordWrap(true);
    m_dropHint->setStyleSheet(QStringLiteral(
        "QLabel#dropHint { border: 2px dashed palette(mid); border-radius: 8px; padding: 12px; }"));

    auto *kindRow = new QHBoxLayout;
    m_kindLabel = new QLabel(this);
    m_contactsKind = new QRadioButton(this);
    m_contactsKind->setObjectName(QStringLiteral("kindContacts"));
    m_companiesKind = new QRadioButton(this);
    m_companiesKind->setObjectName(QStringLiteral("kindCompanies"));
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_contactsKind);
    kinds->addButton(m_companiesKind);
    (kind == ImportKind::Contacts ? m_contactsKind : m_companiesKind)->setChecked(true);
    kindRow->addWidget(m_kindLabel);
    kindRow->addWidget(m_contactsKind);
    kindRow->addWidget(m_companiesKind);
    kindRow->addStretch();

    m_fileStatus = new QLabel(this);
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
        Q_EMIT pathChosen(m_pathEdit->text());
    });
    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_contactsKind, &QRadioButton::toggled, this,
            [this](bool on) { Q_EMIT kindChosen(on ? ImportKind::Contacts : ImportKind::Companies); });
}

void ImportFilePage::browse()
{
    // open(), not exec(): the wizard's event loop keeps running while the dialog is up.
    auto *dialog
        = new QFileDialog(window(), tr("Choose a file to import"),
                          m_currentFile.isEmpty() ? QString() : QFileInfo(m_currentFile).absolutePath(),
                          tr("Contacts files (*.csv *.tsv *.txt *.vcf *.vcard *.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("chooseFile"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportFilePage::pathChosen);
    dialog->open();
}

void ImportFilePage::showPath(const QString &path)
{
    m_pathDebounce->stop();
    if (m_pathEdit->text() != path)
        m_pathEdit->setText(path);
}

void ImportFilePage::setKind(ImportKind kind)
{
    (kind == ImportKind::Contacts ? m_contactsKind : m_companiesKind)->setChecked(true);
}

void ImportFilePage::showStatus(const std::optional<Error> &error)
{
    m_fileStatus->setStyleSheet(QString());
    if (m_currentFile.isEmpty()) {
        m_fileStatus->clear();
    } else if (error) {
        m_fileStatus->setStyleSheet(kErrorStyle);
        m_fileStatus->setText(inReadingDirection(ImportText::fileError(*error)));
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

void ImportFilePage::retranslate()
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("Contacts or companies from a CSV file (Excel, Google Contacts, Outlook) or a vCard "
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
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilePage::dragMoveEvent(QDragMoveEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT pathChosen(path);
}

} // namespace OmniCrm
