#include "errortext.h"

namespace OmniCrm {

QString ErrorText::describe(const Error &error)
{
    const QString field = fieldName(error.field);
    switch (error.code) {
    case ErrorCode::MissingField:
        return field.isEmpty() ? tr("A required field is empty.") : tr("%1 is required.").arg(field);
    case ErrorCode::InvalidPhone:
        return tr("This is not a phone number we can dial. Use a Saudi or Gulf mobile such as 05x xxx "
                  "xxxx, or an international number starting with +.");
    case ErrorCode::InvalidEmail:
        return tr("This is not a valid e-mail address (name@example.com).");
    case ErrorCode::InvalidMoney:
        return tr("Enter an amount such as 1500 or 1,500.50, and a three-letter currency such as SAR.");
    case ErrorCode::InvalidDate:
        return tr("This date is not valid.");
    case ErrorCode::NotFound:
        return tr("This record no longer exists; it may have been deleted.");
    case ErrorCode::Duplicate:
        return tr("A record with the same phone or e-mail already exists.");
    case ErrorCode::KeyRejected:
        return tr("The passphrase is wrong. Nothing was changed; try again.");
    case ErrorCode::NoKeyAvailable:
        return tr("The store's key is not available: the system keychain did not answer and no "
                  "passphrase was given.");
    case ErrorCode::StoreNotFound:
        return tr("No store was found in this folder.");
    case ErrorCode::StoreExists:
        return tr("A store already exists in this folder.");
    case ErrorCode::StoreCorrupt:
        return tr("The store is damaged or was written by a newer OmniCRM.");
    case ErrorCode::Database:
        return tr("The store could not complete the operation; nothing was changed.");
    case ErrorCode::Io:
        return tr("The file could not be read or written.");
    case ErrorCode::Parse:
        return tr("The file is not in the format it claims to be.");
    case ErrorCode::Encoding:
        return tr("The file's text encoding could not be read.");
    case ErrorCode::Cancelled:
        return tr("Cancelled; nothing was changed.");
    case ErrorCode::Conflict:
        return tr("Someone changed this record at the same time; reload it and try again.");
    case ErrorCode::Unsupported:
        return tr("This is not supported here.");
    case ErrorCode::InvalidArgument:
        break;
    }
    return field.isEmpty() ? tr("This value is not valid.") : tr("%1 is not valid.").arg(field);
}

QString ErrorText::fieldName(const QString &field)
{
    if (field.isEmpty())
        return {};
    if (field == u"full_name" || field == u"name")
        return tr("Name");
    if (field == u"first_name")
        return tr("First name");
    if (field == u"last_name")
        return tr("Last name");
    if (field.startsWith(u"phone"))
        return tr("Phone");
    if (field.startsWith(u"email"))
        return tr("E-mail");
    if (field == u"company" || field == u"company_id" || field == u"company_name")
        return tr("Company");
    if (field == u"title")
        return tr("Title");
    if (field == u"amount" || field == u"value" || field.endsWith(u"_minor"))
        return tr("Amount");
    if (field == u"currency")
        return tr("Currency");
    if (field == u"city")
        return tr("City");
    if (field == u"stage" || field == u"stage_id")
        return tr("Stage");
    if (field == u"due_at")
        return tr("Due date");
    if (field == u"sku")
        return tr("SKU");
    if (field == u"price" || field == u"unit_price")
        return tr("Price");
    if (field == u"quantity")
        return tr("Quantity");
    if (field == u"cost")
        return tr("Cost");
    if (field == u"subject")
        return tr("Subject");
    if (field == u"target")
        return tr("Related record");
    if (field == u"contact" || field == u"contact_id")
        return tr("Contact");
    if (field == u"pipeline" || field == u"pipeline_id")
        return tr("Pipeline");
    if (field == u"lost_reason")
        return tr("Lost reason");
    if (field == u"expected_close")
        return tr("Close date");
    if (field == u"probability")
        return tr("Probability");
    if (field == u"status")
        return tr("Status");
    if (field == u"source")
        return tr("Source");
    if (field == u"website")
        return tr("Website");
    if (field == u"industry")
        return tr("Industry");
    if (field == u"category")
        return tr("Category");
    if (field == u"country")
        return tr("Country");
    if (field == u"address")
        return tr("Address");
    if (field == u"notes")
        return tr("Notes");
    if (field == u"owner_id")
        return tr("Owner");
    return field;
}

} // namespace OmniCrm
