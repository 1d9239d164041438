#include "http/exchangelog.h"
#include "http/httpclient.h"

#include "scriptedserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace OAuthDesk;
using OAuthDesk::Test::ScriptedServer;

class tst_ExchangeLog : public QObject
{
    Q_OBJECT
private:
    static QStringList canaries()
    {
        return { QStringLiteral("CANARY-CODE"),   QStringLiteral("CANARY-VERIFIER"),
                 QStringLiteral("CANARY-SECRET"), QStringLiteral("CANARY-AT"),
                 QStringLiteral("CANARY-RT"),     QStringLiteral("CANARY-IT"),
                 QStringLiteral("CANARY-BASIC"),  QStringLiteral("CANARY-COOKIE"),
                 QStringLiteral("CANARY-STATE"),  QStringLiteral("Q0FOQVJZLUJBU0lD") };
    }
    static QString allText(const ExchangeLog::Exchange &e)
    {
        QString text = e.url + e.requestBody + e.responseBody + e.errorText;
        for (const auto &h : e.requestHeaders + e.responseHeaders)
            text += QString::fromLatin1(h.first + ": " + h.second + "\n");
        return text;
    }

private Q_SLOTS:
    void tokenExchangeIsRedacted()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            return ScriptedServer::json(
                    200,
                    "{\"access_token\":\"CANARY-AT\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                    "\"refresh_token\":\"CANARY-RT\",\"id_token\":\"CANARY-IT\"}",
                    "Set-Cookie: sid=CANARY-COOKIE; HttpOnly\r\n");
        });
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        ExchangeLog log;
        const QDateTime fixed(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
        log.setClock(Clock([fixed] { return fixed; }));
        http.setExchangeLog(&log);
        QSignalSpy added(&log, &ExchangeLog::exchangeAdded);

        bool done = false;
        HttpResponse response;
        http.postForm(QUrl(server.url(QStringLiteral("/token?state=CANARY-STATE"))),
                      { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                        { QStringLiteral("code"), QStringLiteral("CANARY-CODE") },
                        { QStringLiteral("code_verifier"), QStringLiteral("CANARY-VERIFIER") },
                        { QStringLiteral("client_id"), QStringLiteral("app") },
                        { QStringLiteral("client_secret"), QStringLiteral("CANARY-SECRET") } },
                      { { "Authorization", "Basic Q0FOQVJZLUJBU0lD" } }, this,
                      [&](const HttpResponse &r) {
                          response = r;
                          done = true;
                      });
        QTRY_VERIFY(done);
        QCOMPARE(added.size(), 1);

        // The request and answer themselves are untouched.
        QCOMPARE(response.status, 200);
        QVERIFY(response.body.contains("CANARY-AT"));
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(server.requests().first().body.contains("code=CANARY-CODE"));
        QVERIFY(server.requests().first().headers.contains("Basic Q0FOQVJZLUJBU0lD"));

        QCOMPARE(log.count(), 1);
        const ExchangeLog::Exchange e = log.exchanges().first();
        QCOMPARE(added.first().first().toInt(), e.id);
        QCOMPARE(e.kind, ExchangeLog::Kind::Token);
        QCOMPARE(e.method, QByteArray("POST"));
        QCOMPARE(e.status, 200);
        QCOMPARE(e.time, fixed);
        const QString exported = log.exportText();
        for (const QString &canary : canaries()) {
            QVERIFY2(!allText(e).contains(canary), qPrintable(canary));
            QVERIFY2(!exported.contains(canary), qPrintable(canary));
        }
        for (const QString &kept :
             { QStringLiteral("grant_type=authorization_code"), QStringLiteral("code=[redacted]"),
               QStringLiteral("code_verifier=[redacted]"),
               QStringLiteral("client_secret=[redacted]"), QStringLiteral("client_id=app"),
               QStringLiteral("state=[redacted]"),
               QStringLiteral("Authorization: Basic [redacted]"),
               QStringLiteral("\"access_token\":\"[redacted]\""),
               QStringLiteral("\"refresh_token\":\"[redacted]\""),
               QStringLiteral("\"id_token\":\"[redacted]\""),
               QStringLiteral("\"token_type\":\"Bearer\""),
               QStringLiteral("Set-Cookie: [redacted]"),
               QStringLiteral("Content-Type: application/x-www-form-urlencoded"),
               QStringLiteral("< 200") })
            QVERIFY2(exported.contains(kept), qPrintable(kept + QStringLiteral("\n") + exported));
    }

    void taggedResourceRequest()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            return ScriptedServer::json(
                    302, "",
                    "Location: http://127.0.0.1:1/cb?code=CANARY-CODE&state=CANARY-STATE\r\n");
        });
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        ExchangeLog log;
        http.setExchangeLog(&log);
        QNetworkRequest request = http.createRequest(QUrl(server.url(QStringLiteral("/me"))));
        request.setRawHeader("Authorization", "Bearer CANARY-AT");
        ExchangeLog::tag(request, ExchangeLog::Kind::Resource, QStringLiteral("work"));
        bool done = false;
        http.send("GET", request, {}, nullptr, [&](const HttpResponse &) { done = true; });
        QTRY_VERIFY(done);
        QVERIFY(server.requests().first().headers.contains("Bearer CANARY-AT"));
        const ExchangeLog::Exchange e = log.exchanges().first();
        QCOMPARE(e.kind, ExchangeLog::Kind::Resource);
        QCOMPARE(e.accountName, QStringLiteral("work"));
        QCOMPARE(e.status, 302);
        const QString text = ExchangeLog::toText(e);
        QVERIFY(text.contains(QStringLiteral("Authorization: Bearer [redacted]")));
        QVERIFY(text.contains(QStringLiteral("account \"work\"")));
        for (const QString &canary : canaries())
            QVERIFY2(!text.contains(canary), qPrintable(text));
    }

    void guessedKinds_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("discovery")
                << QByteArray("GET") << QStringLiteral("/.well-known/openid-configuration")
                << QByteArray() << int(ExchangeLog::Kind::Discovery);
        QTest::newRow("refresh") << QByteArray("POST") << QStringLiteral("/token")
                                 << QByteArray("grant_type=refresh_token&refresh_token=x")
                                 << int(ExchangeLog::Kind::Refresh);
        QTest::newRow("device grant")
                << QByteArray("POST") << QStringLiteral("/token")
                << QByteArray("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code")
                << int(ExchangeLog::Kind::Token);
        QTest::newRow("revocation") << QByteArray("POST") << QStringLiteral("/oauth/revoke")
                                    << QByteArray("token=x") << int(ExchangeLog::Kind::Revocation);
        QTest::newRow("introspection")
                << QByteArray("POST") << QStringLiteral("/introspect") << QByteArray("token=x")
                << int(ExchangeLog::Kind::Introspection);
        QTest::newRow("other") << QByteArray("GET") << QStringLiteral("/x") << QByteArray()
                               << int(ExchangeLog::Kind::Other);
    }
    void guessedKinds()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QNetworkRequest request(QUrl(QStringLiteral("https://idp.example") + path));
        QCOMPARE(int(ExchangeLog::kindOf(request, method, body)), kind);
        ExchangeLog::tag(request, ExchangeLog::Kind::Introspection);
        QCOMPARE(ExchangeLog::kindOf(request, method, body), ExchangeLog::Kind::Introspection);
    }

    void networkErrorIsRecorded()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        ExchangeLog log;
        http.setExchangeLog(&log);
        bool done = false;
        http.get(QUrl(QStringLiteral("http://127.0.0.1:%1/x?access_token=CANARY-AT").arg(port)),
                 nullptr, [&](const HttpResponse &r) {
                     QVERIFY(r.error);
                     done = true;
                 });
        QTRY_VERIFY(done);
        QCOMPARE(log.count(), 1);
        QCOMPARE(log.exchanges().first().status, 0);
        QVERIFY(!log.exchanges().first().errorText.isEmpty());
        QVERIFY(!log.exportText().contains(QStringLiteral("CANARY-AT")));
        QVERIFY(log.exportText().contains(QStringLiteral("! ")));
    }

    void goneContextIsStillLogged()
    {
        ScriptedServer server(
                [](const ScriptedServer::Request &) { return ScriptedServer::json(200, "{}"); });
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        ExchangeLog log;
        http.setExchangeLog(&log);
        auto context = std::make_unique<QObject>();
        bool called = false;
        http.get(QUrl(server.url(QStringLiteral("/x"))), context.get(),
                 [&](const HttpResponse &) { called = true; });
        context.reset();
        QTRY_COMPARE(log.count(), 1);
        QVERIFY(!called);
    }

    void noLogNoRecord()
    {
        ScriptedServer server(
                [](const ScriptedServer::Request &) { return ScriptedServer::json(200, "{}"); });
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        QCOMPARE(http.exchangeLog(), nullptr);
        bool done = false;
        http.get(QUrl(server.url(QStringLiteral("/x"))), nullptr, [&](const HttpResponse &r) {
            QCOMPARE(r.status, 200);
            done = true;
        });
        QTRY_VERIFY(done);
        // A log that is deleted while set is simply no longer used.
        auto log = std::make_unique<ExchangeLog>();
        http.setExchangeLog(log.get());
        log.reset();
        done = false;
        http.get(QUrl(server.url(QStringLiteral("/x"))), nullptr,
                 [&](const HttpResponse &) { done = true; });
        QTRY_VERIFY(done);
    }

    void authorizationUrl()
    {
        ExchangeLog log;
        const int id = log.recordAuthorization(
                QUrl(QStringLiteral("https://idp.example/authorize?client_id=app&state=CANARY-STATE"
                                    "&code_challenge=CANARY-CODE&nonce=CANARY-AT")),
                QStringLiteral("work"));
        const auto e = log.exchange(id);
        QVERIFY(e);
        QCOMPARE(e->kind, ExchangeLog::Kind::Authorization);
        const QString text = log.exportText();
        QVERIFY(text.contains(QStringLiteral("opened in the browser")));
        QVERIFY(text.contains(
                QStringLiteral("client_id=app&state=[redacted]&code_challenge=[redacted]")));
        for (const QString &canary : canaries())
            QVERIFY(!text.contains(canary));
    }

    void capacity()
    {
        ExchangeLog log;
        QCOMPARE(log.capacity(), ExchangeLog::DefaultCapacity);
        log.setCapacity(3);
        QSignalSpy removed(&log, &ExchangeLog::oldestRemoved);
        for (int i = 0; i < 5; ++i)
            log.finish(log.begin(ExchangeLog::Kind::Other, {}, "GET",
                                 QUrl(QStringLiteral("https://h/%1").arg(i)), {}, {}),
                       200, 1, {}, {});
        QCOMPARE(log.count(), 3);
        QCOMPARE(log.exchanges().first().id, 3);
        QCOMPARE(log.exchanges().last().id, 5);
        QCOMPARE(log.exchanges().first().url, QStringLiteral("https://h/2"));
        QCOMPARE(removed.size(), 2);
        QVERIFY(!log.exchange(1));
        log.setCapacity(1);
        QCOMPARE(log.count(), 1);
        QCOMPARE(log.exchanges().first().id, 5);
        QSignalSpy cleared(&log, &ExchangeLog::cleared);
        log.clear();
        QCOMPARE(log.count(), 0);
        QCOMPARE(cleared.size(), 1);
    }

    void filter()
    {
        ExchangeLog log;
        auto add = [&log](ExchangeLog::Kind kind, const QString &account, const QString &path) {
            log.finish(log.begin(kind, account, "GET", QUrl(QStringLiteral("https://h") + path), {},
                                 {}),
                       200, 1, {}, {});
        };
        add(ExchangeLog::Kind::Token, QStringLiteral("work"), QStringLiteral("/work-token"));
        add(ExchangeLog::Kind::Resource, QStringLiteral("work"), QStringLiteral("/work-resource"));
        add(ExchangeLog::Kind::Token, QStringLiteral("home"), QStringLiteral("/home-token"));
        add(ExchangeLog::Kind::Discovery, QString(), QStringLiteral("/discovery"));

        QCOMPARE(log.exchanges(ExchangeLog::Filter{}).size(), 4);
        QCOMPARE(log.exchanges(ExchangeLog::Filter{ QStringLiteral("work"), {} }).size(), 2);
        QCOMPARE(log.exchanges(ExchangeLog::Filter{ {}, { ExchangeLog::Kind::Token } }).size(), 2);
        QCOMPARE(log
                         .exchanges(ExchangeLog::Filter{
                                 {}, { ExchangeLog::Kind::Token, ExchangeLog::Kind::Discovery } })
                         .size(),
                 3);
        const QString text = log.exportText(
                ExchangeLog::Filter{ QStringLiteral("work"), { ExchangeLog::Kind::Token } });
        QVERIFY(text.contains(QStringLiteral("/work-token")));
        QVERIFY(!text.contains(QStringLiteral("/work-resource")));
        QVERIFY(!text.contains(QStringLiteral("/home-token")));
        QVERIFY(!text.contains(QStringLiteral("/discovery")));
    }

    void beginFromRequest()
    {
        ExchangeLog log;
        QNetworkRequest request(
                QUrl(QStringLiteral("https://api.example/data?access_token=CANARY-AT&page=2")));
        request.setRawHeader("Authorization", "Bearer CANARY-AT");
        request.setRawHeader("Accept", "application/json");
        ExchangeLog::tag(request, ExchangeLog::Kind::Resource, QStringLiteral("work"));
        ExchangeLog::setNote(
                request,
                QStringLiteral("redirected to another origin: token not sent (code=CANARY-CODE)"));
        const int id = log.finish(log.begin(request, "GET", {}), 200, 3, {}, {});
        const auto e = log.exchange(id);
        QVERIFY(e);
        QCOMPARE(e->kind, ExchangeLog::Kind::Resource);
        QCOMPARE(e->accountName, QStringLiteral("work"));
        QCOMPARE(e->note,
                 QStringLiteral("redirected to another origin: token not sent (code=[redacted])"));
        QCOMPARE(e->url, QStringLiteral("https://api.example/data?access_token=[redacted]&page=2"));
        QVERIFY(e->requestHeaders.contains(
                qMakePair(QByteArray("Authorization"), QByteArray("Bearer [redacted]"))));
        QVERIFY(e->requestHeaders.contains(
                qMakePair(QByteArray("Accept"), QByteArray("application/json"))));
        const QString text = ExchangeLog::toText(*e);
        QVERIFY2(text.contains(
                         QStringLiteral("\nnote: redirected to another origin: token not sent")),
                 qPrintable(text));
        QCOMPARE(log.exportText(), text);
        for (const QString &canary : canaries())
            QVERIFY(!text.contains(canary));

        // Untagged: the kind is guessed, no account, no note.
        QNetworkRequest plain(
                QUrl(QStringLiteral("https://idp.example/.well-known/openid-configuration")));
        const int other = log.finish(log.begin(plain, "GET", {}), 200, 1, {}, {});
        QCOMPARE(log.exchange(other)->kind, ExchangeLog::Kind::Discovery);
        QVERIFY(log.exchange(other)->accountName.isEmpty());
        QVERIFY(!ExchangeLog::toText(*log.exchange(other)).contains(QStringLiteral("note:")));
    }

    void bodiesAreCappedBeforeRedaction()
    {
        ExchangeLog log;
        QByteArray answer = "{\"access_token\":\"CANARY-AT\",\"items\":[";
        while (answer.size() < 3 * 1024 * 1024)
            answer += "{\"name\":\"item\",\"refresh_token\":\"CANARY-RT\"},";
        answer += "{}]}";
        const QByteArray form = "client_secret=CANARY-SECRET&pad=" + QByteArray(100 * 1024, 'x');
        const int id = log.finish(
                log.begin(ExchangeLog::Kind::Resource, {}, "POST",
                          QUrl(QStringLiteral("https://h/x")),
                          { { "Content-Type", "application/x-www-form-urlencoded" } }, form),
                200, 1, { { "Content-Type", "application/json" } }, answer);
        const auto e = log.exchange(id);
        QVERIFY(e);
        // Kept: 64 KiB of the 3 MiB, a little longer once each "CANARY-RT" became "[redacted]".
        QVERIFY(e->responseBody.size() < 66 * 1024);
        QVERIFY(e->requestBody.size() < 64 * 1024 + 100);
        QVERIFY(e->responseBody.startsWith(
                QStringLiteral("{\"access_token\":\"[redacted]\",\"items\":[{\"name\":\"item\"")));
        QVERIFY(e->responseBody.endsWith(QStringLiteral(" bytes not kept]")));
        QVERIFY(e->requestBody.startsWith(QStringLiteral("client_secret=[redacted]&pad=xxx")));
        QVERIFY(e->requestBody.endsWith(QStringLiteral(" bytes not kept]")));
        const QString text = log.exportText();
        for (const QString &canary : canaries())
            QVERIFY(!text.contains(canary));
    }
};

QTEST_GUILESS_MAIN(tst_ExchangeLog)
#include "tst_exchangelog.moc"
