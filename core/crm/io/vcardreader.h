// VCardReader: contacts from vCard files (2.1 as old phones export them, 3.0, 4.0), any
// number of cards per file, read line by line so a large address book is never held whole.
// It understands folding, QUOTED-PRINTABLE with soft line breaks, CHARSET (UTF-8 by default,
// Windows-1256 when the bytes are not UTF-8), backslash escapes, and 4.0's tel: URIs.
//
// Mapping: FN → name; N → last_name, first_name; ORG (first component) → company; TITLE;
// TEL → mobile when TYPE has cell/mobile/iphone, else phone; EMAIL; ADR → address (box,
// extended, street, region, postal code), city (locality), country; URL → website;
// NOTE → notes; CATEGORIES → tags; UID → id; X-OMNICRM-<FIELD> → that canonical field.
// A card with no name, organisation, phone or email is an ImportIssue; a BEGIN:VCARD that is
// never closed is an Error.
#pragma once

#include "importsource.h"

namespace OmniCrm {

class VCardReader : public ImportSource
{
public:
    /// Errors: Io, Encoding (binary data), Parse ("line N: BEGIN:VCARD without END:VCARD",
    /// or no card in the file).
    Status read(QIODevice &device, const ImportSink &sink) override;
};

} // namespace OmniCrm
