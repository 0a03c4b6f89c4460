#include "columnmappingpage.h"

#include "importfield.h"
#include "importpreviewmodel.h"
#include "importtext.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace OmniCrm {

using ImportStep::inReadingDirection;

ColumnMappingPage::ColumnMappingPage(std::function<bool()> complete,
                                     const std::optional<ImportPreview> &preview, ImportPreviewModel *model,
                                     ImportKind kind, QWidget *parent)
    : ImportStepPage(std::move(complete), parent)
    , m_preview(preview)
    , m_kind(kind)
{
    auto *layout = new QVBoxLayout(this);
    m_mappingIntro = new QLabel(this);
    m_mappingIntro->setWordWrap(true);
    m_mappingScroll = new QScrollArea(this);
    m_mappingScroll->setObjectName(QStringLiteral("mappingArea"));
    m_mappingScroll->setWidgetResizable(true);
    auto *grid = new QWidget;
    m_mappingGrid = new QGridLayout(grid);
    m_mappingGrid->setColumnStretch(3, 1);
    m_mappingGrid->setHorizontalSpacing(16);
    m_mappingScroll->setWidget(grid);
    m_mappingCounts = new QLabel(this);
    m_mappingCounts->setObjectName(QStringLiteral("mappingCounts"));
    m_mappingCounts->setWordWrap(true);
    m_mappingTable = ImportStep::makePreviewTable(model, QStringLiteral("mappingTable"), this);
    layout->addWidget(m_mappingIntro);
    layout->addWidget(m_mappingScroll, 1);
    layout->addWidget(m_mappingCounts);
    layout->addWidget(m_mappingTable, 1);
}

void ColumnMappingPage::showCounts(const QString &counts)
{
    if (m_preview)
        m_mappingCounts->setText(inReadingDirection(counts));
    else
        m_mappingCounts->clear();
}

void ColumnMappingPage::retranslate()
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the field each column goes into, or leave a column out. The preview below "
                   "checks the rows again with your choice."));
    m_mappingIntro->setText(tr("Columns were matched by their headers. Change any that are wrong."));
    m_mappingHeaders.clear(); // rebuilt with the new language's headings
    rebuildMappingRows();
}

void ColumnMappingPage::rebuildMappingRows()
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

void ColumnMappingPage::setColumnField(int column, const QString &field)
{
    if (!m_preview || column < 0 || column >= m_preview->columns.size())
        return;
    Q_EMIT fieldChosen(m_preview->columns.at(column).header, field);
}

} // namespace OmniCrm
