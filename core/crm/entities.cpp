#include "entities.h"

#include <array>
#include <utility>

namespace OmniCrm {

namespace {

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, Enum value)
{
    for (const auto &[key, name] : table) {
        if (key == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, QStringView name)
{
    for (const auto &[key, text] : table) {
        if (name == QStringView(text))
            return key;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<RecordKind, const char16_t *>, 6> kKinds { {
    { RecordKind::Contact, u"contact" },
    { RecordKind::Company, u"company" },
    { RecordKind::Lead, u"lead" },
    { RecordKind::Deal, u"deal" },
    { RecordKind::Product, u"product" },
    { RecordKind::Activity, u"activity" },
} };

constexpr std::array<std::pair<StageType, const char16_t *>, 3> kStageTypes { {
    { StageType::Open, u"open" },
    { StageType::Won, u"won" },
    { StageType::Lost, u"lost" },
} };

constexpr std::array<std::pair<LeadStatus, const char16_t *>, 5> kLeadStatuses { {
    { LeadStatus::New, u"new" },
    { LeadStatus::Contacted, u"contacted" },
    { LeadStatus::Qualified, u"qualified" },
    { LeadStatus::Converted, u"converted" },
    { LeadStatus::Lost, u"lost" },
} };

constexpr std::array<std::pair<ActivityKind, const char16_t *>, 6> kActivityKinds { {
    { ActivityKind::Call, u"call" },
    { ActivityKind::Meeting, u"meeting" },
    { ActivityKind::Task, u"task" },
    { ActivityKind::Email, u"email" },
    { ActivityKind::WhatsApp, u"whatsapp" },
    { ActivityKind::Note, u"note" },
} };

} // namespace

QString recordKindName(RecordKind kind)
{
    return nameOf(kKinds, kind);
}
std::optional<RecordKind> recordKindFromName(QStringView name)
{
    return valueOf(kKinds, name);
}
QString stageTypeName(StageType type)
{
    return nameOf(kStageTypes, type);
}
std::optional<StageType> stageTypeFromName(QStringView name)
{
    return valueOf(kStageTypes, name);
}
QString leadStatusName(LeadStatus status)
{
    return nameOf(kLeadStatuses, status);
}
std::optional<LeadStatus> leadStatusFromName(QStringView name)
{
    return valueOf(kLeadStatuses, name);
}
QString activityKindName(ActivityKind kind)
{
    return nameOf(kActivityKinds, kind);
}
std::optional<ActivityKind> activityKindFromName(QStringView name)
{
    return valueOf(kActivityKinds, name);
}

} // namespace OmniCrm
