#include "recordpicker.h"

#include "arabictext.h"
#include "crmstore.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace OmniCrm {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;
constexpr int kTitleRole = Qt::UserRole + 3;
} // namespace

RecordPicker::RecordPicker(CrmStore &store, QList<RecordKind> kinds, QWidget *parent)
    : QLineEdit(parent)
    , m_store(store)
    , m_kinds(std::move(kinds))
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
{
    setClearButtonEnabled(true);
    m_completer->setModel(m_model);
    // The store already matched (folded, by prefix); the completer must not filter again.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    m_completer->setMaxVisibleItems(kLimit);
    m_completer->popup()->setObjectName(QStringLiteral("pickerPopup"));

    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_id.isEmpty() && text.simplified() != m_title) {
            m_id.clear();
            m_title.clear();
        }
        search(text);
        Q_EMIT recordChanged();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.row()); });
}

void RecordPicker::setRecord(RecordKind kind, const QString &id, const QString &title)
{
    m_kind = kind;
    m_id = id;
    m_title = title.simplified();
    setText(title);
    m_model->clear();
    Q_EMIT recordChanged();
}

void RecordPicker::clearRecord()
{
    m_id.clear();
    m_title.clear();
    clear();
    m_model->clear();
    Q_EMIT recordChanged();
}

bool RecordPicker::matchesSuggestion() const
{
    const QString typed = ArabicText::fold(text());
    if (typed.isEmpty())
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (ArabicText::fold(m_model->item(row)->data(kTitleRole).toString()) == typed)
            return true;
    }
    return false;
}

void RecordPicker::choose(int row)
{
    QStandardItem *item = m_model->item(row);
    if (!item)
        return;
    m_kind = RecordKind(item->data(kKindRole).toInt());
    m_id = item->data(kIdRole).toString();
    m_title = item->data(kTitleRole).toString().simplified();
    setText(m_title);
    m_completer->popup()->hide();
    Q_EMIT recordChanged();
}

void RecordPicker::search(const QString &text)
{
    m_model->clear();
    if (text.trimmed().isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    auto found = m_store.search().search(text, kLimit, m_kinds);
    if (!found || found->isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    for (const SearchResult &result : *found) {
        QString line = result.title;
        if (!result.subtitle.isEmpty())
            line += QStringLiteral(" · ") + result.subtitle;
        auto *item = new QStandardItem(QChar(0x2068) + line + QChar(0x2069)); // FSI … PDI
        item->setData(int(result.kind), kKindRole);
        item->setData(result.id, kIdRole);
        item->setData(result.title, kTitleRole);
        m_model->appendRow(item);
    }
    if (hasFocus())
        m_completer->complete();
}

} // namespace OmniCrm
