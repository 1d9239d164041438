#include "flows/deviceflow.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace OAuthDesk;
using OAuthDesk::Test::ScriptedServer;
using namespace std::chrono_literals;

/// RFC 8628 polling rules against a scripted server (the real one, oidc-provider, is in
/// tests/integration/tst_grants); here each rule is forced on purpose.
class tst_DeviceFlow : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_network;
    HttpClient m_http{ &m_network };

    Account account(const ScriptedServer &server)
    {
        Account a;
        a.name = QStringLiteral("device");
        a.clientId = QStringLiteral("oauthdesk-device");
        a.scope = QStringLiteral("openid api:read");
        a.grantType = GrantType::Device;
        a.server.issuer = QUrl(server.url());
        a.server.deviceAuthorizationEndpoint = QUrl(server.url(QStringLiteral("/device/auth")));
        a.server.tokenEndpoint = QUrl(server.url(QStringLiteral("/token")));
        return a;
    }
    static ClientAuthentication publicClient()
    {
        return { QStringLiteral("oauthdesk-device"), {}, ClientAuthentication::Method::None };
    }

    static QByteArray deviceAnswer(int expiresIn = 600, const QByteArray &extra = ",\"interval\":1")
    {
        return ScriptedServer::json(
                200,
                "{\"device_code\":\"fake-device-code\",\"user_code\":\"WDJB-MJHT\","
                "\"verification_uri\":\"https://example.com/device\","
                "\"verification_uri_complete\":\"https://example.com/device?user_code=WDJB-MJHT\","
                "\"expires_in\":"
                        + QByteArray::number(expiresIn) + extra + "}");
    }

    /// A clock in step with setPollSecond(1ms): a protocol second passes every real millisecond,
    /// for the timer and for the code's expiry alike.
    static Clock fastClock()
    {
        const QDateTime start = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QElapsedTimer elapsed;
        elapsed.start();
        return Clock([start, elapsed] { return start.addSecs(elapsed.elapsed()); });
    }

