#include "aiproviderspanel.h"

#include "aiprovidertext.h"
#include "displayformat.h"
#include "errortext.h"
#include "settingsform.h"
#include "shellpage.h"
#include "uiicons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace OmniCrm {

using namespace SettingsForm;

namespace {

struct PresetInfo
{
    ProviderKind kind;
    const char *url;
    const char *model;
    const char *id;
};

const PresetInfo kPresets[AiProvidersPanel::PresetCount] = {
    { ProviderKind::OpenAiCompatible, "https://api.openai.com/v1", "gpt-4o-mini", "openai" },
    { ProviderKind::OpenAiCompatible, "https://api.groq.com/openai/v1", "llama-3.1-8b-instant", "groq" },
    { ProviderKind::OpenAiCompatible, "http://127.0.0.1:11434/v1", "llama3.1", "ollama" },
    { ProviderKind::OpenAiCompatible, "http://127.0.0.1:8080/v1", "local", "llamacpp" },
    { ProviderKind::OpenAiCompatible, "", "", "custom" },
    { ProviderKind::Ollama, "http://127.0.0.1:11434", "llama3.1", "ollama-native" },
};

/// The preset a saved provider most likely came from (the kind is what core stores).
AiProvidersPanel::Preset presetOf(const ProviderConfig &config)
{
    if (config.kind == ProviderKind::Ollama)
        return AiProvidersPanel::OllamaNative;
    const QString host = config.baseUrl.host();
    if (host == u"api.openai.com")
        return AiProvidersPanel::OpenAi;
    if (host == u"api.groq.com")
        return AiProvidersPanel::Groq;
    if (config.baseUrl.port() == 11434)
        return AiProvidersPanel::OllamaOpenAi;
    if (config.baseUrl.port() == 8080)
        return AiProvidersPanel::LlamaCpp;
    return AiProvidersPanel::OtherOpenAi;
}

QString money(qint64 micros, const QString &currency)
{
    return QLocale().toString(double(micros) / 1e6, 'f', 2) + u' ' + currency;
}

} // namespace

QString AiProvidersPanel::presetUrl(Preset preset)
{
    return QLatin1String(kPresets[preset].url);
}

