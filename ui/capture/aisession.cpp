#include "aisession.h"

#include "crmstore.h"

namespace OmniCrm {

AiSession::AiSession(CrmStore &store)
    : m_services(
        std::make_unique<AiServices>(store.database(), store.settings(), store.phones(), m_keychain, m_clock))
{
    // Without a usable chain the offline engine still answers; translation then asks for a provider.
    if (const Status built = m_services->reloadChain(); !built)
        qWarning("omnicrm: AI providers: %s", qPrintable(built.error().detail));
}

} // namespace OmniCrm
