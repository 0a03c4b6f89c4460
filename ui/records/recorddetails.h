// RecordDetails: everything the detail pane shows about one record — the record, its tags, its
// activity timeline and the names of the records it points at — read in one job on the reader
// thread (loadRecordDetails), so selecting a row never waits on the store.
#pragma once

#include "crmstore.h"

#include <variant>

namespace OmniCrm {

struct RecordDetails
{
    RecordKind kind = RecordKind::Contact;
    QString id;
    std::optional<Error> error;
    std::variant<std::monostate, Contact, Company, Lead, Product, Activity> record;
    QString companyName; // a contact's company
    QString targetName; // the record an activity belongs to
    QStringList tags;
    QList<Activity> timeline; // newest first
    QHash<QString, QString> phoneText; // E.164 → as people read it ("+966 55 512 3456")

    /// The readable form of a phone of this record.
    QString phone(const QString &e164) const { return phoneText.value(e164, e164); }

    bool isAlive() const;
    /// The name the pane puts on top (name, title, subject).
    QString title() const;
};

/// Reads the record of `kind` and what goes with it. Reader thread.
RecordDetails loadRecordDetails(CrmStore &store, RecordKind kind, const QString &id);

} // namespace OmniCrm
