// LeadCapturePage: "Capture lead". The rep pastes an e-mail, WhatsApp or chat message (Arabic,
// English or both); Read message (Ctrl+Enter) runs the offline extractor over the store's product
// catalog and fills CaptureFields, each value beside the words it came from; the rep fixes them
// and Create lead and contact stores the lead, its contact (or attaches it to the existing contact
// with the same phone or e-mail) and the message in one transaction, then opens the lead. The
// Replies tab reads the buyer and suggests three replies and a floor-safe price; Translate sends
// the message through the configured AI provider and keeps the translation beside it.
//
// The rule that is not obvious: the catalog is read on the reader thread and the extractor built
// there; a Read pressed before it arrives is honoured when it does.
#pragma once

#include "extractedlead.h"
#include "leadcaptureservice.h"
#include "shellpage.h"

#include <QTimer>

#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QCheckBox;
class QTabWidget;

namespace OmniCrm {

class AiServices;
class BackgroundStore;
class CaptureFields;
class CrmStore;
class LeadExtractor;
class MainWindow;
class ReplyPanel;
class TranslationPanel;
class UndoBar;

class LeadCapturePage : public ShellPage
{
    Q_OBJECT
public:
    /// `ai` may be null (no AI services in this session): translation then says a provider is needed.
    LeadCapturePage(CrmStore &store, BackgroundStore &reader, AiServices *ai, QWidget *parent = nullptr);
    ~LeadCapturePage() override;

    /// Ctrl+Shift+L opens this page from anywhere in `window`; "Open AI settings" shows the AI
    /// settings page there (or Settings when the window has none).
    void wireInto(MainWindow &window);

    /// A typical Gulf WhatsApp enquiry, for the screenshot tour and demos.
    static QString sampleMessage();

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    /// Puts `text` in the message box (as a paste would) without reading it.
    void setMessage(const QString &text);
    /// Reads the message now, or as soon as the catalog has loaded.
    void readMessage();
    /// Creates the lead and its contact from the fields; false when nothing was stored.
    bool createLead();
    void translateMessage();

    CaptureFields *fields() const { return m_fields; }
    ReplyPanel *replies() const { return m_replies; }
    QPlainTextEdit *messageBox() const { return m_message; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The page's error line (create, translate), empty when all is well.
    QString errorText() const;
    QString translationText() const;
    QString translationStatus() const;
    /// What the last create stored; empty ids when nothing.
    const CapturedLead &lastCapture() const { return m_captured; }
    /// The contact with the same phone or e-mail as the fields, empty when none.
    QString existingContactId() const { return m_existingId; }
    bool isCatalogLoaded() const { return m_extractor != nullptr; }

Q_SIGNALS:
    /// The fields are filled from the message.
    void messageRead();
    void leadCreated(const QString &leadId, const QString &contactId);
    /// A translation arrived or failed; translationText()/translationStatus() say which.
    void translationFinished(bool ok);
    /// The rep asked for the AI provider settings.
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildMessagePane();
    QWidget *buildLeadTab();
    void retranslate();
    void loadCatalog();
    void applyRead();
    void refreshReplies();
    void checkExisting();
    void undoCapture();
    void messageChanged();
    void setError(const QString &text);
    std::optional<Product> matchedProduct(const ExtractedLead &lead) const;
    double minMargin() const;
    LeadCaptureDraft draft() const;

    CrmStore &m_store;
    BackgroundStore &m_reader;
    AiServices *m_ai;
    LeadCaptureService m_capture;
    std::shared_ptr<const LeadExtractor> m_extractor;
    bool m_catalogLoading = false;
    bool m_catalogStale = true;
    bool m_readWhenLoaded = false;
    QString m_readText; // the message the fields were read from
    CapturedLead m_captured;
    QString m_existingId;
    QTimer m_refresh; // replies and duplicate check follow edits, a moment later

    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QPushButton *m_read = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_engine = nullptr;
    TranslationPanel *m_translation = nullptr;
    QTabWidget *m_tabs = nullptr;
    CaptureFields *m_fields = nullptr;
    QLabel *m_existing = nullptr;
    QCheckBox *m_attach = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_error = nullptr;
    UndoBar *m_undoBar = nullptr;
    ReplyPanel *m_replies = nullptr;
};

} // namespace OmniCrm
