#include "clientregistration.h"

#include "common/logging.h"
#include "common/plaintext.h"
#include "http/exchangelog.h"
#include "http/urlpolicy.h"
#include "keychain/secretstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace OAuthDesk {

static QString tr(const char *text)
{
    return QCoreApplication::translate("OAuthDesk::ClientRegistration", text);
}

ClientRegistration::ClientRegistration(const HttpClient *http, const QString &accountName)
    : m_http(http), m_accountName(accountName)
{
}

QJsonObject ClientRegistration::requestMetadata(int redirectPort)
{
    const QString redirect = redirectPort > 0 && redirectPort <= 65535
            ? QStringLiteral("http://127.0.0.1:%1/callback").arg(redirectPort)
            : QStringLiteral("http://127.0.0.1/callback");
    QJsonObject o;
    o.insert(QLatin1String("client_name"), QStringLiteral("OAuthDesk"));
    o.insert(QLatin1String("application_type"), QStringLiteral("native"));
    o.insert(QLatin1String("redirect_uris"), QJsonArray{ redirect });
    o.insert(QLatin1String("grant_types"),
             QJsonArray{ QStringLiteral("authorization_code"), QStringLiteral("refresh_token") });
    o.insert(QLatin1String("response_types"), QJsonArray{ QStringLiteral("code") });
    o.insert(QLatin1String("token_endpoint_auth_method"), QStringLiteral("none"));
    return o;
}

static bool stringOrAbsent(const QJsonObject &o, const char *key, QString *value)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return false;
    *value = v.toString();
    return true;
}

Result<RegisteredClient> ClientRegistration::parse(const HttpResponse &response)
{
    if (response.error)
        return response.error;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && doc.isObject();
    const QJsonObject o = doc.object();
    if (response.status != 201 && response.status != 200) {
        // RFC 7591 §3.2.2: an error answer is 400 with `error` (invalid_redirect_uri,
        // invalid_client_metadata, invalid_software_statement, unapproved_software_statement).
        // Error::oauth cleans the code: a code of control characters only is no code (found by
        // fuzz_client_registration: it became an OAuth error with an empty code).
        const QUrl uri(o.value(QLatin1String("error_uri")).toString(), QUrl::StrictMode);
        const Error error =
                Error::oauth(isObject ? o.value(QLatin1String("error")).toString() : QString(),
                             o.value(QLatin1String("error_description")).toString(),
                             UrlPolicy::isSecureOrLoopback(uri) ? uri : QUrl(), response.status);
        if (error.oauthError().isEmpty())
            return Error::http(response.status,
                               tr("The registration endpoint refused to register OAuthDesk."));
        return error;
    }
    if (!isObject)
        return Error(Error::Kind::InvalidResponse,
                     tr("The registration endpoint's answer is not a JSON object."));

    RegisteredClient client;
    QString method;
    QString registrationUri;
    if (!stringOrAbsent(o, "client_id", &client.clientId) || client.clientId.isEmpty())
        return Error(Error::Kind::InvalidResponse,
                     tr("The registration endpoint's answer has no client_id."));
    if (!stringOrAbsent(o, "client_secret", &client.clientSecret)
        || !stringOrAbsent(o, "registration_access_token", &client.registrationAccessToken)
        || !stringOrAbsent(o, "registration_client_uri", &registrationUri)
        || !stringOrAbsent(o, "token_endpoint_auth_method", &method))
        return Error(Error::Kind::InvalidResponse,
                     tr("The registration endpoint's answer has a field of the wrong type."));
    if (method.isEmpty())
        method = client.clientSecret.isEmpty() ? QStringLiteral("none")
                                               : QStringLiteral("client_secret_basic");
    bool methodKnown = false;
    client.tokenEndpointAuthMethod = ClientAuthentication::methodFromString(method, &methodKnown);
    if (!methodKnown)
        return Error(Error::Kind::Configuration,
                     tr("The server registered OAuthDesk with the client authentication \"%1\", "
                        "which OAuthDesk "
                        "does not support.")
                             .arg(withoutControlCharacters(method.left(100))));
    if (client.tokenEndpointAuthMethod != ClientAuthentication::Method::None
        && client.clientSecret.isEmpty())
        return Error(Error::Kind::InvalidResponse,
                     tr("The server registered a confidential client but sent no client secret."));
    if (!registrationUri.isEmpty()) {
        const QUrl uri(registrationUri, QUrl::StrictMode);
        if (!UrlPolicy::isSecureOrLoopback(uri))
            return Error(Error::Kind::InsecureUrl,
                         tr("The server's registration_client_uri is not an https address."));
        client.registrationClientUri = uri;
    }
    // RFC 7591 §3.2.1: seconds since the epoch, 0 for never. A number no date holds (1e96, found by
    // fuzz_client_registration) is refused, never converted: that conversion is undefined
    // behaviour.
    const double expiresAt = o.value(QLatin1String("client_secret_expires_at")).toDouble(0);
    constexpr double LastSecondOfYear9999 = 253402300799.0;
    if (!(expiresAt <= LastSecondOfYear9999))
        return Error(Error::Kind::InvalidResponse,
                     tr("The server's client_secret_expires_at is not a time."));
    const qint64 expires = expiresAt > 0 ? qint64(expiresAt) : 0;
    if (expires > 0)
        client.clientSecretExpiresAt = QDateTime::fromSecsSinceEpoch(expires, Qt::UTC);
    return client;
}

void ClientRegistration::registerClient(const QUrl &endpoint, int redirectPort, QObject *context,
                                        Callback callback) const
{
    if (endpoint.isEmpty())
        return callback(Error(Error::Kind::Configuration,
                              tr("The server offers no registration endpoint.")));
    if (!UrlPolicy::isSecureOrLoopback(endpoint))
        return callback(Error(Error::Kind::InsecureUrl,
                              endpoint.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
    QNetworkRequest request = m_http->createRequest(endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    ExchangeLog::tag(request, ExchangeLog::Kind::Other, m_accountName);
    const QByteArray body =
            QJsonDocument(requestMetadata(redirectPort)).toJson(QJsonDocument::Compact);
    qCInfo(lcFlow) << "registering a client at"
                   << endpoint.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    m_http->send("POST", request, body, context,
                 [callback](const HttpResponse &response) { callback(parse(response)); });
}

void ClientRegistration::keep(AbstractSecretStore *secrets, const QString &accountId,
                              const RegisteredClient &client, QObject *context,
                              std::function<void(const Error &)> callback)
{
    auto writeSecret = [secrets, accountId, client, context, callback](const Error &first) {
        if (first || client.clientSecret.isEmpty())
            return callback(first);
        secrets->writeSecret(SecretStore::clientSecretKey(accountId), client.clientSecret.toUtf8(),
                             context, callback);
    };
    if (client.registrationAccessToken.isEmpty())
        return writeSecret({});
    secrets->writeSecret(registrationAccessTokenKey(accountId),
                         client.registrationAccessToken.toUtf8(), context, writeSecret);
}

} // namespace OAuthDesk
