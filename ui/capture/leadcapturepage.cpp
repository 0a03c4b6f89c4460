#include "leadcapturepage.h"

#include "aiservices.h"
#include "backgroundstore.h"
#include "capturefields.h"
#include "capturetext.h"
#include "crmstore.h"
#include "errortext.h"
#include "formfield.h"
#include "formtext.h"
#include "leadextractor.h"
#include "mainwindow.h"
#include "pricingsettings.h"
#include "replypanel.h"
#include "translationpanel.h"
#include "uiicons.h"
#include "undobar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace OmniCrm {

namespace {
constexpr int kCatalogPage = 500;
constexpr int kRefreshDelayMs = 250;
constexpr int kUndoMs = 5 * 60 * 1000; // the lead opens at once; undo waits for the rep's return

QLabel *wrappedLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    return label;
}

QScrollArea *scrolled(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

std::shared_ptr<const LeadExtractor> buildExtractor(CrmStore &store)
{
    QList<Product> products;
    std::optional<Cursor> after;
    for (;;) {
        const auto page = store.products().page(after, kCatalogPage);
        if (!page)
            break; // extraction still works without the catalog's products
        products += page->rows;
        if (page->nextCursor.isEmpty())
            break;
        after = Cursor::decode(page->nextCursor);
        if (!after)
            break;
    }
    return std::make_shared<const LeadExtractor>(ProductCatalog::fromProducts(products));
}
} // namespace

LeadCapturePage::LeadCapturePage(CrmStore &store, BackgroundStore &reader, AiServices *ai, QWidget *parent)
    : ShellPage(parent)
    , m_store(store)
    , m_reader(reader)
    , m_ai(ai)
    , m_capture(store.changeLog(), store.leads(), store.contacts(), store.activities())
{
    setObjectName(QStringLiteral("leadCapturePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(8);
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_intro = wrappedLabel(QStringLiteral("captureIntro"), this);
    layout->addWidget(m_intro);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildMessagePane());
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("captureTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildLeadTab(), uiIcon(QStringLiteral("contact-new")), QString());
    m_replies = new ReplyPanel(this);
    m_tabs->addTab(scrolled(m_replies, m_tabs), uiIcon(QStringLiteral("view-conversation-balloon")),
                   QString());
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshDelayMs);
    connect(&m_refresh, &QTimer::timeout, this, [this]() {
        refreshReplies();
        checkExisting();
    });
    connect(m_fields, &CaptureFields::edited, this, [this]() { m_refresh.start(); });
    connect(m_fields, &CaptureFields::evidenceHighlighted, this, [this](int start, int length) {
        QList<QTextEdit::ExtraSelection> selections;
        // Spans point into the text that was read; once it changed they would mark the wrong words.
        if (start >= 0 && m_message->toPlainText() == m_readText) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(m_message->document());
            selection.cursor.setPosition(start);
            selection.cursor.setPosition(start + length, QTextCursor::KeepAnchor);
            selection.format.setBackground(QColor(0xff, 0xe0, 0x82));
            selection.format.setForeground(QColor(0x20, 0x20, 0x20));
            selections << selection;
        }
        m_message->setExtraSelections(selections);
    });
    connect(m_replies, &ReplyPanel::copied, this, [this]() { Q_EMIT statusMessage(tr("Reply copied")); });
    connect(m_replies, &ReplyPanel::minMarginEdited, this, [this](double percent) {
        PricingSettings pricing(m_store.settings());
        if (const Status saved = pricing.setMinMarginPercent(percent); !saved)
            setError(ErrorText::describe(saved.error()));
        else
            Q_EMIT statusMessage(tr("Minimum margin saved"));
    });
    const auto productsChanged = [this]() {
        m_catalogStale = true;
        if (isVisible())
            loadCatalog();
    };
    connect(&m_store.products(), &ProductService::productSaved, this, productsChanged);
    connect(&m_store.products(), &ProductService::productRemoved, this, productsChanged);

    retranslate();
}

LeadCapturePage::~LeadCapturePage() = default;

