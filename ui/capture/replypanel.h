// ReplyPanel: what to answer the buyer of one message: which of the seven buyer types the
// message sounds like (with the confidence and the cues found), the approach that works and the
// risk; three replies in the message's language and tone, filled from the lead's fields, each
// with a Copy button; and, when a catalog product is matched, a price strategy that never goes
// below the product's cost plus the admin's minimum margin. Offline and instant: it runs on the
// GUI thread each time the message or the fields change.
#pragma once

#include "entities.h"
#include "extractedlead.h"
#include "personalityclassifier.h"
#include "pricestrategy.h"
#include "replycomposer.h"

#include <QWidget>

#include <optional>

class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace OmniCrm {

class ReplyPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kReplies = 3;

    explicit ReplyPanel(QWidget *parent = nullptr);

    /// Reads `message` and suggests replies filled from `fields`; `product` (its price, cost and
    /// currency) gives the price strategy, floored at cost × (1 + minMarginPercent / 100).
    void showFor(const QString &message, const ExtractedLead &fields, const std::optional<Product> &product,
                 double minMarginPercent);
    void clear();

    const PersonaReading &reading() const { return m_reading; }
    QStringList replies() const { return m_suggestions.replies; }
    ReplyLanguage replyLanguage() const { return m_suggestions.style.language; }
    const std::optional<PriceStrategy> &strategy() const { return m_strategy; }
    QPlainTextEdit *replyBox(int index) const { return m_replyBoxes.value(index); }
    QPushButton *copyButton(int index) const { return m_copyButtons.value(index); }
    QDoubleSpinBox *marginBox() const { return m_margin; }

Q_SIGNALS:
    /// The rep changed the minimum margin over cost (percent); the page stores it.
    void minMarginEdited(double percent);
    void copied(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();

    PersonalityClassifier m_classifier;
    ReplyComposer m_composer;
    QString m_message;
    ExtractedLead m_fields;
    std::optional<Product> m_product;
    double m_minMargin = 0;
    PersonaReading m_reading;
    ReplySuggestions m_suggestions;
    std::optional<PriceStrategy> m_strategy;
    QString m_priceError;

    QGroupBox *m_buyerBox = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_cues = nullptr;
    QLabel *m_approach = nullptr;
    QLabel *m_risk = nullptr;
    QGroupBox *m_repliesBox = nullptr;
    QList<QPlainTextEdit *> m_replyBoxes;
    QList<QPushButton *> m_copyButtons;
    QGroupBox *m_priceBox = nullptr;
    QLabel *m_price = nullptr;
    QLabel *m_marginLabel = nullptr;
    QDoubleSpinBox *m_margin = nullptr;
};

} // namespace OmniCrm
