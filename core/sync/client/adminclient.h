// AdminClient: the team administration and two-factor enrolment messages (adminmessages.h) over
// a connection of its own to omnicrm-server, signed in with a device's stored tokens (the same
// ones SyncClient keeps). Requests are queued and answered in order; the first one connects
// (refreshing an expired access token, then Hello). A refresh rotates the refresh token: the
// owner must store what credentialsChanged() reports and give setCredentialsSource() the stored
// tokens, or a later refresh with an old token is a replay that revokes the device.
#pragma once

#include "hlc.h"
#include "syncclient.h"
#include "syncmessages.h"

#include <QObject>
#include <QUrl>

#include <deque>

class QTimer;
class QWebSocket;

namespace OmniCrm {

struct AdminClientConfig
{
    QUrl url; // ws://host:port or wss://host:port
    QString siteId; // the replica the device token belongs to
    DeviceCredentials credentials;
    int timeoutMs = 20'000; // per request
};

class AdminClient : public QObject
{
    Q_OBJECT
public:
    AdminClient(AdminClientConfig config, const Clock &clock, QObject *parent = nullptr);
    ~AdminClient() override;

    void request(const Wire::AdminRequest &request);
    void whoAmI()
    {
        request(Wire::AdminRequest { Wire::AdminVersion, Wire::AdminOp::WhoAmI, {}, {}, {}, {}, {} });
    }
    void listUsers();
    void listDevices();
    void addUser(const QString &email, const QString &role, const QString &password);
    void resetPassword(const QString &userId, const QString &password);
    void setUserDisabled(const QString &userId, bool disabled);
    void revokeDevice(const QString &deviceId);
    /// Without a code: start enrolment (totpReplied carries the secret and URI); with one: confirm.
    void requestTotp(const QString &code = {});

    /// Closes the connection; queued requests fail with "cancelled".
    void close();
    DeviceCredentials credentials() const { return m_config.credentials; }
    /// Optional: the device's newest stored tokens, read before each sign-in, so tokens the
    /// background sync rotated meanwhile are used rather than replayed.
    void setCredentialsSource(std::function<DeviceCredentials()> source) { m_source = std::move(source); }
    int pendingCount() const { return int(m_queue.size()); }

Q_SIGNALS:
    void replied(const OmniCrm::Wire::AdminResult &result);
    void totpReplied(const OmniCrm::Wire::TotpResult &result);
    /// operation: the op name ("list_users", …, or "totp"); code: the server's error code
    /// ("forbidden", "bad_request", "unauthorized", …) or "offline", "timeout", "unsupported".
    void failed(const QString &operation, const QString &code, const QString &message);
    void credentialsChanged(const OmniCrm::DeviceCredentials &credentials);

private:
    enum class Phase { Closed, Connecting, Refreshing, Hello, Ready };

    void enqueue(Wire::Message message);
    void connectSocket();
    void onConnected();
    void onFrame(const QByteArray &frame);
    void onDisconnected();
    void sendHello();
    void sendRefresh();
    void sendNext();
    void failAll(const QString &code, const QString &message);
    void failHead(const QString &code, const QString &message);
    void send(const Wire::Message &message);
    static QString operationName(const Wire::Message &message);

    AdminClientConfig m_config;
    std::function<DeviceCredentials()> m_source;
    const Clock &m_clock;
    QWebSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    Phase m_phase = Phase::Closed;
    bool m_refreshTried = false;
    bool m_inFlight = false;
    QString m_closeReason; // the server's error before it closed
    std::deque<Wire::Message> m_queue;
};

} // namespace OmniCrm