QWidget *LeadCapturePage::buildMessagePane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 8, 0);
    m_messageLabel = new QLabel(pane);
    layout->addWidget(m_messageLabel);
    m_message = new QPlainTextEdit(pane);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTabChangesFocus(true);
    m_message->setMinimumHeight(180);
    m_messageLabel->setBuddy(m_message);
    layout->addWidget(m_message, 3);
    connect(m_message, &QPlainTextEdit::textChanged, this, &LeadCapturePage::messageChanged);

    auto *buttons = new QHBoxLayout;
    m_read = new QPushButton(uiIcon(QStringLiteral("edit-find")), QString(), pane);
    m_read->setObjectName(QStringLiteral("readMessage"));
    m_clear = new QPushButton(uiIcon(QStringLiteral("edit-clear")), QString(), pane);
    m_clear->setObjectName(QStringLiteral("clearMessage"));
    buttons->addWidget(m_read);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_engine = wrappedLabel(QStringLiteral("engine"), pane);
    m_engine->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_engine);
    connect(m_read, &QPushButton::clicked, this, &LeadCapturePage::readMessage);
    connect(m_clear, &QPushButton::clicked, this, [this]() {
        m_message->clear();
        m_message->setFocus();
    });
    for (const QKeySequence &keys :
         { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &LeadCapturePage::readMessage);
    }

    m_translation = new TranslationPanel(m_ai, m_store.phones(), pane);
    layout->addWidget(m_translation, 2);
    connect(m_translation, &TranslationPanel::translateRequested, this, &LeadCapturePage::translateMessage);
    connect(m_translation, &TranslationPanel::finished, this, &LeadCapturePage::translationFinished);
    connect(m_translation, &TranslationPanel::settingsRequested, this, &LeadCapturePage::settingsRequested);
    return pane;
}

QWidget *LeadCapturePage::buildLeadTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    m_fields = new CaptureFields(m_store.phones(), tab);
    layout->addWidget(scrolled(m_fields, tab), 1);

    m_existing = wrappedLabel(QStringLiteral("existingContact"), tab);
    m_existing->setTextFormat(Qt::RichText);
    m_existing->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_existing->hide();
    connect(m_existing, &QLabel::linkActivated, this,
            [this]() { Q_EMIT recordRequested(RecordKind::Contact, m_existingId); });
    layout->addWidget(m_existing);
    m_attach = new QCheckBox(tab);
    m_attach->setObjectName(QStringLiteral("attachToExisting"));
    m_attach->setChecked(true);
    m_attach->hide();
    connect(m_attach, &QCheckBox::toggled, this, [this]() { retranslate(); });
    layout->addWidget(m_attach);

    m_error = wrappedLabel(QStringLiteral("captureError"), tab);
    m_error->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_create = new QPushButton(uiIcon(QStringLiteral("document-save")), QString(), tab);
    m_create->setObjectName(QStringLiteral("createLead"));
    m_create->setDefault(true);
    m_create->setEnabled(false);
    buttons->addStretch(1);
    buttons->addWidget(m_create);
    layout->addLayout(buttons);
    connect(m_create, &QPushButton::clicked, this, &LeadCapturePage::createLead);

    m_undoBar = new UndoBar(tab);
    m_undoBar->setTimeout(kUndoMs);
    layout->addWidget(m_undoBar);
    connect(m_undoBar, &UndoBar::undoRequested, this, &LeadCapturePage::undoCapture);
    return tab;
}

