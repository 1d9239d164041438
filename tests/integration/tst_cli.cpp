// The command line against real parts: oidc-provider on 127.0.0.1, Chromium (driven by
// playwright-core) as $BROWSER, gnome-keyring as the keychain (scripts/test provides it).

#include "accounts/accountstore.h"
#include "cli.h"
#include "forwardingproxy.h"
#include "http/httpclient.h"
#include "jwt/jwt.h"
#include "keychain/secretstore.h"
#include "session/tokenmanager.h"
#include "testenvironment.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace OAuthDesk;
using namespace OAuthDesk::Test;

namespace {

/// What oauthdesk itself wrote on stderr: without the lines of logging categories
/// ("oauthdesk.http: ...", "qt.network...: ..."), which QT_LOGGING_RULES may turn on
/// (scripts/canary-sweep turns every one on).
QByteArray ownLines(const QByteArray &err)
{
    static const QRegularExpression category(
            QStringLiteral("^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+: "));
    // qt.core.library's trace of a library unloaded at exit (QT_LOGGING_RULES="*=true" in the
    // canary sweep) comes after the message pattern is gone, without its category.
    static const QRegularExpression unloaded(QStringLiteral("^\"[^\"]+\" unloaded library"));
    QByteArray own;
    for (const QByteArray &line : err.split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (!line.isEmpty() && !category.match(text).hasMatch() && !unloaded.match(text).hasMatch())
            own += line + '\n';
    }
    return own;
}

/// The JSON body of a raw HTTP answer.
QJsonObject answerBody(const QByteArray &answer)
{
    const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
    return headerEnd < 0 ? QJsonObject()
                         : QJsonDocument::fromJson(answer.mid(headerEnd + 4)).object();
}

/// A raw HTTP answer with this JSON body instead, its Content-Length to match.
QByteArray withBody(const QByteArray &answer, const QJsonObject &body)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray head = answer.left(answer.indexOf("\r\n\r\n"));
    static const QRegularExpression length(QStringLiteral("(?i)\r\ncontent-length:[^\r]*"));
    head = QString::fromLatin1(head)
                   .replace(length, QStringLiteral("\r\nContent-Length: %1").arg(json.size()))
                   .toLatin1();
    return head + "\r\n\r\n" + json;
}

/// The `sub` of an ID token (empty when it cannot be decoded).
QString subjectOf(const QString &idToken)
{
    const Result<Jwt> jwt = Jwt::decode(idToken.toUtf8());
    return jwt.ok() ? jwt.value().subject() : QString();
}

/// The subject (`sub`) the accounts file keeps for this account.
QString accountSubject(const QString &id)
{
    AccountStore accounts;
    if (accounts.load())
        return {};
    const auto account = accounts.findById(id);
    return account ? account->subject : QString();
}

