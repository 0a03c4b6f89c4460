#include "importpreviewpage.h"

#include "importpreviewmodel.h"
#include "importtext.h"

#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace OmniCrm {

using ImportStep::inReadingDirection;
using ImportStep::number;

ImportPreviewPage::ImportPreviewPage(std::function<bool()> complete,
                                     const std::optional<ImportPreview> &preview, ImportPreviewModel *model,
                                     QWidget *parent)
    : ImportStepPage(std::move(complete), parent)
    , m_preview(preview)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    m_previewFacts = new QLabel(this);
    m_previewFacts->setObjectName(QStringLiteral("previewFacts"));
    m_previewFacts->setWordWrap(true);
    m_previewCounts = new QLabel(this);
    m_previewCounts->setObjectName(QStringLiteral("previewCounts"));
    m_previewCounts->setWordWrap(true);
    m_previewTable = ImportStep::makePreviewTable(m_model, QStringLiteral("previewTable"), this);
    m_problemsLabel = new QLabel(this);
    m_problemList = new QListWidget(this);
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

void ImportPreviewPage::retranslate()
{
    setTitle(tr("Check the preview"));
    setSubTitle(tr("The first rows as they will be imported. Cells with a problem are highlighted; "
                   "point at one to read why."));
}

void ImportPreviewPage::showFacts(qint64 total, const QString &counts)
{
    if (!m_preview) {
        m_previewFacts->clear();
        m_previewCounts->clear();
        m_problemList->clear();
        m_problemsLabel->clear();
        return;
    }
    QStringList facts;
    facts.append(tr("Format: %1").arg(ImportText::formatName(m_preview->format)));
    facts.append(tr("Encoding: %1").arg(ImportText::encodingName(m_preview->encoding)));
    if (m_preview->format == RecordFormat::Csv)
        facts.append(tr("Delimiter: %1").arg(ImportText::delimiterName(m_preview->delimiter)));
    facts.append(total >= 0 ? tr("Records in the file: %1").arg(number(total))
                            : tr("Records in the file: counting…"));
    m_previewFacts->setText(inReadingDirection(facts.join(QStringLiteral("   ·   "))));
    m_previewCounts->setText(inReadingDirection(counts));

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

} // namespace OmniCrm
