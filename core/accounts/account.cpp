#include "account.h"

#include "common/plaintext.h"
#include "http/urlpolicy.h"
#include "tokens/clientauthentication.h"

#include <QCoreApplication>

namespace OAuthDesk {

static QString tr(const char *text)
{
    return QCoreApplication::translate("OAuthDesk::Account", text);
}

QString Account::scopeWith(const QString &more) const
{
    QStringList scopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &added : more.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!scopes.contains(added))
            scopes.append(added);
    }
    return scopes.join(QLatin1Char(' '));
}

QStringList Account::grantTypes()
{
    return grantTypeNames();
}

void Account::setGrantTypeName(const QString &typeName)
{
    const std::optional<GrantType> known = grantTypeFromName(typeName);
    grantType = known.value_or(GrantType::AuthorizationCode);
    unknownGrantType = known ? std::nullopt : std::optional<QString>(typeName);
}

QString Account::grantTypeString() const
{
    return unknownGrantType.value_or(grantTypeName(grantType));
}

void Account::setClientAuthMethodName(const QString &methodName)
{
    bool known = false;
    clientAuthMethod = ClientAuthentication::methodFromString(methodName, &known);
    unknownClientAuthMethod = known ? std::nullopt : std::optional<QString>(methodName);
}

QString Account::clientAuthMethodString() const
{
    return unknownClientAuthMethod.value_or(ClientAuthentication::methodName(clientAuthMethod));
}

Error Account::unsupportedClientAuth() const
{
    if (!unknownClientAuthMethod)
        return {};
    // An accounts file edited by hand may name a method OAuthDesk does not know: refused, never
    // taken for a public client that sends no secret.
    return Error(Error::Kind::Configuration,
                 tr("The client authentication \"%1\" is not supported (use none, "
                    "client_secret_basic or "
                    "client_secret_post).")
                         .arg(withoutControlCharacters(unknownClientAuthMethod->left(100))));
}

bool Account::usesBrowser() const
{
    return !unknownGrantType && grantUsesBrowser(grantType);
}

Error Account::validate() const
{
    if (name.trimmed().isEmpty())
        return Error(Error::Kind::Configuration, tr("The account needs a name."));
    if (clientId.trimmed().isEmpty())
        return Error(Error::Kind::Configuration, tr("The account needs a client ID."));
    if (unknownGrantType)
        return Error(Error::Kind::Configuration,
                     tr("The grant type \"%1\" is not supported (use one of: %2).")
                             .arg(*unknownGrantType, grantTypes().join(QLatin1String(", "))));
    if (const Error unsupported = unsupportedClientAuth())
        return unsupported;
    if (grantType == GrantType::ClientCredentials && !needsClientSecret())
        return Error(Error::Kind::Configuration,
                     tr("The client credentials grant is for confidential clients: choose "
                        "client_secret_basic or "
                        "client_secret_post and give the client secret."));
    if (grantType == GrantType::Device && server.deviceAuthorizationEndpoint.isEmpty())
        return Error(Error::Kind::Configuration,
                     tr("The device grant needs the server's device authorization "
                        "endpoint (discovery finds it)."));
    if (redirectPort < 0 || redirectPort > 65535)
        return Error(Error::Kind::Configuration,
                     tr("The redirect port must be between 1 and 65535."));
    if (usesBrowser() && server.authorizationEndpoint.isEmpty())
        return Error(Error::Kind::Configuration,
                     tr("The account needs an authorization endpoint (or an issuer to discover it "
                        "from)."));
    if (grantType != GrantType::Implicit && server.tokenEndpoint.isEmpty())
        return Error(Error::Kind::Configuration,
                     tr("The account needs a token endpoint (or an issuer to discover it from)."));
    const QUrl urls[] = { server.issuer,
                          server.authorizationEndpoint,
                          server.tokenEndpoint,
                          server.revocationEndpoint,
                          server.introspectionEndpoint,
                          server.userinfoEndpoint,
                          server.jwksUri,
                          server.deviceAuthorizationEndpoint,
                          server.pushedAuthorizationRequestEndpoint };
    for (const QUrl &url : urls) {
        if (!url.isEmpty() && !UrlPolicy::isSecureOrLoopback(url))
            return Error(Error::Kind::InsecureUrl,
                         url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    }
    return {};
}

QJsonObject Account::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), id);
    o.insert(QLatin1String("name"), name);
    o.insert(QLatin1String("client_id"), clientId);
    o.insert(QLatin1String("scope"), scope);
    o.insert(QLatin1String("grant_type"), grantTypeString());
    if (clientAuthMethod != ClientAuthentication::Method::None || unknownClientAuthMethod)
        o.insert(QLatin1String("client_auth_method"), clientAuthMethodString());
    if (!username.isEmpty())
        o.insert(QLatin1String("username"), username);
    if (redirectPort)
        o.insert(QLatin1String("redirect_port"), redirectPort);
    if (!presetId.isEmpty())
        o.insert(QLatin1String("preset"), presetId);
    QJsonObject serverObject;
    server.writeTo(serverObject);
    o.insert(QLatin1String("server"), serverObject);
    QJsonObject hint;
    hint.insert(QLatin1String("signed_in"), signedIn);
    if (expiresAt.isValid())
        hint.insert(QLatin1String("expires_at"), expiresAt.toSecsSinceEpoch());
    if (!grantedScope.isEmpty())
        hint.insert(QLatin1String("granted_scope"), grantedScope);
    if (!subject.isEmpty())
        hint.insert(QLatin1String("subject"), subject);
    if (!identity.isEmpty())
        hint.insert(QLatin1String("identity"), identity);
    if (!loginHint.isEmpty())
        hint.insert(QLatin1String("login_hint"), loginHint);
    if (revocationPending)
        hint.insert(QLatin1String("revocation_pending"), true);
    o.insert(QLatin1String("session_hint"), hint);
    return o;
}

Account Account::fromJson(const QJsonObject &o)
{
    Account a;
    a.id = o.value(QLatin1String("id")).toString();
    a.name = o.value(QLatin1String("name")).toString();
    a.clientId = o.value(QLatin1String("client_id")).toString();
    a.scope = o.value(QLatin1String("scope")).toString();
    a.setGrantTypeName(
            o.value(QLatin1String("grant_type")).toString(QStringLiteral("authorization_code")));
    a.redirectPort = o.value(QLatin1String("redirect_port")).toInt(0);
    a.setClientAuthMethodName(
            o.value(QLatin1String("client_auth_method")).toString(QStringLiteral("none")));
    a.username = o.value(QLatin1String("username")).toString();
    a.presetId = o.value(QLatin1String("preset")).toString();
    a.server = ServerMetadata::readFrom(o.value(QLatin1String("server")).toObject());
    const QJsonObject hint = o.value(QLatin1String("session_hint")).toObject();
    a.signedIn = hint.value(QLatin1String("signed_in")).toBool();
    if (hint.contains(QLatin1String("expires_at")))
        a.expiresAt = QDateTime::fromSecsSinceEpoch(
                qint64(hint.value(QLatin1String("expires_at")).toDouble()), Qt::UTC);
    a.grantedScope = hint.value(QLatin1String("granted_scope")).toString();
    a.subject = hint.value(QLatin1String("subject")).toString();
    a.identity = hint.value(QLatin1String("identity")).toString();
    a.loginHint = hint.value(QLatin1String("login_hint")).toString();
    a.revocationPending = hint.value(QLatin1String("revocation_pending")).toBool();
    return a;
}

} // namespace OAuthDesk
