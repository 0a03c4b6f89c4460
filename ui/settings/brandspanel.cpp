#include "brandspanel.h"

#include "brandtext.h"
#include "brandtheme.h"
#include "displayformat.h"
#include "errortext.h"
#include "money.h"
#include "settingsform.h"
#include "uiicons.h"

#include <QBuffer>
#include <QColorDialog>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace OmniCrm {

using namespace SettingsForm;

namespace {

const QSize kLogoBox(96, 48);

// Zones a Gulf business most likely means come first; the rest follow alphabetically.
const QList<QByteArray> kGulfZones
    = { "Asia/Riyadh", "Asia/Dubai", "Asia/Kuwait", "Asia/Qatar", "Asia/Bahrain", "Asia/Muscat" };

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(20, 20);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0, 0, 0, 90), 1));
    painter.setBrush(color.isValid() ? color : QColor(Qt::transparent));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 19, 19), 4, 4);
    return QIcon(pixmap);
}

} // namespace

BrandsPanel::BrandsPanel(BrandService &brands, QWidget *parent)
    : QWidget(parent)
    , m_brands(brands)
{
    setObjectName(QStringLiteral("brandsPanel"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 16, 0, 0);
    row->setSpacing(20);

    auto *listColumn = new QVBoxLayout();
    m_brandList = new QListWidget(this);
    m_brandList->setObjectName(QStringLiteral("brandList"));
    m_brandList->setIconSize(QSize(32, 32));
    m_brandList->setMinimumWidth(220);
    m_brandList->setMaximumWidth(320);
    auto *listButtons = new QHBoxLayout();
    m_addBrand = new QPushButton(uiIcon(QStringLiteral("list-add")), QString(), this);
    m_addBrand->setObjectName(QStringLiteral("addBrand"));
    m_removeBrand = new QPushButton(uiIcon(QStringLiteral("edit-delete")), QString(), this);
    m_removeBrand->setObjectName(QStringLiteral("removeBrand"));
    listButtons->addWidget(m_addBrand);
    listButtons->addWidget(m_removeBrand);
    listButtons->addStretch(1);
    listColumn->addWidget(m_brandList, 1);
    listColumn->addLayout(listButtons);
    row->addLayout(listColumn);

    auto *formColumn = new QVBoxLayout();
    m_formTitle = new QLabel(this);
    QFont titleFont = m_formTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_formTitle->setFont(titleFont);
    formColumn->addWidget(m_formTitle);
    m_activeNote = new QLabel(this);
    m_activeNote->setObjectName(QStringLiteral("activeNote"));
    formColumn->addWidget(m_activeNote);

    auto *box = new QWidget(this);
    box->setMaximumWidth(620);
    m_brandForm = new QFormLayout(box);
    m_brandForm->setContentsMargins(0, 0, 0, 0);
    m_brandForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_brandForm->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_brandForm->setHorizontalSpacing(16);
    m_brandForm->setVerticalSpacing(8);

    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("brandName"));
    m_name->setMaxLength(int(BrandService::kMaxNameLength) + 20); // long enough to show the error
    m_nameError = errorLabel(box, QStringLiteral("brandNameError"));

    m_logoField = new QWidget(box);
    auto *logoRow = new QHBoxLayout(m_logoField);
    logoRow->setContentsMargins(0, 0, 0, 0);
    m_logoPreview = new QLabel(box);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setFixedSize(kLogoBox + QSize(8, 8));
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_chooseLogo = new QPushButton(box);
    m_chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    m_clearLogo = new QPushButton(box);
    m_clearLogo->setObjectName(QStringLiteral("clearLogo"));
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(m_chooseLogo);
    logoRow->addWidget(m_clearLogo);
    logoRow->addStretch(1);
    m_logoError = errorLabel(box, QStringLiteral("logoError"));

    m_colorField = new QWidget(box);
    auto *colorRow = new QHBoxLayout(m_colorField);
    colorRow->setContentsMargins(0, 0, 0, 0);
    m_colorSwatch = new QToolButton(box);
    m_colorSwatch->setObjectName(QStringLiteral("colorSwatch"));
    m_colorSwatch->setIconSize(QSize(20, 20));
    m_color = new QLineEdit(box);
    m_color->setObjectName(QStringLiteral("brandColor"));
    m_color->setMaxLength(9);
    m_color->setMaximumWidth(140);
    // A colour code reads left to right in any language.
    m_color->setLayoutDirection(Qt::LeftToRight);
    colorRow->addWidget(m_colorSwatch);
    colorRow->addWidget(m_color);
    colorRow->addStretch(1);
    m_colorError = errorLabel(box, QStringLiteral("colorError"));

    m_currency = new QComboBox(box);
    m_currency->setObjectName(QStringLiteral("brandCurrency"));
    for (const QString &code : Money::knownCurrencies())
        m_currency->addItem(QString(), code);
    m_brandLanguage = new QComboBox(box);
    m_brandLanguage->setObjectName(QStringLiteral("brandLanguage"));
    addLanguages(m_brandLanguage);

    m_timeZone = new QComboBox(box);
    m_timeZone->setObjectName(QStringLiteral("brandTimeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setMaxVisibleItems(16);
    QStringList zones;
    for (const QByteArray &id : kGulfZones)
        zones.append(QString::fromUtf8(id));
    QStringList others;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (!kGulfZones.contains(id) && id.contains('/'))
            others.append(QString::fromUtf8(id));
    }
    others.sort();
    others.append(QStringLiteral("UTC"));
    m_timeZone->addItems(zones + others);
    m_timeZone->insertSeparator(int(zones.size()));
    auto *completer = new QCompleter(m_timeZone->model(), m_timeZone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setCompleter(completer);
    m_timeZoneError = errorLabel(box, QStringLiteral("timeZoneError"));

    addLabelledRow(m_brandForm, m_name);
    m_brandForm->addRow(QString(), m_nameError);
    addLabelledRow(m_brandForm, m_logoField);
    m_brandForm->addRow(QString(), m_logoError);
    addLabelledRow(m_brandForm, m_colorField);
    m_brandForm->addRow(QString(), m_colorError);
    addLabelledRow(m_brandForm, m_currency);
    addLabelledRow(m_brandForm, m_brandLanguage);
    addLabelledRow(m_brandForm, m_timeZone);
    m_brandForm->addRow(QString(), m_timeZoneError);
    formColumn->addWidget(box);

    m_brandError = errorLabel(this, QStringLiteral("brandError"));
    formColumn->addWidget(m_brandError);
    auto *actions = new QHBoxLayout();
    m_save = new QPushButton(uiIcon(QStringLiteral("document-save")), QString(), this);
    m_save->setObjectName(QStringLiteral("saveBrand"));
    m_save->setDefault(true);
    m_makeActive = new QPushButton(uiIcon(QStringLiteral("checkmark")), QString(), this);
    m_makeActive->setObjectName(QStringLiteral("makeActive"));
    actions->addWidget(m_save);
    actions->addWidget(m_makeActive);
    actions->addStretch(1);
    formColumn->addLayout(actions);
    formColumn->addStretch(1);
    row->addLayout(formColumn, 1);

    connect(m_brandList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            loadBrand(item->data(Qt::UserRole).toString());
    });
    connect(m_addBrand, &QPushButton::clicked, this, &BrandsPanel::newBrand);
    connect(m_removeBrand, &QPushButton::clicked, this, &BrandsPanel::askRemoveBrand);
    connect(m_save, &QPushButton::clicked, this, &BrandsPanel::saveBrand);
    connect(m_name, &QLineEdit::returnPressed, this, &BrandsPanel::saveBrand);
    connect(m_makeActive, &QPushButton::clicked, this, &BrandsPanel::makeActive);
    connect(m_chooseLogo, &QPushButton::clicked, this, &BrandsPanel::pickLogo);
    connect(m_clearLogo, &QPushButton::clicked, this, [this]() {
        m_logo.clear();
        showLogo();
        validateForm();
    });
    connect(m_colorSwatch, &QToolButton::clicked, this, &BrandsPanel::pickColor);
    connect(m_name, &QLineEdit::textEdited, this, [this]() {
        m_nameEdited = true;
        validateForm();
    });
    for (QLineEdit *edit : { m_name, m_color })
        connect(edit, &QLineEdit::textChanged, this, &BrandsPanel::validateForm);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &BrandsPanel::validateForm);
    for (QComboBox *combo : { m_currency, m_brandLanguage })
        connect(combo, &QComboBox::currentIndexChanged, this, &BrandsPanel::validateForm);

    connect(&m_brands, &BrandService::brandSaved, this, [this](const QString &id) {
        reloadBrands(m_editingId.isEmpty() ? QString() : m_editingId);
        if (id == m_editingId && draft() == m_loaded)
            loadBrand(id); // changed elsewhere while the form was untouched
    });
    connect(&m_brands, &BrandService::brandRemoved, this, [this](const QString &id) {
        if (id == m_editingId)
            newBrand();
        reloadBrands(m_editingId);
    });
    connect(&m_brands, &BrandService::activeBrandChanged, this, [this]() { reloadBrands(m_editingId); });

    retranslate();
    reloadBrands({});
    if (m_brandList->count() > 0)
        m_brandList->setCurrentRow(0);
    else
        newBrand();
}

