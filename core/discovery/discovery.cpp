#include "discovery.h"

#include "http/taggedrequest.h"
#include "http/urlpolicy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace OAuthDesk {

static QString tr(const char *text)
{
    return QCoreApplication::translate("OAuthDesk::Discovery", text);
}

Discovery::Discovery(const HttpClient *http, const QString &accountName)
    : m_http(http), m_accountName(accountName)
{
}

static QUrl openIdConfigurationUrl(const QUrl &issuer)
{
    QUrl url = issuer;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1String("/.well-known/openid-configuration"));
    return url;
}

static QUrl oauthMetadataUrl(const QUrl &issuer)
{
    QUrl url = issuer;
    QString path = url.path();
    if (path == QLatin1String("/"))
        path.clear();
    url.setPath(QLatin1String("/.well-known/oauth-authorization-server") + path);
    return url;
}

Result<ServerMetadata> Discovery::parse(const QUrl &issuer, const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(Error::Kind::InvalidResponse,
                     tr("The server's metadata is not a JSON object."));
    const QJsonObject object = doc.object();
    const QString stated = object.value(QLatin1String("issuer")).toString();
    if (stated != issuer.toString(QUrl::FullyEncoded))
        return Error(Error::Kind::InvalidResponse,
                     tr("The server calls itself \"%1\", not \"%2\": refused (the issuer must "
                        "match exactly).")
                             .arg(stated.left(200), issuer.toString()));
    ServerMetadata metadata = ServerMetadata::readFrom(object);
    const std::pair<const char *, QUrl> endpoints[] = {
        { "authorization_endpoint", metadata.authorizationEndpoint },
        { "token_endpoint", metadata.tokenEndpoint },
        { "revocation_endpoint", metadata.revocationEndpoint },
        { "introspection_endpoint", metadata.introspectionEndpoint },
        { "userinfo_endpoint", metadata.userinfoEndpoint },
        { "jwks_uri", metadata.jwksUri },
        { "device_authorization_endpoint", metadata.deviceAuthorizationEndpoint },
        { "registration_endpoint", metadata.registrationEndpoint },
        { "pushed_authorization_request_endpoint", metadata.pushedAuthorizationRequestEndpoint },
    };
    for (const auto &[name, url] : endpoints) {
        const bool present = object.contains(QLatin1String(name));
        if (present && !UrlPolicy::isSecureOrLoopback(url))
            return Error(Error::Kind::InsecureUrl,
                         tr("The server's %1 is not an https address.").arg(QLatin1String(name)));
    }
    if (metadata.authorizationEndpoint.isEmpty() && metadata.tokenEndpoint.isEmpty())
        return Error(Error::Kind::InvalidResponse, tr("The server's metadata names no endpoints."));
    return metadata;
}

void Discovery::discover(const QUrl &issuer, QObject *context, Callback callback) const
{
    if (!UrlPolicy::isSecureOrLoopback(issuer) || issuer.hasQuery() || issuer.hasFragment())
        return callback(Error(Error::Kind::InsecureUrl,
                              tr("The issuer must be an https URL without query or fragment.")));
    const HttpClient *http = m_http;
    const QString account = m_accountName;
    constexpr auto kind = ExchangeLog::Kind::Discovery;
    TaggedRequest::get(http, openIdConfigurationUrl(issuer), kind, account, context,
                       [=](const HttpResponse &first) {
                           if (!first.error && first.status == 200)
                               return callback(parse(issuer, first.body));
                           if (first.error && first.error.kind() != Error::Kind::HttpStatus)
                               return callback(first.error);
                           TaggedRequest::get(
                                   http, oauthMetadataUrl(issuer), kind, account, context,
                                   [=](const HttpResponse &second) {
                                       if (second.error)
                                           return callback(second.error);
                                       if (second.status != 200)
                                           return callback(Error::http(
                                                   second.status,
                                                   tr("No discovery document was found at %1.")
                                                           .arg(issuer.toString())));
                                       callback(parse(issuer, second.body));
                                   });
                       });
}

} // namespace OAuthDesk
