#include "replypanel.h"

#include "capturetext.h"
#include "formtext.h"
#include "uiicons.h"

#include <QApplication>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace OmniCrm {

namespace {
QLabel *wrapped(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    return label;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

ReplyPanel::ReplyPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("replyPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_buyerBox = new QGroupBox(this);
    auto *buyer = new QVBoxLayout(m_buyerBox);
    m_type = wrapped(QStringLiteral("buyerType"), m_buyerBox);
    QFont strong = m_type->font();
    strong.setBold(true);
    m_type->setFont(strong);
    m_cues = wrapped(QStringLiteral("buyerCues"), m_buyerBox);
    m_approach = wrapped(QStringLiteral("buyerApproach"), m_buyerBox);
    m_risk = wrapped(QStringLiteral("buyerRisk"), m_buyerBox);
    for (QLabel *label : { m_type, m_cues, m_approach, m_risk })
        buyer->addWidget(label);
    layout->addWidget(m_buyerBox);

    m_repliesBox = new QGroupBox(this);
    auto *replies = new QVBoxLayout(m_repliesBox);
    for (int i = 0; i < kReplies; ++i) {
        auto *row = new QHBoxLayout;
        auto *box = new QPlainTextEdit(m_repliesBox);
        box->setObjectName(QStringLiteral("reply%1").arg(i + 1));
        box->setReadOnly(true);
        box->setTabChangesFocus(true);
        box->setFixedHeight(box->fontMetrics().lineSpacing() * 7 + 12);
        auto *copy = new QPushButton(uiIcon(QStringLiteral("edit-copy")), QString(), m_repliesBox);
        copy->setObjectName(QStringLiteral("copyReply%1").arg(i + 1));
        connect(copy, &QPushButton::clicked, this, [this, box]() {
            if (box->toPlainText().isEmpty())
                return;
            QApplication::clipboard()->setText(box->toPlainText());
            Q_EMIT copied(box->toPlainText());
        });
        row->addWidget(box, 1);
        row->addWidget(copy, 0, Qt::AlignTop);
        replies->addLayout(row);
        m_replyBoxes << box;
        m_copyButtons << copy;
    }
    layout->addWidget(m_repliesBox);

    m_priceBox = new QGroupBox(this);
    auto *price = new QVBoxLayout(m_priceBox);
    m_price = wrapped(QStringLiteral("priceStrategy"), m_priceBox);
    m_price->setTextFormat(Qt::RichText);
    price->addWidget(m_price);
    auto *marginRow = new QHBoxLayout;
    m_marginLabel = new QLabel(m_priceBox);
    m_margin = new QDoubleSpinBox(m_priceBox);
    m_margin->setObjectName(QStringLiteral("minMargin"));
    m_margin->setRange(0, 1000);
    m_margin->setDecimals(1);
    m_margin->setSingleStep(1);
    m_margin->setSuffix(QStringLiteral(" %"));
    m_marginLabel->setBuddy(m_margin);
    marginRow->addWidget(m_marginLabel);
    marginRow->addWidget(m_margin);
    marginRow->addStretch(1);
    price->addLayout(marginRow);
    connect(m_margin, &QDoubleSpinBox::editingFinished, this, [this]() {
        if (std::abs(m_margin->value() - m_minMargin) < 1e-9)
            return;
        m_minMargin = m_margin->value();
        Q_EMIT minMarginEdited(m_minMargin);
        render();
    });
    layout->addWidget(m_priceBox);
    layout->addStretch(1);

    retranslate();
    clear();
}

void ReplyPanel::clear()
{
    m_message.clear();
    m_fields = {};
    m_product.reset();
    m_reading = {};
    m_suggestions = {};
    m_strategy.reset();
    render();
}

void ReplyPanel::showFor(const QString &message, const ExtractedLead &fields,
                         const std::optional<Product> &product, double minMarginPercent)
{
    m_message = message;
    m_fields = fields;
    m_product = product;
    m_minMargin = minMarginPercent;
    {
        const QSignalBlocker blocker(m_margin);
        m_margin->setValue(minMarginPercent);
    }
    render();
}

void ReplyPanel::render()
{
    const bool empty = m_message.trimmed().isEmpty();
    m_strategy.reset();
    m_priceError.clear();
    if (empty) {
        m_reading = {};
        m_suggestions = {};
    } else {
        m_reading = m_classifier.classify(m_message);
        if (m_product && m_product->priceMinor > 0) {
            const QString currency
                = m_product->currency.isEmpty() ? QStringLiteral("SAR") : m_product->currency;
            auto suggested
                = PriceStrategist::suggest(m_reading.type,
                                           PriceInput { Money::fromMinor(m_product->priceMinor, currency),
                                                        Money::fromMinor(m_product->costMinor, currency),
                                                        m_minMargin, m_fields.quantity });
            if (suggested)
                m_strategy = *suggested;
            else
                m_priceError = suggested.error().detail;
        }
        m_suggestions = m_composer.compose(m_message, m_reading.type, m_fields, m_strategy);
    }

    if (empty) {
        m_type->setText(tr("Read a message to see what kind of buyer wrote it."));
        m_cues->clear();
        m_approach->clear();
        m_risk->clear();
    } else {
        m_type->setText(tr("%1 buyer · %2% sure (next: %3, %4%)")
                            .arg(CaptureText::buyerTypeName(m_reading.type))
                            .arg(QLocale().toString(qRound(m_reading.confidence * 100)))
                            .arg(CaptureText::buyerTypeName(m_reading.runnerUp))
                            .arg(QLocale().toString(qRound(m_reading.runnerUpConfidence * 100))));
        QStringList cues;
        for (const CueMatch &cue : m_reading.cues) {
            const QString words
                = QStringLiteral("«") + QChar(0x2068) + cue.text + QChar(0x2069) + QStringLiteral("»");
            if (!cues.contains(words))
                cues << words;
        }
        m_cues->setText(cues.isEmpty() ? tr("Cues: none found; the reading rests on the message's shape.")
                                       : tr("Cues: %1").arg(cues.join(QStringLiteral("، "))));
        m_approach->setText(tr("Approach: %1").arg(CaptureText::approach(m_reading.type)));
        m_risk->setText(tr("Risk: %1").arg(CaptureText::risk(m_reading.type)));
    }

    const bool englishReplies = m_suggestions.style.language == ReplyLanguage::English;
    for (int i = 0; i < kReplies; ++i) {
        QPlainTextEdit *box = m_replyBoxes.at(i);
        // A reply reads in its own language's direction, whatever the interface's.
        box->setLayoutDirection(englishReplies ? Qt::LeftToRight : Qt::RightToLeft);
        QTextOption option = box->document()->defaultTextOption();
        option.setTextDirection(englishReplies ? Qt::LeftToRight : Qt::RightToLeft);
        option.setAlignment((englishReplies ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignAbsolute);
        box->document()->setDefaultTextOption(option);
        box->setPlainText(m_suggestions.replies.value(i));
        m_copyButtons.at(i)->setEnabled(!box->toPlainText().isEmpty());
    }

    const bool arabic = CaptureText::arabic();
    QString price;
    if (empty) {
        price.clear();
    } else if (!m_product) {
        price = tr("Tick a catalog product in the fields to get a price suggestion.").toHtmlEscaped();
    } else if (m_product->priceMinor <= 0) {
        price = tr("%1 has no list price in the catalog; set one on the product to get a price suggestion.")
                    .arg(escaped(arabic && !m_product->nameAr.isEmpty() ? m_product->nameAr
                                                                        : m_product->nameEn));
    } else if (!m_strategy) {
        price = tr("No price suggestion: %1").arg(escaped(m_priceError));
    } else {
        const PriceStrategy &s = *m_strategy;
        const QString name = arabic && !m_product->nameAr.isEmpty() ? m_product->nameAr
            : !m_product->nameEn.isEmpty()                          ? m_product->nameEn
                                                                    : m_product->nameAr;
        QStringList rows;
        for (const PriceOffer &offer : s.offers)
            rows << QStringLiteral("<li>%1 — %2</li>")
                        .arg(escaped(arabic ? offer.labelAr : offer.labelEn),
                             escaped(FormText::money(offer.unitPrice.minor, offer.unitPrice.currency)));
        price = QStringLiteral("<b>%1</b><br>%2<ul style=\"margin:2px\">%3</ul>%4<br><i>%5</i>")
                    .arg(escaped(name), escaped(arabic ? s.headlineAr : s.headlineEn), rows.join(QString()),
                         escaped(tr("List price %1 · never below %2 (cost plus %3% minimum margin)")
                                     .arg(FormText::money(s.listPrice.minor, s.listPrice.currency),
                                          FormText::money(s.floor.minor, s.floor.currency),
                                          QLocale().toString(m_minMargin, 'g', 4))),
                         escaped(arabic ? s.reasoningAr : s.reasoningEn));
        const QStringList extras = arabic ? s.extrasAr : s.extrasEn;
        if (!extras.isEmpty())
            price
                += QStringLiteral("<br>") + escaped(tr("Extras: %1").arg(extras.join(QStringLiteral("، "))));
    }
    m_price->setText(price);
}

void ReplyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReplyPanel::retranslate()
{
    m_buyerBox->setTitle(tr("Buyer"));
    m_repliesBox->setTitle(tr("Suggested replies"));
    m_priceBox->setTitle(tr("Price strategy"));
    m_marginLabel->setText(tr("Minimum margin o&ver cost:"));
    m_margin->setToolTip(tr("Set by the admin: no suggested price goes below cost plus this margin."));
    for (int i = 0; i < kReplies; ++i) {
        m_copyButtons.at(i)->setText(tr("Copy"));
        m_copyButtons.at(i)->setToolTip(tr("Copy reply %1 to the clipboard").arg(i + 1));
        m_replyBoxes.at(i)->setAccessibleName(tr("Suggested reply %1").arg(i + 1));
    }
    render();
}

} // namespace OmniCrm
