#include "resource/requesthistory.h"

#include "accounts/accountstore.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace OAuthDesk;

class tst_RequestHistory : public QObject
{
    Q_OBJECT
private:
    static inline const QByteArray Canary = QByteArrayLiteral("fake-canary-token-not-real");

    static RequestHistory::Entry entry(const QByteArray &method, const QString &url)
    {
        RequestHistory::Entry e;
        e.method = method;
        e.url = QUrl(url);
        return e;
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);

    QString path() const { return m_dir.filePath(QStringLiteral("requests.json")); }
    void setClock(RequestHistory &history)
    {
        history.setClock(Clock([this] { return m_now; }));
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(path());
        m_now = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
    }

    void defaultPathIsNextToAccounts()
    {
        QCOMPARE(QFileInfo(RequestHistory::defaultPath()).absolutePath(),
                 QFileInfo(AccountStore::defaultPath()).absolutePath());
        QCOMPARE(QFileInfo(RequestHistory::defaultPath()).fileName(),
                 QStringLiteral("requests.json"));
    }

    void missingFileIsEmpty()
    {
        RequestHistory history(path());
        QVERIFY(!history.load());
        QVERIFY(history.history(QStringLiteral("a")).isEmpty());
        QVERIFY(history.saved(QStringLiteral("a")).isEmpty());
    }

    void roundTrip()
    {
        RequestHistory history(path());
        setClock(history);
        RequestHistory::Entry post =
                entry("POST", QStringLiteral("https://api.example/v1/items?x=1&y=a%20b"));
        post.headers = { { "Accept", "application/json" }, { "X-Trace", "abc" } };
        post.body = QByteArrayLiteral("{\n  \"title\": \"caf\xc3\xa9\"\n}\n");
        post.bodyKind = RequestHistory::BodyKind::Json;
        QStringList stripped;
        QVERIFY(!history.record(QStringLiteral("acc1"), post, &stripped));
        QVERIFY(stripped.isEmpty());

        RequestHistory::Entry binary = entry("PUT", QStringLiteral("https://api.example/blob"));
        binary.headers = { { "Content-Type", "application/octet-stream" } };
        binary.body = QByteArray("\0\x01\xff", 3);
        binary.bodyKind = RequestHistory::BodyKind::Raw;
        QVERIFY(!history.save(QStringLiteral("acc1"), QStringLiteral("Upload"), binary));
        QVERIFY(!history.record(QStringLiteral("acc2"),
                                entry("GET", QStringLiteral("https://other.example/"))));

        QCOMPARE(QFileInfo(path()).permissions()
                         & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup
                            | QFile::WriteOther),
                 QFileDevice::Permissions());

