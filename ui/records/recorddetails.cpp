#include "recorddetails.h"

namespace OmniCrm {

namespace {

template <typename T> bool takeRecord(RecordDetails &details, Result<T> found)
{
    if (!found) {
        details.error = found.error();
        return false;
    }
    details.record = std::move(found).value();
    return true;
}

void takeTags(RecordDetails &details, const Result<QStringList> &tags)
{
    if (tags)
        details.tags = *tags;
}

void takeTimeline(RecordDetails &details, const Result<QList<Activity>> &timeline)
{
    if (timeline)
        details.timeline = *timeline;
    else
        details.error = timeline.error();
}

QString targetName(CrmStore &store, const QString &type, const QString &id)
{
    if (type == u"contact") {
        auto contact = store.contacts().find(id);
        return contact ? contact->fullName : QString();
    }
    if (type == u"company") {
        auto company = store.companies().find(id);
        return company ? company->name : QString();
    }
    if (type == u"lead") {
        auto lead = store.leads().find(id);
        return lead ? lead->title : QString();
    }
    if (type == u"deal") {
        auto deal = store.deals().find(id);
        return deal ? deal->title : QString();
    }
    return {};
}

void addPhone(RecordDetails &details, const PhoneNormalizer &phones, const QString &e164)
{
    if (e164.isEmpty())
        return;
    auto number = phones.normalize(e164);
    details.phoneText.insert(e164,
                             number ? phones.format(*number, PhoneNormalizer::Style::International) : e164);
}

} // namespace

bool RecordDetails::isAlive() const
{
    return std::visit(
        [](const auto &entity) {
            if constexpr (std::is_same_v<std::decay_t<decltype(entity)>, std::monostate>)
                return false;
            else
                return entity.meta.isAlive();
        },
        record);
}

QString RecordDetails::title() const
{
    if (const auto *contact = std::get_if<Contact>(&record))
        return contact->fullName;
    if (const auto *company = std::get_if<Company>(&record))
        return company->name;
    if (const auto *lead = std::get_if<Lead>(&record))
        return lead->title;
    if (const auto *product = std::get_if<Product>(&record))
        return product->nameAr.isEmpty() ? product->nameEn : product->nameAr;
    if (const auto *activity = std::get_if<Activity>(&record))
        return activity->subject;
    return {};
}

RecordDetails loadRecordDetails(CrmStore &store, RecordKind kind, const QString &id)
{
    RecordDetails details;
    details.kind = kind;
    details.id = id;
    switch (kind) {
    case RecordKind::Contact:
        if (takeRecord(details, store.contacts().find(id))) {
            const auto &contact = std::get<Contact>(details.record);
            if (!contact.companyId.isEmpty())
                details.companyName = targetName(store, QStringLiteral("company"), contact.companyId);
            for (const ContactPhone &phone : contact.phones)
                addPhone(details, store.phones(), phone.e164);
            takeTags(details, store.contacts().tagsOf(id));
            takeTimeline(details, store.contacts().timeline(id));
        }
        break;
    case RecordKind::Company:
        if (takeRecord(details, store.companies().find(id))) {
            addPhone(details, store.phones(), std::get<Company>(details.record).phoneE164);
            takeTags(details, store.companies().tagsOf(id));
            takeTimeline(details, store.activities().timeline(QStringLiteral("company"), id));
        }
        break;
    case RecordKind::Lead:
        if (takeRecord(details, store.leads().find(id))) {
            addPhone(details, store.phones(), std::get<Lead>(details.record).phoneE164);
            takeTags(details, store.tags().namesOf(QStringLiteral("lead"), id));
            takeTimeline(details, store.activities().timeline(QStringLiteral("lead"), id));
        }
        break;
    case RecordKind::Product:
        takeRecord(details, store.products().find(id));
        break;
    case RecordKind::Activity:
        if (takeRecord(details, store.activities().find(id))) {
            const auto &activity = std::get<Activity>(details.record);
            details.targetName = targetName(store, activity.targetType, activity.targetId);
        }
        break;
    case RecordKind::Deal:
        details.error = Error::make(ErrorCode::Unsupported, QStringLiteral("deals have their own page"));
        break;
    }
    return details;
}

} // namespace OmniCrm
