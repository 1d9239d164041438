#pragma once

#include "common/error.h"
#include "http/httpclient.h"
#include "tokens/tokenset.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace OAuthDesk {

class AccountStore;
class ClientSecrets;
class SessionVault;
struct Account;
struct ClientAuthentication;

/**
 * RFC 7662 token introspection: the server's word on one of the account's tokens.
 *
 *   read the session ─▶ the client's credentials ─▶ POST token + token_type_hint ─▶ the answer,
 *   a JSON object with a boolean `active`
 *
 * The client authenticates as at the token endpoint (ClientAuthentication::apply); the exchange is
 * logged as Introspection, redacted.
 */
class Introspection : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<QJsonObject> &)>;

    Introspection(AccountStore *accounts, SessionVault *vault, ClientSecrets *clients,
                  const HttpClient *http, QObject *parent = nullptr);

    /// Introspects the account's access token (or its refresh token when `refresh`).
    void introspect(const QString &accountId, bool refresh, QObject *context, Callback callback);
    /// Reads the introspection endpoint's answer (RFC 7662 §2.2): the object, which has a boolean
    /// `active`; a non-200 answer is the §2.3 error.
    static Result<QJsonObject> parse(const HttpResponse &response);

private:
    void sessionRead(const Account &account, bool refresh,
                     const Result<std::optional<TokenSet>> &read, QObject *context,
                     Callback callback);
    void post(const Account &account, const QString &token, bool refresh,
              const ClientAuthentication &client, QObject *context, Callback callback);

    AccountStore *m_accounts;
    SessionVault *m_vault;
    ClientSecrets *m_clients;
    const HttpClient *m_http;
};

} // namespace OAuthDesk
