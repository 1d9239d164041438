#include "accountaddcommand.h"

#include "accounts/accountstore.h"
#include "discovery/discovery.h"
#include "output.h"
#include "platform/platform.h"
#include "session/tokenmanager.h"
#include "workflows/clientregistrationstep.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace OAuthDesk {

AccountAddCommand::AccountAddCommand(QString name, const Services &services, Finish finish,
                                     QObject *parent)
    : Command(std::move(name), services, std::move(finish), parent),
      m_issuer(QStringLiteral("issuer"), tr("The authorization server's issuer URL."),
               QStringLiteral("URL")),
      m_clientId(QStringLiteral("client-id"),
                 tr("The client ID registered at the server. Without it, OAuthDesk registers "
                    "itself at the server's registration endpoint (RFC 7591)."),
                 QStringLiteral("ID")),
      m_scope(QStringLiteral("scope"), tr("Space-separated scopes to ask for."),
              QStringLiteral("SCOPES")),
      m_grant(QStringLiteral("grant"),
              tr("The grant: authorization_code (default), device, "
                 "client_credentials, or the legacy implicit and "
                 "password (RFC 9700 deprecates both)."),
              QStringLiteral("GRANT"), QStringLiteral("authorization_code")),
      m_clientAuth(QStringLiteral("client-auth"),
                   tr("How the client authenticates: none (public client, "
                      "default), client_secret_basic or "
                      "client_secret_post."),
                   QStringLiteral("METHOD")),
      m_secretStdin(QStringLiteral("client-secret-stdin"),
                    tr("Read the client secret from stdin; it is kept in the keychain.")),
      m_username(QStringLiteral("username"), tr("The user name, for the password grant."),
                 QStringLiteral("USER")),
      m_port(QStringLiteral("redirect-port"),
             tr("A fixed loopback port for servers that match redirect URIs exactly."),
             QStringLiteral("N")),
      m_authorization(QStringLiteral("authorization-endpoint"),
                      tr("The authorization endpoint, for servers without discovery."),
                      QStringLiteral("URL")),
      m_tokenEndpoint(QStringLiteral("token-endpoint"),
                      tr("The token endpoint, for servers without discovery."),
                      QStringLiteral("URL"))
{
}

QString AccountAddCommand::description() const
{
    return tr("Adds an account. With --issuer alone, its endpoints are discovered "
              "(RFC 8414 / OpenID Connect Discovery, exact issuer match).");
}

void AccountAddCommand::define(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("What to call the account."));
    parser.addOptions({ m_issuer, m_clientId, m_scope, m_grant, m_clientAuth, m_secretStdin,
                        m_username, m_port, m_authorization, m_tokenEndpoint });
}

void AccountAddCommand::execute(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(tr("account add takes one NAME."));
    // Without --client-id, OAuthDesk registers itself at the server's registration endpoint (RFC
    // 7591).
    m_registerClient = !parser.isSet(m_clientId);
    if (m_registerClient && (parser.isSet(m_clientAuth) || parser.isSet(m_secretStdin)))
        return usage(tr("--client-auth and --client-secret-stdin need --client-id."));
    const bool explicitEndpoints = parser.isSet(m_authorization) || parser.isSet(m_tokenEndpoint);
    if (explicitEndpoints && !(parser.isSet(m_authorization) && parser.isSet(m_tokenEndpoint)))
        return usage(tr("--authorization-endpoint and --token-endpoint go together."));
    if (!explicitEndpoints && !parser.isSet(m_issuer))
        return usage(tr("Give --issuer, or both --authorization-endpoint and --token-endpoint."));

    Account &account = m_account;
    account.name = parser.positionalArguments().first();
    account.clientId = parser.value(m_clientId);
    account.scope = parser.value(m_scope).simplified();
    account.setGrantTypeName(parser.value(m_grant));
    account.username = parser.value(m_username);
    account.setClientAuthMethodName(parser.isSet(m_clientAuth) ? parser.value(m_clientAuth)
                                            : parser.isSet(m_secretStdin)
                                            ? QStringLiteral("client_secret_basic")
                                            : QStringLiteral("none"));
    if (account.needsClientSecret() != parser.isSet(m_secretStdin))
        return usage(account.needsClientSecret()
                             ? tr("--client-auth %1 needs --client-secret-stdin.")
                                       .arg(account.clientAuthMethodString())
                             : tr("--client-secret-stdin needs a --client-auth with a secret."));
    if (account.grantType == GrantType::Password && account.username.isEmpty())
        return usage(tr("The password grant needs --username."));
    if (parser.isSet(m_secretStdin)) {
        m_secret = Platform::readLineFromStdin().value_or(QString());
        if (m_secret.isEmpty())
            return usage(tr("No client secret came on stdin."));
    }
    if (parser.isSet(m_port)) {
        bool ok = false;
        account.redirectPort = parser.value(m_port).toInt(&ok);
        if (!ok || account.redirectPort <= 0 || account.redirectPort > 65535)
            return usage(tr("--redirect-port must be a number from 1 to 65535."));
    }
    if (tokens()->accounts()->findByName(account.name))
        return fail(Error(Error::Kind::Configuration,
                          tr("An account named \"%1\" already exists.").arg(account.name)));

    if (explicitEndpoints && m_registerClient)
        return usage(tr(
                "--client-id is required with explicit endpoints (registration needs discovery)."));
    if (explicitEndpoints) {
        account.server.issuer = QUrl(parser.value(m_issuer), QUrl::StrictMode);
        account.server.authorizationEndpoint =
                QUrl(parser.value(m_authorization), QUrl::StrictMode);
        account.server.tokenEndpoint = QUrl(parser.value(m_tokenEndpoint), QUrl::StrictMode);
        return save(givenCredentials());
    }
    const QUrl issuerUrl(parser.value(m_issuer), QUrl::StrictMode);
    Discovery(http()).discover(issuerUrl, this, [this](const Result<ServerMetadata> &metadata) {
        discovered(metadata);
    });
}

