#include "settingspage.h"

#include "errortext.h"
#include "settingsform.h"
#include "uiicons.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace OmniCrm {

using namespace SettingsForm;

SettingsPage::SettingsPage(PreferenceService &preferences, BrandService &brands, const DisplayFormat &format,
                           QWidget *parent)
    : ShellPage(parent)
    , m_preferences(preferences)
    , m_brands(brands)
    , m_format(format)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildGeneral(), uiIcon(QStringLiteral("preferences-desktop-locale")), QString());
    m_brandsPanel = new BrandsPanel(m_brands, this);
    m_tabs->addTab(m_brandsPanel, uiIcon(QStringLiteral("games-config-theme")), QString());
    layout->addWidget(m_tabs, 1);

    connect(m_brandsPanel, &BrandsPanel::statusMessage, this, &ShellPage::statusMessage);
    connect(&m_preferences, &PreferenceService::preferencesChanged, this, [this]() { showPreferences(); });
    connect(&m_format, &DisplayFormat::changed, this, &SettingsPage::updatePreview);
    // The active brand's currency shows in the preview. The panel connected first, so it has
    // caught up with the change by the time the preview follows.
    connect(&m_brands, &BrandService::brandSaved, this, &SettingsPage::updatePreview);
    connect(&m_brands, &BrandService::activeBrandChanged, this, &SettingsPage::updatePreview);

    retranslate();
    showPreferences();
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

QIcon SettingsPage::icon() const
{
    return uiIcon(QStringLiteral("configure"));
}

void SettingsPage::addPanel(QWidget *panel, const QIcon &icon)
{
    m_tabs->addTab(panel, icon, panel->windowTitle());
    connect(panel, &QWidget::windowTitleChanged, m_tabs,
            [this, panel](const QString &title) { m_tabs->setTabText(m_tabs->indexOf(panel), title); });
}

void SettingsPage::showPanel(QWidget *panel)
{
    m_tabs->setCurrentWidget(panel);
}

void SettingsPage::activate()
{
    updatePreview();
}

// ---------------------------------------------------------------------------------------------
// General

QWidget *SettingsPage::buildGeneral()
{
    auto *page = new QWidget(this);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 16, 0, 0);
    auto *box = new QWidget(page);
    box->setMaximumWidth(560);
    m_generalForm = new QFormLayout(box);
    m_generalForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_generalForm->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_generalForm->setHorizontalSpacing(16);
    m_generalForm->setVerticalSpacing(10);

    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("language"));
    addLanguages(m_language);
    m_calendar = new QComboBox(box);
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_calendar->addItem(QString(), int(CalendarSystem::Gregorian));
    m_calendar->addItem(QString(), int(CalendarSystem::Hijri));
    m_digits = new QComboBox(box);
    m_digits->setObjectName(QStringLiteral("digits"));
    m_digits->addItem(QString(), int(DigitStyle::Latin));
    m_digits->addItem(QString(), int(DigitStyle::ArabicIndic));
    m_digitsHint = new QLabel(box);
    m_digitsHint->setEnabled(false); // a quiet note, in the disabled text colour
    m_digitsHint->setWordWrap(true);
    m_idleLock = new QSpinBox(box);
    m_idleLock->setObjectName(QStringLiteral("idleLock"));
    m_idleLock->setRange(0, Preferences::kMaxIdleLockMinutes);
    m_idleLock->setSingleStep(5);
    m_preview = new QLabel(box);
    m_preview->setObjectName(QStringLiteral("formatPreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_generalError = errorLabel(box, QStringLiteral("generalError"));

    addLabelledRow(m_generalForm, m_language);
    addLabelledRow(m_generalForm, m_calendar);
    addLabelledRow(m_generalForm, m_digits);
    m_generalForm->addRow(QString(), m_digitsHint);
    addLabelledRow(m_generalForm, m_idleLock);
    addLabelledRow(m_generalForm, m_preview);
    m_generalForm->addRow(QString(), m_generalError);
    outer->addWidget(box);
    outer->addStretch(1);

    connect(m_language, &QComboBox::activated, this, [this]() {
        const QString language = m_language->currentData().toString();
        savePreference([this, language]() { return m_preferences.setLanguage(language); });
    });
    connect(m_calendar, &QComboBox::activated, this, [this]() {
        const auto calendar = CalendarSystem(m_calendar->currentData().toInt());
        savePreference([this, calendar]() { return m_preferences.setCalendar(calendar); });
    });
    connect(m_digits, &QComboBox::activated, this, [this]() {
        const auto digits = DigitStyle(m_digits->currentData().toInt());
        savePreference([this, digits]() { return m_preferences.setDigits(digits); });
    });
    connect(m_idleLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (!m_showingPreferences)
            savePreference([this, minutes]() { return m_preferences.setIdleLockMinutes(minutes); });
    });
    return page;
}

void SettingsPage::savePreference(const std::function<Status()> &save)
{
    const Status saved = save();
    setFieldError(m_generalError, saved ? QString() : ErrorText::describe(saved.error()));
    if (!saved)
        showPreferences(); // the controls show what is stored, not what failed
}

void SettingsPage::showPreferences()
{
    auto stored = m_preferences.load();
    if (!stored) {
        setFieldError(m_generalError, ErrorText::describe(stored.error()));
        return;
    }
    m_showingPreferences = true;
    m_language->setCurrentIndex(stored->language == u"en" ? kLanguageEnglish : kLanguageArabic);
    m_calendar->setCurrentIndex(m_calendar->findData(int(stored->calendar)));
    m_digits->setCurrentIndex(m_digits->findData(int(stored->digits)));
    m_idleLock->setValue(stored->idleLockMinutes);
    m_showingPreferences = false;
    updatePreview();
}

void SettingsPage::updatePreview()
{
    if (!m_preview)
        return;
    auto active = m_brands.active();
    const QString currency = active && active->has_value() ? (*active)->currency : QStringLiteral("SAR");
    //: A preview of the chosen formats: today's date and an amount of money.
    m_preview->setText(tr("Today is %1 · %2")
                           .arg(DisplayFormat::isolate(m_format.date(QDate::currentDate())),
                                DisplayFormat::isolate(m_format.money(123450, currency))));
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate(); // the Brands panel retranslates itself
    ShellPage::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_heading->setText(tr("Settings"));
    m_tabs->setTabText(0, tr("General"));
    m_tabs->setTabText(1, tr("Brands"));

    setRowLabel(m_generalForm, m_language, tr("Language"));
    setRowLabel(m_generalForm, m_calendar, tr("Calendar"));
    setRowLabel(m_generalForm, m_digits, tr("Digits"));
    setRowLabel(m_generalForm, m_idleLock, tr("Lock after"));
    setRowLabel(m_generalForm, m_preview, tr("Preview"));
    m_calendar->setItemText(0, tr("Gregorian"));
    m_calendar->setItemText(1, tr("Hijri (Umm al-Qura)"));
    m_digits->setItemText(0, tr("Latin (%1)").arg(QStringLiteral("0123456789")));
    m_digits->setItemText(1, tr("Arabic-Indic (%1)").arg(QStringLiteral("٠١٢٣٤٥٦٧٨٩")));
    m_digitsHint->setText(
        tr("Applies to Arabic; English always uses %1.").arg(DisplayFormat::isolate(QStringLiteral("0–9"))));
    m_idleLock->setSpecialValueText(tr("Never"));
    //: After the number of idle minutes in "Lock after [15] minutes idle".
    m_idleLock->setSuffix(tr(" minutes idle"));
    updatePreview();
}

} // namespace OmniCrm
