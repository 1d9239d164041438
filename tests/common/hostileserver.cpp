#include "hostileserver.h"

#include "jwssigner.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrl>

namespace OAuthDesk::Test {

using Mode = HostileServer::Mode;

/// A fake secret that says what it is and is unique to this server: PREFIX-<16 hex digits>.
static QByteArray canaryValue(const char *prefix)
{
    return QByteArray(prefix) + '-'
            + QByteArray::number(QRandomGenerator::global()->generate64(), 16)
                      .rightJustified(16, '0')
                      .toUpper();
}

static QByteArray httpAnswer(int status, const QByteArray &reason, const QByteArray &headers,
                             const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" + headers
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
            + body;
}

static QByteArray pathOf(const QByteArray &target)
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

static QByteArray headerValue(const ScriptedServer::Request &request, const QByteArray &name)
{
    for (const QByteArray &line : request.headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

HostileServer::HostileServer(Mode mode)
    : m_mode(mode),
      m_server([this](const ScriptedServer::Request &request) { return answer(request); }),
      m_canary([this](const ScriptedServer::Request &request) { return canaryAnswer(request); }),
      m_code(canaryValue("CANARY-CODE")),
      m_accessToken(canaryValue("CANARY-AT")),
      m_refreshToken(canaryValue("CANARY-RT")),
      m_macKey(canaryValue("CANARY-MAC-KEY")),
      m_idTokenId(canaryValue("CANARY-IDT"))
{
}

bool HostileServer::start()
{
    // EC P-256: made in a millisecond, where an RSA key would take a good part of a second per row.
    m_signingKey = std::make_shared<const JwsTest::SigningKey>(
            JwsTest::generate("EC", "P-256", QStringLiteral("hostile-es256")));
    if (m_signingKey->isNull())
        return false;
    if (m_mode == Mode::IdTokenUnknownKid) {
        m_retiredKey = std::make_shared<const JwsTest::SigningKey>(
                JwsTest::generate("EC", "P-256", QStringLiteral("hostile-es256-retired")));
        if (m_retiredKey->isNull())
            return false;
    }
    return m_server.start() && m_canary.start();
}

int HostileServer::requestsTo(const QByteArray &path) const
{
    int count = 0;
    for (const ScriptedServer::Request &request : m_server.requests()) {
        if (pathOf(request.target) == path)
            ++count;
    }
    return count;
}

QByteArray HostileServer::state() const
{
    return m_authorization.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();
}

QByteArray HostileServer::codeChallenge() const
{
    return m_authorization.queryItemValue(QStringLiteral("code_challenge"), QUrl::FullyDecoded)
            .toUtf8();
}

QByteArray HostileServer::nonce() const
{
    return m_authorization.queryItemValue(QStringLiteral("nonce"), QUrl::FullyDecoded).toUtf8();
}

QString HostileServer::clientId() const
{
    return m_authorization.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
}

QString HostileServer::redirectUri() const
{
    return m_authorization.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
}

quint16 HostileServer::loopbackPort() const
{
    const QUrl uri(redirectUri(), QUrl::StrictMode);
    return uri.isValid() ? quint16(uri.port(0)) : 0;
}

QList<QByteArray> HostileServer::secrets() const
{
    QList<QByteArray> values = { m_code, m_accessToken, m_refreshToken, m_macKey };
    if (!m_idToken.isEmpty())
        values += QList<QByteArray>{ m_idToken, m_idTokenId };
    for (const QByteArray &sent : { state(), codeChallenge(), nonce(), m_codeVerifier }) {
        if (!sent.isEmpty())
            values.append(sent);
    }
    return values;
}

bool HostileServer::connectionRefused(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (socket.waitForConnected(3000)) {
        socket.abort();
        return false;
    }
    return socket.error() == QAbstractSocket::ConnectionRefusedError;
}

QByteArray HostileServer::metadata() const
{
    QJsonObject document{
        { QStringLiteral("issuer"), issuer() },
        { QStringLiteral("authorization_endpoint"), url(QStringLiteral("/authorize")) },
        { QStringLiteral("token_endpoint"), url(QStringLiteral("/token")) },
        { QStringLiteral("response_types_supported"), QJsonArray{ QStringLiteral("code") } },
        { QStringLiteral("grant_types_supported"),
          QJsonArray{ QStringLiteral("authorization_code"), QStringLiteral("refresh_token") } },
        { QStringLiteral("code_challenge_methods_supported"),
          QJsonArray{ QStringLiteral("S256") } },
        { QStringLiteral("token_endpoint_auth_methods_supported"),
          QJsonArray{ QStringLiteral("none") } },
        // RFC 9207: this server promises an `iss` in every authorization response.
        { QStringLiteral("authorization_response_iss_parameter_supported"), true },
        // OpenID Connect Discovery §3: an OpenID Provider, whose ID tokens are checked with /jwks.
        { QStringLiteral("jwks_uri"), url(QStringLiteral("/jwks")) },
        { QStringLiteral("scopes_supported"),
          QJsonArray{ QStringLiteral("openid"), QStringLiteral("api") } },
        { QStringLiteral("subject_types_supported"), QJsonArray{ QStringLiteral("public") } },
        { QStringLiteral("id_token_signing_alg_values_supported"),
          QJsonArray{ QStringLiteral("ES256") } },
    };
    switch (m_mode) {
    case Mode::DiscoveryIssuerMismatch:
        document.insert(QStringLiteral("issuer"), otherIssuer());
        break;
    case Mode::HttpTokenEndpoint:
        document.insert(QStringLiteral("token_endpoint"),
                        QStringLiteral("http://auth.example.test/token"));
        break;
    case Mode::JavascriptEndpoint:
        document.insert(QStringLiteral("authorization_endpoint"),
                        QStringLiteral("javascript:alert(document.domain)"));
        break;
    case Mode::FileEndpoint:
        document.insert(QStringLiteral("authorization_endpoint"),
                        QStringLiteral("file:///etc/passwd"));
        break;
    default:
        break;
    }
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

QByteArray HostileServer::answer(const ScriptedServer::Request &request)
{
    const QByteArray path = pathOf(request.target);
    if (request.method == "GET" && path == "/.well-known/openid-configuration")
        return ScriptedServer::json(200, metadata());
    if (request.method == "GET" && path == "/authorize")
        return authorizationAnswer(request);
    if (request.method == "POST" && path == "/token")
        return tokenAnswer(request);
    if (request.method == "GET" && path == "/jwks")
        return ScriptedServer::json(200, jwks());
    if (request.method == "GET" && path == "/resource") {
        if (m_mode == Mode::ResourceCrossOriginRedirect)
            return httpAnswer(
                    302, "Found",
                    "Location: " + m_canary.url(QStringLiteral("/landing")).toUtf8() + "\r\n", {});
        if (headerValue(request, "Authorization") == "Bearer " + m_accessToken)
            return ScriptedServer::json(200, "{\"resource\":\"yours\"}");
        return ScriptedServer::json(401, "{}",
                                    "WWW-Authenticate: Bearer error=\"invalid_token\"\r\n");
    }
    return ScriptedServer::json(404, "{\"error\":\"not_found\"}");
}

QByteArray HostileServer::authorizationAnswer(const ScriptedServer::Request &request)
{
    m_authorization =
            QUrlQuery(QUrl::fromEncoded("http://127.0.0.1" + request.target, QUrl::StrictMode));
    const QUrl redirect(redirectUri(), QUrl::StrictMode);
    if (!redirect.isValid() || redirect.scheme() != QLatin1String("http"))
        return ScriptedServer::json(400, "{\"error\":\"invalid_request\"}");

    QList<QPair<QByteArray, QByteArray>> parameters;
    const QByteArray sentState = state();
    const QByteArray ownIssuer = issuer().toUtf8();
    switch (m_mode) {
    case Mode::StateMismatch:
        // Somebody else's attempt: a state just as long and random, but not the one sent.
        parameters = { { "code", m_code },
                       { "state", canaryValue("CANARY-STATE") + sentState.left(8) },
                       { "iss", ownIssuer } };
        break;
    case Mode::StateMissing:
        parameters = { { "code", m_code }, { "iss", ownIssuer } };
        break;
    case Mode::ErrorWithoutState:
        parameters = { { "error", "access_denied" },
                       { "error_description", "Forged: you said no" },
                       { "iss", ownIssuer } };
        break;
    case Mode::IssOfAnotherIssuer:
        parameters = { { "code", m_code },
                       { "state", sentState },
                       { "iss", otherIssuer().toUtf8() } };
        break;
    case Mode::IssMissingButAdvertised:
        parameters = { { "code", m_code }, { "state", sentState } };
        break;
    default:
        parameters = { { "code", m_code }, { "state", sentState }, { "iss", ownIssuer } };
        break;
    }
    QByteArray query;
    for (const auto &p : parameters) {
        if (!query.isEmpty())
            query += '&';
        query += p.first + '=' + p.second.toPercentEncoding();
    }
    return httpAnswer(302, "Found", "Location: " + redirect.toEncoded() + '?' + query + "\r\n", {});
}

QByteArray HostileServer::honestTokens() const
{
    return "{\"access_token\":\"" + m_accessToken
            + "\",\"token_type\":\"Bearer\",\"expires_in\":3600," + "\"refresh_token\":\""
            + m_refreshToken + "\",\"scope\":\"api\"}";
}

QByteArray HostileServer::jwks() const
{
    QJsonObject key = m_signingKey->jwk;
    key.insert(QStringLiteral("use"), QStringLiteral("sig"));
    key.insert(QStringLiteral("alg"), QStringLiteral("ES256"));
    return JwsTest::json(QJsonObject{ { QStringLiteral("keys"), QJsonArray{ key } } });
}

QByteArray HostileServer::makeIdToken()
{
    // OpenID Connect Core §2, correct for this sign-in: this issuer, this client, the nonce the
    // browser brought. Then each mode spoils one thing.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString client = clientId();
    const QString anotherClient = QStringLiteral("another-client");
    QJsonObject claims{
        { QStringLiteral("iss"), issuer() },
        { QStringLiteral("sub"), subject() },
        { QStringLiteral("aud"), client },
        { QStringLiteral("iat"), now - 5 },
        { QStringLiteral("auth_time"), now - 5 },
        { QStringLiteral("exp"), now + 600 },
        { QStringLiteral("jti"), QString::fromLatin1(m_idTokenId) },
    };
    if (!nonce().isEmpty())
        claims.insert(QStringLiteral("nonce"), QString::fromUtf8(nonce()));
    switch (m_mode) {
    case Mode::IdTokenWrongAudience:
        claims.insert(QStringLiteral("aud"), anotherClient);
        break;
    case Mode::IdTokenSeveralAudiencesNoAzp:
        claims.insert(QStringLiteral("aud"), QJsonArray{ client, anotherClient });
        break;
    case Mode::IdTokenSeveralAudiencesBadAzp:
        claims.insert(QStringLiteral("aud"), QJsonArray{ client, anotherClient });
        claims.insert(QStringLiteral("azp"), anotherClient);
        break;
    case Mode::IdTokenWrongIssuer:
        claims.insert(QStringLiteral("iss"), otherIssuer());
        break;
    case Mode::IdTokenExpired:
        // Well past the validator's skew (60 s).
        claims.insert(QStringLiteral("iat"), now - 1200);
        claims.insert(QStringLiteral("auth_time"), now - 1200);
        claims.insert(QStringLiteral("exp"), now - 600);
        break;
    case Mode::IdTokenIssuedInFuture:
        claims.insert(QStringLiteral("iat"), now + 3600);
        claims.insert(QStringLiteral("exp"), now + 7200);
        break;
    case Mode::IdTokenWrongNonce:
        // Another attempt's nonce: as long and random, not the one sent.
        claims.insert(QStringLiteral("nonce"),
                      QString::fromLatin1(canaryValue("NONCE-OF-ANOTHER-ATTEMPT")));
        break;
    case Mode::IdTokenNonceMissing:
        claims.remove(QStringLiteral("nonce"));
        break;
    default:
        break;
    }

    const JwsTest::SigningKey &key = *m_signingKey;
    const QString es256 = QStringLiteral("ES256");
    switch (m_mode) {
    case Mode::IdTokenBadSignature:
        return JwsTest::flipSignatureBit(JwsTest::token(key, es256, claims));
    case Mode::IdTokenUnknownKid:
        return JwsTest::token(*m_retiredKey, es256, claims);
    case Mode::IdTokenAlgNone:
        return JwsTest::unsecured(claims);
    case Mode::IdTokenHs256ClientId:
        // The published kid, so that a verifier that picks the key by kid and the algorithm by the
        // header would have something to confuse.
        return JwsTest::hs256(
                client.toUtf8(),
                QJsonObject{ { QStringLiteral("alg"), QStringLiteral("HS256") },
                             { QStringLiteral("typ"), QStringLiteral("JWT") },
                             { QStringLiteral("kid"), key.jwk.value(QLatin1String("kid")) } },
                claims);
    default:
        return JwsTest::token(key, es256, claims);
    }
}

QByteArray HostileServer::tokenAnswer(const ScriptedServer::Request &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    m_codeVerifier =
            form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded).toUtf8();
    // The listener closes after the first valid callback (SECURITY.md L2): by the time the code
    // comes here, nothing may listen on the redirect port any more.
    if (const quint16 port = loopbackPort())
        m_listenerClosedAtTokenRequest = connectionRefused(port);

    switch (m_mode) {
    case Mode::TokenAsHtml:
        // A sign-in page where JSON was due; it even shows a token, which no log may repeat.
        return httpAnswer(200, "OK", "Content-Type: text/html; charset=utf-8\r\n",
                          "<!DOCTYPE html><html><head><title>Sign "
                          "in</title></head><body><h1>Please sign in</h1>"
                          "<p>Your token: access_token="
                                  + m_accessToken + "</p></body></html>");
    case Mode::TokenAsJsonArray:
        return ScriptedServer::json(200, '[' + honestTokens() + ']');
    case Mode::TokenTenMegabytes:
        return ScriptedServer::json(200,
                                    "{\"access_token\":\"" + m_accessToken
                                            + "\",\"token_type\":\"Bearer\",\"padding\":\""
                                            + QByteArray(10 * 1024 * 1024, 'x') + "\"}");
    case Mode::TokenRedirectToAnotherPort:
        return httpAnswer(307, "Temporary Redirect",
                          "Location: " + m_canary.url(QStringLiteral("/token")).toUtf8() + "\r\n",
                          {});
    case Mode::TokenNeverAnswers:
        return {};
    case Mode::TokenTypeMac:
        return ScriptedServer::json(
                200,
                "{\"access_token\":\"" + m_accessToken + "\",\"token_type\":\"mac\",\"mac_key\":\""
                        + m_macKey + "\",\"mac_algorithm\":\"hmac-sha-256\",\"refresh_token\":\""
                        + m_refreshToken + "\"}");
    case Mode::TokenNegativeExpiresIn:
        return ScriptedServer::json(
                200,
                "{\"access_token\":\"" + m_accessToken
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":-3600,\"refresh_token\":\""
                        + m_refreshToken + "\"}");
    case Mode::TokenStringExpiresIn:
        return ScriptedServer::json(200,
                                    "{\"access_token\":\"" + m_accessToken
                                            + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                                              "\"3600\",\"refresh_token\":\""
                                            + m_refreshToken + "\"}");
    case Mode::TokenInvalidGrant:
        return ScriptedServer::json(400,
                                    "{\"error\":\"invalid_grant\",\"error_description\":\"The code "
                                    "was already used.\"}");
    default:
        break;
    }
    // An honest token endpoint: the code it issued, and PKCE S256 (RFC 7636 §4.6).
    const QByteArray challenge =
            QCryptographicHash::hash(m_codeVerifier, QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("authorization_code")
        || form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8() != m_code
        || m_codeVerifier.isEmpty() || challenge != codeChallenge())
        return ScriptedServer::json(400, "{\"error\":\"invalid_grant\"}");
    if (isOpenIdMode(m_mode)) {
        QByteArray body = "{\"access_token\":\"" + m_accessToken
                + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"refresh_token\":\""
                + m_refreshToken + "\",\"scope\":\"openid api\"";
        // OpenID Connect Core §3.1.3.3: the answer to an openid request carries an ID token.
        if (m_mode != Mode::IdTokenMissing) {
            m_idToken = makeIdToken();
            body += ",\"id_token\":\"" + m_idToken + '"';
        }
        return ScriptedServer::json(200, body + '}');
    }
    return ScriptedServer::json(200, honestTokens());
}

QByteArray HostileServer::canaryAnswer(const ScriptedServer::Request &request)
{
    // Whoever comes here followed a redirect it should not have followed with what it carries.
    // It would be given tokens, so that following the 307 would look like success.
    if (request.method == "POST" && pathOf(request.target) == "/token")
        return ScriptedServer::json(200, honestTokens());
    return ScriptedServer::json(401, "{\"error\":\"invalid_token\"}",
                                "WWW-Authenticate: Bearer error=\"invalid_token\"\r\n");
}

} // namespace OAuthDesk::Test
