#include "loopback/loopbacklistener.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace OAuthDesk;
using Verdict = LoopbackListener::Verdict;

namespace {

/// A browser stand-in at the byte level: sends raw bytes, collects the whole answer.
class RawClient : public QObject
{
public:
    explicit RawClient(quint16 port,
                       const QHostAddress &host = QHostAddress(QHostAddress::LocalHost))
    {
        connect(&socket, &QTcpSocket::readyRead, this, [this] { answer += socket.readAll(); });
        connect(&socket, &QTcpSocket::disconnected, this, [this] { closed = true; });
        connect(&socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                failed = e;
            closed = true;
        });
        socket.connectToHost(host, port);
    }
    void send(const QByteArray &bytes) { socket.write(bytes); }

    QTcpSocket socket;
    QByteArray answer;
    bool closed = false;
    std::optional<QAbstractSocket::SocketError> failed;

    int status() const { return answer.mid(9, 3).toInt(); }
};

QByteArray get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

} // namespace

class tst_LoopbackListener : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bindsLoopbackOnEphemeralPort()
    {
        LoopbackListener listener;
        QVERIFY(!listener.listen());
        QVERIFY(listener.isListening());
        QVERIFY(listener.port() > 1024);
        QCOMPARE(listener.callback(),
                 QStringLiteral("http://127.0.0.1:%1/callback").arg(listener.port()));
    }

    void fixedPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
        const quint16 port = probe.serverPort();
        probe.close();
        LoopbackListener listener;
        QVERIFY(!listener.listen(port));
        QCOMPARE(listener.port(), port);
        // A port that is taken is a clear error, not a silent other port.
        LoopbackListener second;
        const Error error = second.listen(port);
        QCOMPARE(error.kind(), Error::Kind::Configuration);
        QVERIFY(error.message().contains(QString::number(port)));
    }

    void notReachableFromNonLoopbackAddress()
    {
        LoopbackListener listener;
        QVERIFY(!listener.listen());
        QHostAddress external;
        const auto addresses = QNetworkInterface::allAddresses();
        for (const QHostAddress &a : addresses) {
            if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol) {
                external = a;
                break;
            }
        }
        if (external.isNull())
            QSKIP("this machine has no non-loopback IPv4 address to try");
        RawClient client(listener.port(), external);
        QTRY_VERIFY(client.closed);
        QCOMPARE(client.failed, std::optional(QAbstractSocket::ConnectionRefusedError));
    }

    void strayRequestsGet404AndTheFlowGoesOn_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("favicon") << get("/favicon.ico") << 404;
        QTest::newRow("root") << get("/") << 404;
        QTest::newRow("prefix of path") << get("/callbackfoo?code=a&state=s") << 404;
        QTest::newRow("sub path") << get("/callback/x?code=a&state=s") << 404;
        QTest::newRow("POST") << QByteArray(
                "POST /callback HTTP/1.1\r\nContent-Length: 3\r\n\r\na=b")
                              << 404;
        QTest::newRow("garbage") << QByteArray("\x16\x03\x01 hello\r\n\r\n") << 400;
        QTest::newRow("duplicate code") << get("/callback?code=a&code=b&state=s") << 400;
    }
    void strayRequestsGet404AndTheFlowGoesOn()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        LoopbackListener listener;
        int validated = 0;
        listener.setValidator([&](const QMap<QString, QString> &) {
            ++validated;
            return Verdict::Accepted;
        });
        QVERIFY(!listener.listen());
        {
            RawClient stray(listener.port());
            stray.send(request);
            QTRY_VERIFY(stray.closed);
            QCOMPARE(stray.status(), status);
            QCOMPARE(validated, 0);
            QVERIFY(listener.isListening());
        }
        RawClient real(listener.port());
        real.send(get("/callback?code=c&state=s"));
        QTRY_VERIFY(real.closed);
        QCOMPARE(real.status(), 200);
        QCOMPARE(validated, 1);
    }

    void validCallbackGetsStaticPageAndClosesListener()
    {
        LoopbackListener listener;
        QMap<QString, QString> seen;
        listener.setValidator([&](const QMap<QString, QString> &p) {
            seen = p;
            return Verdict::Accepted;
        });
        QVERIFY(!listener.listen());
        const quint16 port = listener.port();
        RawClient client(port);
        client.send(get("/callback?code=abc%2B1&state=xyz&error_description=%3Cscript%3Ealert(1)%"
                        "3C/script%3E"
                        "&next=https%3A%2F%2Fevil.example%2F"));
        QTRY_VERIFY(client.closed);
        QCOMPARE(seen.value(QStringLiteral("code")), QStringLiteral("abc+1"));
        QCOMPARE(client.status(), 200);
        const QByteArray page = client.answer.toLower();
        QVERIFY(page.contains("cache-control: no-store"));
        QVERIFY(page.contains("referrer-policy: no-referrer"));
        QVERIFY(page.contains("you can close this tab"));
        QVERIFY(!page.contains("<script")); // nothing echoed
        QVERIFY(!page.contains("evil.example")); // no next= followed or shown
        QVERIFY(!page.contains("location:"));
        QVERIFY(!page.contains("abc"));
        QVERIFY(!listener.isListening());
        RawClient after(port);
        QTRY_VERIFY(after.closed);
        QCOMPARE(after.failed, std::optional(QAbstractSocket::ConnectionRefusedError));
    }

    void rejectedCallbackKeepsWaiting()
    {
        LoopbackListener listener;
        listener.setValidator([](const QMap<QString, QString> &p) {
            return p.value(QStringLiteral("state")) == QLatin1String("good") ? Verdict::Accepted
                                                                             : Verdict::Rejected;
        });
        QVERIFY(!listener.listen());
        QSignalSpy stray(&listener, &LoopbackListener::strayRequest);
        RawClient wrong(listener.port());
        wrong.send(get("/callback?code=a&state=bad"));
        QTRY_VERIFY(wrong.closed);
        QCOMPARE(wrong.status(), 400);
        QCOMPARE(stray.count(), 1);
        QVERIFY(listener.isListening());
        RawClient right(listener.port());
        right.send(get("/callback?code=a&state=good"));
        QTRY_VERIFY(right.closed);
        QCOMPARE(right.status(), 200);
        QVERIFY(!listener.isListening());
    }

    void slowDripStillParses()
    {
        LoopbackListener listener;
        bool called = false;
        listener.setValidator([&](const QMap<QString, QString> &) {
            called = true;
            return Verdict::Accepted;
        });
        QVERIFY(!listener.listen());
        RawClient client(listener.port());
        QTRY_VERIFY(client.socket.state() == QAbstractSocket::ConnectedState);
        const QByteArray request = get("/callback?code=a&state=s");
        for (char c : request) {
            client.send(QByteArray(1, c));
            client.socket.flush();
            QTest::qWait(1); // let each byte arrive as its own read
        }
        QTRY_VERIFY(client.closed);
        QVERIFY(called);
        QCOMPARE(client.status(), 200);
    }

    void oversizedRequestIsRefused()
    {
        LoopbackListener listener;
        bool called = false;
        listener.setValidator([&](const QMap<QString, QString> &) {
            called = true;
            return Verdict::Accepted;
        });
        QVERIFY(!listener.listen());
        RawClient client(listener.port());
        client.send("GET /callback?code=" + QByteArray(1024 * 1024, 'a') + " HTTP/1.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.closed, 10000);
        QCOMPARE(client.status(), 414);
        QVERIFY(!called);
        QVERIFY(listener.isListening());
    }

    void silentConnectionIsDropped()
    {
        LoopbackListener listener;
        listener.setIdleTimeout(200);
        QVERIFY(!listener.listen());
        RawClient client(listener.port());
        client.send("GET /callback?co");
        QTRY_VERIFY(client.closed);
        QVERIFY(client.answer.isEmpty());
    }

    void fullListenerDropsTheOldestConnection()
    {
        // Local processes hold every slot and keep each one alive with a byte at a time; the
        // browser's connection still gets in, at the cost of the oldest of theirs.
        LoopbackListener listener;
        listener.setIdleTimeout(60000); // each byte would restart it anyway
        int validated = 0;
        listener.setValidator([&](const QMap<QString, QString> &) {
            ++validated;
            return Verdict::Accepted;
        });
        QVERIFY(!listener.listen());
        std::vector<std::unique_ptr<RawClient>> drippers;
        for (int i = 0; i < LoopbackListener::MaxConnections; ++i) {
            drippers.push_back(std::make_unique<RawClient>(listener.port()));
            drippers.back()->send("GET /callback?pad=");
        }
        QTRY_COMPARE(listener.readingConnections(), LoopbackListener::MaxConnections);
        QTimer drip;
        drip.setInterval(20);
        connect(&drip, &QTimer::timeout, this, [&] {
            for (const auto &dripper : drippers) {
                if (!dripper->closed)
                    dripper->send("a");
            }
        });
        drip.start();

        RawClient browser(listener.port());
        QTRY_VERIFY(drippers.front()->closed);
        for (std::size_t i = 1; i < drippers.size(); ++i)
            QVERIFY(!drippers[i]->closed);
        QCOMPARE(listener.readingConnections(), LoopbackListener::MaxConnections);
        browser.send(get("/callback?code=c&state=s"));
        QTRY_VERIFY(browser.closed);
        QCOMPARE(browser.status(), 200);
        QCOMPARE(validated, 1);
        QVERIFY(drippers.front()->answer.isEmpty());
        // The sign-in is over: the rest are dropped with the listener, unanswered.
        QVERIFY(!listener.isListening());
        QCOMPARE(listener.readingConnections(), 0);
        for (const auto &dripper : drippers) {
            QTRY_VERIFY(dripper->closed);
            QVERIFY(dripper->answer.isEmpty());
        }
    }

    void drippingConnectionEndsAtItsDeadline()
    {
        LoopbackListener listener;
        listener.setIdleTimeout(60000);
        listener.setConnectionDeadline(300);
        bool called = false;
        listener.setValidator([&](const QMap<QString, QString> &) {
            called = true;
            return Verdict::Accepted;
        });
        QVERIFY(!listener.listen());
        RawClient dripper(listener.port());
        dripper.send("GET /callback?pad=");
        QTimer drip;
        drip.setInterval(20);
        connect(&drip, &QTimer::timeout, this, [&] {
            if (!dripper.closed)
                dripper.send("a");
        });
        drip.start();
        // Every byte restarts the idle timer; only the overall deadline can end it.
        QTRY_VERIFY_WITH_TIMEOUT(dripper.closed, 10000);
        QVERIFY(dripper.answer.isEmpty());
        QVERIFY(!called);
        QVERIFY(listener.isListening());
        QCOMPARE(listener.readingConnections(), 0);
    }

    void closingDropsConnectionsStillSending()
    {
        LoopbackListener listener;
        int validated = 0;
        listener.setValidator([&](const QMap<QString, QString> &) {
            ++validated;
            return Verdict::Accepted;
        });
        QVERIFY(!listener.listen());
        RawClient early(listener.port());
        early.send("GET /callback?code=second&st");
        QTRY_COMPARE(listener.readingConnections(), 1);
        RawClient browser(listener.port());
        browser.send(get("/callback?code=first&state=s"));
        QTRY_VERIFY(browser.closed);
        QCOMPARE(browser.status(), 200);
        QVERIFY(!listener.isListening());
        // The connection opened before the success can no longer finish its request.
        QTRY_VERIFY(early.closed);
        QVERIFY(early.answer.isEmpty());
        QCOMPARE(validated, 1);
    }

    void fragmentRelayForTheImplicitGrant()
    {
        LoopbackListener listener;
        listener.setFragmentRelay(true);
        QMap<QString, QString> seen;
        listener.setValidator([&](const QMap<QString, QString> &p) {
            seen = p;
            return p.value(QStringLiteral("state")) == QLatin1String("s") ? Verdict::Accepted
                                                                          : Verdict::Rejected;
        });
        QVERIFY(!listener.listen());
        const QByteArray origin = "http://127.0.0.1:" + QByteArray::number(listener.port());

        // The page: one script, pinned by hash, allowed to talk to this origin only.
        RawClient page(listener.port());
        page.send(get("/callback"));
        QTRY_VERIFY(page.closed);
        QCOMPARE(page.status(), 200);
        QVERIFY(page.answer.contains("location.hash"));
        QVERIFY(page.answer.contains("script-src 'sha256-"));
        QVERIFY(page.answer.contains("connect-src 'self'"));
        QVERIFY(page.answer.toLower().contains("cache-control: no-store"));
        QVERIFY(seen.isEmpty());

        // Another origin's page cannot post into it.
        RawClient foreign(listener.port());
        const QByteArray body = "access_token=fake-at&token_type=Bearer&state=s";
        foreign.send("POST /callback HTTP/1.1\r\nOrigin: https://evil.example\r\nContent-Type: "
                     "application/x-www-form-urlencoded\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_VERIFY(foreign.closed);
        QCOMPARE(foreign.status(), 404);
        QVERIFY(seen.isEmpty());

        RawClient relay(listener.port());
        relay.send("POST /callback HTTP/1.1\r\nOrigin: " + origin
                   + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                   + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_VERIFY(relay.closed);
        QCOMPARE(relay.status(), 200);
        QCOMPARE(seen.value(QStringLiteral("access_token")), QStringLiteral("fake-at"));
        QVERIFY(relay.answer.contains("text/plain"));
        QVERIFY(!relay.answer.contains("fake-at"));
        QVERIFY(!listener.isListening());
    }

    void closedListenerRefusesConnections()
    {
        LoopbackListener listener;
        QVERIFY(!listener.listen());
        const quint16 port = listener.port();
        QSignalSpy listening(&listener, &LoopbackListener::listeningChanged);
        listener.close();
        QCOMPARE(listening.count(), 1);
        RawClient client(port);
        QTRY_VERIFY(client.closed);
        QCOMPARE(client.failed, std::optional(QAbstractSocket::ConnectionRefusedError));
    }
};

QTEST_GUILESS_MAIN(tst_LoopbackListener)
#include "tst_loopbacklistener.moc"
