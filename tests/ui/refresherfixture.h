#pragma once

// A window's background-refresh set-up for widget tests: one signed-in account (password grant)
// against a scripted token endpoint whose refresh can be made to fail, on a clock the test moves.

#include "accounts/accountstore.h"
#include "http/httpclient.h"
#include "keychain/secretstore.h"
#include "resource/resourceclient.h"
#include "scriptedserver.h"
#include "session/backgroundrefresher.h"
#include "session/tokenmanager.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace OAuthDesk::Test {

inline QDateTime refresherStart()
{
    return QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
}

/// One account signed in (password grant) against a scripted token endpoint whose refresh can be
/// made to fail, and a background refresher over it, on a clock the test moves.
struct RefresherFixture
{
    QTemporaryDir dir;
    AccountStore store{ dir.filePath(QStringLiteral("accounts.json")) };
    QNetworkAccessManager manager;
    HttpClient http{ &manager };
    SecretStore secrets;
    TokenManager tokens{ &store, &secrets, &http };
    ResourceClient resources{ &tokens, &http };
    std::shared_ptr<QDateTime> now = std::make_shared<QDateTime>(refresherStart());
    bool refreshWorks = true;
    Test::ScriptedServer server{
        [this](const Test::ScriptedServer::Request &request) -> QByteArray {
            if (request.body.contains("grant_type=refresh_token") && !refreshWorks)
                return Test::ScriptedServer::json(400, "{\"error\":\"invalid_grant\"}");
            return Test::ScriptedServer::json(200,
                                              "{\"access_token\":\"at\",\"token_type\":\"Bearer\","
                                              "\"expires_in\":900,\"refresh_token\":\"rt\"}");
        }
    };
    BackgroundRefresher refresher{ &tokens, &store };
    QString id;

    /// `keychainService`: the test's own, never the user's "OAuthDesk".
    explicit RefresherFixture(const QString &keychainService) : secrets(keychainService)
    {
        secrets.setTimeout(std::chrono::seconds(2));
        tokens.setClock(Clock([n = now] { return *n; }));
        if (!server.start())
            qFatal("the scripted server did not start");
        Account a;
        a.name = QStringLiteral("Work");
        a.clientId = QStringLiteral("desk");
        a.grantType = GrantType::Password;
        a.username = QStringLiteral("alice");
        a.server.tokenEndpoint = QUrl(server.url(QStringLiteral("/token")));
        if (const Error error = store.add(a))
            qFatal("cannot add the account: %s", qPrintable(error.message()));
        id = a.id;
    }
    ~RefresherFixture()
    {
        bool done = false;
        secrets.removeTokens(id, nullptr, [&](const Error &) { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("the test keychain entry was not removed");
    }

    bool signIn()
    {
        TokenManager::SignInOptions options;
        options.password = QStringLiteral("secret");
        bool done = false;
        bool ok = false;
        tokens.signIn(id, options, nullptr, [&](const Result<TokenManager::SignInResult> &result) {
            done = true;
            ok = result.ok();
        });
        return QTest::qWaitFor([&] { return done; }, 20000) && ok;
    }
};

} // namespace OAuthDesk::Test
