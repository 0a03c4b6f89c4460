// HttpExchange: one HTTP request of an HTTP provider with its own timeout, turned into a status,
// a body and the Retry-After the server asked for. The rule that is not obvious: the timeout
// aborts the request and reports timedOut, which the chain treats as "try the next provider".
#pragma once

#include "providertypes.h"

#include <QByteArray>
#include <QNetworkRequest>

#include <functional>

class QHttpMultiPart;
class QNetworkAccessManager;

namespace OmniCrm {

struct HttpResponse
{
    int status = 0; // 0 when no HTTP answer came (refused, reset, timeout)
    QByteArray body;
    bool timedOut = false;
    QString networkError; // empty when an HTTP answer came
    qint64 retryAfterMs = -1;
};

class HttpExchange
{
public:
    using Done = std::function<void(HttpResponse)>;

    /// POSTs a JSON body.
    static void postJson(QNetworkAccessManager &network, QNetworkRequest request, const QByteArray &body,
                         int timeoutMs, Done done);
    /// POSTs a multipart body; the reply takes ownership of `multipart`.
    static void postMultipart(QNetworkAccessManager &network, QNetworkRequest request,
                              QHttpMultiPart *multipart, int timeoutMs, Done done);

    /// A request to `base` + `path` with the JSON content type and, when `apiKey` is not empty,
    /// a bearer token.
    static QNetworkRequest request(const QUrl &base, const QString &path, const QByteArray &apiKey);

    /// Retry-After as milliseconds: delta-seconds, or an HTTP date relative to `nowMs`; -1 when
    /// absent or unreadable.
    static qint64 parseRetryAfter(const QByteArray &value, qint64 nowMs);

    /// The failure a non-2xx or missing answer means, for `providerId`.
    static ProviderFailure failureOf(const HttpResponse &response, const QString &providerId);
};

} // namespace OmniCrm
