// UUIDv7 ids: 48-bit Unix milliseconds, then random bits; sortable by creation time.
#pragma once

#include <QString>

namespace OmniCrm {

/// A new UUIDv7 in its canonical 36-character lower-case form.
QString newId();

/// The same id on every device for the same key (UUIDv5 under OmniCRM's namespace): rows that two
/// devices may create independently (a tag, a tag link, the default pipeline) then merge in sync
/// instead of colliding or doubling.
QString derivedId(const QString &key);

/// True when text is a canonical lower-case UUID string.
bool isValidId(const QString &text);

} // namespace OmniCrm