/// Points the account's token endpoint at `proxy` (in front of the real one).
bool sendTokenRequestsThrough(const ForwardingProxy &proxy, const QString &id)
{
    AccountStore accounts;
    if (accounts.load())
        return false;
    auto account = accounts.findById(id);
    if (!account)
        return false;
    account->server.tokenEndpoint = QUrl(proxy.url(account->server.tokenEndpoint.path()));
    return !accounts.update(*account);
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private:
    TestServer m_server;
    QNetworkAccessManager m_network;
    static constexpr int AccessTtl = 8;

    void addAccount(const QString &name, const QString &clientId)
    {
        const CliRun add =
                runOAuthDesk({ QStringLiteral("account"), QStringLiteral("add"), name,
                               QStringLiteral("--issuer"), m_server.issuer().toString(),
                               QStringLiteral("--client-id"), clientId, QStringLiteral("--scope"),
                               QStringLiteral("openid profile offline_access api:read") });
        QVERIFY2(add.exitCode == 0, add.err.constData());
    }

private Q_SLOTS:
    void cleanup() { printBrowserLogIfFailed(); }

    void initTestCase()
    {
        if (!keychainAvailable())
            QSKIP("needs scripts/with-keyring's private keyring: run through scripts/test");
        resetTestHome();
        // Same files (accounts, lock files) as the oauthdesk processes it starts.
        QCoreApplication::setApplicationName(QStringLiteral("oauthdesk"));
        TestServer::Options options;
        options.accessTtlSeconds = AccessTtl;
        const QString error = m_server.start(options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void helpAndUsage()
    {
        const CliRun help = runOAuthDesk({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("login NAME"));
        const CliRun tokenHelp =
                runOAuthDesk({ QStringLiteral("token"), QStringLiteral("--help") });
        QCOMPARE(tokenHelp.exitCode, 0);
        QVERIFY(tokenHelp.out.contains("refreshing"));
        const CliRun bad = runOAuthDesk({ QStringLiteral("token") });
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(ownLines(bad.err).count('\n'), 1); // one line on stderr
        const CliRun unknown = runOAuthDesk({ QStringLiteral("token"), QStringLiteral("Nobody") });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("no account named"));
    }

    void addLoginTokenGet()
    {
        addAccount(QStringLiteral("Demo"), QStringLiteral("oauthdesk-test"));
        const QString id = accountIdByName(QStringLiteral("Demo"));
        QVERIFY(!id.isEmpty());

        const CliRun login = runOAuthDesk({ QStringLiteral("login"), QStringLiteral("Demo") });
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QVERIFY(login.err.contains("Signed in"));
        QVERIFY(login.out.isEmpty());

        // The keychain holds the session, seen from outside with secret-tool.
        const TokenSet stored = storedTokens(id);
        QVERIFY(stored.hasAccessToken());
        QVERIFY(!stored.refreshToken.isEmpty());
        QVERIFY(!stored.idToken.isEmpty());
        QVERIFY(stored.scope.contains(QLatin1String("api:read")));
        // …and no file anywhere under the config, data or cache homes has a token in it.
        QCOMPARE(filesContaining(stored.accessToken.toUtf8()), QStringList());
        QCOMPARE(filesContaining(stored.refreshToken.toUtf8()), QStringList());
        QCOMPARE(filesContaining(stored.idToken.toUtf8().left(40)), QStringList());
        QVERIFY(!login.err.contains(stored.accessToken.toUtf8()));
        QVERIFY(!login.err.contains(stored.refreshToken.toUtf8()));

        const CliRun token = runOAuthDesk({ QStringLiteral("token"), QStringLiteral("Demo") });
        QCOMPARE(token.exitCode, 0);
        // The token the keychain holds: the one from the sign-in, or, when the machine was slow
        // enough for it to go stale (it lives AccessTtl seconds), the one `token` refreshed it to.
        // (QVERIFY2, not QCOMPARE: a failed comparison would print both tokens.)
        const TokenSet current = storedTokens(id);
        QVERIFY2(token.out.trimmed() == current.accessToken.toUtf8(),
                 "`oauthdesk token` printed something other than the stored access token");
        QVERIFY2(current.accessToken == stored.accessToken
                         || stored.isStale(QDateTime::currentDateTimeUtc()),
                 "the access token was replaced while it was still fresh");

        const CliRun get = runOAuthDesk({ QStringLiteral("get"), QStringLiteral("Demo"),
                                          m_server.url(QStringLiteral("/api/me")).toString() });
        QVERIFY2(get.exitCode == 0, get.err.constData());
        const QJsonObject me = QJsonDocument::fromJson(get.out).object();
        QCOMPARE(me.value(QLatin1String("sub")).toString(), QStringLiteral("demo"));
        QCOMPARE(me.value(QLatin1String("client_id")).toString(), QStringLiteral("oauthdesk-test"));

        const CliRun list = runOAuthDesk({ QStringLiteral("account"), QStringLiteral("list") });
        QVERIFY(list.out.contains("Demo\t"));
        QVERIFY(list.out.contains("signed in"));
    }

    void tokenRefreshesAfterExpiryAndRotates()
    {
        const QString id = accountIdByName(QStringLiteral("Demo"));
        const TokenSet before = storedTokens(id);
        QVERIFY(before.hasAccessToken());
        // Wait for the server to stop accepting the token (a condition, not a sleep).
        QTRY_VERIFY_WITH_TIMEOUT(m_server.resourceStatus(before.accessToken) == 401,
                                 (AccessTtl + 5) * 1000);

        const CliRun token = runOAuthDesk({ QStringLiteral("token"), QStringLiteral("Demo") });
        QVERIFY2(token.exitCode == 0, token.err.constData());
        const QByteArray fresh = token.out.trimmed();
        QVERIFY(!fresh.isEmpty());
        QVERIFY(fresh != before.accessToken.toUtf8());
        QCOMPARE(m_server.resourceStatus(QString::fromUtf8(fresh)), 200);

        const TokenSet after = storedTokens(id);
        QCOMPARE(after.accessToken.toUtf8(), fresh);
        QVERIFY(!after.refreshToken.isEmpty());
        QVERIFY2(after.refreshToken != before.refreshToken,
                 "the refresh token rotated and the new one was stored");
        QCOMPARE(filesContaining(after.refreshToken.toUtf8()), QStringList());
        // SECURITY.md row ID (OpenID Connect Core §12.2): oidc-provider's refresh answer carries a
        // new ID token, which was checked and kept: the same user as at sign-in.
        QVERIFY(!after.idToken.isEmpty());
        QVERIFY2(after.idToken != before.idToken, "the refresh brought a new ID token");
        QCOMPARE(subjectOf(before.idToken), QStringLiteral("demo"));
        QCOMPARE(subjectOf(after.idToken), QStringLiteral("demo"));
        QCOMPARE(accountSubject(id), QStringLiteral("demo"));
    }

    void getRefreshesOnInvalidTokenAndRetries()
    {
        // An account of the test server's steady client, whose access tokens live an hour: Demo's
        // live AccessTtl seconds and may well be stale by now on a busy machine, and then `get`
        // would refresh before it asks, never seeing the 401 this case is about.
        addAccount(QStringLiteral("Steady"), QStringLiteral("oauthdesk-steady"));
        const CliRun login = runOAuthDesk({ QStringLiteral("login"), QStringLiteral("Steady") });
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const QString id = accountIdByName(QStringLiteral("Steady"));
        const TokenSet before = storedTokens(id);
        QVERIFY(before.lifetimeSeconds() > 10 * 60);
        QCOMPARE(m_server.resourceStatus(before.accessToken), 200);
        // The server revokes the token while OAuthDesk still thinks it valid: the resource answers
        // 401 invalid_token, and `get` must refresh once and retry once.
        QVERIFY(m_server.revokeAccessToken(before.accessToken));
        QCOMPARE(m_server.resourceStatus(before.accessToken), 401);
        QVERIFY(!before.isStale(QDateTime::currentDateTimeUtc()));

        const CliRun get = runOAuthDesk({ QStringLiteral("get"), QStringLiteral("Steady"),
                                          m_server.url(QStringLiteral("/api/me")).toString() });
        QVERIFY2(get.exitCode == 0, get.err.constData());
        QCOMPARE(QJsonDocument::fromJson(get.out).object().value(QLatin1String("sub")).toString(),
                 QStringLiteral("demo"));
        const TokenSet after = storedTokens(id);
        QVERIFY(after.accessToken != before.accessToken);
        QVERIFY(after.refreshToken != before.refreshToken);
    }

    void windowAndCommandLineRefreshAtOnce()
    {
        // The window's core (in this process) and the command line (another process) both find the
        // token expired at the same moment. With rotating refresh tokens, two refreshes with the
        // same refresh token would revoke the whole grant (oidc-provider's reuse detection): the
        // lock must make one of them wait and use the other's result.
        const QString id = accountIdByName(QStringLiteral("Demo"));
        const TokenSet before = storedTokens(id);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.resourceStatus(before.accessToken) == 401,
                                 (AccessTtl + 5) * 1000);

        AccountStore accounts;
        QVERIFY(!accounts.load());
        SecretStore secrets;
        HttpClient http(&m_network);
        TokenManager window(&accounts, &secrets, &http);

        OAuthDeskProcess cli({ QStringLiteral("token"), QStringLiteral("Demo") });
        std::optional<Result<TokenSet>> mine;
        window.validToken(id, this, [&](const Result<TokenSet> &r) { mine = r; });
        QVERIFY(cli.process().waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(mine.has_value() && !cli.running(), 30000);
        QVERIFY(cli.waitForExit(0));
        QVERIFY2(mine->ok(), qPrintable(mine->error().message()));
        QVERIFY2(cli.exitCode() == 0, cli.err().constData());
        const QByteArray theirs = cli.out().trimmed();
        QCOMPARE(m_server.resourceStatus(mine->value().accessToken), 200);
        QCOMPARE(m_server.resourceStatus(QString::fromUtf8(theirs)), 200);

        // The session survived: the stored refresh token is the newest and still works.
        std::optional<Result<TokenSet>> again;
        window.refreshNow(id, this, [&](const Result<TokenSet> &r) { again = r; });
        QTRY_VERIFY_WITH_TIMEOUT(again.has_value(), 20000);
        QVERIFY2(again->ok(), qPrintable(again->error().message()));
        QCOMPARE(storedTokens(id).accessToken, again->value().accessToken);
    }

    void deniedConsentStoresNothing()
    {
        addAccount(QStringLiteral("Denied"), QStringLiteral("oauthdesk-test"));
        const QString id = accountIdByName(QStringLiteral("Denied"));
        const CliRun login = runOAuthDesk(
                { QStringLiteral("login"), QStringLiteral("Denied") }, {},
                { { QStringLiteral("OAUTHDESK_BROWSER_ACTION"), QStringLiteral("deny") } });
        QCOMPARE(login.exitCode, 4);
        QVERIFY2(login.err.contains("access_denied"), login.err.constData());
        QVERIFY2(ownLines(login.err).count('\n') - login.err.count("Opening the browser") == 1,
                 login.err.constData());
        QVERIFY_NOTHING_STORED(id);
        const CliRun token = runOAuthDesk({ QStringLiteral("token"), QStringLiteral("Denied") });
        QCOMPARE(token.exitCode, 3);
        // The other account's session is untouched.
        QCOMPARE(runOAuthDesk({ QStringLiteral("token"), QStringLiteral("Demo") }).exitCode, 0);
    }

    void wrongClientIdFailsBeforeTheBrowserAndStoresNothing()
    {
        addAccount(QStringLiteral("Wrong client"), QStringLiteral("no-such-client"));
        const QString id = accountIdByName(QStringLiteral("Wrong client"));
        const CliRun login =
                runOAuthDesk({ QStringLiteral("login"), QStringLiteral("Wrong client") }, {},
                             { { QStringLiteral("BROWSER"), QStringLiteral("false") } }, 30000);
        QCOMPARE(login.exitCode, 4);
        QVERIFY2(login.err.contains("invalid_client"), login.err.constData());
        QVERIFY(!login.err.contains("Opening the browser"));
        QVERIFY_NOTHING_STORED(id);
    }

    void withoutKeychainSignInIsNotKeptAndNothingIsWritten()
    {
        // SECURITY.md row ST against oidc-provider: the token request goes through a proxy that
        // notes what the real server handed out, so that the test knows the values to look for.
        addAccount(QStringLiteral("No keychain"), QStringLiteral("oauthdesk-test"));
        const QString id = accountIdByName(QStringLiteral("No keychain"));
        ForwardingProxy proxy(m_server.port());
        QVERIFY(proxy.start());
        QList<QByteArray> issued;
        proxy.passAnswer = [&](const QByteArray &request, const QByteArray &answer) {
            const QUrlQuery form(QString::fromUtf8(request.mid(request.indexOf("\r\n\r\n") + 4)));
            for (const char *name : { "code", "code_verifier" })
                issued.append(
                        form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).toUtf8());
            const QJsonObject body = answerBody(answer);
            for (const char *name : { "access_token", "refresh_token", "id_token" })
                issued.append(body.value(QLatin1String(name)).toString().toUtf8());
            return answer;
        };
        QVERIFY(sendTokenRequestsThrough(proxy, id));
        // No session bus at all, and no display for D-Bus to autolaunch one on.
        const CliRun login =
                runOAuthDesk({ QStringLiteral("login"), QStringLiteral("No keychain") }, {},
                             { { QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                 QStringLiteral("unix:path=/nonexistent/bus") },
                               { QStringLiteral("DISPLAY"), QString() } });
        QCOMPARE(login.exitCode, 6);
        QVERIFY2(login.err.contains("cannot be kept"), login.err.constData());
        QVERIFY_NOTHING_STORED(id);
        // The sign-in itself worked: oidc-provider issued a code, the tokens and an ID token.
        QCOMPARE(proxy.forwarded(), 1);
        QCOMPARE(issued.size(), 5);
        for (const QByteArray &value : std::as_const(issued))
            QVERIFY(value.size() >= 16);
        // Whatever the server issued exists nowhere on disk: no file under the test's homes holds
        // any 16-character piece of the code, the verifier or a token, nor does the output.
        int read = 0;
        QCOMPARE(filesHoldingPiecesOf(testHome(), issued, &read), QStringList());
        QVERIFY(read > 0); // the accounts file at least
        // The search's control: it finds what is there (the account's id, in the accounts file).
        QVERIFY(id.size() >= 16);
        QVERIFY(!filesHoldingPiecesOf(testHome(), { id.toUtf8() }).isEmpty());
        for (const QByteArray &value : std::as_const(issued)) {
            QVERIFY(!login.out.contains(value.left(16)));
            QVERIFY(!login.err.contains(value.left(16)));
        }
        // …and the accounts file says signed out.
        const CliRun list = runOAuthDesk({ QStringLiteral("account"), QStringLiteral("list") });
        QVERIFY(list.out.contains("No keychain\t"));
        for (const QByteArray &line : list.out.split('\n')) {
            if (line.startsWith("No keychain\t"))
                QVERIFY(line.endsWith("signed out"));
        }
    }

    void withoutKeychainNoFileHoldsTheTokens()
    {
        // SECURITY.md row ST for the password grant, which oidc-provider does not offer: against
        // Authlib, through a proxy that notes the tokens it hands out. The password is kept nowhere
        // either.
        TestServer authlib;
        TestServer::Options options;
        options.kind = TestServer::Kind::Authlib;
        const QString error = authlib.start(options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const CliRun add = runOAuthDesk(
                { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("Password"),
                  QStringLiteral("--issuer"), authlib.issuer().toString(),
                  QStringLiteral("--client-id"), QStringLiteral("oauthdesk-password"),
                  QStringLiteral("--grant"), QStringLiteral("password"),
                  QStringLiteral("--username"), QStringLiteral("demo"), QStringLiteral("--scope"),
                  QStringLiteral("api:read") });
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const QString id = accountIdByName(QStringLiteral("Password"));
        ForwardingProxy proxy(authlib.port());
        QVERIFY(proxy.start());
        const QByteArray password = "demo-password-not-secret";
        QList<QByteArray> secrets = { password };
        proxy.passAnswer = [&](const QByteArray &, const QByteArray &answer) {
            const QJsonObject body = answerBody(answer);
            for (const char *name : { "access_token", "refresh_token" })
                secrets.append(body.value(QLatin1String(name)).toString().toUtf8());
            return answer;
        };
        QVERIFY(sendTokenRequestsThrough(proxy, id));
        const QMap<QString, QString> noKeychain = {
            { QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
              QStringLiteral("unix:path=/nonexistent/bus") },
            { QStringLiteral("DISPLAY"), QString() },
            { QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=true") }
        };
        const CliRun login = runOAuthDesk({ QStringLiteral("login"), QStringLiteral("Password"),
                                            QStringLiteral("--password-stdin") },
                                          password + '\n', noKeychain);
        QCOMPARE(login.exitCode, 6);
        QVERIFY2(login.err.contains("cannot be kept"), login.err.constData());
        QVERIFY_NOTHING_STORED(id);
        // The server did issue the tokens (the sign-in itself worked); no file under the test's
        // homes holds any 16-character piece of them or of the password, nor does the output.
        QCOMPARE(proxy.forwarded(), 1);
        QCOMPARE(secrets.size(), 3);
        for (const QByteArray &secret : std::as_const(secrets)) {
            QVERIFY(secret.size() >= 16);
            QVERIFY(!login.out.contains(secret.left(16)));
            QVERIFY(!login.err.contains(secret.left(16)));
        }
        int read = 0;
        QCOMPARE(filesHoldingPiecesOf(testHome(), secrets, &read), QStringList());
        QVERIFY(read > 0); // the accounts file at least
        const CliRun remove = runOAuthDesk({ QStringLiteral("account"), QStringLiteral("remove"),
                                             QStringLiteral("Password") });
        QCOMPARE(remove.exitCode, 0);
    }

    void ctrlCCancelsAWaitingSignIn()
    {
        addAccount(QStringLiteral("Interrupted"), QStringLiteral("oauthdesk-test"));
        // A browser that never comes back.
        OAuthDeskProcess p({ QStringLiteral("login"), QStringLiteral("Interrupted") },
                           { { QStringLiteral("BROWSER"), QStringLiteral("true") } });
        QVERIFY(p.process().waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(p.err().contains("Opening the browser"), 15000);
        p.interrupt();
        QVERIFY(p.waitForExit(10000));
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(p.err().contains("cancelled"));
        QVERIFY_NOTHING_STORED(accountIdByName(QStringLiteral("Interrupted")));
    }

    void refreshedIdTokenOfAnotherUserIsRefused()
    {
        // SECURITY.md row ID (OpenID Connect Core §12.2), the refusal: a refresh answer whose ID
        // token names another user. The ID token is a real one of oidc-provider's, correctly signed
        // for this client -- but issued to another user ("mallory"); a proxy puts it into the real
        // server's answer to a real refresh, as a broken server would. Nothing of that answer is
        // kept.
        addAccount(QStringLiteral("Mallory"), QStringLiteral("oauthdesk-test"));
        const CliRun mallory = runOAuthDesk(
                { QStringLiteral("login"), QStringLiteral("Mallory") }, {},
                { { QStringLiteral("OAUTHDESK_BROWSER_LOGIN"), QStringLiteral("mallory") } });
        QVERIFY2(mallory.exitCode == 0, mallory.err.constData());
        const QString otherIdToken =
                storedTokens(accountIdByName(QStringLiteral("Mallory"))).idToken;
        QCOMPARE(subjectOf(otherIdToken), QStringLiteral("mallory"));

        addAccount(QStringLiteral("Same user"), QStringLiteral("oauthdesk-test"));
        const QString id = accountIdByName(QStringLiteral("Same user"));
        const CliRun login = runOAuthDesk({ QStringLiteral("login"), QStringLiteral("Same user") });
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const TokenSet before = storedTokens(id);
        QCOMPARE(subjectOf(before.idToken), QStringLiteral("demo"));
        QCOMPARE(accountSubject(id), QStringLiteral("demo"));

        ForwardingProxy proxy(m_server.port());
        QVERIFY(proxy.start());
        QString issuedAccessToken;
        proxy.passAnswer = [&](const QByteArray &, const QByteArray &answer) {
            QJsonObject body = answerBody(answer);
            issuedAccessToken = body.value(QLatin1String("access_token")).toString();
            if (!body.contains(QLatin1String("id_token")))
                return answer; // then the test fails below: the real server sent no ID token to
                               // swap
            body.insert(QLatin1String("id_token"), otherIdToken);
            return withBody(answer, body);
        };
        QVERIFY(sendTokenRequestsThrough(proxy, id));
        const CliRun refresh = runOAuthDesk({ QStringLiteral("token"), QStringLiteral("Same user"),
                                              QStringLiteral("--refresh") });
        QCOMPARE(proxy.forwarded(), 1);
        QVERIFY(!issuedAccessToken.isEmpty()); // oidc-provider did refresh
        QVERIFY2(refresh.exitCode != 0, refresh.out.constData());
        QVERIFY2(refresh.err.contains("names another user (sub)"), refresh.err.constData());
        QVERIFY(!refresh.out.contains(issuedAccessToken.toUtf8()));
        // Nothing of the refused answer is kept: the session is the one of the sign-in, the user
        // too.
        const TokenSet after = storedTokens(id);
        QVERIFY(after.accessToken
                == before.accessToken); // (not QCOMPARE: it would print the tokens)
        QVERIFY(after.refreshToken == before.refreshToken);
        QVERIFY(after.idToken == before.idToken);
        QCOMPARE(accountSubject(id), QStringLiteral("demo"));
        QCOMPARE(filesContaining(issuedAccessToken.toUtf8()), QStringList());
    }

    void removeForgetsTheKeychainEntry()
    {
        const QString id = accountIdByName(QStringLiteral("Demo"));
        QVERIFY(!secretToolLookup(id).isEmpty());
        // The control of the "nothing stored" checks: they do see a session that is kept.
        QVERIFY(nothingStoredProblem(id).startsWith(QLatin1String("the keychain holds ")));
        const CliRun remove = runOAuthDesk(
                { QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Demo") });
        QCOMPARE(remove.exitCode, 0);
        const QString problem = nothingFoundProblem(id); // the account is gone from the file
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(accountIdByName(QStringLiteral("Demo")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
