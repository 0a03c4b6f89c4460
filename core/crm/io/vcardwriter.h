// VCardWriter: ImportRecords as vCard 4.0 (or 3.0) text that VCardReader, phones and mail
// clients read. Lines end in CRLF and are folded at 75 octets without splitting a UTF-8
// character. Fields vCard has no property for (industry, source, created_at, vat_number,
// cr_number, and extra names) travel as X-OMNICRM-<FIELD> so that a round trip loses nothing.
// FN is required by vCard: a record without a name gets one made from its first and last
// name, company, email or phone.
#pragma once

#include "importrecord.h"
#include "result.h"

#include <QByteArray>

class QIODevice;

namespace OmniCrm {

enum class VCardVersion {
    V3_0,
    V4_0,
};

class VCardWriter
{
public:
    explicit VCardWriter(VCardVersion version = VCardVersion::V4_0);

    /// One card, BEGIN:VCARD to END:VCARD.
    QByteArray card(const ImportRecord &record) const;
    Status write(QIODevice &device, const QList<ImportRecord> &records) const;

    /// `line` (without its CRLF) folded to lines of at most 75 octets, joined by CRLF + space.
    static QByteArray fold(const QByteArray &line);
    /// A text value with \ , ; and newlines escaped.
    static QString escape(QStringView text);

private:
    VCardVersion m_version;
};

} // namespace OmniCrm
