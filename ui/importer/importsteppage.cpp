#include "importsteppage.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QTableView>

namespace OmniCrm {

ImportStepPage::ImportStepPage(std::function<bool()> complete, QWidget *parent)
    : QWizardPage(parent)
    , m_complete(std::move(complete))
{
}

namespace ImportStep {

// A label lays out a paragraph in the direction of its first strong letter, so an Arabic header
// would sit on the right of an English page. A mark of the page's direction keeps it in line.
QString inReadingDirection(QString text)
{
    const QChar mark(QGuiApplication::layoutDirection() == Qt::RightToLeft ? 0x200F : 0x200E);
    text.replace(u'\n', QString(u'\n') + mark); // every line is a paragraph of its own
    return mark + text;
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

} // namespace ImportStep

} // namespace OmniCrm
