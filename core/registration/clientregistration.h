#pragma once

#include "common/error.h"
#include "http/httpclient.h"
#include "http/httpresponse.h"
#include "tokens/clientauthentication.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace OAuthDesk {

class AbstractSecretStore;

/** What a registration endpoint answered (RFC 7591 §3.2.1): the new client's identity. */
struct RegisteredClient
{
    QString clientId;
    QString clientSecret; ///< empty for a public client (token_endpoint_auth_method "none")
    /// What the server settled on (its token_endpoint_auth_method).
    ClientAuthentication::Method tokenEndpointAuthMethod = ClientAuthentication::Method::None;
    /// RFC 7592: for reading, changing or deleting the registration later. A secret.
    QString registrationAccessToken;
    QUrl registrationClientUri;
    QDateTime clientSecretExpiresAt; ///< invalid: never (or no secret)
};

/**
 * Dynamic client registration (RFC 7591) of OAuthDesk as a native application (RFC 8252):
 *
 *   POST registration_endpoint  {client_name "OAuthDesk", application_type native,
 *        redirect_uris [http://127.0.0.1/callback], grant_types [authorization_code,
 * refresh_token], response_types [code], token_endpoint_auth_method none} ──▶ 201 {client_id,
 * [client_secret], [registration_access_token, registration_client_uri]} ──▶ 400 {error:
 * invalid_redirect_uri | invalid_client_metadata | …}   (§3.2.2: Error::oauth)
 *
 * The redirect URI names no port: RFC 8252 §7.3 lets the port of a loopback redirect vary, and the
 * loopback listener picks one per sign-in (unless the account fixes one, which is then registered).
 * The answer's secrets (client secret, registration access token) go to the keychain only
 * (keep()); the exchange log redacts both.
 */
class ClientRegistration
{
public:
    using Callback = std::function<void(const Result<RegisteredClient> &)>;

    explicit ClientRegistration(const HttpClient *http, const QString &accountName = {});

    /// The client metadata OAuthDesk registers (RFC 7591 §2). `redirectPort` 0: any loopback port.
    static QJsonObject requestMetadata(int redirectPort = 0);
    /// Reads the registration endpoint's answer: the client, or the §3.2.2 error as Error::oauth.
    static Result<RegisteredClient> parse(const HttpResponse &response);

    /// Registers at `endpoint` (https, or http on loopback only).
    void registerClient(const QUrl &endpoint, int redirectPort, QObject *context,
                        Callback callback) const;

    /// The keychain entry of an account's registration access token (beside its tokens).
    static QString registrationAccessTokenKey(const QString &accountId)
    {
        return accountId + QLatin1String("/registration_access_token");
    }
    /// Stores the client's secrets in the keychain under the account: its registration access token
    /// and, for a confidential client, its client secret. `callback` gets the first error, if any.
    static void keep(AbstractSecretStore *secrets, const QString &accountId,
                     const RegisteredClient &client, QObject *context,
                     std::function<void(const Error &)> callback);

private:
    const HttpClient *m_http;
    QString m_accountName;
};

} // namespace OAuthDesk
