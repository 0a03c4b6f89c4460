// BrandsPanel: the Brands tab of the Settings page — the store's brands in a list, and a form to
// add, edit or remove one (name, logo, colour, currency, language, time zone) or make it the one
// in use on this computer. Fields are validated as the user types, each error under its field;
// the panel follows brand changes made elsewhere but keeps unsaved edits, and retranslates
// itself in place when the language changes.
#pragma once

#include "brandservice.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace OmniCrm {

class BrandsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BrandsPanel(BrandService &brands, QWidget *parent = nullptr);

    /// The brand the form edits; empty for a new one.
    QString editedBrandId() const { return m_editingId; }
    /// The form's content as a draft.
    BrandDraft draft() const;
    /// Reads a logo file into the form: SVG as it is, other images as PNG no larger than
    /// 512 px. False (and the error under the logo) when the file is no image.
    bool setLogoFromFile(const QString &path);

    static constexpr int kLogoMaxPixels = 512;

Q_SIGNALS:
    /// A short message for the status bar.
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
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

    BrandService &m_brands;

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
    bool m_fillingForm = false;
    bool m_nameEdited = false; // the user typed in the name since the form was filled
};

} // namespace OmniCrm
