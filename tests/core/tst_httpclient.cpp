#include "http/httpclient.h"
#include "scriptedserver.h"
#include "tokens/tokenendpoint.h"

#include <QLibraryInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <optional>

using namespace OAuthDesk;
using OAuthDesk::Test::ScriptedServer;
using namespace std::chrono_literals;

/// What every request HttpClient makes has, whoever sends it: an overall deadline, and no HTTP/2 on
/// a Qt without the HPACK fix.
class tst_HttpClient : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_network;

private Q_SLOTS:
    // A server that sends its answer one byte at a time is never silent long enough for the
    // transfer time-out: only the overall deadline ends the request.
    void trickledTokenAnswerEndsAtTheDeadline()
    {
        const QByteArray padding(4000, ' '); // 80 s at a byte every 20 ms
        ScriptedServer server([&](const ScriptedServer::Request &) {
            return ScriptedServer::json(
                    200,
                    "{\"access_token\":\"CANARY-AT-trickle\",\"token_type\":\"Bearer\"" + padding
                            + "}");
        });
        server.setTrickle(20ms);
        QVERIFY(server.start());
        HttpClient http(&m_network);
        http.setDeadline(500ms); // the default is a minute
        const QString refreshToken = QStringLiteral("CANARY-RT-trickle");
        const QString secret = QStringLiteral("CANARY-SECRET-trickle");
        TokenEndpoint endpoint(
                &http, QUrl(server.url(QStringLiteral("/token"))),
                { QStringLiteral("client"), secret, ClientAuthentication::Method::SecretPost });
        std::optional<Result<TokenSet>> result;
        endpoint.refresh(refreshToken, {}, QStringLiteral("api"), this,
                         [&](const Result<TokenSet> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), Error::Kind::Timeout);
        const QString message = result->error().message();
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1")), qPrintable(message));
        QVERIFY(!message.contains(refreshToken));
        QVERIFY(!message.contains(secret));
        QVERIFY(!message.contains(QStringLiteral("CANARY-AT")));
        QCOMPARE(server.requests().size(), 1);
    }

    void hasHpackFix_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("fixed");
        QTest::newRow("5.15.2") << QStringLiteral("5.15.2") << false;
        QTest::newRow("6.4.2") << QStringLiteral("6.4.2") << false;
        QTest::newRow("6.5.4") << QStringLiteral("6.5.4") << false;
        QTest::newRow("6.5.5") << QStringLiteral("6.5.5") << true;
        QTest::newRow("6.6.0") << QStringLiteral("6.6.0") << false;
        QTest::newRow("6.6.1") << QStringLiteral("6.6.1") << false;
        QTest::newRow("6.6.2") << QStringLiteral("6.6.2") << true;
        QTest::newRow("6.7.0") << QStringLiteral("6.7.0") << true;
        QTest::newRow("6.8.1") << QStringLiteral("6.8.1") << true;
    }
    // CVE-2023-51714: fixed in 6.5.5 and 6.6.2 (and so in 6.7).
    void hasHpackFix()
    {
        QFETCH(QString, version);
        QFETCH(bool, fixed);
        QCOMPARE(HttpClient::hasHpackFix(QVersionNumber::fromString(version)), fixed);
    }

    // The request the network access manager is given, not only the one createRequest() returns.
    void requestsAvoidHttp2WithoutTheHpackFix()
    {
        ScriptedServer server(
                [](const ScriptedServer::Request &) { return ScriptedServer::json(200, "{}"); });
        QVERIFY(server.start());
        HttpClient http(&m_network);
        bool answered = false;
        QNetworkReply *reply =
                http.send("GET", http.createRequest(QUrl(server.url(QStringLiteral("/x")))), {},
                          this, [&](const HttpResponse &) { answered = true; });
        // Qt's default is true: only an explicit false turns HTTP/2 off.
        const bool allowed =
                reply->request().attribute(QNetworkRequest::Http2AllowedAttribute, true).toBool();
        QCOMPARE(allowed, HttpClient::hasHpackFix(QLibraryInfo::version()));
        if (QLibraryInfo::version() < QVersionNumber(6, 5, 5))
            QVERIFY(!allowed); // Debian 12's 6.4.2, which CI runs
        QTRY_VERIFY(answered);
    }
};

QTEST_GUILESS_MAIN(tst_HttpClient)
#include "tst_httpclient.moc"
