// How the admin page and the two-factor dialog get a signed-in AdminClient, kept narrow so the
// page works on its own and the desktop can hand it the sync controller's connection details.
#pragma once

#include "adminclient.h"

#include <functional>

namespace OmniCrm {

class CrmStore;

/// Opens a client (owned by `parent`), or returns nullptr with a user-facing reason in `why`
/// when this device is not signed in to a sync server.
using AdminConnector = std::function<AdminClient *(QObject *parent, QString *why)>;

/// A connector over the store's SyncSettings (server URL and stored device tokens) and site id.
/// Tokens the client rotates are written back to the store at once, so the next sync uses them.
/// While a live SyncClient holds the same tokens in memory, give the page a connector that
/// shares them with it instead (a rotated refresh token used twice revokes the device).
AdminConnector storeAdminConnector(CrmStore &store, const Clock &clock);

} // namespace OmniCrm
