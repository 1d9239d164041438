// The grants a person completes in a browser, beyond the code flow against oidc-provider that
// tst_cli covers: authorization code + PKCE against a second, independent server (Authlib), the
// legacy implicit grant (Authlib; the token comes back in the URL fragment and the loopback page
// relays it), and the device grant (oidc-provider; the browser driver enters the code). Chromium
// (playwright-core) is the browser, gnome-keyring the keychain.

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
#include <QTest>

using namespace OAuthDesk;
using namespace OAuthDesk::Test;

class tst_BrowserGrants : public QObject
{
    Q_OBJECT
private:
    TestServer m_oidc;
    TestServer m_authlib;
    QNetworkAccessManager m_network;

    QJsonObject me(const TestServer &server, const QString &token)
    {
        QNetworkRequest request(server.url(QStringLiteral("/api/me")));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_network.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    void add(const QStringList &arguments)
    {
        const CliRun run = runOAuthDesk(
                QStringList{ QStringLiteral("account"), QStringLiteral("add") } + arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

private Q_SLOTS:
    void cleanup() { printBrowserLogIfFailed(); }

    void initTestCase()
    {
        if (!keychainAvailable())
            QSKIP("needs scripts/with-keyring's private keyring: run through scripts/test");
        resetTestHome();
        QString error = m_oidc.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        TestServer::Options authlib;
        authlib.kind = TestServer::Kind::Authlib;
        error = m_authlib.start(authlib);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void codeWithPkceAgainstAuthlib()
    {
        // Interop: the same flow as against oidc-provider, with a second implementation. Authlib
        // has no OpenID discovery: OAuthDesk falls back to RFC 8414 metadata.
        add({ QStringLiteral("Authlib code"), QStringLiteral("--issuer"),
              m_authlib.issuer().toString(), QStringLiteral("--client-id"),
              QStringLiteral("oauthdesk-test"), QStringLiteral("--scope"),
              QStringLiteral("api:read") });
        const CliRun login =
                runOAuthDesk({ QStringLiteral("login"), QStringLiteral("Authlib code") });
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const TokenSet tokens = storedTokens(accountIdByName(QStringLiteral("Authlib code")));
        QVERIFY(tokens.hasAccessToken());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QCOMPARE(me(m_authlib, tokens.accessToken).value(QLatin1String("sub")).toString(),
                 QStringLiteral("demo"));
        const CliRun get = runOAuthDesk({ QStringLiteral("get"), QStringLiteral("Authlib code"),
                                          m_authlib.url(QStringLiteral("/api/me")).toString() });
        QVERIFY2(get.exitCode == 0, get.err.constData());
    }

    void implicitAgainstAuthlib()
    {
        add({ QStringLiteral("Implicit"), QStringLiteral("--issuer"), m_authlib.issuer().toString(),
              QStringLiteral("--client-id"), QStringLiteral("oauthdesk-implicit"),
              QStringLiteral("--grant"), QStringLiteral("implicit"), QStringLiteral("--scope"),
              QStringLiteral("api:read") });
        const CliRun login = runOAuthDesk({ QStringLiteral("login"), QStringLiteral("Implicit") });
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QVERIFY(login.err.contains("RFC 9700"));
        const TokenSet tokens = storedTokens(accountIdByName(QStringLiteral("Implicit")));
        QVERIFY(tokens.hasAccessToken());
        QVERIFY(tokens.refreshToken.isEmpty());
        QVERIFY(tokens.expiresAt.isValid());
        QCOMPARE(me(m_authlib, tokens.accessToken).value(QLatin1String("sub")).toString(),
                 QStringLiteral("demo"));
        QCOMPARE(filesContaining(tokens.accessToken.toUtf8()), QStringList());
    }

    void implicitDeniedStoresNothing()
    {
        add({ QStringLiteral("Implicit denied"), QStringLiteral("--issuer"),
              m_authlib.issuer().toString(), QStringLiteral("--client-id"),
              QStringLiteral("oauthdesk-implicit"), QStringLiteral("--grant"),
              QStringLiteral("implicit"), QStringLiteral("--scope"), QStringLiteral("api:read") });
        const CliRun login = runOAuthDesk(
                { QStringLiteral("login"), QStringLiteral("Implicit denied") }, {},
                { { QStringLiteral("OAUTHDESK_BROWSER_ACTION"), QStringLiteral("deny") } });
        QCOMPARE(login.exitCode, 4);
        QVERIFY2(login.err.contains("access_denied"), login.err.constData());
        QVERIFY_NOTHING_STORED(accountIdByName(QStringLiteral("Implicit denied")));
    }

    void deviceAgainstOidcProvider()
    {
        add({ QStringLiteral("Device"), QStringLiteral("--issuer"), m_oidc.issuer().toString(),
              QStringLiteral("--client-id"), QStringLiteral("oauthdesk-device"),
              QStringLiteral("--grant"), QStringLiteral("device"), QStringLiteral("--scope"),
              QStringLiteral("openid api:read") });
        const CliRun login = runOAuthDesk(
                { QStringLiteral("login"), QStringLiteral("Device"), QStringLiteral("--open") });
        QVERIFY2(login.exitCode == 0, login.err.constData());
        // The code and the address went to stderr for the person; stdout stays clean.
        QVERIFY(login.err.contains("enter the code"));
        QVERIFY(login.err.contains(m_oidc.url(QStringLiteral("/device")).toString().toUtf8()));
        QVERIFY(login.out.isEmpty());
        const TokenSet tokens = storedTokens(accountIdByName(QStringLiteral("Device")));
        QVERIFY(tokens.hasAccessToken());
        QCOMPARE(me(m_oidc, tokens.accessToken).value(QLatin1String("sub")).toString(),
                 QStringLiteral("demo"));
    }

    void deviceDeniedStoresNothing()
    {
        add({ QStringLiteral("Device denied"), QStringLiteral("--issuer"),
              m_oidc.issuer().toString(), QStringLiteral("--client-id"),
              QStringLiteral("oauthdesk-device"), QStringLiteral("--grant"),
              QStringLiteral("device"), QStringLiteral("--scope"),
              QStringLiteral("openid api:read") });
        const CliRun login = runOAuthDesk(
                { QStringLiteral("login"), QStringLiteral("Device denied"),
                  QStringLiteral("--open") },
                {}, { { QStringLiteral("OAUTHDESK_BROWSER_ACTION"), QStringLiteral("deny") } });
        QCOMPARE(login.exitCode, 4);
        QVERIFY2(login.err.contains("access_denied"), login.err.constData());
        QVERIFY_NOTHING_STORED(accountIdByName(QStringLiteral("Device denied")));
    }
};

QTEST_GUILESS_MAIN(tst_BrowserGrants)
#include "tst_browsergrants.moc"
