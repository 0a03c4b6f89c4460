// The CBOR form of the admin and two-factor messages (adminmessages.h), used by messagecodec.
// Strict like the rest of the decoder: every error names the key that was wrong.
#pragma once

#include "result.h"
#include "syncmessages.h"

#include <QCborMap>

namespace OmniCrm::Wire {

void encodeAdminBody(QCborMap &map, const AdminRequest &request);
void encodeAdminBody(QCborMap &map, const AdminResult &result);
void encodeAdminBody(QCborMap &map, const TotpRequest &request);
void encodeAdminBody(QCborMap &map, const TotpResult &result);

/// True for the type names this file decodes.
bool isAdminType(QStringView type);
Result<Message> decodeAdminBody(QStringView type, const QCborMap &map);

} // namespace OmniCrm::Wire