void LeadCapturePage::wireInto(MainWindow &window)
{
    auto *open = new QAction(this);
    open->setObjectName(QStringLiteral("captureLeadAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    open->setShortcutContext(Qt::ApplicationShortcut);
    window.addAction(open);
    connect(open, &QAction::triggered, this, [this, &window]() {
        window.showPage(this);
        m_message->setFocus(Qt::ShortcutFocusReason);
    });
    connect(this, &LeadCapturePage::settingsRequested, &window, [&window]() {
        for (const char *name : { "aisettings", "settings" }) {
            for (int i = 0; i < window.pageCount(); ++i) {
                if (window.pageAt(i)->objectName() == QLatin1String(name)) {
                    window.showPage(i);
                    return;
                }
            }
        }
    });
}

QString LeadCapturePage::sampleMessage()
{
    return QStringLiteral(
        "السلام عليكم، معك خالد العتيبي من شركة الأفق للتجارة في الرياض.\n"
        "نحتاج ٢٠ كرسي مكتب بأسرع وقت، وميزانيتنا تقريبًا ١٥ ألف ريال. ممكن ترسلون عرض سعر؟\n"
        "جوالي 0551234567 والإيميل khalid@alofuq.sa");
}

QString LeadCapturePage::title() const
{
    return tr("Capture lead");
}

QIcon LeadCapturePage::icon() const
{
    return uiIcon(QStringLiteral("view-conversation-balloon"));
}

void LeadCapturePage::activate()
{
    if (m_catalogStale)
        loadCatalog();
    if (m_readText.isEmpty())
        m_message->setFocus(Qt::OtherFocusReason);
}

void LeadCapturePage::loadCatalog()
{
    if (m_catalogLoading)
        return;
    m_catalogLoading = true;
    m_catalogStale = false;
    m_reader.run<std::shared_ptr<const LeadExtractor>>(
        this, &buildExtractor, [this](std::shared_ptr<const LeadExtractor> extractor) {
            m_extractor = std::move(extractor);
            m_catalogLoading = false;
            if (m_catalogStale)
                loadCatalog();
            if (m_readWhenLoaded) {
                m_readWhenLoaded = false;
                applyRead();
            }
        });
}

void LeadCapturePage::setMessage(const QString &text)
{
    m_message->setPlainText(text);
}

void LeadCapturePage::readMessage()
{
    setError({});
    if (m_message->toPlainText().trimmed().isEmpty()) {
        setError(tr("Paste a message from the customer first, then read it."));
        m_message->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_extractor || m_catalogStale) {
        m_readWhenLoaded = true;
        m_engine->setText(tr("Loading the product catalog…"));
        loadCatalog();
        if (m_extractor && !m_catalogLoading) // loaded meanwhile (never, today: the reply is queued)
            applyRead();
        return;
    }
    applyRead();
}

void LeadCapturePage::applyRead()
{
    const QString text = m_message->toPlainText();
    if (text.trimmed().isEmpty() || !m_extractor)
        return;
    const ExtractedLead lead = m_extractor->extract(text);
    if (text != m_readText)
        m_translation->reset();
    m_readText = text;
    m_captured = {};
    m_undoBar->dismiss();
    m_fields->fill(lead, text);
    m_translation->suggestTargetFor(lead.language);
    m_create->setEnabled(true);
    checkExisting();
    refreshReplies();
    retranslate();
    // On to checking the fields; the first one shows where in the message it came from.
    if (m_tabs->currentIndex() == 0)
        m_fields->field(QStringLiteral("customer_name"))->target()->setFocus(Qt::OtherFocusReason);
    Q_EMIT messageRead();
}

void LeadCapturePage::messageChanged()
{
    m_message->setExtraSelections({});
    retranslate();
}

void LeadCapturePage::refreshReplies()
{
    if (m_readText.isEmpty()) {
        m_replies->clear();
        return;
    }
    ExtractedLead lead = m_fields->lead();
    // A reply names the product in its own language, whichever name the message matched.
    const bool english
        = ReplyComposer::detectStyle(m_readText, lead.language).language == ReplyLanguage::English;
    for (ProductMatch &match : lead.products) {
        if (match.productId.isEmpty())
            continue;
        if (auto product = m_store.products().find(match.productId)) {
            const QString name = english ? product->nameEn : product->nameAr;
            if (!name.isEmpty())
                match.name = name;
        }
    }
    m_replies->showFor(m_readText, lead, matchedProduct(lead), minMargin());
}

std::optional<Product> LeadCapturePage::matchedProduct(const ExtractedLead &lead) const
{
    for (const ProductMatch &match : lead.products) {
        if (match.productId.isEmpty())
            continue;
        if (auto product = m_store.products().find(match.productId); product && product->meta.isAlive())
            return *product;
    }
    return std::nullopt;
}

double LeadCapturePage::minMargin() const
{
    const PricingSettings pricing(m_store.settings());
    const auto percent = pricing.minMarginPercent();
    return percent ? *percent : 0.0; // an unreadable setting floors at cost, never below it
}

void LeadCapturePage::checkExisting()
{
    const QString before = m_existingId;
    m_existingId.clear();
    if (!m_readText.isEmpty() && m_captured.leadId.isEmpty()) {
        if (auto found = m_capture.existingContact(draft().contact); found)
            m_existingId = *found;
    }
    if (m_existingId != before)
        m_attach->setChecked(true); // a new match: attaching is the safe default
    m_existing->setVisible(!m_existingId.isEmpty());
    m_attach->setVisible(!m_existingId.isEmpty());
    retranslate();
}

LeadCaptureDraft LeadCapturePage::draft() const
{
    LeadCaptureDraft draft = m_fields->captureDraft();
    if (!m_existingId.isEmpty() && m_attach->isChecked())
        draft.existingContactId = m_existingId;
    draft.message = m_readText;
    return draft;
}

bool LeadCapturePage::createLead()
{
    setError({});
    if (m_readText.isEmpty()) {
        setError(tr("Read a message first (Ctrl+Enter), then check the fields."));
        return false;
    }
    if (!m_captured.leadId.isEmpty()) {
        setError(tr("A lead was already created from this message. Read it again to create another."));
        return false;
    }
    if (!m_fields->validate()) {
        const QString key = m_fields->firstInvalid();
        setError(tr("Nothing was saved. Fix %1: %2").arg(m_fields->label(key), m_fields->errorOf(key)));
        return false;
    }
    checkExisting();
    const LeadCaptureDraft captureDraft = draft();
    auto captured = m_capture.capture(captureDraft);
    if (!captured) {
        const Error &error = captured.error();
        const bool shown = m_fields->showError(error);
        const QString key = m_fields->firstInvalid();
        const QString field
            = shown && !key.isEmpty() ? m_fields->label(key) : ErrorText::fieldName(error.field);
        setError(field.isEmpty()
                     ? tr("Nothing was saved: %1").arg(ErrorText::describe(error))
                     : tr("Nothing was saved. Fix %1: %2").arg(field, ErrorText::describe(error)));
        return false;
    }
    m_captured = *captured;
    m_create->setEnabled(false);
    // A translation made before the message was stored is kept beside it now.
    if (!m_captured.activityId.isEmpty())
        m_translation->saveBeside(m_readText, { QStringLiteral("activity"), m_captured.activityId });
    const QString name = captureDraft.contact.fullName;
    m_undoBar->offer(m_captured.contactCreated ? tr("Lead and contact “%1” created").arg(name)
                                               : tr("Lead created for the existing contact “%1”").arg(name),
                     m_captured.leadId);
    Q_EMIT statusMessage(tr("Lead created"));
    Q_EMIT leadCreated(m_captured.leadId, m_captured.contactId);
    checkExisting();
    Q_EMIT recordRequested(RecordKind::Lead, m_captured.leadId);
    return true;
}

void LeadCapturePage::undoCapture()
{
    if (m_captured.leadId.isEmpty())
        return;
    if (const Status undone = m_capture.undo(m_captured); !undone) {
        setError(tr("Could not undo: %1").arg(ErrorText::describe(undone.error())));
        return;
    }
    m_captured = {};
    m_create->setEnabled(!m_readText.isEmpty());
    Q_EMIT statusMessage(tr("Lead removed again"));
    checkExisting();
}

void LeadCapturePage::translateMessage()
{
    setError({});
    const QString text = m_message->toPlainText();
    TranslationSource source;
    if (!m_captured.activityId.isEmpty() && text == m_readText)
        source = { QStringLiteral("activity"), m_captured.activityId };
    m_translation->translate(text, source);
}

void LeadCapturePage::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString LeadCapturePage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString LeadCapturePage::translationText() const
{
    return m_translation->translationText();
}

QString LeadCapturePage::translationStatus() const
{
    return m_translation->status();
}

void LeadCapturePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ShellPage::changeEvent(event);
}

void LeadCapturePage::retranslate()
{
    m_heading->setText(tr("Capture a lead from a message"));
    m_intro->setText(tr("Paste an e-mail, WhatsApp or chat message in Arabic or English. Read it, check the "
                        "fields against the highlighted words, then create the lead and its contact."));
    m_messageLabel->setText(tr("Customer's mess&age:"));
    m_message->setPlaceholderText(tr("Paste the message here…"));
    m_read->setText(tr("&Read message"));
    m_read->setToolTip(tr("Read the fields out of the message (Ctrl+Enter)"));
    m_clear->setText(tr("C&lear"));
    m_tabs->setTabText(0, tr("Lead"));
    m_tabs->setTabText(1, tr("Replies"));

    const bool changed = !m_readText.isEmpty() && m_message->toPlainText() != m_readText;
    if (m_readText.isEmpty())
        m_engine->setText(tr("Reads offline on this computer; nothing leaves it."));
    else if (changed)
        m_engine->setText(tr("The message changed: read it again (Ctrl+Enter) to update the fields."));
    else
        m_engine->setText(tr("Read by: %1").arg(CaptureText::producer(LeadExtractor::Producer)));

    if (!m_existingId.isEmpty()) {
        QString name;
        if (auto contact = m_store.contacts().find(m_existingId))
            name = contact->fullName;
        m_existing->setText(tr("%1 already has this phone or e-mail.")
                                .arg(FormText::recordLink(RecordKind::Contact, m_existingId, name)));
        m_attach->setText(tr("Attach the lead to this contact instead of creating a duplicate"));
    }
    const bool attach = !m_existingId.isEmpty() && m_attach->isChecked();
    m_create->setText(attach ? tr("&Create lead for this contact") : tr("&Create lead and contact"));
}

} // namespace OmniCrm
