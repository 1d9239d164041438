// Dynamic client registration (RFC 7591): the request OAuthDesk sends, the answers it accepts and
// the errors of §3.2.2; and the account-selection parameters of the authorization request.

#include "flows/authorizationcodeflow.h"
#include "http/exchangelog.h"
#include "http/redactor.h"
#include "registration/clientregistration.h"
#include "scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

using namespace OAuthDesk;
using OAuthDesk::Test::ScriptedServer;

namespace {

HttpResponse answer(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers = { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } };
    return r;
}

QString param(const QUrl &url, const char *name)
{
    return QUrlQuery(url).queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

} // namespace

class tst_ClientRegistration : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_network;

    /// The URL the authorization code flow opens for `account`.
    QUrl authorizationUrl(const Account &account)
    {
        HttpClient http(&m_network);
        AuthorizationCodeFlow flow(account, &http);
        QUrl opened;
        flow.setBrowserOpener([&](const QUrl &url) {
            opened = url;
            return Error();
        });
        flow.grant();
        flow.cancel();
        return opened;
    }

    static Account browserAccount()
    {
        Account a;
        a.name = QStringLiteral("test");
        a.clientId = QStringLiteral("c1");
        a.scope = QStringLiteral("openid");
        a.server.issuer = QUrl(QStringLiteral("http://127.0.0.1:9"));
        a.server.authorizationEndpoint = QUrl(QStringLiteral("http://127.0.0.1:9/authorize"));
        a.server.tokenEndpoint = QUrl(QStringLiteral("http://127.0.0.1:9/token"));
        return a;
    }

