// The canonical field vocabulary shared by every import/export format. Parsers map what a file
// calls a column or property onto these keys; writers turn them back into columns or
// properties. The keys are stable: they appear as CSV headers and in mapping files.
#pragma once

#include <QList>
#include <QStringView>

namespace OmniCrm::Field {

inline constexpr QStringView Name = u"name"; // a contact's full name, or a company's name
inline constexpr QStringView FirstName = u"first_name";
inline constexpr QStringView LastName = u"last_name";
inline constexpr QStringView Company = u"company"; // the company a contact works for
inline constexpr QStringView Title = u"title"; // job title
inline constexpr QStringView Mobile = u"mobile";
inline constexpr QStringView Phone = u"phone";
inline constexpr QStringView Email = u"email";
inline constexpr QStringView City = u"city";
inline constexpr QStringView Country = u"country";
inline constexpr QStringView Address = u"address";
inline constexpr QStringView Website = u"website";
inline constexpr QStringView Notes = u"notes";
inline constexpr QStringView Tags = u"tags"; // one tag per value
inline constexpr QStringView Industry = u"industry";
inline constexpr QStringView Source = u"source";
inline constexpr QStringView Id = u"id";
inline constexpr QStringView CreatedAt = u"created_at";
inline constexpr QStringView VatNumber = u"vat_number"; // companies
inline constexpr QStringView CrNumber = u"cr_number"; // companies: commercial registration

/// Every canonical field, in the order writers lay them out.
const QList<QStringView> &all();

/// True when `field` is one of the canonical keys above.
bool isKnown(QStringView field);

} // namespace OmniCrm::Field
