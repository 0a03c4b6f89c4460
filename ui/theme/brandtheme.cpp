#include "brandtheme.h"

#include "brandpalette.h"

#include <QApplication>
#include <QImage>
#include <QLoggingCategory>
#include <QPainter>
#include <QSvgRenderer>

namespace OmniCrm {

Q_LOGGING_CATEGORY(lcTheme, "omnicrm.ui.theme")

BrandTheme::BrandTheme(BrandService &brands, QObject *parent)
    : QObject(parent)
    , m_brands(brands)
    , m_unbranded(QApplication::palette())
{
    connect(&m_brands, &BrandService::activeBrandChanged, this, [this]() { (void)reload(); });
    connect(&m_brands, &BrandService::brandSaved, this, [this](const QString &id) {
        if (m_hasBrand && id == m_brand.meta.id)
            (void)reload();
    });
}

BrandTheme::~BrandTheme()
{
    if (m_hasBrand)
        QApplication::setPalette(m_unbranded);
}

Status BrandTheme::reload()
{
    auto active = m_brands.active();
    if (!active) {
        qCWarning(lcTheme) << "active brand unreadable:" << active.error().detail;
        return active.error();
    }
    apply(*active);
    return {};
}

void BrandTheme::apply(const std::optional<Brand> &brand)
{
    m_hasBrand = brand.has_value();
    m_brand = brand.value_or(Brand());
    QApplication::setPalette(m_hasBrand ? BrandPalette::derive(primaryColor(), m_unbranded) : m_unbranded);
    Q_EMIT brandNameChanged(brandName());
    Q_EMIT timeZoneChanged(timeZone());
    Q_EMIT brandApplied();
}

QColor BrandTheme::primaryColor() const
{
    return m_hasBrand ? QColor::fromString(m_brand.primaryColor) : QColor();
}

QTimeZone BrandTheme::timeZone() const
{
    const QTimeZone zone(m_brand.timeZone.toUtf8());
    return m_hasBrand && zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QPixmap BrandTheme::logo(const QSize &box, qreal devicePixelRatio) const
{
    return m_hasBrand ? renderLogo(m_brand.logo, box, devicePixelRatio) : QPixmap();
}

QPixmap BrandTheme::renderLogo(const QByteArray &bytes, const QSize &box, qreal devicePixelRatio)
{
    if (bytes.isEmpty() || box.isEmpty())
        return {};
    const QSize pixels = box * devicePixelRatio;
    QImage image;
    if (BrandService::logoTypeOf(bytes) == u"image/svg+xml") {
        QSvgRenderer renderer(bytes);
        if (!renderer.isValid())
            return {};
        QSize size = renderer.defaultSize().isEmpty() ? pixels : renderer.defaultSize();
        size.scale(pixels, Qt::KeepAspectRatio);
        image = QImage(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
    } else {
        image = QImage::fromData(bytes);
        if (image.isNull())
            return {};
        if (image.width() > pixels.width() || image.height() > pixels.height())
            image = image.scaled(pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace OmniCrm
