// Every grant of RFC 6749 and the device grant (RFC 8628), each against a real server, through the
// command line: oidc-provider (code, refresh, client credentials, device) and Authlib (implicit,
// password, client credentials, code), with gnome-keyring as the keychain.

#include "accounts/account.h"
#include "cli.h"
#include "testenvironment.h"
#include "testserver.h"
#include "tokens/tokenset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace OAuthDesk;
using namespace OAuthDesk::Test;

namespace {

const QString ServiceSecret = QStringLiteral("fake-test-secret-not-real");

} // namespace

class tst_Grants : public QObject
{
    Q_OBJECT
private:
    TestServer m_oidc;
    TestServer m_authlib;
    QNetworkAccessManager m_network;

    /// GET /api/me of a server with a token, straight (not through OAuthDesk).
    QJsonObject me(const TestServer &server, const QByteArray &token, int *status = nullptr)
    {
        QNetworkRequest request(server.url(QStringLiteral("/api/me")));
        request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = m_network.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {};
        reply->deleteLater();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    void add(const QStringList &arguments, const QByteArray &stdinData = {})
    {
        const CliRun run = runOAuthDesk(
                QStringList{ QStringLiteral("account"), QStringLiteral("add") } + arguments,
                stdinData);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void expectNothingStored(const QString &name)
    {
        QVERIFY_NOTHING_STORED(accountIdByName(name));
        QCOMPARE(runOAuthDesk({ QStringLiteral("token"), name }).exitCode, 3);
    }

private Q_SLOTS:
    void cleanup() { printBrowserLogIfFailed(); }

    void initTestCase()
    {
        if (!keychainAvailable())
            QSKIP("needs scripts/with-keyring's private keyring: run through scripts/test");
        resetTestHome();
        TestServer::Options oidc;
        oidc.accessTtlSeconds = 6;
        QString error = m_oidc.start(oidc);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        TestServer::Options authlib;
        authlib.kind = TestServer::Kind::Authlib;
        error = m_authlib.start(authlib);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // ---- Resource owner password credentials (RFC 6749 §4.3), legacy, against Authlib ----

    void passwordGrant()
    {
        add({ QStringLiteral("Password"), QStringLiteral("--issuer"), m_authlib.issuer().toString(),
              QStringLiteral("--client-id"), QStringLiteral("oauthdesk-password"),
              QStringLiteral("--grant"), QStringLiteral("password"), QStringLiteral("--username"),
              QStringLiteral("demo"), QStringLiteral("--scope"),
              QStringLiteral("api:read api:write") });
        const QByteArray password = "demo-password-not-secret";
        const CliRun login = runOAuthDesk({ QStringLiteral("login"), QStringLiteral("Password"),
                                            QStringLiteral("--password-stdin") },
                                          password + '\n');
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QVERIFY(login.err.contains("legacy"));
        QVERIFY(login.err.contains("RFC 9700"));
        const TokenSet tokens = storedTokens(accountIdByName(QStringLiteral("Password")));
        QVERIFY(tokens.hasAccessToken());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QCOMPARE(me(m_authlib, tokens.accessToken.toUtf8()).value(QLatin1String("sub")).toString(),
                 QStringLiteral("demo"));
        // The password is used once and kept nowhere: not in the keychain entry, not in any file.
        QVERIFY(!secretToolLookup(accountIdByName(QStringLiteral("Password"))).contains(password));
        QCOMPARE(filesContaining(password), QStringList());
        QVERIFY(!login.err.contains(password));
    }

    void narrowerScopeTokenLeavesTheAccountsOwn()
    {
        const TokenSet before = storedTokens(accountIdByName(QStringLiteral("Password")));
        const CliRun narrow =
                runOAuthDesk({ QStringLiteral("token"), QStringLiteral("Password"),
                               QStringLiteral("--scope"), QStringLiteral("api:read") });
        QVERIFY2(narrow.exitCode == 0, narrow.err.constData());
        const QByteArray additional = narrow.out.trimmed();
        QVERIFY(additional != before.accessToken.toUtf8());
        QCOMPARE(me(m_authlib, additional).value(QLatin1String("scope")).toString(),
                 QStringLiteral("api:read"));
        const TokenSet after = storedTokens(accountIdByName(QStringLiteral("Password")));
        QCOMPARE(after.accessToken, before.accessToken); // the account's own token stays
        QCOMPARE(after.scope, before.scope);
        QVERIFY(after.refreshToken
                != before.refreshToken); // Authlib rotated it, and the new one was kept
        // …and it works: a wider scope than granted is refused by the server (invalid_scope).
        const CliRun wider = runOAuthDesk({ QStringLiteral("token"), QStringLiteral("Password"),
                                            QStringLiteral("--scope"),
                                            QStringLiteral("api:read api:write profile") });
        QCOMPARE(wider.exitCode, 4);
        QVERIFY2(wider.err.contains("invalid_scope"), wider.err.constData());
        QCOMPARE(runOAuthDesk({ QStringLiteral("token"), QStringLiteral("Password") }).exitCode, 0);
    }

    void failedSignInAgainKeepsTheEarlierSession()
    {
        const TokenSet before = storedTokens(accountIdByName(QStringLiteral("Password")));
        QVERIFY(before.hasAccessToken());
        const CliRun login = runOAuthDesk({ QStringLiteral("login"), QStringLiteral("Password"),
                                            QStringLiteral("--password-stdin") },
                                          "not-the-password\n");
        QCOMPARE(login.exitCode, 4);
        const TokenSet after = storedTokens(accountIdByName(QStringLiteral("Password")));
        QCOMPARE(after.accessToken, before.accessToken);
        QCOMPARE(after.refreshToken, before.refreshToken);
        QCOMPARE(runOAuthDesk({ QStringLiteral("token"), QStringLiteral("Password") }).exitCode, 0);
    }

    void wrongPasswordStoresNothing()
    {
        add({ QStringLiteral("Bad password"), QStringLiteral("--issuer"),
              m_authlib.issuer().toString(), QStringLiteral("--client-id"),
              QStringLiteral("oauthdesk-password"), QStringLiteral("--grant"),
              QStringLiteral("password"), QStringLiteral("--username"), QStringLiteral("demo"),
              QStringLiteral("--scope"), QStringLiteral("api:read") });
        const CliRun login = runOAuthDesk({ QStringLiteral("login"), QStringLiteral("Bad password"),
                                            QStringLiteral("--password-stdin") },
                                          "not-the-password\n");
        QCOMPARE(login.exitCode, 4);
        QVERIFY2(login.err.contains("invalid_grant"), login.err.constData());
        QVERIFY(!login.err.contains("not-the-password"));
        expectNothingStored(QStringLiteral("Bad password"));
    }

    // ---- Client credentials (RFC 6749 §4.4), against both servers ----

    void clientCredentials_data()
    {
        QTest::addColumn<bool>("authlib");
        QTest::addColumn<QString>("method");
        QTest::newRow("oidc-provider, client_secret_basic")
                << false << QStringLiteral("client_secret_basic");
        QTest::newRow("oidc-provider, client_secret_post")
                << false << QStringLiteral("client_secret_post");
        QTest::newRow("Authlib, client_secret_basic")
                << true << QStringLiteral("client_secret_basic");
        QTest::newRow("Authlib, client_secret_post")
                << true << QStringLiteral("client_secret_post");
    }
    void clientCredentials()
    {
        QFETCH(bool, authlib);
        QFETCH(QString, method);
        const TestServer &server = authlib ? m_authlib : m_oidc;
        const QString name = QStringLiteral("Service ") + QLatin1String(QTest::currentDataTag());
        add({ name, QStringLiteral("--issuer"), server.issuer().toString(),
              QStringLiteral("--client-id"), QStringLiteral("oauthdesk-service"),
              QStringLiteral("--grant"), QStringLiteral("client_credentials"),
              QStringLiteral("--client-auth"), method, QStringLiteral("--client-secret-stdin"),
              QStringLiteral("--scope"), QStringLiteral("api:read") },
            ServiceSecret.toUtf8() + '\n');
        // The secret is in the keychain, under its own entry, and in no file.
        QCOMPARE(secretToolLookup(accountIdByName(name) + QLatin1String("/client_secret")),
                 ServiceSecret.toUtf8());
        QCOMPARE(filesContaining(ServiceSecret.toUtf8()), QStringList());

        const CliRun login = runOAuthDesk({ QStringLiteral("login"), name });
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const TokenSet tokens = storedTokens(accountIdByName(name));
        QVERIFY(tokens.hasAccessToken());
        QVERIFY(tokens.refreshToken.isEmpty());
        QCOMPARE(me(server, tokens.accessToken.toUtf8()).value(QLatin1String("sub")).toString(),
                 QStringLiteral("oauthdesk-service"));
        QVERIFY(!login.err.contains(ServiceSecret.toUtf8()));
    }

    void clientCredentialsTokenIsFetchedAgainWhenExpired()
    {
        const QString name = QStringLiteral("Service oidc-provider, client_secret_basic");
        const TokenSet before = storedTokens(accountIdByName(name));
        int status = 0;
        QTRY_VERIFY_WITH_TIMEOUT((me(m_oidc, before.accessToken.toUtf8(), &status), status == 401),
                                 15000);
        const CliRun token = runOAuthDesk({ QStringLiteral("token"), name });
        QVERIFY2(token.exitCode == 0, token.err.constData());
        QVERIFY(token.out.trimmed() != before.accessToken.toUtf8());
        QCOMPARE(me(m_oidc, token.out.trimmed(), &status).value(QLatin1String("sub")).toString(),
                 QStringLiteral("oauthdesk-service"));
    }

    void wrongClientSecretStoresNothing()
    {
        add({ QStringLiteral("Wrong secret"), QStringLiteral("--issuer"),
              m_oidc.issuer().toString(), QStringLiteral("--client-id"),
              QStringLiteral("oauthdesk-service"), QStringLiteral("--grant"),
              QStringLiteral("client_credentials"), QStringLiteral("--client-secret-stdin"),
              QStringLiteral("--scope"), QStringLiteral("api:read") },
            "fake-wrong-secret\n");
        const CliRun login =
                runOAuthDesk({ QStringLiteral("login"), QStringLiteral("Wrong secret") });
        QCOMPARE(login.exitCode, 4);
        QVERIFY2(login.err.contains("invalid_client"), login.err.constData());
        QVERIFY(!login.err.contains("fake-wrong-secret"));
        expectNothingStored(QStringLiteral("Wrong secret"));
    }

    // ---- RFC 6749 §5.2 errors answered by a real server ----

    void tokenErrorTable_data()
    {
        QTest::addColumn<bool>("authlib");
        QTest::addColumn<QStringList>("accountArguments");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<QByteArray>("error");
        const QStringList password = { QStringLiteral("--grant"), QStringLiteral("password"),
                                       QStringLiteral("--username"), QStringLiteral("demo") };
        QTest::newRow("unauthorized_client: password grant for a client not allowed it")
                << true
                << (QStringList{ QStringLiteral("--client-id"), QStringLiteral("oauthdesk-test"),
                                 QStringLiteral("--scope"), QStringLiteral("api:read") }
                    + password)
                << QByteArray("demo-password-not-secret\n") << QByteArray("unauthorized_client");
        QTest::newRow("invalid_scope: a scope the server does not know")
                << true
                << (QStringList{ QStringLiteral("--client-id"),
                                 QStringLiteral("oauthdesk-password"), QStringLiteral("--scope"),
                                 QStringLiteral("nope") }
                    + password)
                << QByteArray("demo-password-not-secret\n") << QByteArray("invalid_scope");
        QTest::newRow("unsupported_grant_type: oidc-provider has no password grant")
                << false
                << (QStringList{ QStringLiteral("--client-id"), QStringLiteral("oauthdesk-test"),
                                 QStringLiteral("--scope"), QStringLiteral("openid") }
                    + password)
                << QByteArray("demo-password-not-secret\n") << QByteArray("unsupported_grant_type");
        QTest::newRow("invalid_client: an unknown client")
                << true
                << (QStringList{ QStringLiteral("--client-id"), QStringLiteral("no-such-client"),
                                 QStringLiteral("--scope"), QStringLiteral("api:read") }
                    + password)
                << QByteArray("demo-password-not-secret\n") << QByteArray("invalid_client");
    }
    void tokenErrorTable()
    {
        QFETCH(bool, authlib);
        QFETCH(QStringList, accountArguments);
        QFETCH(QByteArray, stdinData);
        QFETCH(QByteArray, error);
        const QString name = QStringLiteral("Error ") + QString::fromLatin1(error);
        add(QStringList{ name, QStringLiteral("--issuer"),
                         (authlib ? m_authlib : m_oidc).issuer().toString() }
            + accountArguments);
        const CliRun login = runOAuthDesk(
                { QStringLiteral("login"), name, QStringLiteral("--password-stdin") }, stdinData);
        QCOMPARE(login.exitCode, 4);
        QVERIFY2(login.err.contains(error), login.err.constData());
        expectNothingStored(name);
    }
};

QTEST_GUILESS_MAIN(tst_Grants)
#include "tst_grants.moc"