AiProvidersPanel::AiProvidersPanel(CrmStore &store, AiSettingsBackend::KeychainFactory keychain,
                                   QWidget *parent)
    : QWidget(parent)
    , m_backend(store, std::move(keychain))
{
    setObjectName(QStringLiteral("aiProvidersPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 16, 0, 0);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    outer->addWidget(m_intro);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("providerList"));
    m_list->setMinimumWidth(240);
    left->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    const auto tool = [this, buttons](const char *name, const char *icon) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(name));
        button->setIcon(uiIcon(QLatin1String(icon)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        buttons->addWidget(button);
        return button;
    };
    m_add = tool("addProvider", "list-add");
    m_remove = tool("removeProvider", "list-remove");
    m_up = tool("moveProviderUp", "arrow-up");
    m_down = tool("moveProviderDown", "arrow-down");
    buttons->addStretch(1);
    left->addLayout(buttons);
    columns->addLayout(left, 2);

    m_editor = new QWidget(this);
    m_editor->setMaximumWidth(560);
    m_form = new QFormLayout(m_editor);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_preset = new QComboBox(m_editor);
    m_preset->setObjectName(QStringLiteral("providerKind"));
    for (int i = 0; i < PresetCount; ++i)
        m_preset->addItem(QString(), i);
    m_id = new QLineEdit(m_editor);
    m_id->setObjectName(QStringLiteral("providerId"));
    m_url = new QLineEdit(m_editor);
    m_url->setObjectName(QStringLiteral("providerUrl"));
    m_url->setLayoutDirection(Qt::LeftToRight);
    m_model = new QLineEdit(m_editor);
    m_model->setObjectName(QStringLiteral("providerModel"));
    m_model->setLayoutDirection(Qt::LeftToRight);
    m_timeout = new QSpinBox(m_editor);
    m_timeout->setObjectName(QStringLiteral("providerTimeout"));
    m_timeout->setRange(1, 600);
    m_key = new QLineEdit(m_editor);
    m_key->setObjectName(QStringLiteral("providerKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setLayoutDirection(Qt::LeftToRight);
    m_privacy = new QCheckBox(m_editor);
    m_privacy->setObjectName(QStringLiteral("providerPrivacy"));
    m_enabled = new QCheckBox(m_editor);
    m_enabled->setObjectName(QStringLiteral("providerEnabled"));
    m_test = new QPushButton(uiIcon(QStringLiteral("network-connect")), QString(), m_editor);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult = new QLabel(m_editor);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    for (QWidget *field : { static_cast<QWidget *>(m_preset), static_cast<QWidget *>(m_id),
                            static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_model),
                            static_cast<QWidget *>(m_timeout), static_cast<QWidget *>(m_key) })
        addLabelledRow(m_form, field);
    m_form->addRow(QString(), m_privacy);
    m_form->addRow(QString(), m_enabled);
    m_form->addRow(QString(), m_test);
    m_form->addRow(QString(), m_testResult);
    columns->addWidget(m_editor, 3);
    outer->addLayout(columns, 1);

    auto *capBox = new QWidget(this);
    capBox->setMaximumWidth(560);
    m_capForm = new QFormLayout(capBox);
    m_capForm->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    auto *capRow = new QWidget(capBox);
    auto *capLayout = new QHBoxLayout(capRow);
    capLayout->setContentsMargins(0, 0, 0, 0);
    m_cap = new QDoubleSpinBox(capRow);
    m_cap->setObjectName(QStringLiteral("monthlyCap"));
    m_cap->setRange(0, 1000000);
    m_cap->setDecimals(2);
    m_currency = new QComboBox(capRow);
    m_currency->setObjectName(QStringLiteral("capCurrency"));
    m_currency->addItems(
        { QStringLiteral("USD"), QStringLiteral("SAR"), QStringLiteral("AED"), QStringLiteral("EUR") });
    capLayout->addWidget(m_cap, 1);
    capLayout->addWidget(m_currency);
    m_spend = new QLabel(capBox);
    m_spend->setObjectName(QStringLiteral("spendSoFar"));
    addLabelledRow(m_capForm, capRow);
    addLabelledRow(m_capForm, m_spend);
    outer->addWidget(capBox);

    m_error = errorLabel(this, QStringLiteral("aiSettingsError"));
    outer->addWidget(m_error);
    auto *actions = new QHBoxLayout;
    m_save = new QPushButton(uiIcon(QStringLiteral("document-save")), QString(), this);
    m_save->setObjectName(QStringLiteral("saveProviders"));
    m_revert = new QPushButton(uiIcon(QStringLiteral("edit-undo")), QString(), this);
    m_revert->setObjectName(QStringLiteral("revertProviders"));
    actions->addWidget(m_save);
    actions->addWidget(m_revert);
    actions->addStretch(1);
    outer->addLayout(actions);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_filling)
            return;
        commitEditor();
        showEditor(row);
    });
    connect(m_add, &QToolButton::clicked, this, [this]() { addProvider(OpenAi); });
    connect(m_remove, &QToolButton::clicked, this, &AiProvidersPanel::removeCurrent);
    connect(m_up, &QToolButton::clicked, this, [this]() { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this]() { moveCurrent(1); });
    connect(m_preset, &QComboBox::activated, this,
            [this]() { applyPreset(Preset(m_preset->currentData().toInt())); });
    connect(m_test, &QPushButton::clicked, this, &AiProvidersPanel::testConnection);
    connect(m_save, &QPushButton::clicked, this, &AiProvidersPanel::save);
    connect(m_revert, &QPushButton::clicked, this, &AiProvidersPanel::reload);
    connect(m_cap, &QDoubleSpinBox::valueChanged, this, &AiProvidersPanel::updateSpend);
    connect(m_currency, &QComboBox::currentTextChanged, this, &AiProvidersPanel::updateSpend);
    for (QLineEdit *edit : { m_id, m_model })
        connect(edit, &QLineEdit::editingFinished, this, [this]() {
            commitEditor();
            fillList();
        });
    retranslate();
    showEditor(-1);
    reload();
}

