#include "recordkindops.h"

#include "crmstore.h"
#include "recordlistsources.h"
#include "recordtext.h"
#include "uiicons.h"

#include <QDateTime>
#include <QLocale>

namespace OmniCrm {

QString RecordKindOps::pageName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Contact:
        return QStringLiteral("contactsPage");
    case RecordKind::Company:
        return QStringLiteral("companiesPage");
    case RecordKind::Lead:
        return QStringLiteral("leadsPage");
    case RecordKind::Product:
        return QStringLiteral("productsPage");
    case RecordKind::Activity:
        return QStringLiteral("activitiesPage");
    case RecordKind::Deal:
        break;
    }
    return QStringLiteral("recordsPage");
}

QIcon RecordKindOps::icon(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Contact:
        return uiIcon(QStringLiteral("view-pim-contacts"));
    case RecordKind::Company:
        return uiIcon(QStringLiteral("view-bank"));
    case RecordKind::Lead:
        return uiIcon(QStringLiteral("flag"));
    case RecordKind::Product:
        return uiIcon(QStringLiteral("package-x-generic"));
    case RecordKind::Activity:
        return uiIcon(QStringLiteral("view-pim-tasks"));
    case RecordKind::Deal:
        break;
    }
    return {};
}

RecordCellDelegate::Accent RecordKindOps::cellAccent(RecordKind kind)
{
    if (kind != RecordKind::Activity)
        return {};
    return [](const QModelIndex &index) -> std::optional<QColor> {
        if (index.column() != ActivityListSource::Due)
            return std::nullopt;
        const QDateTime due = index.data().toDateTime();
        const bool done = index.siblingAtColumn(ActivityListSource::Done).data().isValid();
        if (due.isValid() && !done && due < QDateTime::currentDateTimeUtc())
            return QColor(0xc6, 0x28, 0x28); // overdue
        return std::nullopt;
    };
}

QString RecordKindOps::newText(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Contact:
        return tr("New contact");
    case RecordKind::Company:
        return tr("New company");
    case RecordKind::Lead:
        return tr("New lead");
    case RecordKind::Product:
        return tr("New product");
    case RecordKind::Activity:
        return tr("New activity");
    case RecordKind::Deal:
        break;
    }
    return {};
}

QString RecordKindOps::filterPlaceholder(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Contact:
        return tr("Filter contacts by name, phone, e-mail, company… (Ctrl+F)");
    case RecordKind::Company:
        return tr("Filter companies by name, phone, city… (Ctrl+F)");
    case RecordKind::Lead:
        return tr("Filter leads by title, person, company, phone… (Ctrl+F)");
    case RecordKind::Product:
        return tr("Filter products by name, SKU, category… (Ctrl+F)");
    case RecordKind::Activity:
        return tr("Filter activities by subject or notes… (Ctrl+F)");
    case RecordKind::Deal:
        break;
    }
    return {};
}

QString RecordKindOps::allViewText(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Contact:
        return tr("All contacts");
    case RecordKind::Company:
        return tr("All companies");
    case RecordKind::Lead:
        return tr("All leads");
    case RecordKind::Product:
        return tr("All products");
    case RecordKind::Activity:
        return tr("All activities");
    case RecordKind::Deal:
        break;
    }
    return {};
}

