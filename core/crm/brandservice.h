// BrandService: the brands of a store and which one is active on this machine. A brand is a
// synced record; the active choice is device-local (the meta table). The first brand created
// becomes the active one; removing the active brand leaves none active.
#pragma once

#include "brandrepository.h"
#include "changelog.h"
#include "settingsrepository.h"

#include <QObject>

#include <optional>

namespace OmniCrm {

struct BrandDraft
{
    QString name;
    QByteArray logo; // PNG or SVG bytes, at most BrandService::kMaxLogoBytes; empty: none
    QString primaryColor = QStringLiteral("#1b6ec2"); // "#rgb" or "#rrggbb"
    QString currency = QStringLiteral("SAR");
    QString language = QStringLiteral("ar");
    QString timeZone = QStringLiteral("Asia/Riyadh");

    static BrandDraft from(const Brand &brand);
    bool operator==(const BrandDraft &other) const = default;
};

class BrandService : public QObject
{
    Q_OBJECT
public:
    /// Logos travel through sync with the brand: keep them small.
    static constexpr qsizetype kMaxLogoBytes = 256 * 1024;
    static constexpr qsizetype kMaxNameLength = 80;

    BrandService(ChangeLog &log, BrandRepository &brands, SettingsRepository &settings,
                 QObject *parent = nullptr);

    /// Every problem of the draft, one error per field, in form order (name, logo, colour,
    /// currency, language, time zone). Fields: "name" (MissingField, InvalidArgument when too
    /// long), "logo" (InvalidArgument when too large, Unsupported when not PNG or SVG),
    /// "primary_color" (InvalidArgument), "currency" (InvalidMoney), "language" (InvalidArgument),
    /// "time_zone" (MissingField, InvalidArgument when no such IANA zone).
    QList<Error> problems(const BrandDraft &draft) const;
    /// The brand the draft describes, normalised (trimmed name, "#rrggbb", upper-case currency),
    /// or its first problem.
    Result<Brand> validate(const BrandDraft &draft) const;

    /// Stores a new brand; Duplicate ("name") when a live brand has the same name.
    Result<QString> create(const BrandDraft &draft);
    Status update(const QString &id, const BrandDraft &draft);
    /// Deletes the brand (causal length); when it was active, none is active afterwards.
    Status remove(const QString &id);

    Result<Brand> find(const QString &id) const { return m_brands.find(id); }
    /// Live brands by name.
    Result<QList<Brand>> all() const { return m_brands.all(); }

    /// Makes a live brand the active one on this machine; an empty id clears the choice.
    Status setActive(const QString &id);
    /// The id of the active brand, empty when none is active (or it was deleted, e.g. by sync).
    Result<QString> activeId() const;
    Result<std::optional<Brand>> active() const;

    /// "image/png" or "image/svg+xml" from the bytes themselves; empty for anything else.
    static QString logoTypeOf(const QByteArray &bytes);
    /// "#1B6EC2", "#abc" → "#1b6ec2", "#aabbcc"; empty when it is not a hex colour.
    static QString normalizedColor(QStringView text);

Q_SIGNALS:
    void brandSaved(const QString &id);
    void brandRemoved(const QString &id);
    /// The active brand changed (or was cleared: empty id).
    void activeBrandChanged(const QString &id);

private:
    Status checkNameFree(const Brand &brand, const QString &exceptId) const;

    ChangeLog &m_log;
    BrandRepository &m_brands;
    SettingsRepository &m_settings;
};

} // namespace OmniCrm
