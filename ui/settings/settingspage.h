// SettingsPage: the General settings of this machine (language, calendar, digits, idle lock) and
// the store's Brands (list, add, edit, remove, logo, colour, currency, language, time zone, which
// one is active). General changes are stored as they are made and applied live by the Localizer,
// which follows the same PreferenceService; the page only retranslates itself, so switching the
// language leaves it open on the same tab with the same brand and any unsaved edits in place.
// Brand fields are validated as the user types, each error under its field.
#pragma once

#include "brandservice.h"
#include "displayformat.h"
#include "preferenceservice.h"
#include "shellpage.h"

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QToolButton;

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

    /// The brand the form edits; empty for a new one.
    QString editedBrandId() const { return m_editingId; }
    /// The form's content as a draft.
    BrandDraft draft() const;
    /// Reads a logo file into the form: SVG as it is, other images as PNG no larger than
    /// 512 px. False (and the error under the logo) when the file is no image.
    bool setLogoFromFile(const QString &path);

    static constexpr int kLogoMaxPixels = 512;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildGeneral();
    QWidget *buildBrands();
    void retranslate();
    void showPreferences();
    void savePreference(const std::function<Status()> &save);
    void updatePreview();

    void reloadBrands(const QString &select);
    void loadBrand(const QString &id);
    void newBrand();
    void fillForm(const BrandDraft &draft);
    void validateForm();
    void saveBrand();
    void askRemoveBrand();
    void makeActive();
    void pickColor();
    void pickLogo();
    void showLogo();
    void setFieldError(QLabel *label, const QString &text);

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

    // Brands
    QListWidget *m_brandList = nullptr;
    QPushButton *m_addBrand = nullptr;
    QPushButton *m_removeBrand = nullptr;
    QLabel *m_formTitle = nullptr;
    QFormLayout *m_brandForm = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QWidget *m_logoField = nullptr;
    QLabel *m_logoPreview = nullptr;
    QPushButton *m_chooseLogo = nullptr;
    QPushButton *m_clearLogo = nullptr;
    QLabel *m_logoError = nullptr;
    QWidget *m_colorField = nullptr;
    QToolButton *m_colorSwatch = nullptr;
    QLineEdit *m_color = nullptr;
    QLabel *m_colorError = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_brandLanguage = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLabel *m_timeZoneError = nullptr;
    QLabel *m_activeNote = nullptr;
    QLabel *m_brandError = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_makeActive = nullptr;

    QString m_editingId;
    BrandDraft m_loaded; // what the form showed before the user's edits
    QByteArray m_logo;
    QString m_activeId;
    bool m_showingPreferences = false;
    bool m_fillingForm = false;
    bool m_nameEdited = false; // the user typed in the name since the form was filled
};

} // namespace OmniCrm
