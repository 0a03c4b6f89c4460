#include "commandpalette.h"

#include "backgroundstore.h"
#include "errortext.h"
#include "kindtext.h"
#include "uiicons.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <utility>

namespace OmniCrm {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;

QIcon kindIcon(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Contact:
        return uiIcon(QStringLiteral("user-identity"));
    case RecordKind::Company:
        return uiIcon(QStringLiteral("view-bank"));
    case RecordKind::Lead:
        return uiIcon(QStringLiteral("flag"));
    case RecordKind::Deal:
        return uiIcon(QStringLiteral("view-financial-list"));
    case RecordKind::Product:
        return uiIcon(QStringLiteral("package-x-generic"));
    case RecordKind::Activity:
        return uiIcon(QStringLiteral("view-calendar-day"));
    }
    return {};
}
} // namespace

CommandPalette::CommandPalette(BackgroundStore &reader, QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
{
    setObjectName(QStringLiteral("commandPalette"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("searchInput"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setIconSize(QSize(22, 22));
    m_hint = new QLabel(this);
    m_hint->setEnabled(false);
    layout->addWidget(m_input);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_hint);
    resize(640, 420);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(60);
    connect(&m_debounce, &QTimer::timeout, this, &CommandPalette::search);
    connect(m_input, &QLineEdit::textChanged, this, [this]() { m_debounce.start(); });
    connect(m_input, &QLineEdit::returnPressed, this, &CommandPalette::choose);
    connect(m_results, &QListWidget::itemActivated, this, &CommandPalette::choose);
    retranslate();
}

void CommandPalette::popup()
{
    if (QWidget *owner = parentWidget()) {
        const QRect area = owner->geometry();
        move(area.center().x() - width() / 2, area.top() + area.height() / 6);
    }
    show();
    raise();
    activateWindow();
    m_input->setFocus();
    m_input->selectAll();
}

void CommandPalette::search()
{
    const QString text = m_input->text().trimmed();
    const quint64 generation = ++m_generation;
    if (text.isEmpty()) {
        m_results->clear();
        resultsReady();
        return;
    }
    m_reader.run<Result<QList<SearchResult>>>(
        this, [text](CrmStore &store) { return store.search().search(text, kLimit); },
        [this, generation](Result<QList<SearchResult>> found) {
            if (generation != m_generation)
                return;
            m_results->clear();
            if (!found) {
                m_hint->setText(ErrorText::describe(found.error()));
                resultsReady();
                return;
            }
            for (const SearchResult &result : *found) {
                QString line = result.title;
                if (!result.subtitle.isEmpty())
                    line += QStringLiteral("  ·  ") + result.subtitle;
                // Isolate each run so an Arabic name next to a Latin e-mail keeps its order.
                auto *item = new QListWidgetItem(kindIcon(result.kind), QChar(0x2068) + line + QChar(0x2069),
                                                 m_results);
                item->setToolTip(KindText::singular(result.kind));
                item->setData(kKindRole, int(result.kind));
                item->setData(kIdRole, result.id);
            }
            if (m_results->count() > 0)
                m_results->setCurrentRow(0);
            m_hint->setText(found->isEmpty() ? tr("Nothing matches “%1”.").arg(m_input->text().trimmed())
                                             : tr("Enter opens · ↑↓ move · Esc closes"));
            resultsReady();
        });
}

void CommandPalette::resultsReady()
{
    Q_EMIT resultsShown();
    if (std::exchange(m_chooseWhenReady, false))
        choose();
}

void CommandPalette::choose()
{
    if (m_debounce.isActive()) {
        // Enter typed faster than the debounce: search now, choose when the answer is in.
        m_debounce.stop();
        m_chooseWhenReady = true;
        search();
        return;
    }
    QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    const auto kind = RecordKind(item->data(kKindRole).toInt());
    const QString id = item->data(kIdRole).toString();
    hide();
    Q_EMIT recordChosen(kind, id);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int count = m_results->count();
        if (count > 0 && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            m_results->setCurrentRow((m_results->currentRow() + step + count) % count);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CommandPalette::retranslate()
{
    setWindowTitle(tr("Search everything"));
    m_input->setPlaceholderText(tr("Search contacts, companies, leads, deals, products…"));
    m_hint->setText(tr("Type a name, phone, e-mail or company · Esc closes"));
}

} // namespace OmniCrm
