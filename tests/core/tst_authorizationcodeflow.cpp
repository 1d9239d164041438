#include "flows/authorizationcodeflow.h"
#include "pkce/pkce.h"
#include "scriptedserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace OAuthDesk;
using OAuthDesk::Test::ScriptedServer;

namespace {

/// The browser's side of the callback: one GET to the listener, the answer's status.
int callBack(quint16 port, const QByteArray &query)
{
    QTcpSocket socket;
    QByteArray answer;
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { answer += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, [&] { closed = true; });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, [&] { closed = true; });
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    socket.write("GET /callback?" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    if (!QTest::qWaitFor([&] { return closed; }, 5000))
        return -1;
    return answer.mid(9, 3).toInt();
}

QString param(const QUrl &url, const char *name)
{
    return QUrlQuery(url).queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

} // namespace

class tst_AuthorizationCodeFlow : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_network;
    HttpClient m_http{ &m_network };

    Account account(const QString &tokenEndpoint,
                    const QString &scope = QStringLiteral("openid offline_access api"))
    {
        Account a;
        a.name = QStringLiteral("test");
        a.clientId = QStringLiteral("client one");
        a.scope = scope;
        a.server.issuer = QUrl(QStringLiteral("http://127.0.0.1:9"));
        a.server.authorizationEndpoint =
                QUrl(QStringLiteral("http://127.0.0.1:9/authorize?tenant=x"));
        a.server.tokenEndpoint = QUrl(tokenEndpoint);
        return a;
    }

private Q_SLOTS:
    void authorizationUrl()
    {
        AuthorizationCodeFlow flow(account(QStringLiteral("http://127.0.0.1:9/token")), &m_http);
        QUrl opened;
        flow.setBrowserOpener([&](const QUrl &url) {
            opened = url;
            return Error();
        });
        flow.grant();
        QVERIFY(flow.isActive());
        QCOMPARE(opened.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(opened.path(), QStringLiteral("/authorize"));
        QCOMPARE(param(opened, "tenant"), QStringLiteral("x")); // the endpoint's own query is kept
        QCOMPARE(param(opened, "response_type"), QStringLiteral("code"));
        QCOMPARE(param(opened, "client_id"), QStringLiteral("client one"));
        QCOMPARE(param(opened, "redirect_uri"),
                 QStringLiteral("http://127.0.0.1:%1/callback").arg(flow.listener()->port()));
        QCOMPARE(param(opened, "scope"), QStringLiteral("openid offline_access api"));
        QCOMPARE(param(opened, "code_challenge_method"), QStringLiteral("S256"));
        QCOMPARE(param(opened, "code_challenge").size(), 43);
        QCOMPARE(param(opened, "state").size(), 43);
        QCOMPARE(param(opened, "nonce").size(), 43);
        QCOMPARE(param(opened, "prompt"),
                 QStringLiteral("consent")); // offline_access needs it (OIDC Core §11)
        QVERIFY(!opened.toString().contains(QLatin1String("code_verifier")));
        flow.cancel();
    }

    void noNonceOrPromptWithoutThoseScopes()
    {
        AuthorizationCodeFlow flow(
                account(QStringLiteral("http://127.0.0.1:9/token"), QStringLiteral("api")),
                &m_http);
        QUrl opened;
        flow.setBrowserOpener([&](const QUrl &url) {
            opened = url;
            return Error();
        });
        flow.grant();
        QVERIFY(!QUrlQuery(opened).hasQueryItem(QStringLiteral("nonce")));
        QVERIFY(!QUrlQuery(opened).hasQueryItem(QStringLiteral("prompt")));
        flow.cancel();
    }

    void everyAttemptIsFresh()
    {
        AuthorizationCodeFlow flow(account(QStringLiteral("http://127.0.0.1:9/token")), &m_http);
        QList<QUrl> urls;
        flow.setBrowserOpener([&](const QUrl &url) {
            urls.append(url);
            return Error();
        });
        flow.grant();
        const quint16 firstPort = flow.listener()->port();
        flow.cancel();
        flow.grant();
        QCOMPARE(urls.size(), 2);
        QVERIFY(param(urls[0], "state") != param(urls[1], "state"));
        QVERIFY(param(urls[0], "code_challenge") != param(urls[1], "code_challenge"));
        QVERIFY(param(urls[0], "nonce") != param(urls[1], "nonce"));
        // The first attempt's state is worth nothing now.
        QCOMPARE(callBack(flow.listener()->port(),
                          "code=a&state=" + param(urls[0], "state").toLatin1()),
                 400);
        QVERIFY(flow.isActive());
        Q_UNUSED(firstPort);
        flow.cancel();
    }

    void stateIsCheckedBeforeAnythingElse_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::newRow("missing state") << QByteArray("code=abc");
        QTest::newRow("wrong state")
                << QByteArray("code=abc&state=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("empty state") << QByteArray("code=abc&state=");
        QTest::newRow("error without state") << QByteArray("error=access_denied");
        QTest::newRow("error with wrong state") << QByteArray("error=access_denied&state=nope");
    }
    void stateIsCheckedBeforeAnythingElse()
    {
        QFETCH(QByteArray, query);
        ScriptedServer canary([](const ScriptedServer::Request &) {
            return ScriptedServer::json(200, R"({"access_token":"fake-at","token_type":"Bearer"})");
        });
        QVERIFY(canary.start());
        AuthorizationCodeFlow flow(account(canary.url(QStringLiteral("/token"))), &m_http);
        QUrl opened;
        flow.setBrowserOpener([&](const QUrl &url) {
            opened = url;
            return Error();
        });
        QSignalSpy failed(&flow, &AuthorizationCodeFlow::failed);
        QSignalSpy granted(&flow, &AuthorizationCodeFlow::granted);
        flow.grant();
        const quint16 port = flow.listener()->port();
        QCOMPARE(callBack(port, query), 400);
        QVERIFY(flow.isActive()); // still waiting for the real answer
        QCOMPARE(failed.count(), 0);
        QCOMPARE(granted.count(), 0);

        // The real answer, later: it is taken, and its code is the only one redeemed. Had the
        // rejected callback started a token request or ended the flow, that would have come before
        // this one.
        QCOMPARE(callBack(port, "code=the-real-code&state=" + param(opened, "state").toLatin1()),
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(granted.count() + failed.count(), 1, 10000);
        QCOMPARE(granted.count(), 1);
        QCOMPARE(canary.requests().size(), 1);
        const QByteArray body = canary.requests().first().body;
        QVERIFY2(body.contains("code=the-real-code"), body.constData());
        QVERIFY(!body.contains("code=abc"));
    }

    void callbackAfterSuccessIsIgnored_data()
    {
        QTest::addColumn<QByteArray>("late");
        QTest::newRow("second code") << QByteArray("code=second-code");
        QTest::newRow("error") << QByteArray("error=access_denied");
    }
    void callbackAfterSuccessIsIgnored()
    {
        // A connection opened before the browser's (a local process, or a second tab) finishes
        // its request after the real callback was taken, while the code is being redeemed.
        QFETCH(QByteArray, late);
        QTcpSocket lateSocket;
        QByteArray lateAnswer;
        bool lateClosed = false;
        connect(&lateSocket, &QTcpSocket::readyRead, this,
                [&] { lateAnswer += lateSocket.readAll(); });
        connect(&lateSocket, &QTcpSocket::disconnected, this, [&] { lateClosed = true; });
        connect(&lateSocket, &QTcpSocket::errorOccurred, this, [&] { lateClosed = true; });
        ScriptedServer tokenServer([&](const ScriptedServer::Request &) {
            // The token answer waits until the late request has had every chance to be taken.
            if (lateSocket.state() == QAbstractSocket::ConnectedState)
                lateSocket.write(" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            if (!QTest::qWaitFor([&] { return lateClosed; }, 5000))
                qWarning("the late connection is still open"); // QVERIFY(lateClosed) below fails
            return ScriptedServer::json(
                    200, R"({"access_token":"fake-at","token_type":"Bearer","expires_in":60})");
        });
        QVERIFY(tokenServer.start());
        AuthorizationCodeFlow flow(account(tokenServer.url(QStringLiteral("/token"))), &m_http);
        QUrl opened;
        flow.setBrowserOpener([&](const QUrl &url) {
            opened = url;
            return Error();
        });
        QSignalSpy failed(&flow, &AuthorizationCodeFlow::failed);
        QSignalSpy granted(&flow, &AuthorizationCodeFlow::granted);
        QSignalSpy callbacks(&flow, &AuthorizationCodeFlow::authorizationCallbackReceived);
        flow.grant();
        const quint16 port = flow.listener()->port();
        const QByteArray state = param(opened, "state").toLatin1();

        lateSocket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        lateSocket.write("GET /callback?" + late + "&state=" + state);
        QTRY_COMPARE(flow.listener()->readingConnections(), 1); // accepted, still sending
        QCOMPARE(callBack(port, "code=first-code&state=" + state), 200);

        QTRY_COMPARE_WITH_TIMEOUT(granted.count() + failed.count(), 1, 10000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(granted.count(), 1);
        QCOMPARE(callbacks.count(), 1);
        QVERIFY(lateClosed);
        QVERIFY(lateAnswer.isEmpty()); // dropped unread, not answered as a callback
        QCOMPARE(tokenServer.requests().size(), 1);
        const QByteArray body = tokenServer.requests().first().body;
        QVERIFY2(body.contains("code=first-code"), body.constData());
    }

    void errorWithValidStateFailsTheFlow()
    {
        AuthorizationCodeFlow flow(account(QStringLiteral("http://127.0.0.1:9/token")), &m_http);
        QUrl opened;
        flow.setBrowserOpener([&](const QUrl &url) {
            opened = url;
            return Error();
        });
        QSignalSpy failed(&flow, &AuthorizationCodeFlow::failed);
        flow.grant();
        const quint16 port = flow.listener()->port();
        QCOMPARE(callBack(port,
                          "error=access_denied&error_description=%3Cb%3Eno%3C%2Fb%3E&state="
                                  + param(opened, "state").toLatin1()),
                 200);
        QCOMPARE(failed.count(), 1);
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.kind(), Error::Kind::OAuth);
        QCOMPARE(error.oauthError(), QStringLiteral("access_denied"));
        QCOMPARE(error.errorDescription(),
                 QStringLiteral("<b>no</b>")); // kept as plain text for the UI to escape
        QVERIFY(!flow.isActive());
        QCOMPARE(callBack(port, "code=a"), 0); // listener gone: connection refused, no answer
    }

    void errorFromTheCallbackIsCleanedBeforeItIsShown()
    {
        // An attacker who starts a sign-in in the victim's browser can send any `error` to the
        // loopback listener; its text reaches the terminal through `oauthdesk login`.
        AuthorizationCodeFlow flow(account(QStringLiteral("http://127.0.0.1:9/token")), &m_http);
        QUrl opened;
        flow.setBrowserOpener([&](const QUrl &url) {
            opened = url;
            return Error();
        });
        QSignalSpy failed(&flow, &AuthorizationCodeFlow::failed);
        flow.grant();
        const QByteArray longCode(300, 'x');
        QCOMPARE(callBack(flow.listener()->port(),
                          "error=%1B%5B2J" + longCode
                                  + "&error_description=a%1B%5D0%3Bowned%07b%0D%0A"
                                  + "&state=" + param(opened, "state").toLatin1()),
                 200);
        QCOMPARE(failed.count(), 1);
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.kind(), Error::Kind::OAuth);
        QCOMPARE(error.oauthError(),
                 QStringLiteral("[2J") + QString::fromLatin1(longCode.left(96)));
        QCOMPARE(error.errorDescription(), QStringLiteral("a]0;ownedb"));
        for (const QChar c : error.message())
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(error.message()));
    }

    void issuerMixUp_data()
    {
        QTest::addColumn<bool>("issSupported");
        QTest::addColumn<QByteArray>("issPart");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("iss of another server")
                << false << QByteArray("&iss=http%3A%2F%2F127.0.0.1%3A10") << false;
        QTest::newRow("iss with trailing slash")
                << false << QByteArray("&iss=http%3A%2F%2F127.0.0.1%3A9%2F") << false;
        QTest::newRow("iss missing, promised") << true << QByteArray() << false;
        QTest::newRow("iss missing, not promised") << false << QByteArray() << true;
        QTest::newRow("iss right") << true << QByteArray("&iss=http%3A%2F%2F127.0.0.1%3A9") << true;
    }
    void issuerMixUp()
    {
        QFETCH(bool, issSupported);
        QFETCH(QByteArray, issPart);
        QFETCH(bool, accepted);
        ScriptedServer tokenServer([](const ScriptedServer::Request &) {
            return ScriptedServer::json(
                    200, R"({"access_token":"fake-at","token_type":"Bearer","expires_in":60})");
        });
        QVERIFY(tokenServer.start());
        Account a = account(tokenServer.url(QStringLiteral("/token")));
        a.server.issParameterSupported = issSupported;
        AuthorizationCodeFlow flow(a, &m_http);
        QUrl opened;
        flow.setBrowserOpener([&](const QUrl &url) {
            opened = url;
            return Error();
        });
        QSignalSpy failed(&flow, &AuthorizationCodeFlow::failed);
        QSignalSpy granted(&flow, &AuthorizationCodeFlow::granted);
        flow.grant();
        callBack(flow.listener()->port(),
                 "code=c&state=" + param(opened, "state").toLatin1() + issPart);
        QTRY_COMPARE(failed.count() + granted.count(), 1);
        QCOMPARE(granted.count(), accepted ? 1 : 0);
        if (!accepted) {
            QCOMPARE(failed.first().first().value<Error>().kind(), Error::Kind::InvalidResponse);
            QVERIFY(tokenServer.requests().isEmpty());
        }
    }

    void codeExchangeCarriesTheVerifier()
    {
        ScriptedServer tokenServer([](const ScriptedServer::Request &) {
            return ScriptedServer::json(
                    200,
                    R"({"access_token":"fake-at-xyz","token_type":"Bearer","expires_in":120,"refresh_token":"fake-rt"})");
        });
        QVERIFY(tokenServer.start());
        AuthorizationCodeFlow flow(account(tokenServer.url(QStringLiteral("/token"))), &m_http);
        QUrl opened;
        flow.setBrowserOpener([&](const QUrl &url) {
            opened = url;
            return Error();
        });
        QSignalSpy granted(&flow, &AuthorizationCodeFlow::granted);
        flow.grant();
        const QString redirect = flow.listener()->callback();
        QCOMPARE(callBack(flow.listener()->port(),
                          "code=the%2Bcode&state=" + param(opened, "state").toLatin1()),
                 200);
        QTRY_COMPARE(granted.count(), 1);
        QCOMPARE(flow.token(), QStringLiteral("fake-at-xyz"));
        QCOMPARE(flow.refreshToken(), QStringLiteral("fake-rt"));
        QCOMPARE(flow.status(), QAbstractOAuth::Status::Granted);
        QVERIFY(flow.expiration().isValid());

        QCOMPARE(tokenServer.requests().size(), 1);
        const auto &request = tokenServer.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QVERIFY(request.headers.toLower().contains(
                "content-type: application/x-www-form-urlencoded"));
        const QUrlQuery form(
                QString::fromLatin1(request.body).replace(QLatin1Char('+'), QLatin1Char(' ')));
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")),
                 QStringLiteral("authorization_code"));
        QCOMPARE(form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
                 QStringLiteral("the+code"));
        QCOMPARE(form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), redirect);
        QCOMPARE(form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded),
                 QStringLiteral("client one"));
        const QByteArray verifier = form.queryItemValue(QStringLiteral("code_verifier")).toLatin1();
        QCOMPARE(verifier.size(), 43);
        QCOMPARE(Pkce::challengeFor(verifier), param(opened, "code_challenge").toLatin1());
        QVERIFY(!opened.toString().contains(QString::fromLatin1(verifier)));
    }

    void tokenErrorFailsTheFlowWithTypedError()
    {
        ScriptedServer tokenServer([](const ScriptedServer::Request &) {
            return ScriptedServer::json(
                    400, R"({"error":"invalid_grant","error_description":"code expired"})");
        });
        QVERIFY(tokenServer.start());
        AuthorizationCodeFlow flow(account(tokenServer.url(QStringLiteral("/token"))), &m_http);
        QUrl opened;
        flow.setBrowserOpener([&](const QUrl &url) {
            opened = url;
            return Error();
        });
        QSignalSpy failed(&flow, &AuthorizationCodeFlow::failed);
        flow.grant();
        callBack(flow.listener()->port(), "code=c&state=" + param(opened, "state").toLatin1());
        QTRY_COMPARE(failed.count(), 1);
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.oauthError(), QStringLiteral("invalid_grant"));
        QCOMPARE(error.errorDescription(), QStringLiteral("code expired"));
        QVERIFY(flow.token().isEmpty());
    }

    void cancelAndTimeoutCloseTheListener()
    {
        AuthorizationCodeFlow flow(account(QStringLiteral("http://127.0.0.1:9/token")), &m_http);
        flow.setBrowserOpener([](const QUrl &) { return Error(); });
        QSignalSpy failed(&flow, &AuthorizationCodeFlow::failed);
        flow.grant();
        quint16 port = flow.listener()->port();
        flow.cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.last().first().value<Error>().kind(), Error::Kind::Cancelled);
        QCOMPARE(callBack(port, "code=a"), 0);

        flow.setTimeout(std::chrono::milliseconds(100));
        flow.grant();
        port = flow.listener()->port();
        QTRY_COMPARE(failed.count(), 2);
        QCOMPARE(failed.last().first().value<Error>().kind(), Error::Kind::Timeout);
        QVERIFY(!flow.isActive());
        QCOMPARE(callBack(port, "code=a"), 0);
    }

    void browserFailureEndsTheFlow()
    {
        AuthorizationCodeFlow flow(account(QStringLiteral("http://127.0.0.1:9/token")), &m_http);
        flow.setBrowserOpener(
                [](const QUrl &) { return Error(Error::Kind::Browser, QStringLiteral("none")); });
        QSignalSpy failed(&flow, &AuthorizationCodeFlow::failed);
        flow.grant();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<Error>().kind(), Error::Kind::Browser);
        QVERIFY(!flow.isActive());
    }

    void pushedAuthorizationRequest()
    {
        ScriptedServer par([](const ScriptedServer::Request &) {
            return ScriptedServer::json(201,
                                        "{\"request_uri\":\"urn:ietf:params:oauth:request_uri:fake-"
                                        "1\",\"expires_in\":60}");
        });
        QVERIFY(par.start());
        Account a = account(QStringLiteral("http://127.0.0.1:9/token"));
        a.server.pushedAuthorizationRequestEndpoint = QUrl(par.url(QStringLiteral("/par")));
        AuthorizationCodeFlow flow(a, &m_http);
        QUrl opened;
        flow.setBrowserOpener([&](const QUrl &url) {
            opened = url;
            return Error();
        });
        flow.grant();
        QTRY_VERIFY(opened.isValid());
        // The browser sees only the client and the reference; the request itself went back-channel.
        QCOMPARE(QUrlQuery(opened).queryItems().size(), 3); // tenant=x, client_id, request_uri
        QVERIFY(!QUrlQuery(opened).hasQueryItem(QStringLiteral("state")));
        QCOMPARE(param(opened, "request_uri"),
                 QStringLiteral("urn:ietf:params:oauth:request_uri:fake-1"));
        QCOMPARE(par.requests().size(), 1);
        const QByteArray body = par.requests().first().body;
        QVERIFY(body.contains("code_challenge_method=S256"));
        QVERIFY(body.contains("state="));
        QVERIFY(body.contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A"));
        flow.cancel();
    }

    void pushedRequestErrorsComeBeforeTheBrowser()
    {
        ScriptedServer par([](const ScriptedServer::Request &) {
            return ScriptedServer::json(
                    401,
                    "{\"error\":\"invalid_client\",\"error_description\":\"client is invalid\"}");
        });
        QVERIFY(par.start());
        Account a = account(QStringLiteral("http://127.0.0.1:9/token"));
        a.server.pushedAuthorizationRequestEndpoint = QUrl(par.url(QStringLiteral("/par")));
        AuthorizationCodeFlow flow(a, &m_http);
        bool browserOpened = false;
        flow.setBrowserOpener([&](const QUrl &) {
            browserOpened = true;
            return Error();
        });
        QSignalSpy failed(&flow, &AuthorizationCodeFlow::failed);
        flow.grant();
        QTRY_COMPARE(failed.count(), 1);
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.oauthError(), QStringLiteral("invalid_client"));
        QCOMPARE(error.errorDescription(), QStringLiteral("client is invalid"));
        QVERIFY(!browserOpened);
        QVERIFY(!flow.isActive());
    }

    void insecureEndpointsAreRefused()
    {
        Account a = account(QStringLiteral("http://example.com/token"));
        AuthorizationCodeFlow flow(a, &m_http);
        QSignalSpy failed(&flow, &AuthorizationCodeFlow::failed);
        flow.grant();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<Error>().kind(), Error::Kind::InsecureUrl);
        QVERIFY(!flow.listener());
    }
};

QTEST_GUILESS_MAIN(tst_AuthorizationCodeFlow)
#include "tst_authorizationcodeflow.moc"
