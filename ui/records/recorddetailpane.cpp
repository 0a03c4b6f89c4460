#include "recorddetailpane.h"

#include "errortext.h"
#include "kindtext.h"
#include "recordtext.h"
#include "uiicons.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedLayout>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace OmniCrm {

namespace {

constexpr int kActivityIdRole = Qt::UserRole + 1;
const QString kLinkScheme = QStringLiteral("omnicrm:");

QToolButton *actionButton(QWidget *parent, const QString &icon, const QString &objectName)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(uiIcon(icon));
    button->setIconSize(QSize(22, 22));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

QString linkTo(RecordKind kind, const QString &id, const QString &text)
{
    return QStringLiteral("<a href=\"%1%2/%3\">%4</a>")
        .arg(kLinkScheme, recordKindName(kind), id, RecordText::isolate(text).toHtmlEscaped());
}

} // namespace

RecordDetailPane::RecordDetailPane(RecordKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_format(ValueFormat::fromLocale())
{
    setObjectName(QStringLiteral("recordDetail"));
    m_stack = new QStackedLayout(this);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("detailEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_empty);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);

    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(content);
    m_subtitle->setObjectName(QStringLiteral("detailSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(2);
    m_edit = actionButton(content, QStringLiteral("document-edit"), QStringLiteral("detailEdit"));
    m_delete = actionButton(content, QStringLiteral("edit-delete"), QStringLiteral("detailDelete"));
    m_convert = actionButton(content, QStringLiteral("dialog-ok-apply"), QStringLiteral("detailConvert"));
    m_complete = actionButton(content, QStringLiteral("task-complete"), QStringLiteral("detailComplete"));
    m_convert->setVisible(kind == RecordKind::Lead);
    m_complete->setVisible(kind == RecordKind::Activity);
    actions->addWidget(m_edit);
    actions->addWidget(m_convert);
    actions->addWidget(m_complete);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    layout->addLayout(actions);
    connect(m_edit, &QToolButton::clicked, this, &RecordDetailPane::editRequested);
    connect(m_delete, &QToolButton::clicked, this, &RecordDetailPane::deleteRequested);
    connect(m_convert, &QToolButton::clicked, this, &RecordDetailPane::convertRequested);
    connect(m_complete, &QToolButton::clicked, this, &RecordDetailPane::completeRequested);

    // Records that activities belong to get one button per kind of activity.
    const bool hasTimeline
        = kind == RecordKind::Contact || kind == RecordKind::Company || kind == RecordKind::Lead;
    m_logRow = new QWidget(content);
    auto *logLayout = new QHBoxLayout(m_logRow);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->setSpacing(0);
    m_logLabel = new QLabel(m_logRow);
    logLayout->addWidget(m_logLabel);
    for (ActivityKind activity : { ActivityKind::Call, ActivityKind::Meeting, ActivityKind::Task,
                                   ActivityKind::Email, ActivityKind::WhatsApp, ActivityKind::Note }) {
        auto *button = actionButton(m_logRow, KindText::activityIconName(activity),
                                    QStringLiteral("log-") + activityKindName(activity));
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        logLayout->addWidget(button);
        m_logButtons.append({ activity, button });
        connect(button, &QToolButton::clicked, this,
                [this, activity]() { Q_EMIT addActivityRequested(activity); });
    }
    logLayout->addStretch(1);
    m_logRow->setVisible(hasTimeline);
    layout->addWidget(m_logRow);

    m_tags = new QLabel(content);
    m_tags->setObjectName(QStringLiteral("detailTags"));
    m_tags->setWordWrap(true);
    m_tags->setTextFormat(Qt::RichText);
    layout->addWidget(m_tags);

    m_split = new QSplitter(Qt::Vertical, content);
    QSplitter *split = m_split;
    split->setChildrenCollapsible(false);
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_fieldsHost = new QWidget(scroll);
    m_fields = new QFormLayout(m_fieldsHost);
    m_fields->setContentsMargins(0, 4, 0, 4);
    m_fields->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(m_fieldsHost);

    auto *timelineBox = new QWidget(split);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 4, 0, 0);
    m_timelineTitle = new QLabel(timelineBox);
    QFont bold = m_timelineTitle->font();
    bold.setBold(true);
    m_timelineTitle->setFont(bold);
    m_timeline = new QListWidget(timelineBox);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setIconSize(QSize(22, 22));
    m_timeline->setWordWrap(true);
    m_timeline->setUniformItemSizes(false);
    m_timeline->setSpacing(2);
    timelineLayout->addWidget(m_timelineTitle);
    timelineLayout->addWidget(m_timeline, 1);
    timelineBox->setVisible(hasTimeline);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(m_timeline, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(kActivityIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT activityOpened(id);
    });

    m_stack->addWidget(content);
    retranslate();
    clear();
}

void RecordDetailPane::setFormat(const ValueFormat &format)
{
    m_format = format;
    render();
}

void RecordDetailPane::showDetails(const RecordDetails &details)
{
    m_details = details;
    render();
}

void RecordDetailPane::clear()
{
    m_details.reset();
    render();
}

void RecordDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        render(); // values carry the reading direction's mark
    }
    QWidget::changeEvent(event);
}

QString RecordDetailPane::logText(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Call:
        return tr("Log a call");
    case ActivityKind::Meeting:
        return tr("Schedule a meeting");
    case ActivityKind::Task:
        return tr("Add a task");
    case ActivityKind::Email:
        return tr("Log an e-mail");
    case ActivityKind::WhatsApp:
        return tr("Log a WhatsApp message");
    case ActivityKind::Note:
        return tr("Add a note");
    }
    return {};
}

