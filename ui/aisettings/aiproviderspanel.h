// AiProvidersPanel: Settings → AI providers. The providers in the order the chain tries them (the
// built-in offline engine always shown last and never editable), add / edit / remove / reorder,
// each with its kind, base URL, model, timeout, API key (written to the keychain, never shown
// back), privacy mode; the monthly spend cap with this month's spend; "Test connection" for the
// provider being edited. Edits stay in the panel until Save, which validates every provider first
// and names the field that is wrong. All store and network work runs on AiSettingsBackend's worker.
#pragma once

#include "aisettingsbackend.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QToolButton;

namespace OmniCrm {

class ShellPage;

class AiProvidersPanel : public QWidget
{
    Q_OBJECT
public:
    /// The kinds offered when adding: presets over the two protocols core speaks.
    enum Preset { OpenAi, Groq, OllamaOpenAi, LlamaCpp, OtherOpenAi, OllamaNative, PresetCount };

    explicit AiProvidersPanel(CrmStore &store, AiSettingsBackend::KeychainFactory keychain = {},
                              QWidget *parent = nullptr);
    ~AiProvidersPanel() override;

    void reload();
    /// Adds a new provider of `preset` and selects it for editing.
    void addProvider(Preset preset = OpenAi);
    void removeCurrent();
    void moveCurrent(int delta);
    /// Validates and saves; false (with the reason shown) when something is wrong.
    bool save();
    void testConnection();

    // The editor's fields, for tests and the screenshot tour.
    QListWidget *list() const { return m_list; }
    QComboBox *presetBox() const { return m_preset; }
    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *modelEdit() const { return m_model; }
    QLineEdit *keyEdit() const { return m_key; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QCheckBox *privacyBox() const { return m_privacy; }
    QDoubleSpinBox *capBox() const { return m_cap; }
    QString errorText() const;
    QString testResultText() const;
    QString spendText() const;
    int providerCount() const { return int(m_rows.size()); }
    AiSettingsBackend &backend() { return m_backend; }

    static QString presetUrl(Preset preset);
    /// Screenshot tour only: brings this tab forward, with an unsaved example provider when none is
    /// configured; returns the page that holds the panel, for the window to show.
    ShellPage *prepareScreenshot();

Q_SIGNALS:
    void loaded();
    void saved(bool ok);
    void tested(bool ok);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSnapshot(const AiSettingsSnapshot &snapshot);
    void fillList();
    void showEditor(int row);
    void commitEditor();
    void applyPreset(Preset preset);
    void setError(const QString &text);
    QString validateAll(int &badRow) const;
    void updateSpend();

    AiSettingsBackend m_backend;
    QList<ProviderRow> m_rows;
    QStringList m_savedIds; // ids already stored: their id (and key account) cannot change
    QStringList m_removed;
    QHash<QString, QByteArray> m_newKeys; // by provider id, until Save
    qint64 m_spentMicros = 0;
    QString m_capCurrency = QStringLiteral("USD");
    int m_editing = -1;
    bool m_filling = false;
    bool m_testing = false;

    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QWidget *m_editor = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_preset = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_model = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_key = nullptr;
    QCheckBox *m_privacy = nullptr;
    QCheckBox *m_enabled = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QFormLayout *m_capForm = nullptr;
    QDoubleSpinBox *m_cap = nullptr;
    QComboBox *m_currency = nullptr;
    QLabel *m_spend = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace OmniCrm