private Q_SLOTS:
    void pendingThenGranted()
    {
        int polls = 0;
        ScriptedServer server([&](const ScriptedServer::Request &r) {
            if (r.target == "/device/auth")
                return deviceAnswer();
            ++polls;
            if (polls < 2)
                return ScriptedServer::json(400, "{\"error\":\"authorization_pending\"}");
            return ScriptedServer::json(
                    200,
                    "{\"access_token\":\"fake-at\",\"token_type\":\"Bearer\",\"expires_in\":60}");
        });
        QVERIFY(server.start());
        DeviceFlow flow(account(server), publicClient(), &m_http);
        QSignalSpy code(&flow, &DeviceFlow::deviceCodeReceived);
        QSignalSpy granted(&flow, &OAuthFlow::granted);
        flow.grant();
        QTRY_COMPARE(code.count(), 1);
        const DeviceCode received = code.first().first().value<DeviceCode>();
        QCOMPARE(received.userCode, QStringLiteral("WDJB-MJHT"));
        QCOMPARE(received.verificationUriComplete.toString(),
                 QStringLiteral("https://example.com/device?user_code=WDJB-MJHT"));
        QCOMPARE(received.intervalSeconds, 1);
        QTRY_COMPARE_WITH_TIMEOUT(granted.count(), 1, 5000);
        QCOMPARE(flow.token(), QStringLiteral("fake-at"));
        QCOMPARE(polls, 2);
        const QByteArray poll = server.requests().last().body;
        QVERIFY(poll.contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code"));
        QVERIFY(poll.contains("device_code=fake-device-code"));
        QVERIFY(poll.contains("client_id=oauthdesk-device"));
    }

    void slowDownAddsFiveSeconds()
    {
        ScriptedServer server([&](const ScriptedServer::Request &r) {
            if (r.target == "/device/auth")
                return deviceAnswer();
            return ScriptedServer::json(400, "{\"error\":\"slow_down\"}");
        });
        QVERIFY(server.start());
        DeviceFlow flow(account(server), publicClient(), &m_http);
        flow.grant();
        QTRY_COMPARE_WITH_TIMEOUT(flow.interval(), 6, 5000); // RFC 8628 §3.5
        QVERIFY(flow.isActive());
        flow.cancel();
    }

    void defaultIntervalIsFiveSeconds()
    {
        ScriptedServer server(
                [&](const ScriptedServer::Request &) { return deviceAnswer(600, QByteArray()); });
        QVERIFY(server.start());
        DeviceFlow flow(account(server), publicClient(), &m_http);
        QSignalSpy code(&flow, &DeviceFlow::deviceCodeReceived);
        flow.grant();
        QTRY_COMPARE(code.count(), 1);
        QCOMPARE(flow.interval(), 5);
        flow.cancel();
    }

    // Found by fuzz_device_authorization (tests/fuzz/regressions/device_authorization/): an
    // interval or expires_in too large for a whole number was converted anyway (undefined
    // behaviour).
    void hugeIntervalAndLifetimeAreBounded()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            return ScriptedServer::json(
                    200,
                    "{\"device_code\":\"fake-dc\",\"user_code\":\"A\",\"verification_uri\":"
                    "\"https://example.com/device\",\"expires_in\":1e300,\"interval\":1e300}");
        });
        QVERIFY(server.start());
        DeviceFlow flow(account(server), publicClient(), &m_http);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        flow.setClock(Clock([now] { return now; }));
        QSignalSpy code(&flow, &DeviceFlow::deviceCodeReceived);
        flow.grant();
        QTRY_COMPARE(code.count(), 1);
        const DeviceCode received = code.first().first().value<DeviceCode>();
        // At most a day, and polls at most MaxPollInterval apart.
        QCOMPARE(received.expiresAt, now.addSecs(24 * 3600));
        QCOMPARE(received.intervalSeconds, DeviceFlow::MaxPollInterval);
        QVERIFY(flow.isActive());
        flow.cancel();
    }

    // An interval above INT_MAX/1000 s overflowed the timer's milliseconds; one as long as the code
    // lives (where it used to be cut) polled first when the code had expired. It is cut to
    // MaxPollInterval, and the flow polls while the code lives.
    void hugeIntervalStillPolls()
    {
        int polls = 0;
        ScriptedServer server([&](const ScriptedServer::Request &r) {
            if (r.target == "/device/auth")
                return deviceAnswer(1800, ",\"interval\":2147484");
            ++polls;
            return ScriptedServer::json(400, "{\"error\":\"authorization_pending\"}");
        });
        QVERIFY(server.start());
        DeviceFlow flow(account(server), publicClient(), &m_http);
        flow.setClock(fastClock());
        flow.setPollSecond(1ms);
        QSignalSpy code(&flow, &DeviceFlow::deviceCodeReceived);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.grant();
        QTRY_COMPARE(code.count(), 1);
        QCOMPARE(flow.interval(), DeviceFlow::MaxPollInterval);
        QTRY_VERIFY_WITH_TIMEOUT(polls > 0 || failed.count() > 0, 10000);
        QCOMPARE(failed.count(), 0);
        QVERIFY(flow.isActive());
        flow.cancel();
    }

    // RFC 8628 §3.5: the interval may only grow. Backing off after a network failure doubles it up
    // to a minute; a server's 90 s stays 90 s.
    void networkFailureNeverShortensTheInterval()
    {
        int polls = 0;
        ScriptedServer server([&](const ScriptedServer::Request &r) {
            if (r.target == "/device/auth")
                return deviceAnswer(1800, ",\"interval\":90");
            if (++polls == 1)
                return QByteArray(); // never answers: the transfer time-out ends the poll
            return ScriptedServer::json(400, "{\"error\":\"authorization_pending\"}");
        });
        QVERIFY(server.start());
        HttpClient http(&m_network);
        http.setTimeout(200ms);
        DeviceFlow flow(account(server), publicClient(), &http);
        flow.setClock(fastClock());
        flow.setPollSecond(1ms);
        flow.grant();
        QTRY_VERIFY_WITH_TIMEOUT(polls >= 2, 10000);
        QCOMPARE(flow.interval(), 90);
        QVERIFY(flow.isActive());
        flow.cancel();
    }

    void deniedAndExpiredEndTheFlow_data()
    {
        QTest::addColumn<QByteArray>("pollAnswer");
        QTest::addColumn<int>("expiresIn");
        QTest::addColumn<QString>("error");
        QTest::newRow("access_denied") << ScriptedServer::json(400, "{\"error\":\"access_denied\"}")
                                       << 600 << QStringLiteral("access_denied");
        QTest::newRow("expired_token from server")
                << ScriptedServer::json(400, "{\"error\":\"expired_token\"}") << 600
                << QStringLiteral("expired_token");
        QTest::newRow("expired locally, no request")
                << ScriptedServer::json(400, "{\"error\":\"authorization_pending\"}") << 1
                << QStringLiteral("expired_token");
    }
    void deniedAndExpiredEndTheFlow()
    {
        QFETCH(QByteArray, pollAnswer);
        QFETCH(int, expiresIn);
        QFETCH(QString, error);
        ScriptedServer server([&](const ScriptedServer::Request &r) {
            return r.target == "/device/auth" ? deviceAnswer(expiresIn) : pollAnswer;
        });
        QVERIFY(server.start());
        DeviceFlow flow(account(server), publicClient(), &m_http);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.grant();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
        const Error e = failed.first().first().value<Error>();
        QCOMPARE(e.kind(), Error::Kind::OAuth);
        QCOMPARE(e.oauthError(), error);
        QVERIFY(!flow.isActive());
    }

    void unsafeVerificationAddressIsRefused()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            return ScriptedServer::json(
                    200,
                    "{\"device_code\":\"fake-dc\",\"user_code\":\"A\",\"verification_uri\":"
                    "\"javascript:alert(1)\",\"expires_in\":60}");
        });
        QVERIFY(server.start());
        DeviceFlow flow(account(server), publicClient(), &m_http);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        QSignalSpy code(&flow, &DeviceFlow::deviceCodeReceived);
        flow.grant();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<Error>().kind(), Error::Kind::InsecureUrl);
        QCOMPARE(code.count(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_DeviceFlow)
#include "tst_deviceflow.moc"