AiProvidersPanel::~AiProvidersPanel()
{
    // The base destructor moves focus away, and a line edit losing focus reports editingFinished:
    // this panel's members are gone by then.
    for (QObject *child :
         { static_cast<QObject *>(m_id), static_cast<QObject *>(m_model), static_cast<QObject *>(m_list) })
        child->disconnect(this);
}

ShellPage *AiProvidersPanel::prepareScreenshot()
{
    ShellPage *page = nullptr;
    for (QWidget *w = parentWidget(); w && !page; w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(w))
            tabs->setCurrentWidget(this);
        page = qobject_cast<ShellPage *>(w);
    }
    if (m_rows.isEmpty())
        addProvider(OllamaOpenAi); // unsaved: the tour quits without saving
    return page;
}

void AiProvidersPanel::reload()
{
    m_backend.load(this, [this](Result<AiSettingsSnapshot> snapshot) {
        if (!snapshot) {
            setError(ErrorText::describe(snapshot.error()));
            return;
        }
        showSnapshot(*snapshot);
        Q_EMIT loaded();
    });
}

void AiProvidersPanel::showSnapshot(const AiSettingsSnapshot &snapshot)
{
    m_rows = snapshot.providers;
    m_savedIds.clear();
    for (const ProviderRow &row : std::as_const(m_rows))
        m_savedIds.append(row.config.id);
    m_removed.clear();
    m_newKeys.clear();
    m_spentMicros = snapshot.spentThisMonthMicros;
    m_capCurrency = snapshot.capCurrency.isEmpty() ? QStringLiteral("USD") : snapshot.capCurrency;
    if (m_currency->findText(m_capCurrency) < 0)
        m_currency->addItem(m_capCurrency);
    m_currency->setCurrentText(m_capCurrency);
    m_cap->setValue(double(snapshot.monthlyCapMicros) / 1e6);
    setError({});
    m_editing = -1;
    fillList();
    m_list->setCurrentRow(m_rows.isEmpty() ? -1 : 0);
    showEditor(m_list->currentRow());
    updateSpend();
}

void AiProvidersPanel::fillList()
{
    m_filling = true;
    const int current = m_list->currentRow();
    m_list->clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        const ProviderConfig &config = m_rows.at(i).config;
        //: A provider in the list: "1. groq — llama-3.1-8b-instant".
        QString text = tr("%1. %2 — %3").arg(i + 1).arg(config.id, config.model);
        if (!config.enabled)
            text += u' ' + tr("(off)");
        m_list->addItem(text);
    }
    auto *offline = new QListWidgetItem(tr("Offline engine (built in, always last)"), m_list);
    offline->setFlags(Qt::ItemIsEnabled); // not selectable: it cannot be edited, removed or moved
    offline->setIcon(uiIcon(QStringLiteral("lock")));
    m_list->setCurrentRow(std::min(current, int(m_rows.size()) - 1));
    m_filling = false;
}

void AiProvidersPanel::showEditor(int row)
{
    m_editing = row >= 0 && row < m_rows.size() ? row : -1;
    m_editor->setEnabled(m_editing >= 0);
    m_remove->setEnabled(m_editing >= 0);
    m_up->setEnabled(m_editing > 0);
    m_down->setEnabled(m_editing >= 0 && m_editing + 1 < m_rows.size());
    m_testResult->clear();
    if (m_editing < 0) {
        for (QLineEdit *edit : { m_id, m_url, m_model, m_key })
            edit->clear();
        return;
    }
    const ProviderRow &provider = m_rows.at(m_editing);
    const ProviderConfig &config = provider.config;
    m_preset->setCurrentIndex(presetOf(config));
    m_id->setText(config.id);
    m_id->setReadOnly(m_savedIds.contains(config.id)); // the key is stored under it
    m_url->setText(config.baseUrl.toString());
    m_model->setText(config.model);
    m_timeout->setValue(std::max(1, config.timeoutMs / 1000));
    m_key->clear();
    const bool hasKey = provider.hasKey || m_newKeys.contains(config.id);
    m_key->setPlaceholderText(hasKey ? tr("A key is stored. Type a new one to replace it.")
                                     : tr("No key stored (local servers need none)."));
    m_privacy->setChecked(config.privacyMode);
    m_enabled->setChecked(config.enabled);
}

