// BrandTheme: applies the active brand to the running app — the palette derived from its colour,
// its name for the window title, its logo for headers — and offers its currency, language and
// time zone as defaults for new records. It follows BrandService: choosing another brand, or
// editing the active one, applies at once. With no active brand the app keeps the palette it had
// when the theme was made, and the name is empty.
#pragma once

#include "brandservice.h"

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QPixmap>
#include <QTimeZone>

namespace OmniCrm {

class BrandTheme : public QObject
{
    Q_OBJECT
public:
    /// Remembers the application palette as it is now as the unbranded one. Call reload() once
    /// the store is open.
    explicit BrandTheme(BrandService &brands, QObject *parent = nullptr);
    /// Puts the unbranded palette back.
    ~BrandTheme() override;

    /// Reads the active brand and applies it.
    Status reload();

    bool hasBrand() const { return m_hasBrand; }
    /// The active brand; a default-constructed Brand when none is active.
    const Brand &brand() const { return m_brand; }
    /// Empty when no brand is active.
    QString brandName() const { return m_hasBrand ? m_brand.name : QString(); }
    /// Invalid when no brand is active.
    QColor primaryColor() const;
    /// The logo fitted into `box` (aspect kept); null when there is none.
    QPixmap logo(const QSize &box, qreal devicePixelRatio = 1.0) const;

    /// Defaults for new records: the active brand's, else SAR and Arabic.
    QString defaultCurrency() const { return m_brand.currency; }
    QString defaultLanguage() const { return m_brand.language; }
    /// Where the brand works; the system's zone with no brand.
    QTimeZone timeZone() const;

    /// Renders PNG or SVG bytes into `box`, aspect kept; null when they are neither.
    static QPixmap renderLogo(const QByteArray &bytes, const QSize &box, qreal devicePixelRatio = 1.0);

Q_SIGNALS:
    /// For the window title (MainWindow::setBrandName); empty with no active brand.
    void brandNameChanged(const QString &name);
    /// For DisplayFormat (Localizer::setTimeZone).
    void timeZoneChanged(const QTimeZone &zone);
    /// The palette, logo and defaults were applied (after every change of the active brand).
    void brandApplied();

private:
    void apply(const std::optional<Brand> &brand);

    BrandService &m_brands;
    QPalette m_unbranded;
    Brand m_brand;
    bool m_hasBrand = false;
};

} // namespace OmniCrm
