#include "aiprovidertext.h"

#include "displayformat.h"
#include "errortext.h"

namespace OmniCrm {

QString AiProviderText::problem(const ProviderConfig &config, const Error &error)
{
    const QString name = DisplayFormat::isolate(config.id.isEmpty() ? tr("(no name)") : config.id);
    if (error.field == u"id")
        return config.id == u"offline"
            ? tr("Name: “offline” is the built-in engine; choose another name.")
            : tr("Name of %1: use 1–40 lower-case letters, digits, “.”, “_” or “-”.").arg(name);
    if (error.field == u"base_url")
        return tr("Base URL of %1: enter a full address starting with http:// or https:// (no query or "
                  "password in it).")
            .arg(name);
    if (error.field == u"model")
        return tr("Model of %1: enter the model name the server expects.").arg(name);
    if (error.field == u"timeout_ms")
        return tr("Timeout of %1 is out of range.").arg(name);
    return ErrorText::describe(error);
}

QString AiProviderText::failure(const ProviderConfig &config, const ProviderFailure &failure)
{
    const QString host = DisplayFormat::isolate(config.baseUrl.toString());
    if (failure.timedOut)
        return tr("No answer from %1 within %n second(s). Is the server running? Raise the timeout for slow "
                  "local models.",
                  nullptr, config.timeoutMs / 1000)
            .arg(host);
    if (failure.httpStatus == 401 || failure.httpStatus == 403)
        return tr("The server refused the API key (HTTP %1). Check the key and type it again.")
            .arg(failure.httpStatus);
    if (failure.httpStatus == 404)
        return tr("Not found (HTTP 404): check the base URL (it usually ends in /v1) and the model name.");
    if (failure.httpStatus == 429)
        return tr("The provider is limiting requests (HTTP 429). Try again later.");
    if (failure.httpStatus >= 500)
        return tr("The provider had an error (HTTP %1). Try again later.").arg(failure.httpStatus);
    if (failure.httpStatus > 0)
        return tr("The provider answered HTTP %1: %2").arg(failure.httpStatus).arg(failure.error.detail);
    if (failure.error.code == ErrorCode::Io)
        return tr("Cannot reach %1: %2").arg(host, failure.error.detail);
    return tr("The test failed: %1").arg(failure.error.detail);
}

} // namespace OmniCrm