QString RecordKindOps::deletedMessage(RecordKind kind, int count, const QString &name)
{
    const QString who = RecordText::isolate(name);
    if (count > 1) {
        switch (kind) {
        case RecordKind::Contact:
            return tr("Contacts deleted: %1").arg(QLocale().toString(count));
        case RecordKind::Company:
            return tr("Companies deleted: %1").arg(QLocale().toString(count));
        case RecordKind::Lead:
            return tr("Leads deleted: %1").arg(QLocale().toString(count));
        case RecordKind::Product:
            return tr("Products deleted: %1").arg(QLocale().toString(count));
        case RecordKind::Activity:
            return tr("Activities deleted: %1").arg(QLocale().toString(count));
        case RecordKind::Deal:
            break;
        }
        return {};
    }
    switch (kind) {
    case RecordKind::Contact:
        return tr("Contact %1 deleted.").arg(who);
    case RecordKind::Company:
        return tr("Company %1 deleted.").arg(who);
    case RecordKind::Lead:
        return tr("Lead %1 deleted.").arg(who);
    case RecordKind::Product:
        return tr("Product %1 deleted.").arg(who);
    case RecordKind::Activity:
        return tr("Activity %1 deleted.").arg(who);
    case RecordKind::Deal:
        break;
    }
    return {};
}

Status RecordKindOps::remove(CrmStore &store, RecordKind kind, const QString &id)
{
    switch (kind) {
    case RecordKind::Contact:
        return store.contacts().remove(id);
    case RecordKind::Company:
        return store.companies().remove(id);
    case RecordKind::Lead:
        return store.leads().remove(id);
    case RecordKind::Product:
        return store.products().remove(id);
    case RecordKind::Activity:
        return store.activities().remove(id);
    case RecordKind::Deal:
        break;
    }
    return Error::make(ErrorCode::Unsupported, QStringLiteral("deals are deleted on the pipeline page"));
}

Status RecordKindOps::restore(CrmStore &store, RecordKind kind, const QString &id)
{
    switch (kind) {
    case RecordKind::Contact:
        return store.contacts().restore(id);
    case RecordKind::Company:
        return store.companies().restore(id);
    case RecordKind::Lead:
        return store.leads().restore(id);
    case RecordKind::Product:
        return store.products().restore(id);
    case RecordKind::Activity:
        return store.activities().restore(id);
    case RecordKind::Deal:
        break;
    }
    return Error::make(ErrorCode::Unsupported, QStringLiteral("deals are restored on the pipeline page"));
}

void RecordKindOps::followChanges(CrmStore &store, RecordKind kind, QObject *context, const IdSlot &changed,
                                  const IdSlot &others)
{
    switch (kind) {
    case RecordKind::Contact:
        QObject::connect(&store.contacts(), &ContactService::contactSaved, context, changed);
        QObject::connect(&store.contacts(), &ContactService::contactRemoved, context, changed);
        QObject::connect(&store.companies(), &CompanyService::companySaved, context, others); // company names
        QObject::connect(&store.companies(), &CompanyService::companyRemoved, context, others);
        break;
    case RecordKind::Company:
        QObject::connect(&store.companies(), &CompanyService::companySaved, context, changed);
        QObject::connect(&store.companies(), &CompanyService::companyRemoved, context, changed);
        QObject::connect(&store.contacts(), &ContactService::contactSaved, context, others); // contact counts
        QObject::connect(&store.contacts(), &ContactService::contactRemoved, context, others);
        break;
    case RecordKind::Lead:
        QObject::connect(&store.leads(), &LeadService::leadSaved, context, changed);
        QObject::connect(&store.leads(), &LeadService::leadRemoved, context, changed);
        QObject::connect(&store.leads(), &LeadService::leadConverted, context, changed);
        break;
    case RecordKind::Product:
        QObject::connect(&store.products(), &ProductService::productSaved, context, changed);
        QObject::connect(&store.products(), &ProductService::productRemoved, context, changed);
        break;
    case RecordKind::Activity:
        QObject::connect(&store.activities(), &ActivityService::activitySaved, context, changed);
        QObject::connect(&store.activities(), &ActivityService::activityRemoved, context, changed);
        // "related to" names
        QObject::connect(&store.contacts(), &ContactService::contactSaved, context, others);
        QObject::connect(&store.companies(), &CompanyService::companySaved, context, others);
        QObject::connect(&store.leads(), &LeadService::leadSaved, context, others);
        break;
    case RecordKind::Deal:
        break;
    }
}

} // namespace OmniCrm
