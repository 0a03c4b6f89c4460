// UUIDv7 ids: 48-bit Unix milliseconds, then random bits; sortable by creation time.
#pragma once

#include <QString>

namespace OmniCrm {

/// A new UUIDv7 in its canonical 36-character lower-case form.
QString newId();

/// True when text is a canonical lower-case UUID string.
bool isValidId(const QString &text);

} // namespace OmniCrm
