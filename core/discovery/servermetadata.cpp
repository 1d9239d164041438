#include "servermetadata.h"

#include <QJsonArray>

namespace OAuthDesk {

static void putUrl(QJsonObject &o, const char *key, const QUrl &url)
{
    if (!url.isEmpty())
        o.insert(QLatin1String(key), url.toString(QUrl::FullyEncoded));
}

static QUrl getUrl(const QJsonObject &o, const char *key)
{
    return QUrl(o.value(QLatin1String(key)).toString(), QUrl::StrictMode);
}

void ServerMetadata::writeTo(QJsonObject &o) const
{
    putUrl(o, "issuer", issuer);
    putUrl(o, "authorization_endpoint", authorizationEndpoint);
    putUrl(o, "token_endpoint", tokenEndpoint);
    putUrl(o, "revocation_endpoint", revocationEndpoint);
    putUrl(o, "introspection_endpoint", introspectionEndpoint);
    putUrl(o, "userinfo_endpoint", userinfoEndpoint);
    putUrl(o, "jwks_uri", jwksUri);
    putUrl(o, "device_authorization_endpoint", deviceAuthorizationEndpoint);
    putUrl(o, "registration_endpoint", registrationEndpoint);
    putUrl(o, "pushed_authorization_request_endpoint", pushedAuthorizationRequestEndpoint);
    if (!scopesSupported.isEmpty())
        o.insert(QLatin1String("scopes_supported"), QJsonArray::fromStringList(scopesSupported));
    if (!promptValuesSupported.isEmpty())
        o.insert(QLatin1String("prompt_values_supported"),
                 QJsonArray::fromStringList(promptValuesSupported));
    if (issParameterSupported)
        o.insert(QLatin1String("authorization_response_iss_parameter_supported"), true);
}

ServerMetadata ServerMetadata::readFrom(const QJsonObject &o)
{
    ServerMetadata m;
    m.issuer = getUrl(o, "issuer");
    m.authorizationEndpoint = getUrl(o, "authorization_endpoint");
    m.tokenEndpoint = getUrl(o, "token_endpoint");
    m.revocationEndpoint = getUrl(o, "revocation_endpoint");
    m.introspectionEndpoint = getUrl(o, "introspection_endpoint");
    m.userinfoEndpoint = getUrl(o, "userinfo_endpoint");
    m.jwksUri = getUrl(o, "jwks_uri");
    m.deviceAuthorizationEndpoint = getUrl(o, "device_authorization_endpoint");
    m.registrationEndpoint = getUrl(o, "registration_endpoint");
    m.pushedAuthorizationRequestEndpoint = getUrl(o, "pushed_authorization_request_endpoint");
    const QJsonArray scopes = o.value(QLatin1String("scopes_supported")).toArray();
    for (const QJsonValue &s : scopes) {
        if (s.isString())
            m.scopesSupported.append(s.toString());
    }
    const QJsonArray prompts = o.value(QLatin1String("prompt_values_supported")).toArray();
    for (const QJsonValue &p : prompts) {
        if (p.isString())
            m.promptValuesSupported.append(p.toString());
    }
    m.issParameterSupported =
            o.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool();
    return m;
}

} // namespace OAuthDesk
