// Inspect, verify and revoke against oidc-provider: the ID token verified at sign-in with the
// issuer's JWKS, key rotation (one refetch of the key set), a different user refused, decode with
// verification, introspection, revocation (observed through introspection and a failing refresh),
// and sign-out with the server gone. Real Chromium, real gnome-keyring.

#include "accounts/accountstore.h"
#include "cli.h"
#include "http/httpclient.h"
#include "inspect/keysetcache.h"
#include "keychain/secretstore.h"
#include "session/tokenmanager.h"
#include "testenvironment.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>

using namespace OAuthDesk;
using namespace OAuthDesk::Test;

class tst_Inspect : public QObject
{
    Q_OBJECT
private:
    TestServer m_server;
    QNetworkAccessManager m_network;

    QJsonObject post(const QString &path, const FormFields &form, int *status = nullptr)
    {
        QNetworkRequest request(m_server.url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_network.post(request, HttpClient::formEncode(form));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {};
        reply->deleteLater();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    bool introspectActive(const QString &token)
    {
        return post(QStringLiteral("/token/introspection"),
                    { { QStringLiteral("token"), token },
                      { QStringLiteral("client_id"), QStringLiteral("oauthdesk-test") } })
                .value(QLatin1String("active"))
                .toBool();
    }

    void addAndSignIn(const QString &name, const QMap<QString, QString> &env = {})
    {
        const CliRun add =
                runOAuthDesk({ QStringLiteral("account"), QStringLiteral("add"), name,
                               QStringLiteral("--issuer"), m_server.issuer().toString(),
                               QStringLiteral("--client-id"), QStringLiteral("oauthdesk-test"),
                               QStringLiteral("--scope"),
                               QStringLiteral("openid profile email offline_access api:read") });
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const CliRun login = runOAuthDesk({ QStringLiteral("login"), name }, {}, env);
        QVERIFY2(login.exitCode == 0, login.err.constData());
    }

private Q_SLOTS:
    void cleanup() { printBrowserLogIfFailed(); }

    void initTestCase()
    {
        if (!keychainAvailable())
            QSKIP("needs a session bus with a Secret Service: run through scripts/test");
        resetTestHome();
        QCoreApplication::setApplicationName(QStringLiteral("oauthdesk"));
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void idTokenIsVerifiedAtSignIn()
    {
        addAndSignIn(QStringLiteral("Inspect"));
        const CliRun inspect = runOAuthDesk(
                { QStringLiteral("inspect"), QStringLiteral("Inspect"), QStringLiteral("--json") });
        QVERIFY2(inspect.exitCode == 0, inspect.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(inspect.out).object();
        QCOMPARE(o.value(QLatin1String("subject")).toString(), QStringLiteral("demo"));
        // Who the account is, from UserInfo.
        QCOMPARE(o.value(QLatin1String("userinfo"))
                         .toObject()
                         .value(QLatin1String("name"))
                         .toString(),
                 QStringLiteral("Demo User"));
        QCOMPARE(o.value(QLatin1String("userinfo"))
                         .toObject()
                         .value(QLatin1String("email"))
                         .toString(),
                 QStringLiteral("demo@example.test"));
        const QJsonObject id = o.value(QLatin1String("id_token")).toObject();
        QCOMPARE(id.value(QLatin1String("format")).toString(), QStringLiteral("jwt"));
        QCOMPARE(id.value(QLatin1String("signature")).toString(), QStringLiteral("verified"));
        QCOMPARE(id.value(QLatin1String("kid")).toString(), QStringLiteral("rs256-1"));
        QCOMPARE(
                id.value(QLatin1String("claims")).toObject().value(QLatin1String("aud")).toString(),
                QStringLiteral("oauthdesk-test"));
        QCOMPARE(o.value(QLatin1String("access_token"))
                         .toObject()
                         .value(QLatin1String("format"))
                         .toString(),
                 QStringLiteral("opaque"));
        // The inspector never prints a token value.
        const TokenSet tokens = storedTokens(accountIdByName(QStringLiteral("Inspect")));
        QVERIFY(!inspect.out.contains(tokens.accessToken.toUtf8()));
        QVERIFY(!inspect.out.contains(tokens.refreshToken.toUtf8()));
        const CliRun text = runOAuthDesk({ QStringLiteral("inspect"), QStringLiteral("Inspect") });
        QVERIFY(text.out.contains("Signature verified"));
    }

    void keyRotationNeedsOneRefetch()
    {
        int status = 0;
        const QJsonObject rotated = post(QStringLiteral("/test/rotate-signing-key"), {}, &status);
        QCOMPARE(status, 200);
        const QString newKid = rotated.value(QLatin1String("kid")).toString();
        QVERIFY(!newKid.isEmpty());

        // The window's core, in this process: it knows the old key set, then a refresh brings an ID
        // token signed with the new key.
        AccountStore accounts;
        QVERIFY(!accounts.load());
        SecretStore secrets;
        HttpClient http(&m_network);
        TokenManager tokens(&accounts, &secrets, &http);
        const QString id = accountIdByName(QStringLiteral("Inspect"));
        std::optional<Result<TokenSet>> first;
        tokens.refreshNow(id, this, [&](const Result<TokenSet> &r) { first = r; });
        QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), 20000);
        QVERIFY2(first->ok(), qPrintable(first->error().message()));
        QCOMPARE(tokens.keySetCache()->fetchCount(), 1);
        const CliRun inspect = runOAuthDesk(
                { QStringLiteral("inspect"), QStringLiteral("Inspect"), QStringLiteral("--json") });
        const QJsonObject idToken = QJsonDocument::fromJson(inspect.out)
                                            .object()
                                            .value(QLatin1String("id_token"))
                                            .toObject();
        QCOMPARE(idToken.value(QLatin1String("kid")).toString(), newKid);
        QCOMPARE(idToken.value(QLatin1String("signature")).toString(), QStringLiteral("verified"));

        // A second rotation while this process has the set cached: one refetch on the unknown kid.
        post(QStringLiteral("/test/rotate-signing-key"), {}, &status);
        std::optional<Result<TokenSet>> second;
        tokens.refreshNow(id, this, [&](const Result<TokenSet> &r) { second = r; });
        QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), 20000);
        QVERIFY2(second->ok(), qPrintable(second->error().message()));
        QCOMPARE(tokens.keySetCache()->fetchCount(), 2);
    }

