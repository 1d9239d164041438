// Issue 17, item 8: no cookie rides along. A server's Set-Cookie is kept nowhere, so it never goes
// back on a later request: not to another endpoint, not for another account, and never unseen by
// the exchange log. A Cookie header a person sets on a request is theirs and still goes.

#include "http/httpclient.h"
#include "scriptedserver.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace OAuthDesk;
using OAuthDesk::Test::ScriptedServer;

class tst_HttpCookies : public QObject
{
    Q_OBJECT
private:
    static QByteArray setsACookie(const ScriptedServer::Request &)
    {
        return ScriptedServer::json(200, "{}",
                                    "Set-Cookie: tracker=seen-before; Path=/; Max-Age=3600\r\n");
    }

    static bool hasCookieHeader(const ScriptedServer::Request &request)
    {
        return request.headers.toLower().contains("\ncookie:")
                || request.headers.toLower().startsWith("cookie:");
    }

    static HttpResponse wait(std::optional<HttpResponse> &response)
    {
        if (!QTest::qWaitFor([&response] { return response.has_value(); }, 10000))
            return {};
        return *response;
    }

private Q_SLOTS:
    void aServersCookieIsNeverSentBack()
    {
        ScriptedServer server(&tst_HttpCookies::setsACookie);
        QVERIFY(server.start());
        QNetworkAccessManager network;
        HttpClient http(&network);

        std::optional<HttpResponse> first;
        http.postForm(QUrl(server.url(QStringLiteral("/token"))),
                      { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") } },
                      {}, this, [&first](const HttpResponse &r) { first = r; });
        QCOMPARE(wait(first).status, 200);
        // The control: the server did ask for the cookie to come back.
        QVERIFY(first->header("set-cookie").startsWith("tracker="));

        // Another endpoint of the same server, and the same endpoint again (as another account's
        // request would be): neither carries it.
        std::optional<HttpResponse> second;
        http.get(QUrl(server.url(QStringLiteral("/userinfo"))), this,
                 [&second](const HttpResponse &r) { second = r; });
        QCOMPARE(wait(second).status, 200);
        std::optional<HttpResponse> third;
        http.postForm(QUrl(server.url(QStringLiteral("/token"))),
                      { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") } },
                      {}, this, [&third](const HttpResponse &r) { third = r; });
        QCOMPARE(wait(third).status, 200);

        QCOMPARE(server.requests().size(), 3);
        for (const ScriptedServer::Request &request : server.requests())
            QVERIFY2(!hasCookieHeader(request), request.headers.constData());
    }

    void aCookieThePersonSetsStillGoes()
    {
        ScriptedServer server(&tst_HttpCookies::setsACookie);
        QVERIFY(server.start());
        QNetworkAccessManager network;
        HttpClient http(&network);
        QNetworkRequest request = http.createRequest(QUrl(server.url(QStringLiteral("/api"))));
        request.setRawHeader("Cookie", "mine=typed-by-hand");
        std::optional<HttpResponse> response;
        http.send("GET", request, {}, this, [&response](const HttpResponse &r) { response = r; });
        QCOMPARE(wait(response).status, 200);
        QCOMPARE(server.requests().size(), 1);
        QVERIFY2(server.requests().first().headers.contains("mine=typed-by-hand"),
                 server.requests().first().headers.constData());
    }
};

QTEST_GUILESS_MAIN(tst_HttpCookies)
#include "tst_httpcookies.moc"