QString RecordDetailPane::emptyText() const
{
    switch (m_kind) {
    case RecordKind::Contact:
        return tr("Select a contact to see its details, tags and activity here.");
    case RecordKind::Company:
        return tr("Select a company to see its details, tags and activity here.");
    case RecordKind::Lead:
        return tr("Select a lead to see its details and activity here.");
    case RecordKind::Product:
        return tr("Select a product to see its details here.");
    case RecordKind::Activity:
        return tr("Select an activity to see its details here.");
    case RecordKind::Deal:
        break;
    }
    return {};
}

QString RecordDetailPane::deletedText() const
{
    switch (m_kind) {
    case RecordKind::Contact:
        return tr("This contact was deleted.");
    case RecordKind::Company:
        return tr("This company was deleted.");
    case RecordKind::Lead:
        return tr("This lead was deleted.");
    case RecordKind::Product:
        return tr("This product was deleted.");
    case RecordKind::Activity:
        return tr("This activity was deleted.");
    case RecordKind::Deal:
        break;
    }
    return {};
}

void RecordDetailPane::retranslate()
{
    m_edit->setText(tr("Edit"));
    m_edit->setToolTip(tr("Edit (Enter)"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete (Del); you can undo"));
    m_convert->setText(tr("Convert"));
    m_convert->setToolTip(tr("Convert this lead into a contact, a company and a deal"));
    m_complete->setText(tr("Mark done"));
    m_logLabel->setText(tr("Log:"));
    for (const auto &[activity, button] : m_logButtons) {
        const QString text = logText(activity);
        button->setToolTip(text);
        button->setAccessibleName(text);
    }
    m_timelineTitle->setText(tr("Activity"));
}

QString RecordDetailPane::moment(qint64 ms) const
{
    if (ms <= 0)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return m_format.dateTime ? m_format.dateTime(when)
                             : QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString RecordDetailPane::moment(const std::optional<qint64> &ms) const
{
    return ms ? moment(*ms) : QString();
}

void RecordDetailPane::addField(const QString &label, const QString &value, bool leftToRight)
{
    if (value.trimmed().isEmpty())
        return;
    auto *text = new QLabel(m_fieldsHost);
    text->setTextFormat(Qt::PlainText);
    // A phone or an address reads left to right inside the isolate; the mark before it keeps the
    // value at the page's reading start whatever its script.
    const QChar mark(layoutDirection() == Qt::RightToLeft ? 0x200F : 0x200E);
    text->setText(leftToRight ? mark + QChar(0x2066) + value + QChar(0x2069)
                              : RecordText::directed(value, layoutDirection()));
    text->setWordWrap(value.size() > 40);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields->addRow(label, text);
}

void RecordDetailPane::addRichField(const QString &label, const QString &html)
{
    auto *text = new QLabel(m_fieldsHost);
    text->setTextFormat(Qt::RichText);
    text->setText(RecordText::directionMark(layoutDirection()) + html);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setOpenExternalLinks(false);
    connect(text, &QLabel::linkActivated, this, [this](const QString &link) {
        if (!link.startsWith(kLinkScheme))
            return;
        const QStringView rest = QStringView(link).mid(kLinkScheme.size());
        const qsizetype slash = rest.indexOf(u'/');
        if (slash < 0)
            return;
        const auto kind = recordKindFromName(rest.left(slash));
        if (kind)
            Q_EMIT recordRequested(*kind, rest.mid(slash + 1).toString());
    });
    m_fields->addRow(label, text);
}

void RecordDetailPane::addLinkField(const QString &label, RecordKind kind, const QString &id,
                                    const QString &text)
{
    if (id.isEmpty())
        return;
    addRichField(label, linkTo(kind, id, text.isEmpty() ? KindText::singular(kind) : text));
}

void RecordDetailPane::render()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_timeline->clear();
    m_tags->clear();
    if (!m_details) {
        m_empty->setText(emptyText());
        m_stack->setCurrentIndex(0);
        return;
    }
    const RecordDetails &details = *m_details;
    if (details.error || !details.isAlive()) {
        m_empty->setText(details.error && details.error->code != ErrorCode::NotFound
                             ? ErrorText::describe(*details.error)
                             : deletedText());
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_title->setText(RecordText::directed(details.title(), layoutDirection()));
    m_subtitle->clear();
    m_convert->setEnabled(true);
    m_complete->setEnabled(true);

    if (const auto *contact = std::get_if<Contact>(&details.record))
        fillContact(*contact);
    else if (const auto *company = std::get_if<Company>(&details.record))
        fillCompany(*company);
    else if (const auto *lead = std::get_if<Lead>(&details.record))
        fillLead(*lead);
    else if (const auto *product = std::get_if<Product>(&details.record))
        fillProduct(*product);
    else if (const auto *activity = std::get_if<Activity>(&details.record))
        fillActivity(*activity);

    if (!details.tags.isEmpty()) {
        QStringList chips;
        for (const QString &tag : details.tags)
            chips.append(
                QStringLiteral(
                    "<span style=\"background-color:palette(alternate-base);\">&nbsp;%1&nbsp;</span>")
                    .arg(RecordText::isolate(tag).toHtmlEscaped()));
        m_tags->setText(RecordText::directionMark(layoutDirection())
                        + QStringLiteral("<img src=\":/icons/tag.svg\" width=\"16\" height=\"16\"> ")
                        + chips.join(QStringLiteral(" ")));
    }
    m_tags->setVisible(!details.tags.isEmpty());
    m_subtitle->setText(RecordText::directed(m_subtitle->text(), layoutDirection()));
    fillTimeline();
    // The content page may not have its real height yet (it was hidden behind the empty state):
    // share the height once the layout has run.
    QTimer::singleShot(0, this, &RecordDetailPane::fitFields);
}

void RecordDetailPane::fitFields()
{
    // The fields take what they need (up to two thirds), the timeline the rest.
    if (!m_details || !m_timeline->parentWidget()->isVisibleTo(this) || m_split->height() <= 0)
        return;
    const int total = m_split->height() - m_split->handleWidth();
    const int wanted = m_fieldsHost->sizeHint().height() + 4;
    const int fields = std::min(wanted, total * 2 / 3);
    m_split->setSizes({ fields, std::max(total - fields, 80) });
}

void RecordDetailPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_details)
        fitFields();
}

void RecordDetailPane::fillContact(const Contact &contact)
{
    QStringList subtitle;
    if (!contact.title.isEmpty())
        subtitle.append(RecordText::isolate(contact.title));
    if (!m_details->companyName.isEmpty())
        subtitle.append(RecordText::isolate(m_details->companyName));
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    addLinkField(tr("Company"), RecordKind::Company, contact.companyId, m_details->companyName);
    for (const ContactPhone &phone : contact.phones)
        addField(tr("Phone (%1)").arg(RecordText::contactLabel(phone.label)), m_details->phone(phone.e164),
                 true);
    for (const ContactEmail &email : contact.emails)
        addField(tr("E-mail (%1)").arg(RecordText::contactLabel(email.label)), email.email, true);
    addField(tr("Job title"), contact.title);
    addField(tr("City"), contact.city);
    addField(tr("Country"), contact.country);
    addField(tr("Address"), contact.address);
    addField(tr("Website"), contact.website, true);
    addField(tr("Source"), contact.source);
    addField(tr("Notes"), contact.notes);
    addField(tr("Created"), moment(contact.meta.createdAt));
    addField(tr("Updated"), moment(contact.meta.updatedAt));
}

void RecordDetailPane::fillCompany(const Company &company)
{
    QStringList subtitle;
    if (!company.industry.isEmpty())
        subtitle.append(RecordText::isolate(company.industry));
    if (!company.city.isEmpty())
        subtitle.append(RecordText::isolate(company.city));
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    addField(tr("Industry"), company.industry);
    if (!company.phoneE164.isEmpty())
        addField(tr("Phone"), m_details->phone(company.phoneE164), true);
    addField(tr("E-mail"), company.email, true);
    addField(tr("Website"), company.website, true);
    addField(tr("City"), company.city);
    addField(tr("Country"), company.country);
    addField(tr("Address"), company.address);
    addField(tr("Notes"), company.notes);
    addField(tr("Created"), moment(company.meta.createdAt));
    addField(tr("Updated"), moment(company.meta.updatedAt));
}

void RecordDetailPane::fillLead(const Lead &lead)
{
    m_subtitle->setText(KindText::leadStatus(lead.status));
    m_convert->setEnabled(lead.status != LeadStatus::Converted);
    addField(tr("Status"), KindText::leadStatus(lead.status));
    addField(tr("Person"), lead.personName);
    addField(tr("Company"), lead.companyName);
    if (!lead.phoneE164.isEmpty())
        addField(tr("Phone"), m_details->phone(lead.phoneE164), true);
    addField(tr("E-mail"), lead.email, true);
    addField(tr("City"), lead.city);
    addField(tr("Source"), lead.source);
    addField(tr("Type"), RecordText::leadType(lead.leadType));
    addField(tr("Priority"), RecordText::priority(lead.priority));
    if (lead.valueMinor)
        addField(tr("Value"),
                 m_format.money ? m_format.money(*lead.valueMinor, lead.currency)
                                : localeMoney(QLocale(), *lead.valueMinor, lead.currency));
    addField(tr("Notes"), lead.notes);
    if (lead.status == LeadStatus::Converted) {
        addLinkField(tr("Became contact"), RecordKind::Contact, lead.convertedContactId, {});
        addLinkField(tr("Became company"), RecordKind::Company, lead.convertedCompanyId, {});
        addLinkField(tr("Became deal"), RecordKind::Deal, lead.convertedDealId, {});
        addField(tr("Converted"), moment(lead.convertedAt));
    }
    addField(tr("Created"), moment(lead.meta.createdAt));
    addField(tr("Updated"), moment(lead.meta.updatedAt));
}

void RecordDetailPane::fillProduct(const Product &product)
{
    m_subtitle->setText(product.nameEn != product.nameAr ? RecordText::isolate(product.nameEn) : QString());
    const auto money = [this](qint64 minor, const QString &currency) {
        return m_format.money ? m_format.money(minor, currency) : localeMoney(QLocale(), minor, currency);
    };
    addField(tr("SKU"), product.sku, true);
    addField(tr("Name (Arabic)"), product.nameAr);
    addField(tr("Name (English)"), product.nameEn);
    addField(tr("Category"), product.category);
    addField(tr("Price"), money(product.priceMinor, product.currency));
    if (product.costMinor > 0) {
        addField(tr("Cost"), money(product.costMinor, product.currency));
        addField(tr("Margin"), money(product.priceMinor - product.costMinor, product.currency));
    }
    addField(tr("Created"), moment(product.meta.createdAt));
    addField(tr("Updated"), moment(product.meta.updatedAt));
}

void RecordDetailPane::fillActivity(const Activity &activity)
{
    m_subtitle->setText(KindText::activityKind(activity.kind));
    m_complete->setEnabled(!activity.doneAt);
    addField(tr("Type"), KindText::activityKind(activity.kind));
    const auto target = RecordText::targetRecordKind(activity.targetType);
    if (target)
        addLinkField(tr("Related to"), *target, activity.targetId,
                     m_details->targetName.isEmpty() ? RecordText::targetKind(activity.targetType)
                                                     : m_details->targetName);
    addField(tr("Due"), moment(activity.dueAt));
    addField(tr("Done"), moment(activity.doneAt));
    addField(tr("Notes"), activity.body);
    addField(tr("Created"), moment(activity.meta.createdAt));
    addField(tr("Updated"), moment(activity.meta.updatedAt));
}

void RecordDetailPane::fillTimeline()
{
    const QList<Activity> &timeline = m_details->timeline;
    m_timelineTitle->setText(
        timeline.isEmpty() ? tr("Activity") : tr("Activity (%1)").arg(QLocale().toString(timeline.size())));
    if (timeline.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Nothing logged yet. Use the buttons above to log a call, a "
                                            "meeting or a note."),
                                         m_timeline);
        item->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const Activity &activity : timeline) {
        QStringList meta { KindText::activityKind(activity.kind) };
        if (activity.doneAt)
            meta.append(tr("done %1").arg(moment(activity.doneAt)));
        else if (activity.dueAt)
            meta.append(tr("due %1").arg(moment(activity.dueAt)));
        else
            meta.append(moment(activity.meta.createdAt));
        QString text = RecordText::isolate(activity.subject) + u'\n' + meta.join(QStringLiteral(" · "));
        if (!activity.body.isEmpty())
            text += u'\n' + RecordText::isolate(activity.body.left(160).simplified());
        auto *item = new QListWidgetItem(uiIcon(activity.doneAt ? QStringLiteral("task-complete")
                                                                : KindText::activityIconName(activity.kind)),
                                         text, m_timeline);
        item->setData(kActivityIdRole, activity.meta.id);
        item->setToolTip(activity.body);
    }
}

} // namespace OmniCrm