private Q_SLOTS:
    void requestMetadataIsANativePublicClient()
    {
        const QJsonObject o = ClientRegistration::requestMetadata();
        QCOMPARE(o.value(QLatin1String("client_name")).toString(), QStringLiteral("OAuthDesk"));
        QCOMPARE(o.value(QLatin1String("application_type")).toString(), QStringLiteral("native"));
        QCOMPARE(o.value(QLatin1String("token_endpoint_auth_method")).toString(),
                 QStringLiteral("none"));
        QCOMPARE(o.value(QLatin1String("redirect_uris")).toArray(),
                 QJsonArray{ QStringLiteral("http://127.0.0.1/callback") });
        QCOMPARE(o.value(QLatin1String("grant_types")).toArray(),
                 (QJsonArray{ QStringLiteral("authorization_code"),
                              QStringLiteral("refresh_token") }));
        QCOMPARE(o.value(QLatin1String("response_types")).toArray(),
                 QJsonArray{ QStringLiteral("code") });
        // A fixed port is registered as such.
        QCOMPARE(ClientRegistration::requestMetadata(8123)
                         .value(QLatin1String("redirect_uris"))
                         .toArray(),
                 QJsonArray{ QStringLiteral("http://127.0.0.1:8123/callback") });
    }

    void parseSuccess()
    {
        const auto r = ClientRegistration::parse(
                answer(201,
                       "{\"client_id\":\"abc\",\"registration_access_token\":\"rat-1\","
                       "\"registration_client_uri\":"
                       "\"https://id.example/reg/"
                       "abc\",\"token_endpoint_auth_method\":\"none\",\"client_id_issued_at\":1}"));
        QVERIFY2(r.ok(), qPrintable(r.error().message()));
        QCOMPARE(r.value().clientId, QStringLiteral("abc"));
        QCOMPARE(r.value().clientSecret, QString());
        QCOMPARE(r.value().tokenEndpointAuthMethod, ClientAuthentication::Method::None);
        QCOMPARE(r.value().registrationAccessToken, QStringLiteral("rat-1"));
        QCOMPARE(r.value().registrationClientUri,
                 QUrl(QStringLiteral("https://id.example/reg/abc")));
    }

    void parseConfidentialClient()
    {
        const auto r = ClientRegistration::parse(answer(
                201,
                "{\"client_id\":\"abc\",\"client_secret\":\"s3\",\"client_secret_expires_at\":0}"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().clientSecret, QStringLiteral("s3"));
        // A secret without a stated method: RFC 7591 §2's default, client_secret_basic.
        QCOMPARE(r.value().tokenEndpointAuthMethod, ClientAuthentication::Method::SecretBasic);
        QVERIFY(!r.value().clientSecretExpiresAt.isValid());
    }

    void parseRefusals_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("oauthError");
        QTest::newRow("invalid_redirect_uri")
                << 400
                << QByteArray("{\"error\":\"invalid_redirect_uri\",\"error_description\":"
                              "\"no\\u0007 way\"}")
                << int(Error::Kind::OAuth) << QStringLiteral("invalid_redirect_uri");
        // The same clean-up as the token endpoint's (fuzz_token_response), with a lone surrogate.
        QTest::newRow("control character beside a lone surrogate")
                << 400
                << QByteArray("{\"error\":\"invalid_redirect_uri\",\"error_description\":"
                              "\"\\ud800no\\u0007 way\"}")
                << int(Error::Kind::OAuth) << QStringLiteral("invalid_redirect_uri");
        QTest::newRow("invalid_client_metadata")
                << 400 << QByteArray("{\"error\":\"invalid_client_metadata\"}")
                << int(Error::Kind::OAuth) << QStringLiteral("invalid_client_metadata");
        // Found by fuzz_client_registration (tests/fuzz/regressions/client_registration/): a code
        // of control characters only was cleaned to nothing and still made an OAuth error.
        QTest::newRow("error code of control characters only")
                << 400 << QByteArray("{\"error\":\"\x7f\\u0007\"}") << int(Error::Kind::HttpStatus)
                << QString();
        QTest::newRow("401 without JSON")
                << 401 << QByteArray("<html>") << int(Error::Kind::HttpStatus) << QString();
        QTest::newRow("no client_id") << 201 << QByteArray("{\"client_secret\":\"x\"}")
                                      << int(Error::Kind::InvalidResponse) << QString();
        QTest::newRow("client_id not a string") << 201 << QByteArray("{\"client_id\":5}")
                                                << int(Error::Kind::InvalidResponse) << QString();
        QTest::newRow("not JSON") << 201 << QByteArray("client_id=abc")
                                  << int(Error::Kind::InvalidResponse) << QString();
        QTest::newRow("unsupported auth method")
                << 201
                << QByteArray("{\"client_id\":\"a\",\"token_endpoint_auth_method\":\"private_key_"
                              "jwt\"}")
                << int(Error::Kind::Configuration) << QString();
        QTest::newRow("confidential without secret")
                << 201
                << QByteArray("{\"client_id\":\"a\",\"token_endpoint_auth_method\":\"client_secret_"
                              "post\"}")
                << int(Error::Kind::InvalidResponse) << QString();
        QTest::newRow("insecure registration_client_uri")
                << 201
                << QByteArray("{\"client_id\":\"a\",\"registration_client_uri\":\"http://"
                              "id.example/reg/a\"}")
                << int(Error::Kind::InsecureUrl) << QString();
        // fuzz_client_registration: a double no qint64 holds was converted anyway (undefined
        // behaviour).
        QTest::newRow("client_secret_expires_at past any date")
                << 201
                << QByteArray("{\"client_id\":\"a\",\"client_secret\":\"s\",\"client_secret_"
                              "expires_at\":1.9e96}")
                << int(Error::Kind::InvalidResponse) << QString();
    }
    void parseRefusals()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, oauthError);
        const auto r = ClientRegistration::parse(answer(status, body));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind()), kind);
        QCOMPARE(r.error().oauthError(), oauthError);
        QVERIFY(!r.error().message().contains(QChar(7)));
    }

    void registerAgainstAScriptedServer()
    {
        ScriptedServer server([](const ScriptedServer::Request &r) {
            if (r.method == "POST" && r.target == "/reg")
                return ScriptedServer::json(
                        201,
                        "{\"client_id\":\"new-client\",\"registration_access_token\":"
                        "\"rat-secret-value\"}");
            return ScriptedServer::json(404, "{}");
        });
        QVERIFY(server.start());
        HttpClient http(&m_network);
        ExchangeLog log;
        http.setExchangeLog(&log);
        std::optional<Result<RegisteredClient>> result;
        ClientRegistration(&http, QStringLiteral("Reg"))
                .registerClient(QUrl(server.url(QStringLiteral("/reg"))), 0, this,
                                [&](const Result<RegisteredClient> &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error().message()));
        QCOMPARE(result->value().clientId, QStringLiteral("new-client"));
        QCOMPARE(server.requests().size(), 1);
        const ScriptedServer::Request &sent = server.requests().first();
        QVERIFY(sent.headers.toLower().contains("content-type: application/json"));
        const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
        QCOMPARE(body, ClientRegistration::requestMetadata());
        // The exchange log keeps the answer, without the registration access token.
        QTRY_VERIFY(!log.exchanges().isEmpty());
        const QString exported = log.exportText();
        QVERIFY(exported.contains(QLatin1String("new-client")));
        QVERIFY(exported.contains(QLatin1String("registration_access_token")));
        QVERIFY(!exported.contains(QLatin1String("rat-secret-value")));
    }

    void registrationErrorFromTheServer()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            return ScriptedServer::json(
                    400,
                    "{\"error\":\"invalid_redirect_uri\",\"error_description\":\"loopback "
                    "only\"}");
        });
        QVERIFY(server.start());
        HttpClient http(&m_network);
        std::optional<Result<RegisteredClient>> result;
        ClientRegistration(&http).registerClient(
                QUrl(server.url(QStringLiteral("/reg"))), 0, this,
                [&](const Result<RegisteredClient> &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().kind(), Error::Kind::OAuth);
        QCOMPARE(result->error().oauthError(), QStringLiteral("invalid_redirect_uri"));
        QCOMPARE(result->error().errorDescription(), QStringLiteral("loopback only"));
    }

    void insecureOrMissingEndpointIsRefusedWithoutNetwork()
    {
        HttpClient http(&m_network);
        std::optional<Result<RegisteredClient>> result;
        ClientRegistration(&http).registerClient(
                QUrl(QStringLiteral("http://id.example/reg")), 0, this,
                [&](const Result<RegisteredClient> &r) { result = r; });
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind(), Error::Kind::InsecureUrl);
        result.reset();
        ClientRegistration(&http).registerClient(
                QUrl(), 0, this, [&](const Result<RegisteredClient> &r) { result = r; });
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind(), Error::Kind::Configuration);
    }

    void redactorKnowsTheRegistrationAccessToken()
    {
        QVERIFY(Redactor::isSecretName(u"registration_access_token"));
        QVERIFY(!Redactor::isSecretName(u"registration_client_uri"));
    }

    void keychainKeyIsBesideTheClientSecret()
    {
        QCOMPARE(ClientRegistration::registrationAccessTokenKey(QStringLiteral("id-1")),
                 QStringLiteral("id-1/registration_access_token"));
    }

    // ---- Several accounts per provider: login_hint and prompt=select_account ----

    void loginHintFromTheRememberedUser()
    {
        Account a = browserAccount();
        QUrl url = authorizationUrl(a);
        QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral("login_hint")));
        QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral("prompt")));
        a.loginHint = QStringLiteral("demo+x@example.test");
        url = authorizationUrl(a);
        QCOMPARE(param(url, "login_hint"), QStringLiteral("demo+x@example.test"));
        // A server that does not list select_account never gets it (oidc-provider refuses unknown
        // prompts).
        QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral("prompt")));
    }

    void selectAccountOnlyWhereSupported()
    {
        Account a = browserAccount();
        a.server.promptValuesSupported = { QStringLiteral("none"), QStringLiteral("login"),
                                           QStringLiteral("select_account") };
        QCOMPARE(param(authorizationUrl(a), "prompt"), QStringLiteral("select_account"));
        a.scope = QStringLiteral("openid offline_access");
        QCOMPARE(param(authorizationUrl(a), "prompt"), QStringLiteral("select_account consent"));
    }

    void promptValuesAndIdentityRoundTrip()
    {
        Account a = browserAccount();
        a.server.promptValuesSupported = { QStringLiteral("select_account") };
        a.identity = QStringLiteral("Demo User");
        a.loginHint = QStringLiteral("demo@example.test");
        const Account b = Account::fromJson(a.toJson());
        QCOMPARE(b.server.promptValuesSupported, a.server.promptValuesSupported);
        QCOMPARE(b.identity, a.identity);
        QCOMPARE(b.loginHint, a.loginHint);
        QCOMPARE(b.effectiveLoginHint(), QStringLiteral("demo@example.test"));
        Account c = b;
        c.username = QStringLiteral("alice");
        QCOMPARE(c.effectiveLoginHint(), QStringLiteral("alice"));
    }
};

QTEST_GUILESS_MAIN(tst_ClientRegistration)
#include "tst_clientregistration.moc"
