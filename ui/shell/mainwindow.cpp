#include "mainwindow.h"

#include "backgroundstore.h"
#include "commandpalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace OmniCrm {

MainWindow::MainWindow(BackgroundStore &reader, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFixedWidth(190);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    m_stack = new QStackedWidget(central);
    auto *rail = new QVBoxLayout;
    rail->setContentsMargins(0, 0, 0, 6);
    rail->addWidget(m_nav, 1);
    m_actions = new QVBoxLayout;
    m_actions->setContentsMargins(6, 0, 6, 0);
    rail->addLayout(m_actions);
    layout->addLayout(rail);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) { showPage(row); });

    m_syncLabel = new QToolButton(this);
    m_syncLabel->setObjectName(QStringLiteral("syncState"));
    m_syncLabel->setAutoRaise(true);
    m_syncLabel->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_syncLabel->hide(); // until sync is configured
    statusBar()->addPermanentWidget(m_syncLabel);
    connect(m_syncLabel, &QToolButton::clicked, this, &MainWindow::syncStateActivated);

    m_palette = new CommandPalette(reader, this);
    connect(m_palette, &CommandPalette::recordChosen, this,
            [this](RecordKind kind, const QString &id) { showRecord(kind, id); });
    auto *search = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    search->setContext(Qt::ApplicationShortcut);
    connect(search, &QShortcut::activated, this, &MainWindow::openCommandPalette);

    retranslate();
    resize(1280, 800);
}

void MainWindow::addPage(ShellPage *page)
{
    const int index = m_stack->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_nav);
    item->setSizeHint(QSize(0, 36));
    if (index < 9) {
        // Ctrl+1 … Ctrl+9 reach the pages in navigation order.
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index]() { showPage(index); });
    }
    connect(page, &ShellPage::recordRequested, this,
            [this](RecordKind kind, const QString &id) { showRecord(kind, id); });
    connect(page, &ShellPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    if (index == 0)
        showPage(0);
}

ShellPage *MainWindow::currentPage() const
{
    return qobject_cast<ShellPage *>(m_stack->currentWidget());
}

int MainWindow::pageCount() const
{
    return m_stack->count();
}

ShellPage *MainWindow::pageAt(int index) const
{
    return qobject_cast<ShellPage *>(m_stack->widget(index));
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_stack->count())
        return;
    if (m_nav->currentRow() != index)
        m_nav->setCurrentRow(index); // comes back here through currentRowChanged
    if (m_stack->currentIndex() != index || !pageAt(index)->isVisible()) {
        m_stack->setCurrentIndex(index);
        pageAt(index)->activate();
    }
    updateTitle();
}

void MainWindow::showPage(ShellPage *page)
{
    showPage(m_stack->indexOf(page));
}

bool MainWindow::showRecord(RecordKind kind, const QString &id)
{
    for (int i = 0; i < m_stack->count(); ++i) {
        ShellPage *page = pageAt(i);
        if (page->showRecord(kind, id)) {
            showPage(i);
            return true;
        }
    }
    return false;
}

void MainWindow::addGlobalAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_actions->addWidget(button);
    action->setShortcutContext(Qt::ApplicationShortcut);
    addAction(action);
}

void MainWindow::setBrandName(const QString &brand)
{
    m_brand = brand;
    updateTitle();
}

void MainWindow::setSyncState(const QString &text, const QString &details)
{
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(details);
    m_syncLabel->setVisible(!text.isEmpty());
}

void MainWindow::openCommandPalette()
{
    m_palette->popup();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    for (int i = 0; i < m_stack->count() && i < m_nav->count(); ++i)
        m_nav->item(i)->setText(pageAt(i)->title());
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString app = QStringLiteral("OmniCRM");
    const ShellPage *page = currentPage();
    QString title = m_brand.isEmpty() ? app : m_brand + QStringLiteral(" — ") + app;
    if (page)
        title = page->title() + QStringLiteral(" · ") + title;
    setWindowTitle(title);
}

} // namespace OmniCrm
