// AiProviderText: the sentences Settings → AI providers shows for a provider that is set up wrong
// (naming the field) and for a connection test that failed (timeout, rejected key, unreachable…).
#pragma once

#include "providerconfig.h"
#include "providertypes.h"

#include <QCoreApplication>

namespace OmniCrm {

struct AiProviderText
{
    Q_DECLARE_TR_FUNCTIONS(OmniCrm::AiProviderText)
public:
    /// For a provider whose validation failed on `error.field`.
    static QString problem(const ProviderConfig &config, const Error &error);
    /// What went wrong in a connection test and what to do about it.
    static QString failure(const ProviderConfig &config, const ProviderFailure &failure);
};

} // namespace OmniCrm
