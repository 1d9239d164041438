#pragma once

#include "flows/oauthflow.h"

namespace OAuthDesk {

/**
 * Resource owner password credentials grant (RFC 6749 §4.3). Legacy: RFC 9700 §2.4 says it MUST NOT
 * be used; it is here for old servers and test set-ups, and the UI and help say so.
 *
 *   grant() ──POST token endpoint: grant_type=password, username, password, scope──▶ tokens
 *
 * The password is used for this one request and then wiped from memory; it is never stored or
 * logged. Only the resulting tokens are kept, as for the other grants.
 */
class PasswordFlow : public OAuthFlow
{
    Q_OBJECT
public:
    using OAuthFlow::OAuthFlow;

    void setCredentials(const QString &username, const QString &password);

protected:
    void start() override;
    void cleanUp() override;

private:
    QString m_username;
    QString m_password;
};

} // namespace OAuthDesk