void AiProvidersPanel::commitEditor()
{
    if (m_editing < 0 || m_editing >= m_rows.size())
        return;
    ProviderConfig &config = m_rows[m_editing].config;
    const QString oldId = config.id;
    config.kind = kPresets[m_preset->currentData().toInt()].kind;
    config.id = m_id->text().trimmed();
    config.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    config.model = m_model->text().trimmed();
    config.timeoutMs = m_timeout->value() * 1000;
    config.privacyMode = m_privacy->isChecked();
    config.enabled = m_enabled->isChecked();
    if (oldId != config.id && m_newKeys.contains(oldId))
        m_newKeys.insert(config.id, m_newKeys.take(oldId));
    const QByteArray key = m_key->text().trimmed().toUtf8();
    if (!key.isEmpty())
        m_newKeys.insert(config.id, key);
}

void AiProvidersPanel::applyPreset(Preset preset)
{
    const PresetInfo &info = kPresets[preset];
    // Fill the address and model only where the user has not typed their own.
    bool urlIsPreset = m_url->text().trimmed().isEmpty();
    bool modelIsPreset = m_model->text().trimmed().isEmpty();
    for (const PresetInfo &other : kPresets) {
        urlIsPreset = urlIsPreset || m_url->text().trimmed() == QLatin1String(other.url);
        modelIsPreset = modelIsPreset || m_model->text().trimmed() == QLatin1String(other.model);
    }
    if (urlIsPreset)
        m_url->setText(QLatin1String(info.url));
    if (modelIsPreset)
        m_model->setText(QLatin1String(info.model));
    commitEditor();
    fillList();
}

void AiProvidersPanel::addProvider(Preset preset)
{
    commitEditor();
    const PresetInfo &info = kPresets[preset];
    ProviderConfig config;
    config.kind = info.kind;
    config.baseUrl = QUrl(QLatin1String(info.url));
    config.model = QLatin1String(info.model);
    QString id = QLatin1String(info.id);
    for (int n = 2;
         std::any_of(m_rows.begin(), m_rows.end(), [&](const ProviderRow &r) { return r.config.id == id; });
         ++n)
        id = QLatin1String(info.id) + u'-' + QString::number(n);
    config.id = id;
    m_rows.append({ config, false });
    m_editing = -1;
    fillList();
    m_list->setCurrentRow(int(m_rows.size()) - 1);
    showEditor(int(m_rows.size()) - 1);
    m_preset->setCurrentIndex(preset);
    m_id->setFocus();
}

void AiProvidersPanel::removeCurrent()
{
    if (m_editing < 0)
        return;
    const QString id = m_rows.at(m_editing).config.id;
    if (m_savedIds.contains(id))
        m_removed.append(id);
    m_newKeys.remove(id);
    m_rows.removeAt(m_editing);
    const int next = std::min(m_editing, int(m_rows.size()) - 1);
    m_editing = -1;
    fillList();
    m_list->setCurrentRow(next);
    showEditor(next);
}

void AiProvidersPanel::moveCurrent(int delta)
{
    commitEditor();
    const int from = m_editing;
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_rows.size())
        return;
    m_rows.move(from, to);
    m_editing = -1;
    fillList();
    m_list->setCurrentRow(to);
    showEditor(to);
}

QString AiProvidersPanel::validateAll(int &badRow) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        badRow = i;
        const ProviderConfig &config = m_rows.at(i).config;
        if (Status valid = config.validate(); !valid)
            return AiProviderText::problem(config, valid.error());
        for (int j = 0; j < i; ++j) {
            if (m_rows.at(j).config.id == config.id)
                return tr("Name: two providers are called %1; names must differ.")
                    .arg(DisplayFormat::isolate(config.id));
        }
    }
    badRow = -1;
    return {};
}

