// UserInfo (OpenID Connect Core §5.3) goes through ResourceClient and keeps a resource call's
// rules, against a scripted server: the claims come back and the exchange is logged as Other; a
// token the endpoint rejects as invalid_token is refreshed once and the question asked again; a
// redirect to another origin gets no token. The keychain is the test's own (FakeKeychain), seeded
// with a session.

#include "accounts/accountstore.h"
#include "fakekeychain.h"
#include "http/exchangelog.h"
#include "http/httpclient.h"
#include "resource/resourceclient.h"
#include "resource/userinfo.h"
#include "scriptedserver.h"
#include "session/tokenmanager.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace OAuthDesk;
using OAuthDesk::Test::ScriptedServer;

namespace {

QByteArray header(const ScriptedServer::Request &request, const QByteArray &name)
{
    for (const QByteArray &line : request.headers.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

struct Fixture
{
    QTemporaryDir dir;
    AccountStore store{ dir.filePath(QStringLiteral("accounts.json")) };
    Test::FakeKeychain keychain;
    QNetworkAccessManager manager;
    HttpClient http{ &manager };
    ExchangeLog log;
    TokenManager tokens{ &store, &keychain, &http };
    ResourceClient resources{ &tokens, &http };
    int refreshes = 0;
    /// What /userinfo answers to the token it is given.
    std::function<QByteArray(const QByteArray &authorization)> userInfo;
    ScriptedServer server{ [this](const ScriptedServer::Request &request) -> QByteArray {
        if (request.target.startsWith("/token") && request.body.contains("refresh_token=rt-0")) {
            ++refreshes;
            return ScriptedServer::json(200,
                                        "{\"access_token\":\"at-1\",\"token_type\":\"Bearer\","
                                        "\"expires_in\":900,\"refresh_token\":\"rt-1\"}");
        }
        if (request.target.startsWith("/userinfo") && userInfo)
            return userInfo(header(request, "Authorization"));
        return ScriptedServer::json(404, "{}");
    } };
    QString id;

    Fixture()
    {
        http.setExchangeLog(&log);
        if (!server.start())
            qFatal("the scripted server did not start");
        Account a;
        a.name = QStringLiteral("Work");
        a.clientId = QStringLiteral("desk");
        a.scope = QStringLiteral("openid");
        a.grantType = GrantType::Password;
        a.username = QStringLiteral("alice");
        a.server.tokenEndpoint = QUrl(server.url(QStringLiteral("/token")));
        a.server.userinfoEndpoint = QUrl(server.url(QStringLiteral("/userinfo")));
        if (const Error error = store.add(a))
            qFatal("cannot add the account: %s", qPrintable(error.message()));
        id = a.id;
        TokenSet session;
        session.accessToken = QStringLiteral("at-0");
        session.refreshToken = QStringLiteral("rt-0");
        session.tokenType = QStringLiteral("Bearer");
        session.scope = a.scope;
        session.expiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
        keychain.seed(id, session);
    }

    Result<QJsonObject> fetch()
    {
        std::optional<Result<QJsonObject>> result;
        UserInfo(&store, &resources).fetch(id, nullptr, [&](const Result<QJsonObject> &r) {
            result = r;
        });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return Error(Error::Kind::Timeout, QStringLiteral("no answer"));
        return *result;
    }

    int userInfoRequests() const
    {
        int n = 0;
        for (const auto &request : server.requests())
            n += request.target.startsWith("/userinfo") ? 1 : 0;
        return n;
    }
};

} // namespace

class TestUserInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersWithTheClaimsAndIsLoggedAsOther()
    {
        Fixture f;
        f.userInfo = [](const QByteArray &authorization) {
            if (authorization != "Bearer at-0")
                return ScriptedServer::json(401, "{}", "WWW-Authenticate: Bearer\r\n");
            return ScriptedServer::json(200, "{\"sub\":\"alice\",\"email\":\"alice@example.com\"}");
        };
        const Result<QJsonObject> claims = f.fetch();
        QVERIFY2(claims.ok(), qPrintable(claims.error().message()));
        QCOMPARE(claims.value().value(QLatin1String("email")).toString(),
                 QStringLiteral("alice@example.com"));
        QCOMPARE(f.refreshes, 0);
        QCOMPARE(f.log.count(), 1);
        QCOMPARE(f.log.exchanges().first().kind, ExchangeLog::Kind::Other);
        QCOMPARE(f.log.exchanges().first().accountName, QStringLiteral("Work"));
    }

    void aRejectedTokenIsRefreshedOnceAndAskedAgain()
    {
        Fixture f;
        f.userInfo = [](const QByteArray &authorization) {
            if (authorization != "Bearer at-1")
                return ScriptedServer::json(401, "{}",
                                            "WWW-Authenticate: Bearer error=\"invalid_token\"\r\n");
            return ScriptedServer::json(200, "{\"sub\":\"alice\"}");
        };
        const Result<QJsonObject> claims = f.fetch();
        QVERIFY2(claims.ok(), qPrintable(claims.error().message()));
        QCOMPARE(claims.value().value(QLatin1String("sub")).toString(), QStringLiteral("alice"));
        QCOMPARE(f.refreshes, 1);
        QCOMPARE(f.userInfoRequests(), 2);
    }

    void aRedirectToAnotherOriginGetsNoToken()
    {
        QByteArray authorizationElsewhere = "none";
        ScriptedServer elsewhere([&](const ScriptedServer::Request &request) {
            authorizationElsewhere = header(request, "Authorization");
            return ScriptedServer::json(200, "{\"sub\":\"mallory\"}");
        });
        QVERIFY(elsewhere.start());
        Fixture f;
        const QByteArray location = elsewhere.url(QStringLiteral("/userinfo")).toUtf8();
        f.userInfo = [location](const QByteArray &) {
            return QByteArray("HTTP/1.1 302 Found\r\nLocation: " + location
                              + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        };
        const Result<QJsonObject> claims = f.fetch();
        QVERIFY2(claims.ok(), qPrintable(claims.error().message()));
        QCOMPARE(elsewhere.requests().size(), 1);
        QCOMPARE(authorizationElsewhere, QByteArray());
    }

    void aFailureIsAnError()
    {
        Fixture f;
        f.userInfo = [](const QByteArray &) { return ScriptedServer::json(500, "{}"); };
        Result<QJsonObject> claims = f.fetch();
        QVERIFY(!claims.ok());
        QCOMPARE(claims.error().kind(), Error::Kind::HttpStatus);
        QCOMPARE(claims.error().httpStatus(), 500);

        f.userInfo = [](const QByteArray &) {
            return ScriptedServer::json(200, "[\"not an object\"]");
        };
        claims = f.fetch();
        QVERIFY(!claims.ok());
        QCOMPARE(claims.error().kind(), Error::Kind::InvalidResponse);
    }

    void noEndpointIsAConfigurationError()
    {
        Fixture f;
        auto account = f.store.findById(f.id);
        account->server.userinfoEndpoint = QUrl();
        QVERIFY(!f.store.update(*account));
        const Result<QJsonObject> claims = f.fetch();
        QVERIFY(!claims.ok());
        QCOMPARE(claims.error().kind(), Error::Kind::Configuration);
        QCOMPARE(f.userInfoRequests(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUserInfo)
#include "tst_userinfo.moc"
