#include "importpreviewmodel.h"

#include "importtext.h"
#include "uiicons.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace OmniCrm {

namespace {

// Tints that read on light and dark palettes alike, with text forced dark on them.
const QColor kRejectedTint(0xfd, 0xdc, 0xdc);
const QColor kSkippedTint(0xff, 0xef, 0xc2);
const QColor kTintedText(0x20, 0x20, 0x20);

bool rejects(PreviewProblem problem)
{
    return problem != PreviewProblem::Duplicate && problem != PreviewProblem::DuplicateInFile
        && problem != PreviewProblem::Empty;
}

QVariantList problemList(const QList<PreviewIssue> &issues)
{
    QVariantList list;
    for (const PreviewIssue &issue : issues)
        list.append(int(issue.problem));
    return list;
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPreview(const ImportPreview &preview, ImportKind kind)
{
    beginResetModel();
    m_preview = preview;
    m_kind = kind;
    endResetModel();
}

void ImportPreviewModel::clear()
{
    setPreview(ImportPreview {}, m_kind);
}

void ImportPreviewModel::retranslate()
{
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_preview.columns.isEmpty())
        return 0;
    return int(m_preview.columns.size()) + 1;
}

QString ImportPreviewModel::tooltip(const PreviewRow &row, int fileColumn) const
{
    QStringList lines;
    for (const PreviewIssue &issue : row.issuesAt(fileColumn))
        lines.append(ImportText::problem(issue, m_kind));
    if (fileColumn < 0 && lines.isEmpty()) {
        switch (row.outcome) {
        case PreviewOutcome::Ready:
            lines.append(tr("Ready to import."));
            break;
        case PreviewOutcome::Rejected:
            lines.append(tr("This row has a problem in a highlighted cell and will not be imported."));
            break;
        case PreviewOutcome::Skipped:
            lines.append(tr("This row will be skipped; see the highlighted cell."));
            break;
        }
    }
    lines.removeDuplicates();
    return lines.join(u'\n');
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PreviewRow &row = m_preview.rows.at(index.row());
    const int fileColumn = index.column() - 1;
    const QList<PreviewIssue> issues = row.issuesAt(fileColumn);

    switch (role) {
    case Qt::DisplayRole:
        if (fileColumn < 0)
            return QLocale().toString(row.line);
        // One line per cell in the table; the tooltip shows a multi-line value whole.
        return row.cells.value(fileColumn).replace(u'\n', u' ');
    case Qt::ToolTipRole: {
        QString tip = tooltip(row, fileColumn);
        const QString cell = fileColumn >= 0 ? row.cells.value(fileColumn) : QString();
        if (cell.contains(u'\n') || cell.size() > 40)
            tip = tip.isEmpty() ? cell : cell + u"\n\n" + tip;
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::DecorationRole:
        if (fileColumn >= 0)
            return {};
        switch (row.outcome) {
        case PreviewOutcome::Ready:
            return uiIcon(QStringLiteral("dialog-ok-apply"));
        case PreviewOutcome::Rejected:
            return uiIcon(QStringLiteral("dialog-warning"));
        case PreviewOutcome::Skipped:
            return uiIcon(QStringLiteral("list-remove"));
        }
        return {};
    case Qt::BackgroundRole: {
        const bool rejected = std::any_of(issues.cbegin(), issues.cend(),
                                          [](const PreviewIssue &i) { return rejects(i.problem); });
        if (rejected)
            return QBrush(kRejectedTint);
        if (!issues.isEmpty())
            return QBrush(kSkippedTint);
        return {};
    }
    case Qt::ForegroundRole:
        if (!issues.isEmpty())
            return QBrush(kTintedText);
        if (fileColumn >= 0 && m_preview.columns.at(fileColumn).field.isEmpty())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text); // not imported
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeading | Qt::AlignVCenter));
    case ProblemsRole:
        return problemList(issues);
    case OutcomeRole:
        return int(row.outcome);
    case LineRole:
        return row.line;
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0) {
        if (role == Qt::DisplayRole)
            return tr("Line");
        if (role == Qt::ToolTipRole)
            return tr("The row's line in the file");
        return {};
    }
    const PreviewColumn &column = m_preview.columns.at(section - 1);
    const QString field
        = column.field.isEmpty() ? tr("Not imported") : ImportText::fieldName(column.field, m_kind);
    switch (role) {
    case Qt::DisplayRole:
        if (!m_preview.mappable())
            return field; // vCard and JSON columns are fields already
        {
            // The arrow points the way the line reads: from the file's header to the field.
            const QString arrow = QGuiApplication::layoutDirection() == Qt::RightToLeft
                ? QStringLiteral("← ")
                : QStringLiteral("→ ");
            return QVariant(column.header + u'\n' + arrow + field);
        }
    case Qt::ToolTipRole:
        if (column.field.isEmpty())
            return tr("Column “%1” is not imported.").arg(ImportText::isolate(column.header));
        return tr("Column “%1” is imported as %2.").arg(ImportText::isolate(column.header), field);
    case Qt::ForegroundRole:
        if (column.field.isEmpty())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QList<ImportPreviewModel::Problem> ImportPreviewModel::problems() const
{
    QList<Problem> list;
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        const PreviewRow &row = m_preview.rows.at(r);
        QStringList said; // a missing name sits on every name cell; say it once
        for (const PreviewIssue &issue : row.issues) {
            const QString text = ImportText::problem(issue, m_kind);
            if (said.contains(text))
                continue;
            said.append(text);
            list.append(Problem { r, modelColumn(issue.column), text });
        }
    }
    return list;
}

} // namespace OmniCrm