void AccountAddCommand::discovered(const Result<ServerMetadata> &metadata)
{
    if (!metadata.ok())
        return fail(metadata.error());
    m_account.server = metadata.value();
    if (!m_registerClient)
        return save(givenCredentials());
    // The step decides; the command line names its own option in two of the refusals.
    switch (ClientRegistrationStep::unmet(m_account)) {
    case ClientRegistrationStep::Unmet::RegistrationEndpoint:
        return fail(Error(Error::Kind::Configuration,
                          tr("The server offers no client registration endpoint: give "
                             "the client ID of an "
                             "application registered there (--client-id).")));
    case ClientRegistrationStep::Unmet::AuthorizationCodeGrant:
        return fail(Error(Error::Kind::Configuration,
                          tr("A registered client uses the authorization code grant: "
                             "give --client-id for "
                             "the %1 grant.")
                                  .arg(m_account.grantTypeString())));
    case ClientRegistrationStep::Unmet::PublicClient: // --client-auth needs --client-id
    case ClientRegistrationStep::Unmet::Nothing:
        break;
    }
    ClientRegistrationStep(http()).registerClient(
            m_account, this,
            [this](const Result<ClientRegistrationStep::Registration> &registration) {
                registered(registration);
            });
}

AccountSetup::Credentials AccountAddCommand::givenCredentials() const
{
    AccountSetup::Credentials credentials;
    credentials.clientSecret = m_secret;
    return credentials;
}

void AccountAddCommand::registered(const Result<ClientRegistrationStep::Registration> &registration)
{
    if (!registration.ok())
        return fail(registration.error());
    m_account = registration.value().account;
    save(registration.value().credentials());
}

void AccountAddCommand::save(const AccountSetup::Credentials &credentials)
{
    const Error added = AccountSetup(tokens()).add(
            m_account, credentials, this,
            [this](AccountSetup::Kept what, const Error &keychain) { kept(what, keychain); });
    if (added)
        return fail(added);
    if (!credentials.registered && isLegacyGrant(m_account.grantType))
        err() << tr("Note: the %1 grant is legacy (RFC 9700 deprecates it); prefer "
                    "authorization_code with PKCE.")
                         .arg(grantTypeName(m_account.grantType))
              << '\n';
}

void AccountAddCommand::kept(AccountSetup::Kept kept, const Error &error)
{
    switch (kept) {
    case AccountSetup::Kept::Registration:
        if (error)
            return fail(Error(Error::Kind::Keychain,
                              tr("Registered client %1 for "
                                 "account \"%2\", but the "
                                 "keychain could not keep "
                                 "its registration: %3")
                                      .arg(m_account.clientId, m_account.name, error.message())));
        err() << tr("Added account \"%1\" with the newly "
                    "registered client %2 (RFC 7591).")
                         .arg(m_account.name, m_account.clientId)
              << '\n';
        break;
    case AccountSetup::Kept::ClientSecret:
        if (error)
            return fail(Error(Error::Kind::Keychain,
                              tr("Added account \"%1\", but its client secret could not be "
                                 "kept: %2 (try again with oauthdesk account secret)")
                                      .arg(m_account.name, error.message())));
        err() << tr("Added account \"%1\"; its client secret is in the system keychain.")
                         .arg(m_account.name)
              << '\n';
        break;
    case AccountSetup::Kept::Nothing:
        err() << tr("Added account \"%1\".").arg(m_account.name) << '\n';
        break;
    }
    finish(ExitStatus::Ok);
}

} // namespace OAuthDesk
