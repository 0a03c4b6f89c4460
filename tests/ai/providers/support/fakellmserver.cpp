#include "fakellmserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

namespace OmniCrm::Test {

namespace {

QByteArray reasonOf(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray errorBody(const QString &message)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("error"),
                                         QJsonObject { { QStringLiteral("message"), message } } } })
        .toJson(QJsonDocument::Compact);
}

/// A value that fits `schema`, with `text` for every string.
QJsonValue fill(const QJsonObject &schema, const QString &text)
{
    if (schema.contains(u"enum"))
        return schema.value(u"enum").toArray().first();
    QString type = schema.value(u"type").toString();
    if (schema.value(u"type").isArray())
        type = schema.value(u"type").toArray().first().toString();
    if (type == u"object" || (type.isEmpty() && schema.contains(u"properties"))) {
        QJsonObject object;
        const QJsonObject properties = schema.value(u"properties").toObject();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
            object.insert(it.key(), fill(it.value().toObject(), text));
        return object;
    }
    if (type == u"array")
        return QJsonArray();
    if (type == u"number" || type == u"integer")
        return schema.contains(u"minimum") ? schema.value(u"minimum") : QJsonValue(0);
    if (type == u"boolean")
        return false;
    if (type == u"null")
        return QJsonValue::Null;
    return text;
}

QJsonObject schemaOf(const QJsonObject &request)
{
    if (request.value(u"format").isObject())
        return request.value(u"format").toObject();
    const QJsonObject format = request.value(u"response_format").toObject();
    if (format.value(u"type").toString() == u"json_schema")
        return format.value(u"json_schema").toObject().value(u"schema").toObject();
    // json_object: the client put the schema into a system message.
    for (const QJsonValue &message : request.value(u"messages").toArray()) {
        const QString content = message.toObject().value(u"content").toString();
        const qsizetype at = content.indexOf(QStringLiteral("JSON schema: "));
        if (at >= 0)
            return QJsonDocument::fromJson(content.mid(at + 13).toUtf8()).object();
    }
    return {};
}

QString lastUserMessage(const QJsonObject &request)
{
    QString text;
    for (const QJsonValue &message : request.value(u"messages").toArray())
        if (message.toObject().value(u"role").toString() == u"user")
            text = message.toObject().value(u"content").toString();
    return text;
}

QList<double> vectorOf(const QString &text)
{
    double sum = 0;
    for (QChar c : text)
        sum += c.unicode();
    return { double(text.size()), sum / 1000.0, text.isEmpty() ? 0.0 : double(text.front().unicode()) };
}

} // namespace

FakeReply FakeReply::answer(const QJsonObject &object)
{
    FakeReply reply;
    reply.kind = Kind::Answer;
    reply.object = object;
    return reply;
}

FakeReply FakeReply::echo()
{
    return FakeReply {};
}

FakeReply FakeReply::error(int status, const QByteArray &body)
{
    FakeReply reply;
    reply.kind = Kind::Status;
    reply.status = status;
    reply.body = body.isEmpty() ? errorBody(QStringLiteral("scripted failure")) : body;
    return reply;
}

FakeReply FakeReply::tooManyRequests(int retryAfterSeconds)
{
    FakeReply reply = error(429, errorBody(QStringLiteral("rate limited")));
    reply.retryAfterSeconds = retryAfterSeconds;
    return reply;
}

FakeReply FakeReply::brokenJson()
{
    return raw(QStringLiteral("{\"translation\": \"unterminated"));
}

FakeReply FakeReply::raw(const QString &content)
{
    FakeReply reply;
    reply.kind = Kind::RawContent;
    reply.content = content;
    return reply;
}

FakeReply FakeReply::hang()
{
    FakeReply reply;
    reply.kind = Kind::Hang;
    return reply;
}

QJsonObject ReceivedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString ReceivedRequest::messageText() const
{
    QStringList parts;
    for (const QJsonValue &message : json().value(u"messages").toArray())
        parts << message.toObject().value(u"content").toString();
    return parts.join(u'\n');
}

FakeLlmServer::FakeLlmServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            socket->setParent(this);
            m_buffers.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeLlmServer::~FakeLlmServer() = default;

bool FakeLlmServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FakeLlmServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeLlmServer::openAiBaseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port()));
}

QUrl FakeLlmServer::ollamaBaseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

int FakeLlmServer::countFor(const QByteArray &pathSuffix) const
{
    return int(std::count_if(m_received.cbegin(), m_received.cend(),
                             [&](const ReceivedRequest &r) { return r.path.endsWith(pathSuffix); }));
}

void FakeLlmServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    ReceivedRequest request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.path = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return; // the body is still coming
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    m_received.append(request);
    Q_EMIT requestReceived(request.path);
    handle(socket, request);
}

