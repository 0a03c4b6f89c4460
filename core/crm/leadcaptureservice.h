// LeadCaptureService: stores what a rep captured from a pasted message in one step: the lead, its
// contact (a new one, or an existing one the lead is attached to instead of a duplicate) and the
// original message, kept as an activity on the lead (it follows the lead to its contact when the
// lead is converted). The rule that is not obvious: every draft is validated before anything is
// written, then all of it goes into one unit of work, so bad input never leaves half a capture.
#pragma once

#include "activityservice.h"
#include "contactservice.h"
#include "leadservice.h"

namespace OmniCrm {

struct LeadCaptureDraft
{
    LeadDraft lead;
    ContactDraft contact; // ignored when existingContactId is set
    QString existingContactId; // attach to this contact instead of creating one
    QString message; // the original text; empty: no activity
    ActivityKind messageKind = ActivityKind::Note;
    QString messageSubject;
};

struct CapturedLead
{
    QString leadId;
    QString contactId;
    QString activityId; // the stored message; empty when there was none
    bool contactCreated = false;
};

class LeadCaptureService
{
public:
    LeadCaptureService(ChangeLog &log, LeadService &leads, ContactService &contacts,
                       ActivityService &activities);

    /// Errors name the field as LeadService and ContactService do ("phone", "mobile", "email",
    /// "name", "currency" …); nothing is stored when any draft is refused.
    Result<CapturedLead> capture(const LeadCaptureDraft &draft);
    /// The live contact with the draft's phones or e-mails, if any (empty when none, or when the
    /// draft does not validate: capture() reports that).
    Result<QString> existingContact(const ContactDraft &draft) const;
    /// Deletes what capture() stored (soft deletes: each can still be restored).
    Status undo(const CapturedLead &captured);

private:
    ChangeLog &m_log;
    LeadService &m_leads;
    ContactService &m_contacts;
    ActivityService &m_activities;
};

} // namespace OmniCrm
