#include "loopback/httprequestparser.h"

#include <QTest>

using namespace OAuthDesk;
using State = HttpRequestParser::State;

class tst_HttpRequestParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeRequest()
    {
        HttpRequestParser p;
        QCOMPARE(p.feed("GET /callback?code=abc&state=xyz HTTP/1.1\r\nHost: "
                        "127.0.0.1:5000\r\nUser-Agent: t\r\n\r\n"),
                 State::Complete);
        QCOMPARE(p.method(), QByteArray("GET"));
        QCOMPARE(p.path(), QByteArray("/callback"));
        QCOMPARE(p.query(), QByteArray("code=abc&state=xyz"));
        QCOMPARE(p.headers().size(), 2);
    }

    void splitOverManyReads()
    {
        // A browser (or a slow peer) may deliver the head one byte at a time.
        const QByteArray request = "GET /callback?code=a%2Bb&state=s HTTP/1.1\r\nHost: x\r\n\r\n";
        HttpRequestParser p;
        for (qsizetype i = 0; i < request.size() - 1; ++i)
            QCOMPARE(p.feed(request.mid(i, 1)), State::NeedMore);
        QCOMPARE(p.feed(request.right(1)), State::Complete);
        QCOMPARE(p.path(), QByteArray("/callback"));
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("no version") << QByteArray("GET /callback\r\n\r\n") << 400;
        QTest::newRow("absolute form")
                << QByteArray("GET http://evil/callback HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("control char in target") << QByteArray("GET /call\x01"
                                                              "back HTTP/1.1\r\n\r\n")
                                                << 400;
        QTest::newRow("bad method") << QByteArray("G(T /callback HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("header without colon")
                << QByteArray("GET / HTTP/1.1\r\nHost\r\n\r\n") << 400;
        QTest::newRow("too many spaces") << QByteArray("GET /a b HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("1 MB request line")
                << (QByteArray("GET /callback?x=") + QByteArray(1024 * 1024, 'a')) << 414;
        QTest::newRow("huge headers")
                << (QByteArray("GET / HTTP/1.1\r\n") + QByteArray("X-A: ") + QByteArray(20000, 'b'))
                << 431;
    }
    void invalid()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        HttpRequestParser p;
        QCOMPARE(p.feed(request), State::Invalid);
        QCOMPARE(p.errorStatus(), status);
        // Once invalid, stays invalid whatever follows.
        QCOMPARE(p.feed("\r\n\r\n"), State::Invalid);
    }

    void requestLineOfExactlyTheLimitWhateverThePieces_data()
    {
        QTest::addColumn<qsizetype>("lineLength");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("at the limit") << HttpRequestParser::MaxRequestLine << true;
        QTest::newRow("one byte over") << HttpRequestParser::MaxRequestLine + 1 << false;
    }
    void requestLineOfExactlyTheLimitWhateverThePieces()
    {
        // Found by fuzz_loopback_request (tests/fuzz/regressions/loopback_request/): a request line
        // of exactly MaxRequestLine bytes was accepted in one read, but refused with 414 when its
        // LF came in a later read than its CR.
        QFETCH(qsizetype, lineLength);
        QFETCH(bool, accepted);
        const State state = accepted ? State::Complete : State::Invalid;
        QByteArray line = "GET /callback?code=";
        line += QByteArray(lineLength - line.size() - 9, 'a');
        line += " HTTP/1.1";
        QCOMPARE(line.size(), lineLength);
        const QByteArray request = line + "\r\nHost: x\r\n\r\n";
        HttpRequestParser whole;
        QCOMPARE(whole.feed(request), state);
        HttpRequestParser split;
        split.feed(request.left(lineLength + 1)); // up to and with the CR
        QCOMPARE(split.feed(request.mid(lineLength + 1)), state);
        QCOMPARE(split.errorStatus(), whole.errorStatus());
        HttpRequestParser bytewise;
        for (const char c : request)
            bytewise.feed(QByteArray(1, c));
        QCOMPARE(bytewise.state(), state);
        QCOMPARE(bytewise.errorStatus(), whole.errorStatus());
    }

    void decodeFormQuery_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("description");
        QTest::newRow("plain") << QByteArray("code=abc&state=s") << true << QStringLiteral("abc")
                               << QString();
        QTest::newRow("percent once (QTBUG-81624)")
                << QByteArray("code=abc%2B1") << true << QStringLiteral("abc+1") << QString();
        QTest::newRow("plus is space") << QByteArray("error_description=a+b%20c") << true
                                       << QString() << QStringLiteral("a b c");
        QTest::newRow("utf-8") << QByteArray("error_description=%E2%80%94") << true << QString()
                               << QStringLiteral("\u2014");
        QTest::newRow("duplicate code")
                << QByteArray("code=a&code=b") << false << QString() << QString();
        QTest::newRow("duplicate state")
                << QByteArray("state=a&code=c&state=a") << false << QString() << QString();
        QTest::newRow("empty pairs ignored")
                << QByteArray("&&code=x&") << true << QStringLiteral("x") << QString();
        QTest::newRow("empty name") << QByteArray("=x") << false << QString() << QString();
        // Decoded exactly once: a leading byte order mark is a character like any other.
        QTest::newRow("byte order marks") << QByteArray("error_description=%EF%BB%BF%EF%BB%BFx")
                                          << true << QString() << QStringLiteral("\uFEFF\uFEFFx");
        QTest::newRow("only a byte order mark")
                << QByteArray("code=%EF%BB%BF") << true << QStringLiteral("\uFEFF") << QString();
    }
    void decodeFormQuery()
    {
        QFETCH(QByteArray, query);
        QFETCH(bool, valid);
        QFETCH(QString, code);
        QFETCH(QString, description);
        const auto values = OAuthDesk::decodeFormQuery(query);
        QCOMPARE(values.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(values->value(QStringLiteral("code")), code);
        QCOMPARE(values->value(QStringLiteral("error_description")), description);
    }
};

QTEST_GUILESS_MAIN(tst_HttpRequestParser)
#include "tst_httprequestparser.moc"
