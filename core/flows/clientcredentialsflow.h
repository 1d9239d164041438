#pragma once

#include "flows/oauthflow.h"

namespace OAuthDesk {

/**
 * Client credentials grant (RFC 6749 §4.4): a confidential client acting on its own behalf.
 *
 *   grant() ──POST token endpoint: grant_type=client_credentials, scope──▶ token
 *             (the client authenticates as its account says: client_secret_basic or _post)
 *
 * No refresh token is expected (§4.4.3); a new token is fetched the same way when the old expires.
 */
class ClientCredentialsFlow : public OAuthFlow
{
    Q_OBJECT
public:
    using OAuthFlow::OAuthFlow;

protected:
    void start() override;
};

} // namespace OAuthDesk
