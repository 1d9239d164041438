// Calling protected resources with `oauthdesk request` against real parts: oidc-provider's test
// resource on 127.0.0.1, Chromium as $BROWSER for the sign-in, gnome-keyring as the keychain, and a
// scripted canary listener on another port for the cross-origin redirect.

#include "accounts/accountstore.h"
#include "cli.h"
#include "http/httpclient.h"
#include "keychain/secretstore.h"
#include "resource/resourceclient.h"
#include "scriptedserver.h"
#include "session/tokenmanager.h"
#include "testenvironment.h"
#include "testserver.h"
#include "tokens/tokenset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryFile>
#include <QTest>

using namespace OAuthDesk;
using namespace OAuthDesk::Test;

class tst_Resources : public QObject
{
    Q_OBJECT
private:
    TestServer m_server;
    QNetworkAccessManager m_network;

    /// The test server's URL for a path that may carry a query.
    QString url(const QString &pathAndQuery) const
    {
        return m_server.url(QStringLiteral("/")).resolved(QUrl(pathAndQuery)).toString();
    }

    /// `oauthdesk request Api URL ARGS…`
    CliRun request(const QString &path, const QStringList &arguments = {},
                   const QByteArray &stdinData = {})
    {
        return runOAuthDesk(
                QStringList{ QStringLiteral("request"), QStringLiteral("Api"), url(path) }
                        + arguments,
                stdinData);
    }

    static QJsonObject json(const CliRun &run) { return QJsonDocument::fromJson(run.out).object(); }

    void addAndSignIn(const QString &name, const QString &scope)
    {
        const CliRun add =
                runOAuthDesk({ QStringLiteral("account"), QStringLiteral("add"), name,
                               QStringLiteral("--issuer"), m_server.issuer().toString(),
                               QStringLiteral("--client-id"), QStringLiteral("oauthdesk-test"),
                               QStringLiteral("--scope"), scope });
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const CliRun login = runOAuthDesk({ QStringLiteral("login"), name });
        QVERIFY2(login.exitCode == 0, login.err.constData());
    }

private Q_SLOTS:
    void cleanup() { printBrowserLogIfFailed(); }

    void initTestCase()
    {
        if (!keychainAvailable())
            QSKIP("needs scripts/with-keyring's private keyring: run through scripts/test");
        resetTestHome();
        QCoreApplication::setApplicationName(QStringLiteral("oauthdesk"));
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        addAndSignIn(QStringLiteral("Api"), QStringLiteral("openid offline_access api:read"));
    }

    void eachMethod_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expectedBody");