BrandDraft BrandsPanel::draft() const
{
    BrandDraft draft;
    draft.name = m_name->text();
    draft.logo = m_logo;
    draft.primaryColor = m_color->text();
    draft.currency = m_currency->currentData().toString();
    draft.language = m_brandLanguage->currentData().toString();
    draft.timeZone = m_timeZone->currentText();
    return draft;
}

void BrandsPanel::reloadBrands(const QString &select)
{
    auto brands = m_brands.all();
    auto active = m_brands.activeId();
    if (!brands || !active) {
        setFieldError(m_brandError, ErrorText::describe(!brands ? brands.error() : active.error()));
        return;
    }
    m_activeId = *active;
    const QSignalBlocker blocker(m_brandList);
    m_brandList->clear();
    for (const Brand &brand : *brands) {
        const bool isActive = brand.meta.id == m_activeId;
        //: A brand in the list that is the one in use, e.g. "Elite Trading (active)".
        auto *item = new QListWidgetItem(
            isActive ? tr("%1 (active)").arg(DisplayFormat::isolate(brand.name)) : brand.name, m_brandList);
        item->setData(Qt::UserRole, brand.meta.id);
        QPixmap logo = BrandTheme::renderLogo(brand.logo, QSize(32, 32), devicePixelRatioF());
        item->setIcon(logo.isNull() ? swatch(QColor::fromString(brand.primaryColor)) : QIcon(logo));
        if (isActive) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        if (brand.meta.id == select)
            m_brandList->setCurrentItem(item);
    }
    const bool existing = !m_editingId.isEmpty();
    m_removeBrand->setEnabled(existing);
    m_makeActive->setEnabled(existing && m_editingId != m_activeId);
    m_activeNote->setText(existing && m_editingId == m_activeId ? tr("This brand is in use on this computer.")
                                                                : QString());
    m_activeNote->setVisible(!m_activeNote->text().isEmpty());
}

