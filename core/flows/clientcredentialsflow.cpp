#include "clientcredentialsflow.h"

namespace OAuthDesk {

void ClientCredentialsFlow::start()
{
    if (!m_client.isConfidential() || m_client.secret.isEmpty()) {
        finish(Error(
                Error::Kind::Configuration,
                tr("The client credentials grant needs a client secret (client_secret_basic or "
                   "client_secret_post).")));
        return;
    }
    FormFields form = { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") } };
    if (!m_account.scope.isEmpty())
        form.append({ QStringLiteral("scope"), m_account.scope });
    requestToken(form, [this](const TokenSet &tokens) {
        TokenSet t = tokens;
        t.refreshToken.clear(); // §4.4.3: none SHOULD be issued; none is relied on
        finish({}, t);
    });
}

} // namespace OAuthDesk
