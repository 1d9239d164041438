#include "flows/implicitflow.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace OAuthDesk;

/// The implicit grant's own parts; the browser round trip against Authlib is in tst_browsergrants.
class tst_ImplicitFlow : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_network;
    HttpClient m_http{ &m_network };

    static int relay(quint16 port, const QByteArray &fragment)
    {
        QTcpSocket socket;
        QByteArray answer;
        bool closed = false;
        QObject::connect(&socket, &QTcpSocket::readyRead, [&] { answer += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, [&] { closed = true; });
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        socket.write("POST /callback HTTP/1.1\r\nContent-Type: "
                     "application/x-www-form-urlencoded\r\nContent-Length: "
                     + QByteArray::number(fragment.size()) + "\r\n\r\n" + fragment);
        if (!QTest::qWaitFor([&] { return closed; }, 5000))
            return -1;
        return answer.mid(9, 3).toInt();
    }

    Account account()
    {
        Account a;
        a.name = QStringLiteral("implicit");
        a.clientId = QStringLiteral("oauthdesk-implicit");
        a.scope = QStringLiteral("api:read");
        a.grantType = GrantType::Implicit;
        a.server.issuer = QUrl(QStringLiteral("http://127.0.0.1:9"));
        a.server.authorizationEndpoint = QUrl(QStringLiteral("http://127.0.0.1:9/authorize"));
        return a;
    }

private Q_SLOTS:
    void tokenFromTheFragment_data()
    {
        QTest::addColumn<QByteArray>("fragment");
        QTest::addColumn<bool>("granted");
        QTest::addColumn<int>("page");
        QTest::newRow("token") << QByteArray(
                "token_type=Bearer&access_token=fake-at&expires_in=3600&scope=api%3Aread")
                               << true << 200;
        QTest::newRow("refresh token ignored")
                << QByteArray("token_type=Bearer&access_token=fake-at&refresh_token=fake-rt")
                << true << 200;
        QTest::newRow("expires_in not a number")
                << QByteArray("token_type=Bearer&access_token=fake-at&expires_in=soon") << false
                << 200;
        QTest::newRow("not bearer")
                << QByteArray("token_type=mac&access_token=fake-at") << false << 200;
        QTest::newRow("access_denied") << QByteArray("error=access_denied") << false << 200;
    }
    void tokenFromTheFragment()
    {
        QFETCH(QByteArray, fragment);
        QFETCH(bool, granted);
        QFETCH(int, page);
        ImplicitFlow flow(account(), &m_http);
        QUrl opened;
        flow.setBrowserOpener([&](const QUrl &url) {
            opened = url;
            return Error();
        });
        QSignalSpy grantedSpy(&flow, &OAuthFlow::granted);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        flow.grant();
        const QUrlQuery query(opened);
        QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("token"));
        QVERIFY(!query.hasQueryItem(QStringLiteral("code_challenge")));
        const QByteArray state = query.queryItemValue(QStringLiteral("state")).toLatin1();
        QCOMPARE(state.size(), 43);
        // Without our state nothing counts, whatever the fragment says.
        QCOMPARE(relay(flow.listener()->port(), fragment + "&state=other"), 400);
        QVERIFY(flow.isActive());
        QCOMPARE(relay(flow.listener()->port(), fragment + "&state=" + state), page);
        QCOMPARE(grantedSpy.count(), granted ? 1 : 0);
        QCOMPARE(failed.count(), granted ? 0 : 1);
        if (granted) {
            QCOMPARE(flow.token(), QStringLiteral("fake-at"));
            QVERIFY(flow.refreshToken().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(tst_ImplicitFlow)
#include "tst_implicitflow.moc"
