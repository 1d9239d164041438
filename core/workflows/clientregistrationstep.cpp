#include "clientregistrationstep.h"

#include <QCoreApplication>

namespace OAuthDesk {

static QString tr(const char *text)
{
    return QCoreApplication::translate("OAuthDesk::ClientRegistrationStep", text);
}

AccountSetup::Credentials ClientRegistrationStep::Registration::credentials() const
{
    AccountSetup::Credentials credentials;
    credentials.registered = client;
    return credentials;
}

ClientRegistrationStep::ClientRegistrationStep(const HttpClient *http) : m_http(http) { }

ClientRegistrationStep::Unmet ClientRegistrationStep::unmet(const Account &draft)
{
    if (draft.server.registrationEndpoint.isEmpty())
        return Unmet::RegistrationEndpoint;
    // ClientRegistration::requestMetadata() asks for the authorization code grant only.
    if (draft.grantType != GrantType::AuthorizationCode || draft.unknownGrantType)
        return Unmet::AuthorizationCodeGrant;
    if (draft.needsClientSecret())
        return Unmet::PublicClient;
    return Unmet::Nothing;
}

Error ClientRegistrationStep::check(const Account &draft)
{
    switch (unmet(draft)) {
    case Unmet::Nothing:
        return {};
    case Unmet::RegistrationEndpoint:
        return Error(Error::Kind::Configuration,
                     tr("The server offers no client registration endpoint: give the client ID of "
                        "an application registered there."));
    case Unmet::AuthorizationCodeGrant:
        return Error(Error::Kind::Configuration,
                     tr("OAuthDesk registers itself for the authorization code grant only: give "
                        "the client ID of an application registered for the %1 grant.")
                             .arg(draft.grantTypeString()));
    case Unmet::PublicClient:
        return Error(Error::Kind::Configuration,
                     tr("OAuthDesk registers itself as a public client: give the client ID and "
                        "secret of a confidential application registered at the server."));
    }
    return {};
}

void ClientRegistrationStep::adopt(Account &account, const RegisteredClient &client)
{
    account.clientId = client.clientId;
    account.clientAuthMethod = client.tokenEndpointAuthMethod;
    account.unknownClientAuthMethod.reset();
}

void ClientRegistrationStep::registerClient(const Account &draft, QObject *context,
                                            Callback done) const
{
    if (const Error error = check(draft))
        return done(error);
    ClientRegistration(m_http, draft.name)
            .registerClient(draft.server.registrationEndpoint, draft.redirectPort, context,
                            [draft, done](const Result<RegisteredClient> &client) {
                                if (!client.ok())
                                    return done(client.error());
                                Registration registration{ draft, client.value() };
                                adopt(registration.account, registration.client);
                                done(registration);
                            });
}

} // namespace OAuthDesk
