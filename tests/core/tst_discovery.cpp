#include "discovery/discovery.h"
#include "http/urlpolicy.h"
#include "scriptedserver.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace OAuthDesk;
using OAuthDesk::Test::ScriptedServer;

class tst_Discovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("kind");
        const QByteArray good =
                "{\"issuer\":\"https://id.example.com\",\"authorization_endpoint\":\"https://"
                "id.example.com/auth\",\"token_endpoint\":\"https://id.example.com/"
                "token\",\"authorization_response_iss_parameter_supported\":true}";
        QTest::newRow("good") << QStringLiteral("https://id.example.com") << good
                              << int(Error::Kind::None);
        QTest::newRow("foreign issuer") << QStringLiteral("https://other.example.com") << good
                                        << int(Error::Kind::InvalidResponse);
        QTest::newRow("trailing slash differs") << QStringLiteral("https://id.example.com/") << good
                                                << int(Error::Kind::InvalidResponse);
        QTest::newRow("http endpoint")
                << QStringLiteral("https://id.example.com")
                << QByteArray("{\"issuer\":\"https://"
                              "id.example.com\",\"authorization_endpoint\":\"http://id.example.com/"
                              "auth\",\"token_endpoint\":\"https://id.example.com/token\"}")
                << int(Error::Kind::InsecureUrl);
        QTest::newRow("javascript endpoint")
                << QStringLiteral("https://id.example.com")
                << QByteArray("{\"issuer\":\"https://"
                              "id.example.com\",\"authorization_endpoint\":\"javascript:alert(1)\","
                              "\"token_endpoint\":\"https://id.example.com/token\"}")
                << int(Error::Kind::InsecureUrl);
        QTest::newRow("file jwks")
                << QStringLiteral("https://id.example.com")
                << QByteArray("{\"issuer\":\"https://"
                              "id.example.com\",\"authorization_endpoint\":\"https://"
                              "id.example.com/a\",\"token_endpoint\":\"https://id.example.com/"
                              "t\",\"jwks_uri\":\"file:///etc/passwd\"}")
                << int(Error::Kind::InsecureUrl);
        QTest::newRow("array") << QStringLiteral("https://id.example.com") << QByteArray("[]")
                               << int(Error::Kind::InvalidResponse);
        QTest::newRow("html") << QStringLiteral("https://id.example.com") << QByteArray("<html>")
                              << int(Error::Kind::InvalidResponse);
    }
    void parse()
    {
        QFETCH(QString, issuer);
        QFETCH(QByteArray, json);
        QFETCH(int, kind);
        const auto result = Discovery::parse(QUrl(issuer), json);
        QCOMPARE(int(result.error().kind()), kind);
        if (result.ok()) {
            QCOMPARE(result.value().tokenEndpoint,
                     QUrl(QStringLiteral("https://id.example.com/token")));
            QVERIFY(result.value().issParameterSupported);
        }
    }

    void discoverAgainstAServer()
    {
        ScriptedServer *serverPtr = nullptr;
        ScriptedServer server([&serverPtr](const ScriptedServer::Request &r) {
            const QString issuer = serverPtr->url(QStringLiteral("/tenant"));
            if (r.target == "/.well-known/oauth-authorization-server/tenant")
                return ScriptedServer::json(
                        200,
                        (QStringLiteral("{\"issuer\":\"") + issuer
                         + QStringLiteral("\",\"authorization_endpoint\":\"https://a.example/"
                                          "x\",\"token_endpoint\":\"https://a.example/t\"}"))
                                .toUtf8());
            return ScriptedServer::json(404, "{}");
        });
        serverPtr = &server;
        QVERIFY(server.start());
        QNetworkAccessManager network;
        HttpClient http(&network);
        std::optional<Result<ServerMetadata>> result;
        Discovery(&http).discover(QUrl(server.url(QStringLiteral("/tenant"))), this,
                                  [&](const Result<ServerMetadata> &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error().message()));
        QCOMPARE(result->value().tokenEndpoint, QUrl(QStringLiteral("https://a.example/t")));
        // First the OpenID location, then the RFC 8414 one.
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(0).target,
                 QByteArray("/tenant/.well-known/openid-configuration"));
    }

    void insecureIssuerIsRefusedWithoutNetwork()
    {
        QNetworkAccessManager network;
        HttpClient http(&network);
        std::optional<Result<ServerMetadata>> result;
        Discovery(&http).discover(QUrl(QStringLiteral("http://id.example.com")), this,
                                  [&](const Result<ServerMetadata> &r) { result = r; });
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind(), Error::Kind::InsecureUrl);
    }

    void urlPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << QStringLiteral("https://a.example/x") << true;
        QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:80/x") << true;
        QTest::newRow("http loopback 127/8") << QStringLiteral("http://127.5.6.7/x") << true;
        QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080/x") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/x") << true;
        QTest::newRow("http remote") << QStringLiteral("http://a.example/x") << false;
        QTest::newRow("http private range") << QStringLiteral("http://192.168.1.1/x") << false;
        QTest::newRow("localhost lookalike")
                << QStringLiteral("http://localhost.evil.example/x") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("data") << QStringLiteral("data:text/html,hi") << false;
    }
    void urlPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(UrlPolicy::isSecureOrLoopback(QUrl(url)), allowed);
    }
};

QTEST_GUILESS_MAIN(tst_Discovery)
#include "tst_discovery.moc"
