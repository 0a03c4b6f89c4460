// The CRM's records as plain values (DESIGN §4). Services validate them; repositories store them.
// Ids are UUIDv7 strings; times are UTC milliseconds since the epoch; money is minor units.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace OmniCrm {

/// Fields every synced row carries.
struct RecordMeta
{
    QString id;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 causalLength = 1; // odd alive, even deleted

    bool isAlive() const { return causalLength % 2 == 1; }
};

struct ContactPhone
{
    QString id;
    QString e164;
    QString national; // as dialled inside the country ("0555123456"), for search
    QString raw; // exactly as the user or the file gave it
    QString label = QStringLiteral("mobile");
    bool isPrimary = false;
    bool optOut = false;
};

struct ContactEmail
{
    QString id;
    QString email; // lower-cased
    QString label = QStringLiteral("work");
    bool isPrimary = false;
    bool optOut = false;
};

struct Company
{
    RecordMeta meta;
    QString name;
    QString industry;
    QString website;
    QString phoneE164;
    QString phoneRaw;
    QString email;
    QString city;
    QString country;
    QString address;
    QString notes;
    QString ownerId;
    QString importBatch;
};

struct Contact
{
    RecordMeta meta;
    QString fullName;
    QString firstName;
    QString lastName;
    QString companyId;
    QString title;
    QString city;
    QString country;
    QString address;
    QString website;
    QString source;
    QString notes;
    QString ownerId;
    QString importBatch;
    QList<ContactPhone> phones;
    QList<ContactEmail> emails;
};

enum class StageType { Open, Won, Lost };

struct Stage
{
    RecordMeta meta;
    QString pipelineId;
    QString nameAr;
    QString nameEn;
    StageType type = StageType::Open;
    int probability = 0;
    QString colour;
    int position = 0;
    std::optional<int> staleAfterDays;
};

struct Pipeline
{
    RecordMeta meta;
    QString nameAr;
    QString nameEn;
    bool isDefault = false;
    QList<Stage> stages;
};

struct Product
{
    RecordMeta meta;
    QString sku;
    QString nameAr;
    QString nameEn;
    QString category;
    qint64 priceMinor = 0;
    qint64 costMinor = 0;
    QString currency = QStringLiteral("SAR");
};

enum class LeadStatus { New, Contacted, Qualified, Converted, Lost };

struct Lead
{
    RecordMeta meta;
    QString title;
    QString personName;
    QString companyName;
    QString phoneE164;
    QString phoneRaw;
    QString email;
    QString city;
    QString source;
    LeadStatus status = LeadStatus::New;
    QString leadType;
    QString priority;
    std::optional<qint64> valueMinor;
    QString currency;
    QString notes;
    QString ownerId;
    QString convertedContactId;
    QString convertedCompanyId;
    QString convertedDealId;
    std::optional<qint64> convertedAt;
};

struct DealLineItem
{
    QString id;
    QString productId;
    QString description;
    qint64 quantity = 1;
    qint64 unitPriceMinor = 0;
    qint64 discountMinor = 0;

    qint64 totalMinor() const { return quantity * unitPriceMinor - discountMinor; }
};

struct Deal
{
    RecordMeta meta;
    QString title;
    QString pipelineId;
    QString stageId;
    QString contactId;
    QString companyId;
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("SAR");
    std::optional<int> probability;
    QString expectedClose; // ISO date, yyyy-MM-dd
    QString ownerId;
    QString lostReason;
    qint64 stageChangedAt = 0;
    std::optional<qint64> closedAt;
    QList<DealLineItem> lineItems;
};

struct StageChange
{
    QString id;
    QString dealId;
    QString fromStageId;
    QString toStageId;
    QString changedBy;
    qint64 changedAt = 0;
};

enum class ActivityKind { Call, Meeting, Task, Email, WhatsApp, Note };

struct Activity
{
    RecordMeta meta;
    ActivityKind kind = ActivityKind::Note;
    QString subject;
    QString body;
    QString targetType; // "contact", "company", "lead", "deal"
    QString targetId;
    std::optional<qint64> dueAt;
    std::optional<qint64> doneAt;
    QString ownerId;
};

struct Tag
{
    RecordMeta meta;
    QString name;
    QString colour;
};

struct User
{
    RecordMeta meta;
    QString name;
    QString email;
    QString role = QStringLiteral("rep");
    QString teamId;
};

/// The kinds of record the search index and generic lists know.
enum class RecordKind { Contact = 1, Company = 2, Lead = 3, Deal = 4, Product = 5, Activity = 6 };

QString recordKindName(RecordKind kind);
std::optional<RecordKind> recordKindFromName(QStringView name);
QString stageTypeName(StageType type);
std::optional<StageType> stageTypeFromName(QStringView name);
QString leadStatusName(LeadStatus status);
std::optional<LeadStatus> leadStatusFromName(QStringView name);
QString activityKindName(ActivityKind kind);
std::optional<ActivityKind> activityKindFromName(QStringView name);

} // namespace OmniCrm