        RequestHistory second(path());
        QSignalSpy changed(&second, &RequestHistory::changed);
        QVERIFY(!second.load());
        QVERIFY(changed.size() >= 2);
        const auto loaded = second.history(QStringLiteral("acc1"));
        QCOMPARE(loaded.size(), 1);
        QVERIFY(loaded.first().sameRequest(post));
        QCOMPARE(loaded.first().time, m_now);
        QCOMPARE(loaded.first().bodyKind, RequestHistory::BodyKind::Json);
        const auto saved = second.saved(QStringLiteral("acc1"));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().name, QStringLiteral("Upload"));
        QVERIFY(saved.first().sameRequest(binary));
        QCOMPARE(second.history(QStringLiteral("acc2")).size(), 1);
        QVERIFY(second.history(QStringLiteral("acc3")).isEmpty());
    }

    void dedupeMovesToTop()
    {
        RequestHistory history(path());
        setClock(history);
        const auto a = entry("GET", QStringLiteral("https://api.example/a"));
        const auto b = entry("GET", QStringLiteral("https://api.example/b"));
        QVERIFY(!history.record(QStringLiteral("acc"), a));
        m_now = m_now.addSecs(1);
        QVERIFY(!history.record(QStringLiteral("acc"), b));
        m_now = m_now.addSecs(1);
        QVERIFY(!history.record(QStringLiteral("acc"), a));
        const auto list = history.history(QStringLiteral("acc"));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).url, a.url);
        QCOMPARE(list.at(0).time, m_now);
        QCOMPARE(list.at(1).url, b.url);

        // A different method or body is a different request.
        QVERIFY(!history.record(QStringLiteral("acc"),
                                entry("DELETE", QStringLiteral("https://api.example/a"))));
        QCOMPARE(history.history(QStringLiteral("acc")).size(), 3);
        QCOMPARE(history.urls(QStringLiteral("acc")),
                 (QStringList{ QStringLiteral("https://api.example/a"),
                               QStringLiteral("https://api.example/b") }));
    }

    void capped()
    {
        RequestHistory history(path());
        setClock(history);
        for (int i = 0; i < RequestHistory::MaxHistory + 5; ++i) {
            m_now = m_now.addSecs(1);
            QVERIFY(!history.record(QStringLiteral("acc"),
                                    entry("GET", QStringLiteral("https://api.example/%1").arg(i))));
        }
        const auto list = history.history(QStringLiteral("acc"));
        QCOMPARE(list.size(), RequestHistory::MaxHistory);
        QCOMPARE(
                list.first().url,
                QUrl(QStringLiteral("https://api.example/%1").arg(RequestHistory::MaxHistory + 4)));
        QCOMPARE(list.last().url, QUrl(QStringLiteral("https://api.example/5")));

        RequestHistory second(path());
        QVERIFY(!second.load());
        QCOMPARE(second.history(QStringLiteral("acc")).size(), RequestHistory::MaxHistory);
    }

    void savedNames()
    {
        RequestHistory history(path());
        setClock(history);
        QVERIFY(history.save(QStringLiteral("acc"), QStringLiteral("   "),
                             entry("GET", QStringLiteral("https://a.example/"))));
        QVERIFY(!history.save(QStringLiteral("acc"), QStringLiteral(" Me "),
                              entry("GET", QStringLiteral("https://a.example/me"))));
        QVERIFY(!history.save(QStringLiteral("acc"), QStringLiteral("All"),
                              entry("GET", QStringLiteral("https://a.example/all"))));
        QVERIFY(!history.save(QStringLiteral("acc"), QStringLiteral("Me"),
                              entry("GET", QStringLiteral("https://a.example/me2"))));
        QVERIFY(!history.save(QStringLiteral("other"), QStringLiteral("Me"),
                              entry("GET", QStringLiteral("https://b.example/"))));

        const auto saved = history.saved(QStringLiteral("acc"));
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).name, QStringLiteral("All"));
        QCOMPARE(saved.at(1).name, QStringLiteral("Me"));
        QCOMPARE(saved.at(1).url, QUrl(QStringLiteral("https://a.example/me2")));
        QCOMPARE(history.findSaved(QStringLiteral("acc"), QStringLiteral("Me"))->url,
                 QUrl(QStringLiteral("https://a.example/me2")));
        QVERIFY(!history.findSaved(QStringLiteral("acc"), QStringLiteral("Nope")));
        QVERIFY(history.history(QStringLiteral("acc")).isEmpty());

        QVERIFY(!history.removeSaved(QStringLiteral("acc"), QStringLiteral("Me")));
        QCOMPARE(history.saved(QStringLiteral("acc")).size(), 1);
        QCOMPARE(history.saved(QStringLiteral("other")).size(), 1);

        RequestHistory second(path());
        QVERIFY(!second.load());
        QCOMPARE(second.saved(QStringLiteral("acc")).size(), 1);
        QCOMPARE(second.saved(QStringLiteral("acc")).first().name, QStringLiteral("All"));
    }

    void removeAccount()
    {
        RequestHistory history(path());
        QVERIFY(!history.record(QStringLiteral("gone"),
                                entry("GET", QStringLiteral("https://gone.example/x"))));
        QVERIFY(!history.save(QStringLiteral("gone"), QStringLiteral("S"),
                              entry("GET", QStringLiteral("https://gone.example/s"))));
        QVERIFY(!history.record(QStringLiteral("kept"),
                                entry("GET", QStringLiteral("https://kept.example/"))));
        QSignalSpy changed(&history, &RequestHistory::changed);
        QVERIFY(!history.removeAccount(QStringLiteral("gone")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("gone"));
        QVERIFY(history.history(QStringLiteral("gone")).isEmpty());
        QVERIFY(history.urls(QStringLiteral("gone")).isEmpty());
        const QByteArray bytes = fileBytes(path());
        QVERIFY(!bytes.contains("gone.example"));
        QVERIFY(bytes.contains("kept.example"));
    }

    void removeHistoryEntry()
    {
        RequestHistory history(path());
        setClock(history);
        QVERIFY(!history.record(QStringLiteral("acc"),
                                entry("GET", QStringLiteral("https://a.example/1"))));
        m_now = m_now.addSecs(1);
        QVERIFY(!history.record(QStringLiteral("acc"),
                                entry("GET", QStringLiteral("https://a.example/2"))));
        QVERIFY(!history.removeHistoryEntry(QStringLiteral("acc"), 0));
        QCOMPARE(history.history(QStringLiteral("acc")).size(), 1);
        QCOMPARE(history.history(QStringLiteral("acc")).first().url,
                 QUrl(QStringLiteral("https://a.example/1")));
        QVERIFY(!history.clearHistory(QStringLiteral("acc")));
        QVERIFY(history.history(QStringLiteral("acc")).isEmpty());
    }

    void secretsNeverReachTheFile_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<ResourceRequest::Headers>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<RequestHistory::BodyKind>("kind");
        QTest::addColumn<QString>("note"); // a part of the note on what was not kept
        QTest::addColumn<QByteArray>("kept"); // what must still be in the file

        const QByteArray c = Canary;
        using K = RequestHistory::BodyKind;
        QTest::newRow("authorization header")
                << QByteArray("GET") << QStringLiteral("https://api.example/me")
                << ResourceRequest::Headers{ { "Authorization", "Bearer " + c },
                                             { "Accept", "text/plain" } }
                << QByteArray() << K::None << QStringLiteral("Authorization header")
                << QByteArray("text/plain");
        QTest::newRow("proxy authorization and cookie")
                << QByteArray("GET") << QStringLiteral("https://api.example/me")
                << ResourceRequest::Headers{ { "proxy-authorization", "Basic " + c },
                                             { "Cookie", "sid=" + c } }
                << QByteArray() << K::None << QStringLiteral("Cookie header")
                << QByteArray("api.example/me");
        QTest::newRow("api key header")
                << QByteArray("GET") << QStringLiteral("https://api.example/me")
                << ResourceRequest::Headers{ { "X-Api-Key", c } } << QByteArray() << K::None
                << QStringLiteral("X-Api-Key header") << QByteArray("X-Api-Key");
        QTest::newRow("access_token query parameter")
                << QByteArray("GET")
                << QStringLiteral("https://api.example/me?format=json&access_token=%1")
                           .arg(QString::fromLatin1(c))
                << ResourceRequest::Headers{} << QByteArray() << K::None
                << QStringLiteral("access_token in the URL") << QByteArray("format=json");
        QTest::newRow("percent-encoded query name")
                << QByteArray("GET")
                << QStringLiteral("https://api.example/me?access%5Ftoken=%1")
                           .arg(QString::fromLatin1(c))
                << ResourceRequest::Headers{} << QByteArray() << K::None
                << QStringLiteral("access_token in the URL") << QByteArray("api.example/me");
        QTest::newRow("password in user info")
                << QByteArray("GET")
                << QStringLiteral("https://user:%1@api.example/me").arg(QString::fromLatin1(c))
                << ResourceRequest::Headers{} << QByteArray() << K::None
                << QStringLiteral("user name and password") << QByteArray("api.example/me");
        QTest::newRow("fragment") << QByteArray("GET")
                                  << QStringLiteral("https://api.example/cb#access_token=%1")
                                             .arg(QString::fromLatin1(c))
                                  << ResourceRequest::Headers{} << QByteArray() << K::None
                                  << QStringLiteral("fragment") << QByteArray("api.example/cb");
        QTest::newRow("json password member")
                << QByteArray("POST") << QStringLiteral("https://api.example/users")
                << ResourceRequest::Headers{}
                << QByteArray("{\"user\": \"alice\", \"password\": \"" + c + "\"}") << K::Json
                << QStringLiteral("password in the body") << QByteArray("alice");
        QTest::newRow("nested json member")
                << QByteArray("POST") << QStringLiteral("https://api.example/users")
                << ResourceRequest::Headers{}
                << QByteArray("{\"items\": [{\"creds\": {\"client_secret\": \"" + c
                              + "\"}}], \"n\": 1}")
                << K::Json << QStringLiteral("client_secret in the body") << QByteArray("creds");
        QTest::newRow("json that does not parse")
                << QByteArray("POST") << QStringLiteral("https://api.example/users")
                << ResourceRequest::Headers{} << QByteArray("{\"password\": \"" + c + "\",")
                << K::Json << QStringLiteral("does not parse") << QByteArray("api.example/users");
        QTest::newRow("form field")
                << QByteArray("POST") << QStringLiteral("https://api.example/login")
                << ResourceRequest::Headers{} << QByteArray("username=alice&password=" + c)
                << K::Form << QStringLiteral("password in the body")
                << QByteArray("username=alice");
        QTest::newRow("raw json labelled as json")
                << QByteArray("PUT") << QStringLiteral("https://api.example/cfg")
                << ResourceRequest::Headers{ { "Content-Type", "application/json" } }
                << QByteArray("{\"refresh_token\": \"" + c + "\"}") << K::Raw
                << QStringLiteral("refresh_token") << QByteArray("application/json");
        QTest::newRow("raw form labelled as text")
                << QByteArray("PUT") << QStringLiteral("https://api.example/cfg")
                << ResourceRequest::Headers{ { "Content-Type", "text/plain" } }
                << QByteArray("token=" + c) << K::Raw << QStringLiteral("token in the body")
                << QByteArray("text/plain");
        QTest::newRow("raw jwt") << QByteArray("POST")
                                 << QStringLiteral("https://api.example/introspect")
                                 << ResourceRequest::Headers{ { "Content-Type",
                                                                "application/jwt" } }
                                 << QByteArray("eyJhbGciOiJub25lIn0." + c + ".c2ln") << K::Raw
                                 << QStringLiteral("a JWT") << QByteArray("application/jwt");
    }
    void secretsNeverReachTheFile()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(ResourceRequest::Headers, headers);
        QFETCH(QByteArray, body);
        QFETCH(RequestHistory::BodyKind, kind);
        QFETCH(QString, note);
        QFETCH(QByteArray, kept);

        RequestHistory::Entry e = entry(method, url);
        e.headers = headers;
        e.body = body;
        e.bodyKind = kind;

        RequestHistory history(path());
        QStringList stripped;
        QVERIFY(!history.record(QStringLiteral("acc"), e, &stripped));
        QVERIFY2(stripped.join(QLatin1Char('\n')).contains(note),
                 qPrintable(stripped.join(QLatin1Char('\n'))));
        QStringList savedNote;
        QVERIFY(!history.save(QStringLiteral("acc"), QStringLiteral("named"), e, &savedNote));
        QCOMPARE(savedNote, stripped);

        const QByteArray bytes = fileBytes(path());
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains(Canary), bytes.constData());
        QVERIFY2(!bytes.contains(Canary.toBase64()), bytes.constData());
        QVERIFY2(bytes.contains(kept), bytes.constData());

        // Nor does it reach memory, or come back from the file.
        for (const auto &list :
             { history.history(QStringLiteral("acc")), history.saved(QStringLiteral("acc")) }) {
            QCOMPARE(list.size(), 1);
            QVERIFY(!list.first().url.toString().contains(QString::fromLatin1(Canary)));
            QVERIFY(!list.first().body.contains(Canary));
            for (const auto &h : list.first().headers)
                QVERIFY(!h.second.contains(Canary));
        }
    }

    void secretsInAHandEditedFileAreDropped()
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"version\":1,\"accounts\":{\"acc\":{\"history\":[{\"method\":\"GET\",\"url\":"
                   "\"https://a.example/"
                   "?access_token="
                   + Canary + "\",\"headers\":[[\"Authorization\",\"Bearer " + Canary
                   + "\"]],\"bodyKind\":\"none\",\"body\":\"\",\"time\":\"2025-01-01T00:00:00."
                     "000Z\"}]}}}");
        file.close();
        RequestHistory history(path());
        QVERIFY(!history.load());
        const auto list = history.history(QStringLiteral("acc"));
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().headers.isEmpty());
        QVERIFY(!list.first().url.toString().contains(QString::fromLatin1(Canary)));
    }

    void nothingSecretIsKeptAsGiven()
    {
        // Formatting and order of a body without secrets survive, byte for byte.
        RequestHistory::Entry e =
                entry("PATCH", QStringLiteral("https://api.example/x?code_page=1&q=a+b"));
        e.body = QByteArrayLiteral("{ \"b\": 1,\n  \"a\": [\"token-like but not a member\"] }");
        e.bodyKind = RequestHistory::BodyKind::Json;
        QStringList stripped;
        const auto clean = RequestHistory::sanitized(e, &stripped);
        QVERIFY2(stripped.isEmpty(), qPrintable(stripped.join(QLatin1Char(','))));
        QVERIFY(clean.sameRequest(e));
    }

    void guessBodyKind_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<RequestHistory::BodyKind>("kind");
        QTest::newRow("no body") << QByteArray("application/json") << QByteArray()
                                 << RequestHistory::BodyKind::None;
        QTest::newRow("json") << QByteArray("application/json; charset=utf-8") << QByteArray("{}")
                              << RequestHistory::BodyKind::Json;
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded")
                              << QByteArray("a=1") << RequestHistory::BodyKind::Form;
        QTest::newRow("text") << QByteArray("text/plain") << QByteArray("hi")
                              << RequestHistory::BodyKind::Raw;
        QTest::newRow("unlabelled")
                << QByteArray() << QByteArray("hi") << RequestHistory::BodyKind::Raw;
    }
    void guessBodyKind()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(RequestHistory::BodyKind, kind);
        ResourceRequest request;
        request.method = "POST";
        request.url = QUrl(QStringLiteral("https://api.example/"));
        if (!contentType.isEmpty())
            request.headers.append({ "Content-Type", contentType });
        request.body = body;
        QCOMPARE(RequestHistory::guessBodyKind(request), kind);
    }

    void unwritableFileIsAnError()
    {
        RequestHistory history(m_dir.path()); // a directory: QSaveFile cannot replace it
        QSignalSpy changed(&history, &RequestHistory::changed);
        const Error error = history.record(QStringLiteral("acc"),
                                           entry("GET", QStringLiteral("https://a.example/")));
        QVERIFY(error);
        QCOMPARE(error.kind(), Error::Kind::Configuration);
    }
};

QTEST_GUILESS_MAIN(tst_RequestHistory)
#include "tst_requesthistory.moc"