    void decodeVerifiesAgainstTheIssuer()
    {
        const QByteArray idToken =
                storedTokens(accountIdByName(QStringLiteral("Inspect"))).idToken.toUtf8();
        const CliRun decoded =
                runOAuthDesk({ QStringLiteral("decode"), QStringLiteral("--issuer"),
                               m_server.issuer().toString(), QStringLiteral("--json") },
                             idToken + '\n');
        QVERIFY2(decoded.exitCode == 0, decoded.err.constData());
        QCOMPARE(QJsonDocument::fromJson(decoded.out)
                         .object()
                         .value(QLatin1String("signature"))
                         .toString(),
                 QStringLiteral("verified"));
        // One changed character in the claims: the signature no longer matches.
        QByteArray tampered = idToken;
        const qsizetype dot = tampered.indexOf('.');
        tampered[dot + 5] = tampered[dot + 5] == 'A' ? 'B' : 'A';
        const CliRun bad = runOAuthDesk({ QStringLiteral("decode"), QStringLiteral("--issuer"),
                                          m_server.issuer().toString(), QStringLiteral("--json") },
                                        tampered + '\n');
        QVERIFY(bad.exitCode != 0);
        const CliRun notJwt = runOAuthDesk({ QStringLiteral("decode") }, "opaque-token-value\n");
        QCOMPARE(notJwt.exitCode, 1);
        QVERIFY(notJwt.err.contains("not a JWT"));
    }

    void differentUserIsRefused()
    {
        const TokenSet before = storedTokens(accountIdByName(QStringLiteral("Inspect")));
        const CliRun login = runOAuthDesk(
                { QStringLiteral("login"), QStringLiteral("Inspect") }, {},
                { { QStringLiteral("OAUTHDESK_BROWSER_LOGIN"), QStringLiteral("someone-else") } });
        QCOMPARE(login.exitCode, 1);
        QVERIFY2(login.err.contains("different user"), login.err.constData());
        const TokenSet after = storedTokens(accountIdByName(QStringLiteral("Inspect")));
        QCOMPARE(after.refreshToken, before.refreshToken);
        // Confirmed, the account switches to the new user.
        const CliRun switched = runOAuthDesk(
                { QStringLiteral("login"), QStringLiteral("Inspect"),
                  QStringLiteral("--switch-user") },
                {},
                { { QStringLiteral("OAUTHDESK_BROWSER_LOGIN"), QStringLiteral("someone-else") } });
        QVERIFY2(switched.exitCode == 0, switched.err.constData());
        const CliRun inspect = runOAuthDesk(
                { QStringLiteral("inspect"), QStringLiteral("Inspect"), QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(inspect.out)
                         .object()
                         .value(QLatin1String("subject"))
                         .toString(),
                 QStringLiteral("someone-else"));
    }

    void introspectAndRevoke()
    {
        const CliRun introspect =
                runOAuthDesk({ QStringLiteral("introspect"), QStringLiteral("Inspect") });
        QVERIFY2(introspect.exitCode == 0, introspect.err.constData());
        QCOMPARE(QJsonDocument::fromJson(introspect.out)
                         .object()
                         .value(QLatin1String("active"))
                         .toBool(),
                 true);

        const TokenSet before = storedTokens(accountIdByName(QStringLiteral("Inspect")));
        QVERIFY(introspectActive(before.refreshToken));
        const CliRun revoke = runOAuthDesk({ QStringLiteral("revoke"), QStringLiteral("Inspect") });
        QVERIFY2(revoke.exitCode == 0, revoke.err.constData());
        QVERIFY_NOTHING_STORED(accountIdByName(QStringLiteral("Inspect")));
        // Seen from the server: both tokens dead, and the refresh token refused.
        QVERIFY(!introspectActive(before.refreshToken));
        QVERIFY(!introspectActive(before.accessToken));
        int status = 0;
        const QJsonObject refresh =
                post(QStringLiteral("/token"),
                     { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                       { QStringLiteral("refresh_token"), before.refreshToken },
                       { QStringLiteral("client_id"), QStringLiteral("oauthdesk-test") } },
                     &status);
        QCOMPARE(status, 400);
        QCOMPARE(refresh.value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void signOutWithTheServerGoneStillForgets()
    {
        addAndSignIn(QStringLiteral("Offline"));
        QVERIFY(!secretToolLookup(accountIdByName(QStringLiteral("Offline"))).isEmpty());
        m_server.stop();
        const CliRun revoke = runOAuthDesk({ QStringLiteral("revoke"), QStringLiteral("Offline") });
        QCOMPARE(revoke.exitCode, 5);
        QVERIFY2(revoke.err.contains("Signed out locally"), revoke.err.constData());
        QVERIFY_NOTHING_STORED(accountIdByName(QStringLiteral("Offline")));
    }
};

QTEST_GUILESS_MAIN(tst_Inspect)
#include "tst_inspect.moc"