void FakeLlmServer::handle(QTcpSocket *socket, const ReceivedRequest &request)
{
    if (!m_apiKey.isEmpty() && request.headers.value("authorization") != "Bearer " + m_apiKey)
        return respond(socket, 401, errorBody(QStringLiteral("Incorrect API key provided")));
    const QByteArray path = request.path;
    if (request.method != "POST")
        return respond(socket, 404, errorBody(QStringLiteral("not found")));
    if (path.endsWith("/v1/chat/completions"))
        return chat(socket, request, false);
    if (path == "/api/chat")
        return chat(socket, request, true);
    if (path.endsWith("/v1/embeddings") || path == "/api/embed") {
        const QJsonObject json = request.json();
        const QJsonArray input = json.value(u"input").isArray() ? json.value(u"input").toArray()
                                                                : QJsonArray { json.value(u"input") };
        QJsonArray data;
        QJsonArray vectors;
        for (qsizetype i = 0; i < input.size(); ++i) {
            QJsonArray vector;
            for (double x : vectorOf(input.at(i).toString()))
                vector.append(x);
            vectors.append(vector);
            data.append(QJsonObject { { QStringLiteral("object"), QStringLiteral("embedding") },
                                      { QStringLiteral("index"), int(i) },
                                      { QStringLiteral("embedding"), vector } });
        }
        const QJsonObject answer = path == "/api/embed"
            ? QJsonObject { { QStringLiteral("model"), json.value(u"model") },
                            { QStringLiteral("embeddings"), vectors },
                            { QStringLiteral("prompt_eval_count"), int(input.size()) * 3 } }
            : QJsonObject { { QStringLiteral("object"), QStringLiteral("list") },
                            { QStringLiteral("model"), json.value(u"model") },
                            { QStringLiteral("data"), data },
                            { QStringLiteral("usage"),
                              QJsonObject { { QStringLiteral("prompt_tokens"), int(input.size()) * 3 },
                                            { QStringLiteral("total_tokens"), int(input.size()) * 3 } } } };
        return respond(socket, 200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
    }
    if (path.endsWith("/v1/audio/transcriptions")) {
        static const QRegularExpression fileName(QStringLiteral("filename=\"([^\"]*)\""));
        const QString name = fileName.match(QString::fromUtf8(request.body)).captured(1);
        const QString text
            = m_transcript.isEmpty() ? QStringLiteral("transcript of %1").arg(name) : m_transcript;
        return respond(
            socket, 200,
            QJsonDocument(QJsonObject { { QStringLiteral("text"), text } }).toJson(QJsonDocument::Compact));
    }
    respond(socket, 404, errorBody(QStringLiteral("no route for %1").arg(QString::fromUtf8(path))));
}

void FakeLlmServer::chat(QTcpSocket *socket, const ReceivedRequest &request, bool ollama)
{
    const QJsonObject json = request.json();
    if (!ollama && m_rejectJsonSchema
        && json.value(u"response_format").toObject().value(u"type").toString() == u"json_schema")
        return respond(socket, 400,
                       errorBody(QStringLiteral("response_format json_schema is not supported")));
    const FakeReply reply = m_queue.isEmpty() ? m_defaultReply : m_queue.dequeue();
    QString content;
    switch (reply.kind) {
    case FakeReply::Kind::Hang:
        return; // the client's timeout must end this
    case FakeReply::Kind::Status:
        return respond(socket, reply.status, reply.body, reply.retryAfterSeconds);
    case FakeReply::Kind::Answer:
        content = QString::fromUtf8(QJsonDocument(reply.object).toJson(QJsonDocument::Compact));
        break;
    case FakeReply::Kind::RawContent:
        content = reply.content;
        break;
    case FakeReply::Kind::Echo:
        content = QString::fromUtf8(QJsonDocument(fill(schemaOf(json), lastUserMessage(json)).toObject())
                                        .toJson(QJsonDocument::Compact));
        break;
    }
    const QString model = reply.model.isEmpty() ? json.value(u"model").toString() : reply.model;
    const QJsonObject message { { QStringLiteral("role"), QStringLiteral("assistant") },
                                { QStringLiteral("content"), content } };
    const QJsonObject answer = ollama
        ? QJsonObject { { QStringLiteral("model"), model },
                        { QStringLiteral("message"), message },
                        { QStringLiteral("done"), true },
                        { QStringLiteral("prompt_eval_count"), reply.promptTokens },
                        { QStringLiteral("eval_count"), reply.completionTokens } }
        : QJsonObject {
              { QStringLiteral("id"), QStringLiteral("chatcmpl-fake") },
              { QStringLiteral("object"), QStringLiteral("chat.completion") },
              { QStringLiteral("model"), model },
              { QStringLiteral("choices"),
                QJsonArray { QJsonObject { { QStringLiteral("index"), 0 },
                                           { QStringLiteral("message"), message },
                                           { QStringLiteral("finish_reason"), QStringLiteral("stop") } } } },
              { QStringLiteral("usage"),
                QJsonObject {
                    { QStringLiteral("prompt_tokens"), reply.promptTokens },
                    { QStringLiteral("completion_tokens"), reply.completionTokens },
                    { QStringLiteral("total_tokens"), reply.promptTokens + reply.completionTokens } } }
          };
    respond(socket, 200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

void FakeLlmServer::respond(QTcpSocket *socket, int status, const QByteArray &body, int retryAfterSeconds)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonOf(status) + "\r\n";
    head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (retryAfterSeconds >= 0)
        head += "Retry-After: " + QByteArray::number(retryAfterSeconds) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}

} // namespace OmniCrm::Test
