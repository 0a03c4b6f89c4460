// AiSession: the AI services of the desktop session, wired once when a store opens: the OS
// keychain for API keys (the encrypted store when no keychain answers), the wall clock, and the
// provider chain built from the saved settings. Built before the window shows, because reading
// API keys may wait on the keychain.
#pragma once

#include "aiservices.h"
#include "hlc.h"
#include "keychainsecretstore.h"

#include <memory>

namespace OmniCrm {

class CrmStore;

class AiSession
{
public:
    explicit AiSession(CrmStore &store);

    AiServices &services() { return *m_services; }
    /// Rebuilds the chain after the provider settings changed; the error names what is wrong.
    Status reload() { return m_services->reloadChain(); }

private:
    KeychainSecretStore m_keychain;
    SystemClock m_clock;
    std::unique_ptr<AiServices> m_services;
};

} // namespace OmniCrm
