#include "adminconnector.h"

#include "crmstore.h"
#include "syncsettings.h"

#include <QCoreApplication>

namespace OmniCrm {

AdminConnector storeAdminConnector(CrmStore &store, const Clock &clock)
{
    return [&store, &clock](QObject *parent, QString *why) -> AdminClient * {
        SyncSettings settings(store.settings());
        const auto account = settings.account();
        const DeviceCredentials credentials
            = account ? decodeDeviceCredentials(account->deviceToken) : DeviceCredentials {};
        if (!account || !account->isConfigured() || credentials.isEmpty()) {
            if (why)
                *why = QCoreApplication::translate(
                    "OmniCrm::TeamAdminPage",
                    "This computer is not signed in to a sync server. Set up sync and sign in first.");
            return nullptr;
        }
        auto *client = new AdminClient(
            AdminClientConfig { QUrl(account->serverUrl), store.siteId(), credentials, 20'000 }, clock,
            parent);
        client->setCredentialsSource([&store] {
            const auto stored = SyncSettings(store.settings()).account();
            return stored ? decodeDeviceCredentials(stored->deviceToken) : DeviceCredentials {};
        });
        QObject::connect(client, &AdminClient::credentialsChanged, client,
                         [&store](const DeviceCredentials &rotated) {
                             SyncSettings writer(store.settings());
                             (void)writer.setDeviceToken(encodeDeviceCredentials(rotated));
                         });
        return client;
    };
}

} // namespace OmniCrm