void BrandsPanel::loadBrand(const QString &id)
{
    auto brand = m_brands.find(id);
    if (!brand) {
        setFieldError(m_brandError, ErrorText::describe(brand.error()));
        return;
    }
    m_editingId = id;
    fillForm(BrandDraft::from(*brand));
    reloadBrands(id);
}

void BrandsPanel::newBrand()
{
    m_editingId.clear();
    {
        const QSignalBlocker blocker(m_brandList);
        m_brandList->setCurrentRow(-1);
        m_brandList->clearSelection();
    }
    fillForm(BrandDraft());
    reloadBrands({});
    m_name->setFocus();
}

void BrandsPanel::fillForm(const BrandDraft &draft)
{
    m_fillingForm = true;
    m_nameEdited = false;
    m_loaded = draft;
    m_name->setText(draft.name);
    m_logo = draft.logo;
    m_color->setText(draft.primaryColor);
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(draft.currency)));
    m_brandLanguage->setCurrentIndex(draft.language == u"en" ? kLanguageEnglish : kLanguageArabic);
    m_timeZone->setCurrentText(draft.timeZone);
    m_fillingForm = false;
    m_loaded = this->draft(); // as the widgets hold it, so an untouched form is not "changed"
    m_formTitle->setText(m_editingId.isEmpty() ? tr("New brand") : tr("Edit brand"));
    setFieldError(m_brandError, {});
    showLogo();
    validateForm();
}

