#include "leadcaptureservice.h"

namespace OmniCrm {

LeadCaptureService::LeadCaptureService(ChangeLog &log, LeadService &leads, ContactService &contacts,
                                       ActivityService &activities)
    : m_log(log)
    , m_leads(leads)
    , m_contacts(contacts)
    , m_activities(activities)
{
}

Result<QString> LeadCaptureService::existingContact(const ContactDraft &draft) const
{
    auto contact = m_contacts.validate(draft);
    if (!contact)
        return QString();
    return m_contacts.duplicateOf(*contact);
}

Result<CapturedLead> LeadCaptureService::capture(const LeadCaptureDraft &draft)
{
    // Everything is checked before the unit of work begins.
    auto lead = m_leads.validate(draft.lead);
    if (!lead)
        return lead.error();
    std::optional<Contact> contact;
    if (draft.existingContactId.isEmpty()) {
        auto validated = m_contacts.validate(draft.contact);
        if (!validated)
            return validated.error();
        contact = *validated;
    } else {
        auto existing = m_contacts.find(draft.existingContactId);
        if (!existing)
            return existing.error();
        if (!existing->meta.isAlive())
            return Error::make(ErrorCode::NotFound, QStringLiteral("the contact was deleted"),
                               QStringLiteral("contact"));
    }

    CapturedLead captured;
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());
    if (contact) {
        auto rowId = m_contacts.insert(*contact, draft.contact.companyName, draft.contact.tags, work);
        if (!rowId)
            return rowId.error();
        captured.contactId = contact->meta.id;
        captured.contactCreated = true;
    } else {
        captured.contactId = draft.existingContactId;
    }
    auto leadId = m_leads.createIn(draft.lead, work);
    if (!leadId)
        return leadId.error();
    captured.leadId = *leadId;
    if (!draft.message.trimmed().isEmpty()) {
        ActivityDraft message;
        message.kind = draft.messageKind;
        message.subject = draft.messageSubject;
        message.body = draft.message;
        message.targetType = QStringLiteral("lead");
        message.targetId = captured.leadId;
        message.ownerId = draft.lead.ownerId;
        auto activityId = m_activities.logIn(message, work);
        if (!activityId)
            return activityId.error();
        captured.activityId = *activityId;
    }
    OMNICRM_TRY(work.commit());
    if (captured.contactCreated)
        Q_EMIT m_contacts.contactSaved(captured.contactId);
    Q_EMIT m_leads.leadSaved(captured.leadId);
    if (!captured.activityId.isEmpty())
        Q_EMIT m_activities.activitySaved(captured.activityId);
    return captured;
}

Status LeadCaptureService::undo(const CapturedLead &captured)
{
    if (!captured.activityId.isEmpty())
        OMNICRM_TRY(m_activities.remove(captured.activityId));
    OMNICRM_TRY(m_leads.remove(captured.leadId));
    if (captured.contactCreated)
        OMNICRM_TRY(m_contacts.remove(captured.contactId));
    return {};
}

} // namespace OmniCrm
