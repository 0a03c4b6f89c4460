#include "pairreviewpanel.h"

#include "dedupetext.h"
#include "displayformat.h"

#include <QButtonGroup>
#include <QColor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OmniCrm {

PairReviewPanel::PairReviewPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pairReview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("pairHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    auto *survivorRow = new QHBoxLayout;
    m_survivorLabel = new QLabel(this);
    m_keepA = new QRadioButton(this);
    m_keepA->setObjectName(QStringLiteral("keepA"));
    m_keepB = new QRadioButton(this);
    m_keepB->setObjectName(QStringLiteral("keepB"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_keepA);
    group->addButton(m_keepB);
    survivorRow->addWidget(m_survivorLabel);
    survivorRow->addWidget(m_keepA);
    survivorRow->addWidget(m_keepB);
    survivorRow->addStretch(1);
    layout->addLayout(survivorRow);
    connect(m_keepA, &QRadioButton::clicked, this,
            [this]() { Q_EMIT survivorChosen(m_item.candidate.recordA); });
    connect(m_keepB, &QRadioButton::clicked, this,
            [this]() { Q_EMIT survivorChosen(m_item.candidate.recordB); });

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("pairFields"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus); // arrows stay with the queue
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AgreementColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 3);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("mergeOutcome"));
    m_outcome->setWordWrap(true);
    layout->addWidget(m_outcome);
    m_whyHeading = new QLabel(this);
    m_whyHeading->setFont(bold);
    layout->addWidget(m_whyHeading);
    m_why = new QLabel(this);
    m_why->setObjectName(QStringLiteral("pairEvidence"));
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::PlainText);
    m_why->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    layout->addWidget(m_why, 1);
    retranslate();
    clear();
}

void PairReviewPanel::showPair(const DuplicateItem &item, const QList<ComparisonEvidence> &evidence,
                               const MergePreview &preview)
{
    m_item = item;
    m_evidence = evidence;
    m_preview = preview;
    m_hasPair = true;
    fill();
}

void PairReviewPanel::clear()
{
    m_hasPair = false;
    m_preview = {};
    m_evidence.clear();
    fill();
}

QString PairReviewPanel::evidenceText() const
{
    return m_why->text();
}

void PairReviewPanel::fill()
{
    for (QWidget *w : { static_cast<QWidget *>(m_keepA), static_cast<QWidget *>(m_keepB),
                        static_cast<QWidget *>(m_survivorLabel), static_cast<QWidget *>(m_table),
                        static_cast<QWidget *>(m_whyHeading), static_cast<QWidget *>(m_outcome) })
        w->setVisible(m_hasPair);
    if (!m_hasPair) {
        m_heading->setText(tr("Choose a pair in the queue to compare its records."));
        m_why->clear();
        m_table->setRowCount(0);
        return;
    }
    const QString percent = QLocale().toString(m_item.candidate.probability * 100, 'f', 0);
    //: %1 and %2 are the two records' names, %3 the match probability in percent.
    m_heading->setText(
        tr("%1 and %2: %3% likely the same")
            .arg(DisplayFormat::isolate(m_item.nameA), DisplayFormat::isolate(m_item.nameB), percent));
    m_keepA->setText(m_item.nameA);
    m_keepB->setText(m_item.nameB);
    const bool aSurvives = m_preview.survivorId == m_item.candidate.recordA;
    m_keepA->setChecked(aSurvives);
    m_keepB->setChecked(!aSurvives);
    m_table->setHorizontalHeaderLabels(
        { tr("Field"), m_item.nameA, m_item.nameB, tr("Comparison"), tr("After merge") });

    m_table->setRowCount(int(m_preview.fields.size()));
    int alternates = 0;
    for (int row = 0; row < m_preview.fields.size(); ++row) {
        const FieldOutcome &field = m_preview.fields.at(row);
        const QString a = aSurvives ? field.survivorValue : field.loserValue;
        const QString b = aSurvives ? field.loserValue : field.survivorValue;
        QString result = field.result;
        if (field.alternateKept) {
            ++alternates;
            //: After a merged field's value: the value that lost is kept as an alternate.
            result += u'\n' + tr("(other value kept as alternate)");
        }
        const QString agreement = DedupeText::agreement(a, b);
        const QStringList cells { DedupeText::fieldName(field.field), a, b, agreement, result };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == AgreementColumn && !a.isEmpty() && !b.isEmpty())
                item->setForeground(DedupeText::sameValue(a, b) ? palette().color(QPalette::Link)
                                                                : QColor(0xb0, 0x40, 0x20));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeRowsToContents();
    const QString survivor = aSurvives ? m_item.nameA : m_item.nameB;
    //: %1 is the record that stays; %n how many values are kept as alternates.
    m_outcome->setText(
        tr("“%1” stays; the other record is merged into it, its activities, deals and tags move "
           "over, and %n differing value(s) are kept as alternates.",
           nullptr, alternates)
            .arg(DisplayFormat::isolate(survivor)));

    QStringList lines;
    for (const ComparisonEvidence &evidence : std::as_const(m_evidence))
        lines.append(DedupeText::evidenceLine(evidence));
    m_why->setText(lines.isEmpty()
                       ? tr("Run “Find duplicates” again to see the comparison behind this score.")
                       : lines.join(u'\n'));
}

void PairReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PairReviewPanel::retranslate()
{
    m_survivorLabel->setText(tr("Keep:"));
    m_whyHeading->setText(tr("Why the engine matched them"));
    fill();
}

} // namespace OmniCrm