void BrandsPanel::validateForm()
{
    if (m_fillingForm)
        return;
    const BrandDraft current = draft();
    QHash<QString, QString> errors;
    for (const Error &error : m_brands.problems(current)) {
        // A new form whose name was never typed in is not wrong yet.
        if (m_editingId.isEmpty() && !m_nameEdited && error.field == u"name")
            continue;
        errors.insert(error.field, BrandText::problem(error));
    }
    setFieldError(m_nameError, errors.value(QStringLiteral("name")));
    setFieldError(m_logoError, errors.value(QStringLiteral("logo")));
    setFieldError(m_colorError, errors.value(QStringLiteral("primary_color")));
    setFieldError(m_timeZoneError, errors.value(QStringLiteral("time_zone")));
    const QString other = errors.value(QStringLiteral("currency"), errors.value(QStringLiteral("language")));
    if (!other.isEmpty())
        setFieldError(m_brandError, other);
    m_colorSwatch->setIcon(swatch(QColor::fromString(BrandService::normalizedColor(current.primaryColor))));
    const bool changed = m_editingId.isEmpty() || !(current == m_loaded);
    m_save->setEnabled(errors.isEmpty() && changed && !current.name.trimmed().isEmpty());
}

void BrandsPanel::saveBrand()
{
    if (!m_save->isEnabled())
        return;
    const BrandDraft current = draft();
    QString id = m_editingId;
    Status saved;
    if (id.isEmpty()) {
        auto created = m_brands.create(current);
        if (created) {
            id = *created;
            m_editingId = id;
        } else {
            saved = created.error();
        }
    } else {
        saved = m_brands.update(id, current);
    }
    if (!saved) {
        const Error &error = saved.error();
        QLabel *under = error.field == u"name" ? m_nameError
            : error.field == u"logo"           ? m_logoError
            : error.field == u"primary_color"  ? m_colorError
            : error.field == u"time_zone"      ? m_timeZoneError
                                               : m_brandError;
        setFieldError(under, BrandText::problem(error));
        return;
    }
    loadBrand(id);
    Q_EMIT statusMessage(tr("Brand “%1” saved.").arg(m_name->text()));
}

void BrandsPanel::askRemoveBrand()
{
    if (m_editingId.isEmpty())
        return;
    const QString id = m_editingId;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove brand"),
                                tr("Remove the brand “%1”? Records keep their data; the brand's name, "
                                   "logo and colours are no longer used.")
                                    .arg(m_loaded.name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoveBrand"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result != QMessageBox::Yes)
            return;
        const Status removed = m_brands.remove(id);
        if (!removed) {
            setFieldError(m_brandError, ErrorText::describe(removed.error()));
            return;
        }
        Q_EMIT statusMessage(tr("Brand removed."));
    });
    box->open();
}

void BrandsPanel::makeActive()
{
    if (m_editingId.isEmpty())
        return;
    const Status made = m_brands.setActive(m_editingId);
    setFieldError(m_brandError, made ? QString() : ErrorText::describe(made.error()));
}

