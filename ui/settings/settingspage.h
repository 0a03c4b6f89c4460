// SettingsPage: the General settings of this machine (language, calendar, digits, idle lock) and,
// on a second tab, the store's Brands (BrandsPanel). General changes are stored as they are made
// and applied live by the Localizer, which follows the same PreferenceService; the page and its
// panel only retranslate themselves, so switching the language leaves the page open on the same
// tab with the same brand and any unsaved edits in place.
#pragma once

#include "brandspanel.h"
#include "displayformat.h"
#include "preferenceservice.h"
#include "shellpage.h"

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace OmniCrm {

class SettingsPage : public ShellPage
{
    Q_OBJECT
public:
    SettingsPage(PreferenceService &preferences, BrandService &brands, const DisplayFormat &format,
                 QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    /// The Brands tab.
    BrandsPanel *brandsPanel() const { return m_brandsPanel; }
    /// Another area's tab (Sync, …), named by the panel's window title as it retranslates.
    void addPanel(QWidget *panel, const QIcon &icon);
    void showPanel(QWidget *panel);
    // The Brands tab's own, for callers that knew them here.
    QString editedBrandId() const { return m_brandsPanel->editedBrandId(); }
    BrandDraft draft() const { return m_brandsPanel->draft(); }
    bool setLogoFromFile(const QString &path) { return m_brandsPanel->setLogoFromFile(path); }

    static constexpr int kLogoMaxPixels = BrandsPanel::kLogoMaxPixels;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildGeneral();
    void retranslate();
    void showPreferences();
    void savePreference(const std::function<Status()> &save);
    void updatePreview();

    PreferenceService &m_preferences;
    BrandService &m_brands;
    const DisplayFormat &m_format;

    QLabel *m_heading = nullptr;
    QTabWidget *m_tabs = nullptr;

    // General
    QFormLayout *m_generalForm = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_calendar = nullptr;
    QComboBox *m_digits = nullptr;
    QLabel *m_digitsHint = nullptr;
    QSpinBox *m_idleLock = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_generalError = nullptr;

    BrandsPanel *m_brandsPanel = nullptr;

    bool m_showingPreferences = false;
};

} // namespace OmniCrm
