// FakeLlmServer: a small OpenAI- and Ollama-compatible HTTP server on 127.0.0.1 for tests and
// manual runs (omnicrm-fakellm). Each chat request takes the next scripted reply — a JSON answer,
// an echo of what it received, an HTTP error with or without Retry-After, broken JSON, or no
// answer at all — and every request is recorded, so a test can prove what left the machine.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QQueue>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace OmniCrm::Test {

struct FakeReply
{
    enum class Kind {
        Answer, // the object as the message content
        Echo, // an object that fits the request's schema, every string the last user message
        Status, // an HTTP error with `body`
        RawContent, // `content` as the message content, e.g. broken JSON
        Hang, // never answers
    };

    Kind kind = Kind::Echo;
    QJsonObject object;
    QString content;
    int status = 200;
    QByteArray body;
    int retryAfterSeconds = -1;
    qint64 promptTokens = 100;
    qint64 completionTokens = 50;
    QString model; // reported model; empty: the requested one

    static FakeReply answer(const QJsonObject &object);
    static FakeReply echo();
    static FakeReply error(int status, const QByteArray &body = {});
    static FakeReply tooManyRequests(int retryAfterSeconds);
    static FakeReply brokenJson();
    static FakeReply raw(const QString &content);
    static FakeReply hang();
};

struct ReceivedRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QJsonObject json() const;
    /// Every message content of a chat request, joined by newlines.
    QString messageText() const;
};

class FakeLlmServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeLlmServer(QObject *parent = nullptr);
    ~FakeLlmServer() override;

    /// Listens on 127.0.0.1 (port 0: any free port).
    bool listen(quint16 port = 0);
    quint16 port() const;
    /// "http://127.0.0.1:PORT/v1" for OpenAI-compatible clients.
    QUrl openAiBaseUrl() const;
    /// "http://127.0.0.1:PORT" for Ollama clients.
    QUrl ollamaBaseUrl() const;

    /// Requests without "Authorization: Bearer KEY" get 401. Empty: no key needed.
    void setApiKey(const QByteArray &key) { m_apiKey = key; }
    /// Refuse response_format json_schema with 400, like servers that know json_object only.
    void setRejectJsonSchema(bool reject) { m_rejectJsonSchema = reject; }
    void enqueue(const FakeReply &reply) { m_queue.enqueue(reply); }
    /// The reply when the queue is empty (echo unless set).
    void setDefaultReply(const FakeReply &reply) { m_defaultReply = reply; }
    void setTranscript(const QString &text) { m_transcript = text; }

    const QList<ReceivedRequest> &received() const { return m_received; }
    int countFor(const QByteArray &pathSuffix) const;

Q_SIGNALS:
    void requestReceived(const QByteArray &path);

private:
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const ReceivedRequest &request);
    void chat(QTcpSocket *socket, const ReceivedRequest &request, bool ollama);
    void respond(QTcpSocket *socket, int status, const QByteArray &body, int retryAfterSeconds = -1);

    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QByteArray m_apiKey;
    bool m_rejectJsonSchema = false;
    QQueue<FakeReply> m_queue;
    FakeReply m_defaultReply;
    QString m_transcript;
    QList<ReceivedRequest> m_received;
};

} // namespace OmniCrm::Test

Q_DECLARE_METATYPE(OmniCrm::Test::FakeReply)