void BrandsPanel::pickColor()
{
    auto *dialog = new QColorDialog(QColor::fromString(BrandService::normalizedColor(m_color->text())), this);
    dialog->setObjectName(QStringLiteral("brandColorDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this,
            [this](const QColor &color) { m_color->setText(color.name(QColor::HexRgb)); });
    dialog->open();
}

void BrandsPanel::pickLogo()
{
    auto *dialog = new QFileDialog(this, tr("Choose a logo"));
    dialog->setObjectName(QStringLiteral("logoFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Images (*.png *.svg *.jpg *.jpeg *.webp *.bmp)"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { setLogoFromFile(path); });
    dialog->open();
}

bool BrandsPanel::setLogoFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setFieldError(m_logoError, tr("The file could not be opened."));
        return false;
    }
    // Twice the largest allowed logo is read at most: a photo is scaled down below, an SVG that
    // large is refused by the brand's own check.
    const QByteArray bytes = file.read(qint64(BrandService::kMaxLogoBytes) * 16);
    if (BrandService::logoTypeOf(bytes) == u"image/svg+xml") {
        m_logo = bytes;
    } else {
        QBuffer buffer;
        buffer.setData(bytes);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        QImage image = reader.read();
        if (image.isNull()) {
            setFieldError(m_logoError, tr("This file is not an image OmniCRM can read."));
            return false;
        }
        const bool large = image.width() > kLogoMaxPixels || image.height() > kLogoMaxPixels;
        if (!large && BrandService::logoTypeOf(bytes) == u"image/png") {
            m_logo = bytes;
        } else {
            if (large)
                image = image.scaled(kLogoMaxPixels, kLogoMaxPixels, Qt::KeepAspectRatio,
                                     Qt::SmoothTransformation);
            QByteArray png;
            QBuffer out(&png);
            out.open(QIODevice::WriteOnly);
            image.save(&out, "PNG");
            m_logo = png;
        }
    }
    showLogo();
    validateForm();
    return m_logoError->isHidden();
}

void BrandsPanel::showLogo()
{
    const QPixmap logo = BrandTheme::renderLogo(m_logo, kLogoBox, devicePixelRatioF());
    m_logoPreview->setPixmap(logo);
    if (logo.isNull())
        m_logoPreview->setText(m_logo.isEmpty() ? tr("No logo") : QStringLiteral("?"));
    m_clearLogo->setEnabled(!m_logo.isEmpty());
}

void BrandsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        validateForm(); // errors in the new language
        reloadBrands(m_editingId);
    }
    QWidget::changeEvent(event);
}

void BrandsPanel::retranslate()
{
    m_addBrand->setText(tr("Add brand"));
    m_removeBrand->setText(tr("Remove…"));
    m_formTitle->setText(m_editingId.isEmpty() ? tr("New brand") : tr("Edit brand"));
    setRowLabel(m_brandForm, m_name, tr("Name"));
    setRowLabel(m_brandForm, m_logoField, tr("Logo"));
    setRowLabel(m_brandForm, m_colorField, tr("Colour"));
    setRowLabel(m_brandForm, m_currency, tr("Currency"));
    setRowLabel(m_brandForm, m_brandLanguage, tr("Language"));
    setRowLabel(m_brandForm, m_timeZone, tr("Time zone"));
    m_name->setPlaceholderText(tr("Your business name as customers know it"));
    m_chooseLogo->setText(tr("Choose…"));
    m_clearLogo->setText(tr("Remove logo"));
    m_colorSwatch->setToolTip(tr("Pick a colour"));
    m_timeZone->lineEdit()->setPlaceholderText(tr("Type to search, e.g. Riyadh"));
    for (int i = 0; i < m_currency->count(); ++i)
        m_currency->setItemText(i, BrandText::currency(m_currency->itemData(i).toString()));
    m_save->setText(tr("Save"));
    m_makeActive->setText(tr("Use this brand"));
    showLogo();
}

} // namespace OmniCrm