        QTest::newRow("GET") << QStringLiteral("GET") << QStringList{} << QString();
        QTest::newRow("POST form (-d implies POST)")
                << QStringLiteral("POST")
                << QStringList{ QStringLiteral("-d"), QStringLiteral("a=1&b=two+words") }
                << QStringLiteral("a=1&b=two+words");
        QTest::newRow("PUT JSON") << QStringLiteral("PUT")
                                  << QStringList{ QStringLiteral("-X"),
                                                  QStringLiteral("PUT"),
                                                  QStringLiteral("-H"),
                                                  QStringLiteral("Content-Type: application/json"),
                                                  QStringLiteral("-d"),
                                                  QStringLiteral("{\"n\":[1,2]}") }
                                  << QStringLiteral("{\"n\":[1,2]}");
        QTest::newRow("PATCH") << QStringLiteral("PATCH")
                               << QStringList{ QStringLiteral("--request"), QStringLiteral("patch"),
                                               QStringLiteral("--data"), QStringLiteral("x=y") }
                               << QStringLiteral("x=y");
        QTest::newRow("DELETE") << QStringLiteral("DELETE")
                                << QStringList{ QStringLiteral("-X"), QStringLiteral("DELETE") }
                                << QString();
    }

    void eachMethod()
    {
        QFETCH(QString, method);
        QFETCH(QStringList, arguments);
        QFETCH(QString, expectedBody);
        const CliRun run = request(
                QStringLiteral("/api/echo?q=1"),
                arguments + QStringList{ QStringLiteral("-H"), QStringLiteral("X-Probe: yes") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject echo = json(run);
        QCOMPARE(echo.value(QLatin1String("method")).toString(), method);
        QCOMPARE(echo.value(QLatin1String("sub")).toString(), QStringLiteral("demo"));
        QCOMPARE(echo.value(QLatin1String("query")).toObject().value(QLatin1String("q")).toString(),
                 QStringLiteral("1"));
        QCOMPARE(echo.value(QLatin1String("headers"))
                         .toObject()
                         .value(QLatin1String("x-probe"))
                         .toString(),
                 QStringLiteral("yes"));
        QCOMPARE(echo.value(QLatin1String("body")).toString(), expectedBody);
        if (method == QLatin1String("PUT"))
            QCOMPARE(echo.value(QLatin1String("json"))
                             .toObject()
                             .value(QLatin1String("n"))
                             .toArray()
                             .at(1)
                             .toInt(),
                     2);
        if (method == QLatin1String("POST"))
            QCOMPARE(echo.value(QLatin1String("form"))
                             .toObject()
                             .value(QLatin1String("b"))
                             .toString(),
                     QStringLiteral("two words"));
    }

    void headWithInclude()
    {
        const CliRun run = request(
                QStringLiteral("/api/echo"),
                { QStringLiteral("-X"), QStringLiteral("HEAD"), QStringLiteral("--include") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.startsWith("HTTP/1.1 200 OK\r\n"), run.out.constData());
        QVERIFY(run.out.toLower().contains("content-type: application/json"));
        QVERIFY(run.out.endsWith("\r\n\r\n")); // no body
    }

    void bodyFromFileAndStdin()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("{\"from\":\"file\"}");
        file.close();
        CliRun run = request(QStringLiteral("/api/echo"),
                             { QStringLiteral("--data-file"), file.fileName(), QStringLiteral("-H"),
                               QStringLiteral("Content-Type: application/json") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(json(run)
                         .value(QLatin1String("json"))
                         .toObject()
                         .value(QLatin1String("from"))
                         .toString(),
                 QStringLiteral("file"));
        run = request(QStringLiteral("/api/echo"),
                      { QStringLiteral("--data-file"), QStringLiteral("-"), QStringLiteral("-X"),
                        QStringLiteral("PUT") },
                      "from=stdin");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(json(run)
                         .value(QLatin1String("form"))
                         .toObject()
                         .value(QLatin1String("from"))
                         .toString(),
                 QStringLiteral("stdin"));
    }

    void badRequestsAreRefusedBeforeSending()
    {
        // A method the editor does not offer, a body on GET, a header of our own Authorization,
        // a malformed header: usage errors, and nothing reached the server (nothing to check there
        // but the exit code and the words).
        CliRun run = request(QStringLiteral("/api/echo"),
                             { QStringLiteral("-X"), QStringLiteral("TRACE") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("TRACE"));
        run = request(QStringLiteral("/api/echo"),
                      { QStringLiteral("-X"), QStringLiteral("GET"), QStringLiteral("-d"),
                        QStringLiteral("x=1") });
        QCOMPARE(run.exitCode, 2);
        run = request(
                QStringLiteral("/api/echo"),
                { QStringLiteral("-H"), QStringLiteral("Authorization: Basic Zm9vOmJhcg==") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("Authorization"));
        run = request(QStringLiteral("/api/echo"),
                      { QStringLiteral("-H"), QStringLiteral("no colon here") });
        QCOMPARE(run.exitCode, 2);
    }

    void plainHttpOnTheNetworkIsRefused()
    {
        // The token goes only to https or to this computer. 192.0.2.1 (TEST-NET-1) is never
        // contacted: the refusal comes before any connection (a connection attempt would time out).
        const CliRun run = runOAuthDesk({ QStringLiteral("request"), QStringLiteral("Api"),
                                          QStringLiteral("http://192.0.2.1/api/me") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("https"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void sameOriginRedirectsKeepTheTokenAndFollowTheMethodRules_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expectedMethod");
        QTest::addColumn<QString>("expectedBody");
        QTest::newRow("307 keeps POST and body")
                << 307 << QStringLiteral("POST") << QStringLiteral("k=v");
        QTest::newRow("308 keeps POST and body")
                << 308 << QStringLiteral("POST") << QStringLiteral("k=v");
        QTest::newRow("303 turns POST into GET") << 303 << QStringLiteral("GET") << QString();
        QTest::newRow("302 turns POST into GET") << 302 << QStringLiteral("GET") << QString();
    }

    void sameOriginRedirectsKeepTheTokenAndFollowTheMethodRules()
    {
        QFETCH(int, status);
        QFETCH(QString, expectedMethod);
        QFETCH(QString, expectedBody);
        const CliRun run =
                request(QStringLiteral("/api/redirect-same?to=/api/echo&status=%1").arg(status),
                        { QStringLiteral("-d"), QStringLiteral("k=v") });
        QVERIFY2(run.exitCode == 0,
                 run.err.constData()); // /api/echo answered: the token went along
        const QJsonObject echo = json(run);
        QCOMPARE(echo.value(QLatin1String("path")).toString(), QStringLiteral("/api/echo"));
        QCOMPARE(echo.value(QLatin1String("method")).toString(), expectedMethod);
        QCOMPARE(echo.value(QLatin1String("body")).toString(), expectedBody);
        QVERIFY(!run.err.contains("another origin"));
    }

    void crossOriginRedirectCarriesNoToken()
    {
        ScriptedServer canary([](const ScriptedServer::Request &) {
            return ScriptedServer::json(200, "{\"canary\":true}");
        });
        QVERIFY(canary.start());
        const QString target = canary.url(QStringLiteral("/elsewhere?x=1"));
        const CliRun run = request(
                QStringLiteral("/api/redirect-elsewhere?to=")
                        + QString::fromLatin1(QUrl::toPercentEncoding(target)),
                { QStringLiteral("-H"), QStringLiteral("Cookie: session=fake-cookie-not-real") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(json(run).value(QLatin1String("canary")).toBool(), true);
        QVERIFY(run.err.contains("another origin"));
        // The canary was reached, and neither the token nor the user's cookie came with it.
        QCOMPARE(canary.requests().size(), 1);
        const QByteArray headers = canary.requests().first().headers.toLower();
        QVERIFY2(!headers.contains("authorization"), headers.constData());
        QVERIFY(!headers.contains("cookie"));
        const TokenSet tokens = storedTokens(accountIdByName(QStringLiteral("Api")));
        QVERIFY(!canary.requests().first().headers.contains(tokens.accessToken.toUtf8()));
    }

    void invalidTokenRefreshesOnceAndRetries()
    {
        const QString id = accountIdByName(QStringLiteral("Api"));
        const TokenSet before = storedTokens(id);
        QVERIFY(m_server.revokeAccessToken(before.accessToken));
        const CliRun run = request(QStringLiteral("/api/echo"),
                                   { QStringLiteral("-X"), QStringLiteral("POST"),
                                     QStringLiteral("-d"), QStringLiteral("again=1") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(json(run).value(QLatin1String("body")).toString(), QStringLiteral("again=1"));
        const TokenSet after = storedTokens(id);
        QVERIFY(after.accessToken != before.accessToken);
        QVERIFY(!after.refreshToken.isEmpty());
    }

    void insufficientScopeSaysWhichScopeToSignInFor()
    {
        addAndSignIn(QStringLiteral("Narrow"), QStringLiteral("openid offline_access"));
        const QString target = url(QStringLiteral("/api/me"));
        CliRun run = runOAuthDesk({ QStringLiteral("request"), QStringLiteral("Narrow"), target });
        QCOMPARE(run.exitCode, 7);
        QVERIFY2(run.err.contains("insufficient_scope"), run.err.constData());
        QVERIFY2(run.err.contains("login 'Narrow' --scope 'openid offline_access api:read'"),
                 run.err.constData());
        const QString before = storedTokens(accountIdByName(QStringLiteral("Narrow"))).accessToken;

        // Doing what it says: a sign-in asking for the wider scope, which the account then keeps.
        run = runOAuthDesk({ QStringLiteral("login"), QStringLiteral("Narrow"),
                             QStringLiteral("--scope"),
                             QStringLiteral("openid offline_access api:read") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runOAuthDesk({ QStringLiteral("request"), QStringLiteral("Narrow"), target });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(json(run)
                        .value(QLatin1String("scope"))
                        .toString()
                        .contains(QLatin1String("api:read")));
        QVERIFY(storedTokens(accountIdByName(QStringLiteral("Narrow"))).accessToken != before);
        const CliRun list = runOAuthDesk(
                { QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY(list.out.contains("openid offline_access api:read"));
    }

    void failedWiderSignInKeepsTheScope()
    {
        // Denied in the browser: nothing changes, the account's scope included.
        const CliRun run = runOAuthDesk(
                { QStringLiteral("login"), QStringLiteral("Api"), QStringLiteral("--scope"),
                  QStringLiteral("openid offline_access api:read profile") },
                {}, { { QStringLiteral("OAUTHDESK_BROWSER_ACTION"), QStringLiteral("deny") } });
        QCOMPARE(run.exitCode, 4);
        const CliRun list = runOAuthDesk(
                { QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY(!list.out.contains("api:read profile"));
        QCOMPARE(runOAuthDesk({ QStringLiteral("request"), QStringLiteral("Api"),
                                url(QStringLiteral("/api/me")) })
                         .exitCode,
                 0);
    }

    void largeAnswersArriveWithProgressAndCanBeCancelled()
    {
        // In process, over the same accounts and keychain as the command line.
        HttpClient http(&m_network);
        AccountStore accounts;
        QVERIFY(!accounts.load());
        SecretStore secrets;
        TokenManager tokens(&accounts, &secrets, &http);
        ResourceClient resources(&tokens, &http);
        const QString id = accounts.findByName(QStringLiteral("Api"))->id;

        // 30 MB: far over the 1 MiB an OAuth answer may have, whole, with progress on the way.
        qint64 lastReceived = -1;
        qint64 lastTotal = 0;
        connect(&resources, &ResourceClient::progress, this,
                [&](int, qint64 received, qint64 total) {
                    lastReceived = received;
                    lastTotal = total;
                });
        std::optional<Result<ResourceClient::Response>> result;
        resources.get(id,
                      m_server.url(QStringLiteral("/"))
                              .resolved(QUrl(QStringLiteral("/api/large?mb=30"))),
                      this, [&](const Result<ResourceClient::Response> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
        QVERIFY2(result->ok(), qPrintable(result->error().message()));
        const QByteArray body = result->value().http.body;
        QVERIFY(body.size() > 30 * 1000 * 1000);
        QCOMPARE(result->value().http.header("Content-Length").toLongLong(), qint64(body.size()));
        QVERIFY(body.endsWith("]}"));
        QCOMPARE(lastReceived, qint64(body.size()));
        QCOMPARE(lastTotal, qint64(body.size()));

        // Cancelled at the first progress report: the callback says so, once, and nothing else
        // comes.
        result.reset();
        int calls = 0;
        int callId = 0;
        QMetaObject::Connection cancelling = connect(&resources, &ResourceClient::progress, this,
                                                     [&](int call, qint64 received, qint64) {
                                                         if (call == callId && received > 0)
                                                             resources.cancel(call);
                                                     });
        callId = resources.get(id,
                               m_server.url(QStringLiteral("/"))
                                       .resolved(QUrl(QStringLiteral("/api/large?mb=60"))),
                               this, [&](const Result<ResourceClient::Response> &r) {
                                   ++calls;
                                   result = r;
                               });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
        disconnect(cancelling);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), Error::Kind::Cancelled);
        QVERIFY(!resources.isRunning(callId));
        // A later call, to its end: whatever the cancelled one still had coming came before it.
        std::optional<Result<ResourceClient::Response>> later;
        resources.get(id, m_server.url(QStringLiteral("/api/me")), this,
                      [&](const Result<ResourceClient::Response> &r) { later = r; });
        QTRY_VERIFY_WITH_TIMEOUT(later.has_value(), 30000);
        QVERIFY2(later->ok(), qPrintable(later->error().message()));
        QCOMPARE(calls, 1);
    }

    void nonSuccessStatusExitsSevenWithTheBody()
    {
        const CliRun run = request(QStringLiteral("/api/me"),
                                   { QStringLiteral("-X"), QStringLiteral("DELETE") });
        QCOMPARE(run.exitCode, 7);
        QCOMPARE(json(run).value(QLatin1String("error")).toString(),
                 QStringLiteral("method_not_allowed"));
        QVERIFY(run.err.contains("HTTP 405"));
    }
};

QTEST_GUILESS_MAIN(tst_Resources)
#include "tst_resources.moc"