bool AiProvidersPanel::save()
{
    commitEditor();
    int badRow = -1;
    if (const QString problem = validateAll(badRow); !problem.isEmpty()) {
        setError(problem);
        m_list->setCurrentRow(badRow);
        Q_EMIT saved(false);
        return false;
    }
    AiSettings settings;
    for (const ProviderRow &row : std::as_const(m_rows))
        settings.providers.append(row.config);
    settings.monthlyCapMicros = qint64(m_cap->value() * 1e6 + 0.5);
    settings.capCurrency = m_currency->currentText();
    m_save->setEnabled(false);
    m_backend.save(settings, m_newKeys, m_removed, this, [this](Status stored) {
        m_save->setEnabled(true);
        if (!stored) {
            setError(ErrorText::describe(stored.error()));
            Q_EMIT saved(false);
            return;
        }
        Q_EMIT statusMessage(tr("AI providers saved."));
        reload();
        Q_EMIT saved(true);
    });
    return true;
}

void AiProvidersPanel::testConnection()
{
    commitEditor();
    if (m_editing < 0 || m_testing)
        return;
    const ProviderConfig config = m_rows.at(m_editing).config;
    if (Status valid = config.validate(); !valid) {
        m_testResult->setText(AiProviderText::problem(config, valid.error()));
        Q_EMIT tested(false);
        return;
    }
    m_testing = true;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing %1…").arg(DisplayFormat::isolate(config.baseUrl.toString())));
    m_backend.test(config, m_newKeys.value(config.id), this, [this, config](ConnectionTest result) {
        m_testing = false;
        m_test->setEnabled(true);
        m_testResult->setText(result.ok
                                  ? tr("Connected: %1 answered.").arg(DisplayFormat::isolate(result.model))
                                  : AiProviderText::failure(config, result.failure));
        Q_EMIT tested(result.ok);
    });
}

void AiProvidersPanel::updateSpend()
{
    const QString currency = m_currency->currentText();
    QString text = money(m_spentMicros, m_capCurrency);
    if (m_cap->value() > 0)
        //: Spend so far this month against the monthly cap: "1.20 USD of 10.00 USD".
        text = tr("%1 of %2").arg(text, money(qint64(m_cap->value() * 1e6), currency));
    m_spend->setText(text);
}

void AiProvidersPanel::setError(const QString &text)
{
    setFieldError(m_error, text);
}

QString AiProvidersPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString AiProvidersPanel::testResultText() const
{
    return m_testResult->text();
}

QString AiProvidersPanel::spendText() const
{
    return m_spend->text();
}

void AiProvidersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AiProvidersPanel::retranslate()
{
    setWindowTitle(tr("AI providers")); // the Settings tab's title (SettingsPage::addPanel)
    m_intro->setText(
        tr("Remote AI is optional: providers are tried from the top, and the offline engine on this "
           "computer always answers last. API keys are kept in the system keychain."));
    m_add->setText(tr("Add"));
    m_remove->setText(tr("Remove"));
    m_up->setText(tr("Up"));
    m_down->setText(tr("Down"));
    m_preset->setItemText(OpenAi, tr("OpenAI"));
    m_preset->setItemText(Groq, tr("Groq"));
    m_preset->setItemText(OllamaOpenAi, tr("Ollama (OpenAI-compatible)"));
    m_preset->setItemText(LlamaCpp, tr("llama.cpp server"));
    m_preset->setItemText(OtherOpenAi, tr("Other OpenAI-compatible service"));
    m_preset->setItemText(OllamaNative, tr("Ollama (native API)"));
    setRowLabel(m_form, m_preset, tr("Kind"));
    setRowLabel(m_form, m_id, tr("Name"));
    setRowLabel(m_form, m_url, tr("Base URL"));
    setRowLabel(m_form, m_model, tr("Model"));
    setRowLabel(m_form, m_timeout, tr("Timeout"));
    setRowLabel(m_form, m_key, tr("API key"));
    m_timeout->setSuffix(tr(" s"));
    m_privacy->setText(tr("Privacy mode: replace names, phones and e-mails before sending"));
    m_enabled->setText(tr("Use this provider"));
    m_test->setText(tr("Test connection"));
    setRowLabel(m_capForm, m_cap->parentWidget(), tr("Monthly spend cap"));
    setRowLabel(m_capForm, m_spend, tr("Spent this month"));
    m_cap->setSpecialValueText(tr("No cap"));
    m_save->setText(tr("Save"));
    m_revert->setText(tr("Revert"));
    fillList();
    updateSpend();
}

} // namespace OmniCrm
