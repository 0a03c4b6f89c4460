// RecordEditor: how a page asks for a record to be created, edited or converted without knowing
// the forms. The forms part implements it; main.cpp hands the one instance to every page.
#pragma once

#include "entities.h"

#include <QObject>
#include <QVariantMap>

class QWidget;

namespace OmniCrm {

class RecordEditor : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Opens the form for a new record of `kind` over `parent`; `prefill` names fields to start
    /// with (e.g. {"company_id": id} from a company page).
    virtual void create(RecordKind kind, QWidget *parent, const QVariantMap &prefill = {}) = 0;
    /// Opens the form for an existing record.
    virtual void edit(RecordKind kind, const QString &id, QWidget *parent) = 0;
    /// Converts a lead into a contact, a company and a deal in one step, after confirmation.
    virtual void convertLead(const QString &leadId, QWidget *parent) = 0;

Q_SIGNALS:
    /// A record was created or changed through a form.
    void saved(OmniCrm::RecordKind kind, const QString &id);
    void leadConverted(const QString &leadId, const QString &contactId, const QString &dealId);
};

} // namespace OmniCrm
