// Field rules shared by the services: e-mail addresses and the folded keys lists sort by.
#pragma once

#include "result.h"

namespace OmniCrm {

/// Trims and lower-cases an e-mail address and checks its shape (local@domain.tld, no spaces,
/// at most 254 characters). ErrorCode::InvalidEmail names what is wrong.
Result<QString> normalizeEmail(QStringView raw, const QString &field = QStringLiteral("email"));

/// The key a list sorts by: the folded text, so أحمد and احمد sort together.
QString sortKeyFor(QStringView text);

} // namespace OmniCrm
