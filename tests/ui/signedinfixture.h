#pragma once

// A signed-in session for widget tests: a TokenManager over a temporary accounts file and a
// scripted server that grants by password (a JWT access token with a made-up signature and an
// opaque refresh token), introspects and revokes; the clock is the test's.

#include "accounts/accountstore.h"
#include "http/httpclient.h"
#include "jwt/base64url.h"
#include "keychain/secretstore.h"
#include "resource/resourceclient.h"
#include "scriptedserver.h"
#include "session/tokenmanager.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace OAuthDesk::Test {

inline QDateTime start()
{
    return QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
}

/// A JWT with a made-up signature: enough to decode; checking real signatures is core's test.
inline QString
makeJwt(const QByteArray &claims,
        const QByteArray &header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"k1\"}")
{
    return QString::fromLatin1(Base64Url::encode(header) + '.' + Base64Url::encode(claims) + '.'
                               + Base64Url::encode("not-a-real-signature"));
}

inline QString accessJwt()
{
    const QByteArray exp = QByteArray::number(start().addSecs(300).toSecsSinceEpoch());
    const QByteArray iat = QByteArray::number(start().addSecs(-3600 * 2).toSecsSinceEpoch());
    return makeJwt(
            "{\"iss\":\"https://"
            "login.example.com\",\"sub\":\"alice\",\"aud\":[\"desk\",\"api\"],\"exp\":"
            + exp + ",\"iat\":" + iat
            + ",\"jti\":\"j-42\",\"client_id\":\"desk\",\"scope\":\"openid profile api.read\"}");
}

inline const QString RefreshToken = QStringLiteral("opaque-refresh-7f3a9c");

/// A TokenManager over a temporary accounts file and a scripted server that grants by password,
/// introspects and revokes; the clock is the test's.
struct SignedInFixture
{
    QTemporaryDir dir;
    AccountStore store{ dir.filePath(QStringLiteral("accounts.json")) };
    QNetworkAccessManager manager;
    HttpClient http{ &manager };
    SecretStore secrets{ QStringLiteral("OAuthDesk-tst_tokeninspectorwidget") };
    TokenManager tokens{ &store, &secrets, &http };
    ResourceClient resources{ &tokens, &http };
    std::shared_ptr<QDateTime> now = std::make_shared<QDateTime>(start());
    QByteArray introspection =
            "{\"active\":true,\"scope\":\"openid profile api.read\",\"client_id\":\"desk\"}";
    Test::ScriptedServer server{
        [this](const Test::ScriptedServer::Request &request) -> QByteArray {
            if (request.target.startsWith("/token"))
                return Test::ScriptedServer::json(
                        200,
                        "{\"access_token\":\"" + accessJwt().toLatin1()
                                + "\",\"token_type\":\"Bearer\",\"refresh_token\":\""
                                + RefreshToken.toLatin1()
                                + "\",\"scope\":\"openid profile api.read\"}");
            if (request.target.startsWith("/introspect"))
                return Test::ScriptedServer::json(200, introspection);
            if (request.target.startsWith("/revoke"))
                return Test::ScriptedServer::json(200, "{}");
            return Test::ScriptedServer::json(404, "{}");
        }
    };

    SignedInFixture()
    {
        secrets.setTimeout(std::chrono::seconds(5));
        tokens.setClock(Clock([n = now] { return *n; }));
        if (!server.start())
            qFatal("the scripted server did not start");
    }

    QString addAccount(const QString &name, bool revocationReachable = true)
    {
        Account a;
        a.name = name;
        a.clientId = QStringLiteral("desk");
        a.scope = QStringLiteral("openid profile api.read");
        a.grantType = GrantType::Password;
        a.username = QStringLiteral("alice");
        a.server.tokenEndpoint = QUrl(server.url(QStringLiteral("/token")));
        a.server.introspectionEndpoint = QUrl(server.url(QStringLiteral("/introspect")));
        // Port 1 on loopback: nobody listens, so the connection is refused at once.
        a.server.revocationEndpoint = revocationReachable
                ? QUrl(server.url(QStringLiteral("/revoke")))
                : QUrl(QStringLiteral("http://127.0.0.1:1/revoke"));
        if (const Error error = store.add(a))
            qFatal("cannot add the account: %s", qPrintable(error.message()));
        return a.id;
    }

    /// Signs in by the password grant; the tokens are then in TokenManager's memory.
    bool signIn(const QString &id)
    {
        TokenManager::SignInOptions options;
        options.password = QStringLiteral("secret");
        bool done = false;
        bool ok = false;
        tokens.signIn(id, options, nullptr, [&](const Result<TokenManager::SignInResult> &result) {
            done = true;
            ok = result.ok();
        });
        return QTest::qWaitFor([&] { return done; }, 20000) && ok
                && tokens.cachedTokens(id).has_value();
    }
};

} // namespace OAuthDesk::Test
