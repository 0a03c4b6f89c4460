#include "brandservice.h"

#include "money.h"
#include "preferenceservice.h"
#include "validation.h"

#include <QTimeZone>

namespace OmniCrm {

namespace {

const QString kActiveBrand = QStringLiteral("active_brand");

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

QString brandSortKey(const Brand &brand)
{
    return sortKeyFor(brand.name);
}

} // namespace

BrandDraft BrandDraft::from(const Brand &brand)
{
    BrandDraft draft;
    draft.name = brand.name;
    draft.logo = brand.logo;
    draft.primaryColor = brand.primaryColor;
    draft.currency = brand.currency;
    draft.language = brand.language;
    draft.timeZone = brand.timeZone;
    return draft;
}

BrandService::BrandService(ChangeLog &log, BrandRepository &brands, SettingsRepository &settings,
                           QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_brands(brands)
    , m_settings(settings)
{
}

QString BrandService::logoTypeOf(const QByteArray &bytes)
{
    static const QByteArray png("\x89PNG\r\n\x1a\n", 8);
    if (bytes.startsWith(png))
        return QStringLiteral("image/png");
    // SVG is XML: an optional byte-order mark, declaration, comments or doctype, then the <svg>
    // element, whose opening tag is within the first few kilobytes of any real file.
    QByteArray head = bytes.left(4096);
    if (head.startsWith("\xef\xbb\xbf"))
        head.remove(0, 3);
    head = head.trimmed().toLower();
    if (head.startsWith('<') && head.contains("<svg") && !head.contains('\0'))
        return QStringLiteral("image/svg+xml");
    return {};
}

QString BrandService::normalizedColor(QStringView text)
{
    const QStringView hex = text.trimmed();
    if (!hex.startsWith(u'#') || (hex.size() != 4 && hex.size() != 7))
        return {};
    QString digits;
    for (const QChar c : hex.mid(1)) {
        if (!isHexDigit(c))
            return {};
        digits += c.toLower();
        if (hex.size() == 4)
            digits += c.toLower();
    }
    return u'#' + digits;
}

QList<Error> BrandService::problems(const BrandDraft &draft) const
{
    QList<Error> found;
    const QString name = draft.name.simplified();
    if (name.isEmpty())
        found.append(Error::make(ErrorCode::MissingField, QStringLiteral("a brand needs a name"),
                                 QStringLiteral("name")));
    else if (name.size() > kMaxNameLength)
        found.append(Error::make(ErrorCode::InvalidArgument,
                                 QStringLiteral("the brand name has %1 characters; at most %2")
                                     .arg(name.size())
                                     .arg(kMaxNameLength),
                                 QStringLiteral("name")));

    if (!draft.logo.isEmpty()) {
        if (draft.logo.size() > kMaxLogoBytes)
            found.append(Error::make(
                ErrorCode::InvalidArgument,
                QStringLiteral("the logo has %1 bytes; at most %2").arg(draft.logo.size()).arg(kMaxLogoBytes),
                QStringLiteral("logo")));
        else if (logoTypeOf(draft.logo).isEmpty())
            found.append(Error::make(ErrorCode::Unsupported,
                                     QStringLiteral("the logo is not a PNG or SVG image"),
                                     QStringLiteral("logo")));
    }

    if (normalizedColor(draft.primaryColor).isEmpty())
        found.append(Error::make(ErrorCode::InvalidArgument,
                                 QStringLiteral("\"%1\" is not a colour (#rrggbb)").arg(draft.primaryColor),
                                 QStringLiteral("primary_color")));

    if (Money::minorDigits(draft.currency.trimmed().toUpper()) < 0)
        found.append(Error::make(ErrorCode::InvalidMoney,
                                 QStringLiteral("\"%1\" is not a currency OmniCRM knows").arg(draft.currency),
                                 QStringLiteral("currency")));

    if (!PreferenceService::isSupportedLanguage(draft.language))
        found.append(
            Error::make(ErrorCode::InvalidArgument,
                        QStringLiteral("\"%1\" is not a supported language (ar, en)").arg(draft.language),
                        QStringLiteral("language")));

    const QString zone = draft.timeZone.trimmed();
    if (zone.isEmpty())
        found.append(Error::make(ErrorCode::MissingField, QStringLiteral("a brand needs a time zone"),
                                 QStringLiteral("time_zone")));
    else if (!QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        found.append(Error::make(ErrorCode::InvalidArgument,
                                 QStringLiteral("\"%1\" is not an IANA time zone").arg(zone),
                                 QStringLiteral("time_zone")));
    return found;
}

Result<Brand> BrandService::validate(const BrandDraft &draft) const
{
    const QList<Error> found = problems(draft);
    if (!found.isEmpty())
        return found.first();
    Brand brand;
    brand.name = draft.name.simplified();
    brand.logo = draft.logo;
    brand.logoType = logoTypeOf(draft.logo);
    brand.primaryColor = normalizedColor(draft.primaryColor);
    brand.currency = draft.currency.trimmed().toUpper();
    brand.language = draft.language;
    brand.timeZone = draft.timeZone.trimmed();
    return brand;
}

Status BrandService::checkNameFree(const Brand &brand, const QString &exceptId) const
{
    auto same = m_brands.findBySortKey(brandSortKey(brand));
    if (same && same->meta.id != exceptId)
        return Error::make(ErrorCode::Duplicate, QStringLiteral("a brand named %1 exists").arg(brand.name),
                           QStringLiteral("name"));
    if (!same && same.error().code != ErrorCode::NotFound)
        return same.error();
    return {};
}

Result<QString> BrandService::create(const BrandDraft &draft)
{
    auto brand = validate(draft);
    if (!brand)
        return brand.error();
    OMNICRM_TRY(checkNameFree(*brand, {}));
    auto activeBefore = activeId();
    if (!activeBefore)
        return activeBefore.error();
    const Status stored = inUnitOfWork(m_log, [&](UnitOfWork &work) -> Status {
        auto rowId = m_brands.insert(*brand, brandSortKey(*brand), work);
        if (!rowId)
            return rowId.error();
        // The meta table shares the transaction: the first brand is active, or neither exists.
        return activeBefore->isEmpty() ? m_settings.setValue(kActiveBrand, brand->meta.id) : Status();
    });
    if (!stored)
        return stored.error();
    Q_EMIT brandSaved(brand->meta.id);
    if (activeBefore->isEmpty())
        Q_EMIT activeBrandChanged(brand->meta.id);
    return brand->meta.id;
}

Status BrandService::update(const QString &id, const BrandDraft &draft)
{
    auto before = m_brands.find(id);
    if (!before)
        return before.error();
    if (!before->meta.isAlive())
        return Error::make(ErrorCode::NotFound, QStringLiteral("brand %1 was deleted").arg(id));
    auto after = validate(draft);
    if (!after)
        return after.error();
    OMNICRM_TRY(checkNameFree(*after, id));
    after->meta = before->meta;
    if (BrandDraft::from(*after) == BrandDraft::from(*before))
        return {};
    OMNICRM_TRY(inUnitOfWork(m_log, [&](UnitOfWork &work) {
        return m_brands.update(*before, *after, brandSortKey(*after), work);
    }));
    Q_EMIT brandSaved(id);
    return {};
}

Status BrandService::remove(const QString &id)
{
    auto brand = m_brands.find(id);
    if (!brand)
        return brand.error();
    if (!brand->meta.isAlive())
        return {};
    auto active = activeId();
    if (!active)
        return active.error();
    const bool wasActive = *active == id;
    const Status removed = inUnitOfWork(m_log, [&](UnitOfWork &work) -> Status {
        const Status deleted = m_brands.setCausalLength(id, brand->meta.causalLength + 1, work);
        if (!deleted || !wasActive)
            return deleted;
        return m_settings.setValue(kActiveBrand, QString());
    });
    if (!removed)
        return removed.error();
    Q_EMIT brandRemoved(id);
    if (wasActive)
        Q_EMIT activeBrandChanged(QString());
    return {};
}

Status BrandService::setActive(const QString &id)
{
    auto current = activeId();
    if (!current)
        return current.error();
    if (!id.isEmpty()) {
        auto brand = m_brands.find(id);
        if (!brand)
            return brand.error();
        if (!brand->meta.isAlive())
            return Error::make(ErrorCode::NotFound, QStringLiteral("brand %1 was deleted").arg(id));
    }
    if (*current == id)
        return {};
    OMNICRM_TRY(m_settings.setValue(kActiveBrand, id));
    Q_EMIT activeBrandChanged(id);
    return {};
}

Result<QString> BrandService::activeId() const
{
    auto id = m_settings.value(kActiveBrand);
    if (!id)
        return id.error();
    if (id->isEmpty())
        return QString();
    auto brand = m_brands.find(*id);
    if (!brand)
        return brand.error().code == ErrorCode::NotFound ? Result<QString>(QString()) : brand.error();
    return brand->meta.isAlive() ? *id : QString();
}

Result<std::optional<Brand>> BrandService::active() const
{
    auto id = activeId();
    if (!id)
        return id.error();
    if (id->isEmpty())
        return std::optional<Brand>();
    auto brand = m_brands.find(*id);
    if (!brand)
        return brand.error();
    return std::optional<Brand>(*brand);
}

} // namespace OmniCrm
