#include "introspection.h"

#include "accounts/accountstore.h"
#include "http/taggedrequest.h"
#include "session/clientsecrets.h"
#include "session/sessionvault.h"
#include "tokens/tokenresponse.h"

#include <QJsonDocument>

namespace OAuthDesk {

Introspection::Introspection(AccountStore *accounts, SessionVault *vault, ClientSecrets *clients,
                             const HttpClient *http, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_vault(vault), m_clients(clients), m_http(http)
{
}

void Introspection::introspect(const QString &accountId, bool refresh, QObject *context,
                               Callback callback)
{
    const auto account = m_accounts->findById(accountId);
    if (!account)
        return callback(Error(Error::Kind::Configuration, tr("The account no longer exists.")));
    if (account->server.introspectionEndpoint.isEmpty())
        return callback(Error(Error::Kind::Configuration,
                              tr("The server offers no introspection endpoint (RFC 7662).")));
    m_vault->load(accountId, context,
                  [this, account = *account, refresh, context,
                   callback](const Result<std::optional<TokenSet>> &read) {
                      sessionRead(account, refresh, read, context, callback);
                  });
}

void Introspection::sessionRead(const Account &account, bool refresh,
                                const Result<std::optional<TokenSet>> &read, QObject *context,
                                Callback callback)
{
    if (!read.ok())
        return callback(read.error());
    if (!read.value())
        return callback(Error(Error::Kind::SignInRequired, tr("This account is not signed in.")));
    const QString token = refresh ? read.value()->refreshToken : read.value()->accessToken;
    if (token.isEmpty())
        return callback(
                Error(Error::Kind::Configuration, tr("There is no such token to introspect.")));
    m_clients->withClient(account,
                          [this, account, token, refresh, context,
                           callback](const Result<ClientAuthentication> &client) {
                              if (!client.ok())
                                  return callback(client.error());
                              post(account, token, refresh, client.value(), context, callback);
                          });
}

void Introspection::post(const Account &account, const QString &token, bool refresh,
                         const ClientAuthentication &client, QObject *context, Callback callback)
{
    FormFields form = { { QStringLiteral("token"), token },
                        { QStringLiteral("token_type_hint"),
                          refresh ? QStringLiteral("refresh_token")
                                  : QStringLiteral("access_token") } };
    QList<QPair<QByteArray, QByteArray>> headers;
    client.apply(form, headers);
    TaggedRequest::postForm(
            m_http, account.server.introspectionEndpoint, form, headers,
            ExchangeLog::Kind::Introspection, account.name, context,
            [callback](const HttpResponse &response) { callback(parse(response)); });
}

Result<QJsonObject> Introspection::parse(const HttpResponse &response)
{
    if (response.error)
        return response.error;
    if (response.status != 200)
        return TokenResponse::parseError(response);
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    // RFC 7662 §2.2: `active` is required and boolean; anything else is no answer.
    if (!doc.isObject() || !doc.object().value(QLatin1String("active")).isBool())
        return Error(Error::Kind::InvalidResponse,
                     tr("The introspection answer has no boolean \"active\"."));
    return doc.object();
}

} // namespace OAuthDesk
