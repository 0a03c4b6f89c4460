#include "httpexchange.h"

#include <QDateTime>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace OmniCrm {

namespace {

void watch(QNetworkReply *reply, int timeoutMs, HttpExchange::Done done)
{
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(std::max(1, timeoutMs));
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, timedOut, done = std::move(done)] {
        HttpResponse response;
        response.timedOut = *timedOut;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!response.timedOut && status.isValid()) {
            response.status = status.toInt();
            response.body = reply->readAll();
            response.retryAfterMs = HttpExchange::parseRetryAfter(reply->rawHeader("Retry-After"),
                                                                  QDateTime::currentMSecsSinceEpoch());
        } else {
            response.networkError = response.timedOut ? QStringLiteral("timed out") : reply->errorString();
        }
        reply->deleteLater();
        done(std::move(response));
    });
}

} // namespace

void HttpExchange::postJson(QNetworkAccessManager &network, QNetworkRequest request, const QByteArray &body,
                            int timeoutMs, Done done)
{
    watch(network.post(request, body), timeoutMs, std::move(done));
}

void HttpExchange::postMultipart(QNetworkAccessManager &network, QNetworkRequest request,
                                 QHttpMultiPart *multipart, int timeoutMs, Done done)
{
    QNetworkReply *reply = network.post(request, multipart);
    multipart->setParent(reply);
    watch(reply, timeoutMs, std::move(done));
}

QNetworkRequest HttpExchange::request(const QUrl &base, const QString &path, const QByteArray &apiKey)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + apiKey);
    // The chain decides about retries and redirects must not carry the key elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

qint64 HttpExchange::parseRetryAfter(const QByteArray &value, qint64 nowMs)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : qint64(seconds * 1000);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, when.toMSecsSinceEpoch() - nowMs);
}

ProviderFailure HttpExchange::failureOf(const HttpResponse &response, const QString &providerId)
{
    ProviderFailure failure;
    failure.providerId = providerId;
    failure.httpStatus = response.status;
    failure.retryAfterMs = response.retryAfterMs;
    failure.timedOut = response.timedOut;
    if (response.status == 0) {
        failure.error
            = Error::make(response.timedOut ? ErrorCode::Cancelled : ErrorCode::Io,
                          response.timedOut ? QStringLiteral("no answer within the timeout")
                                            : QStringLiteral("no answer: %1").arg(response.networkError));
        return failure;
    }
    // The server's own message helps ("model not found"); it never holds our key.
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QString message = body.value(u"error").isObject()
        ? body.value(u"error").toObject().value(u"message").toString()
        : body.value(u"error").toString();
    if (message.isEmpty())
        message = QString::fromUtf8(response.body.left(200)).simplified();
    const ErrorCode code = (response.status == 401 || response.status == 403) ? ErrorCode::KeyRejected
        : response.status == 404                                              ? ErrorCode::NotFound
        : response.status == 400 || response.status == 422                    ? ErrorCode::InvalidArgument
                                                                              : ErrorCode::Io;
    failure.error = Error::make(code, QStringLiteral("HTTP %1: %2").arg(response.status).arg(message));
    return failure;
}

QString ProviderFailure::describe() const
{
    return QStringLiteral("%1: %2").arg(providerId, error.detail);
}

} // namespace OmniCrm
