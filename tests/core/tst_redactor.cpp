#include "http/redactor.h"

#include <QTest>

using namespace OAuthDesk;

class tst_Redactor : public QObject
{
    Q_OBJECT
private:
    static void checkText(const QString &text, const QStringList &canaries, const QStringList &kept)
    {
        for (const QString &canary : canaries)
            QVERIFY2(!text.contains(canary),
                     qPrintable(QStringLiteral("leaked %1 in %2").arg(canary, text)));
        for (const QString &name : kept)
            QVERIFY2(text.contains(name),
                     qPrintable(QStringLiteral("lost %1 in %2").arg(name, text)));
    }

private Q_SLOTS:
    void secretNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("secret");
        QTest::newRow("code") << QStringLiteral("code") << true;
        QTest::newRow("CODE") << QStringLiteral("CODE") << true;
        QTest::newRow("Code_Verifier") << QStringLiteral("Code_Verifier") << true;
        QTest::newRow("client_assertion") << QStringLiteral("client_assertion") << true;
        QTest::newRow("id_token_hint") << QStringLiteral("id_token_hint") << true;
        QTest::newRow("nonce") << QStringLiteral("nonce") << true;
        QTest::newRow("mac_key") << QStringLiteral("mac_key") << true;
        QTest::newRow("client_id") << QStringLiteral("client_id") << false;
        QTest::newRow("token_type") << QStringLiteral("token_type") << false;
        QTest::newRow("code prefix") << QStringLiteral("codes") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void secretNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, secret);
        QCOMPARE(Redactor::isSecretName(name), secret);
    }

    void redactUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("canaries");
        QTest::addColumn<QStringList>("kept");
        QTest::addColumn<int>("redactions");

        QTest::newRow("authorization request") << QStringLiteral(
                "https://idp.example/authorize?response_type=code&client_id=app&state=CANARYSTATE"
                "&code_challenge=CANARYCHALLENGE&code_challenge_method=S256&nonce=CANARYNONCE"
                "&redirect_uri=http%3A%2F%2F127.0.0.1%3A4711%2Fcb")
                                               << QStringList{ QStringLiteral("CANARYSTATE"),
                                                               QStringLiteral("CANARYCHALLENGE"),
                                                               QStringLiteral("CANARYNONCE") }
                                               << QStringList{ QStringLiteral("response_type=code"),
                                                               QStringLiteral("client_id=app"),
                                                               QStringLiteral("state="),
                                                               QStringLiteral("code_challenge_"
                                                                              "method=S256"),
                                                               QStringLiteral("redirect_uri=") }
                                               << 3;
        QTest::newRow("callback with code") << QStringLiteral(
                "http://127.0.0.1:5555/cb?code=CANARYCODE&state=CANARYSTATE&iss=https%3A%2F%2Fidp")
                                            << QStringList{ QStringLiteral("CANARYCODE"),
                                                            QStringLiteral("CANARYSTATE") }
                                            << QStringList{ QStringLiteral("code="),
                                                            QStringLiteral("iss=") }
                                            << 2;
        QTest::newRow("names in other case")
                << QStringLiteral("https://h/x?CODE=CANARY1&Access_Token=CANARY2&Page=1")
                << QStringList{ QStringLiteral("CANARY1"), QStringLiteral("CANARY2") }
                << QStringList{ QStringLiteral("CODE="), QStringLiteral("Access_Token="),
                                QStringLiteral("Page=1") }
                << 2;
        QTest::newRow("percent-encoded name")
                << QStringLiteral("https://h/x?client%5Fsecret=CANARY1&%61ccess_token=CANARY2")
                << QStringList{ QStringLiteral("CANARY1"), QStringLiteral("CANARY2") }
                << QStringList{} << 2;
        QTest::newRow("duplicate params")
                << QStringLiteral("https://h/x?token=CANARYA&token=CANARYB&token=")
                << QStringList{ QStringLiteral("CANARYA"), QStringLiteral("CANARYB") }
                << QStringList{ QStringLiteral("token=") } << 2;
        QTest::newRow("encoded ampersand in value")
                << QStringLiteral("https://h/x?code=CANARYA%26CANARYB&x=1")
                << QStringList{ QStringLiteral("CANARYA"), QStringLiteral("CANARYB") }
                << QStringList{ QStringLiteral("x=1") } << 1;
        QTest::newRow("implicit fragment")
                << QStringLiteral("http://127.0.0.1:5555/"
                                  "cb#access_token=CANARYAT&token_type=Bearer&state=CANARYSTATE")
                << QStringList{ QStringLiteral("CANARYAT"), QStringLiteral("CANARYSTATE") }
                << QStringList{ QStringLiteral("http://127.0.0.1:5555/cb#") } << 1;
        QTest::newRow("password in user info") << QStringLiteral("https://user:CANARYPW@h/x")
                                               << QStringList{ QStringLiteral("CANARYPW") }
                                               << QStringList{ QStringLiteral("user") } << 1;
        QTest::newRow("nothing secret")
                << QStringLiteral("https://h/api?page=2&q=code") << QStringList{}
                << QStringList{ QStringLiteral("page=2"), QStringLiteral("q=code") } << 0;
        QTest::newRow("empty values and bare names")
                << QStringLiteral("https://h/x?code=&state&x") << QStringList{}
                << QStringList{ QStringLiteral("code=&state&x") } << 0;
        QTest::newRow("no query") << QStringLiteral("https://h/.well-known/openid-configuration")
                                  << QStringList{}
                                  << QStringList{ QStringLiteral(
                                             "https://h/.well-known/openid-configuration") }
                                  << 0;
    }
    void redactUrl()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, canaries);
        QFETCH(QStringList, kept);
        QFETCH(int, redactions);
        const QUrl redacted = Redactor::redactUrl(QUrl(url));
        QVERIFY(redacted.isValid());
        for (const QString &text :
             { Redactor::redactedUrlText(QUrl(url)), redacted.toString(QUrl::FullyEncoded),
               redacted.toDisplayString() })
            checkText(text, canaries, kept);
        const QString text = Redactor::redactedUrlText(QUrl(url));
        // In the user info QUrl keeps the brackets percent-encoded.
        QCOMPARE(text.count(QStringLiteral("[redacted]"))
                         + text.count(QStringLiteral("%5Bredacted%5D")),
                 redactions);
        // Idempotent: the log may redact what is already redacted.
        QCOMPARE(Redactor::redactedUrlText(redacted), text);
    }

    void redactHeaders_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("bearer") << QByteArray("Authorization") << QByteArray("Bearer CANARY")
                                << QByteArray("Bearer [redacted]");
        QTest::newRow("basic, lower case")
                << QByteArray("authorization") << QByteArray("Basic Q0FOQVJZ")
                << QByteArray("Basic [redacted]");
        QTest::newRow("no scheme")
                << QByteArray("Authorization") << QByteArray("CANARY") << QByteArray("[redacted]");
        QTest::newRow("proxy") << QByteArray("Proxy-Authorization") << QByteArray("Basic Q0FOQVJZ")
                               << QByteArray("Basic [redacted]");
        QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("sid=CANARY; theme=dark")
                                << QByteArray("[redacted]");
        QTest::newRow("set-cookie")
                << QByteArray("SET-COOKIE") << QByteArray("sid=CANARY; HttpOnly")
                << QByteArray("[redacted]");
        QTest::newRow("x-auth-token")
                << QByteArray("X-Auth-Token") << QByteArray("CANARY") << QByteArray("[redacted]");
        QTest::newRow("client secret") << QByteArray("X-Client-SECRET") << QByteArray("CANARY")
                                       << QByteArray("[redacted]");
        QTest::newRow("api key") << QByteArray("x-api-key") << QByteArray("CANARY")
                                 << QByteArray("[redacted]");
        QTest::newRow("location with code")
                << QByteArray("Location")
                << QByteArray("http://127.0.0.1:4711/cb?code=CANARY&state=CANARY2&iss=x")
                << QByteArray("http://127.0.0.1:4711/cb?code=[redacted]&state=[redacted]&iss=x");
        QTest::newRow("content type kept")
                << QByteArray("Content-Type") << QByteArray("application/json")
                << QByteArray("application/json");
        QTest::newRow("empty secret stays empty")
                << QByteArray("Authorization") << QByteArray() << QByteArray();
    }
    void redactHeaders()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expected);
        const Redactor::Headers out =
                Redactor::redactHeaders({ { "Accept", "*/*" }, { name, value } });
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0), (QPair<QByteArray, QByteArray>("Accept", "*/*")));
        QCOMPARE(out.at(1).first, name);
        QCOMPARE(out.at(1).second, expected);
    }

    void redactBody_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("canaries");
        QTest::addColumn<QStringList>("kept");

        const QByteArray form = "application/x-www-form-urlencoded";
        const QByteArray json = "application/json";
        QTest::newRow("form: code exchange")
                << form
                << QByteArray(
                           "grant_type=authorization_code&code=CANARYCODE&redirect_uri=http%3A%2F%"
                           "2F127.0.0.1%2Fcb"
                           "&code_verifier=CANARYVERIFIER&client_id=app&client_secret=CANARYSECRET")
                << QStringList{ QStringLiteral("CANARYCODE"), QStringLiteral("CANARYVERIFIER"),
                                QStringLiteral("CANARYSECRET") }
                << QStringList{ QStringLiteral(
                           "grant_type=authorization_code&code=[redacted]&redirect_uri="
                           "http%3A%2F%2F127.0.0.1%2Fcb&code_verifier=[redacted]&client_id=app"
                           "&client_secret=[redacted]") };
        QTest::newRow("form: charset parameter")
                << QByteArray("Application/X-WWW-Form-Urlencoded; charset=UTF-8")
                << QByteArray("grant_type=refresh_token&refresh_token=CANARYRT")
                << QStringList{ QStringLiteral("CANARYRT") }
                << QStringList{ QStringLiteral(
                           "grant_type=refresh_token&refresh_token=[redacted]") };
        QTest::newRow("form: percent-encoded and plus names")
                << form
                << QByteArray("client%5Fsecret=CANARY1&pass%77ord=CANARY2+CANARY3&user=alice")
                << QStringList{ QStringLiteral("CANARY1"), QStringLiteral("CANARY2"),
                                QStringLiteral("CANARY3") }
                << QStringList{ QStringLiteral("client%5Fsecret=[redacted]"),
                                QStringLiteral("user=alice") };
        QTest::newRow("form: duplicates and upper case")
                << form << QByteArray("TOKEN=CANARY1&token=CANARY2&Assertion=CANARY3")
                << QStringList{ QStringLiteral("CANARY1"), QStringLiteral("CANARY2"),
                                QStringLiteral("CANARY3") }
                << QStringList{ QStringLiteral(
                           "TOKEN=[redacted]&token=[redacted]&Assertion=[redacted]") };
        QTest::newRow("json: token answer")
                << json
                << QByteArray("{\"access_token\":\"CANARYAT\",\"token_type\":\"Bearer\",\"expires_"
                              "in\":3600,"
                              "\"refresh_token\":\"CANARYRT\",\"id_token\":\"eyJCANARYIT\","
                              "\"scope\":\"openid\"}")
                << QStringList{ QStringLiteral("CANARYAT"), QStringLiteral("CANARYRT"),
                                QStringLiteral("CANARYIT") }
                << QStringList{ QStringLiteral("\"access_token\":\"[redacted]\""),
                                QStringLiteral("\"token_type\":\"Bearer\""),
                                QStringLiteral("\"expires_in\":3600"),
                                QStringLiteral("\"scope\":\"openid\"") };
        QTest::newRow("json: nested and arrays")
                << json
                << QByteArray("{\"data\":{\"tokens\":[{\"access_token\":\"CANARY1\"},{\"Refresh_"
                              "Token\":\"CANARY2\"}]},"
                              "\"client_assertion\":\"CANARY3\",\"hint\":{\"id_token_hint\":"
                              "\"CANARY4\"},"
                              "\"list\":[[{\"password\":{\"value\":\"CANARY5\"}}]],\"n\":[1,2]}")
                << QStringList{ QStringLiteral("CANARY1"), QStringLiteral("CANARY2"),
                                QStringLiteral("CANARY3"), QStringLiteral("CANARY4"),
                                QStringLiteral("CANARY5") }
                << QStringList{ QStringLiteral("\"tokens\":[{\"access_token\":\"[redacted]\"}"),
                                QStringLiteral("\"password\":\"[redacted]\""),
                                QStringLiteral("\"n\":[1,2]") };
        QTest::newRow("json: escaped key")
                << json << QByteArray("{\"access\\u005ftoken\":\"CANARY\"}")
                << QStringList{ QStringLiteral("CANARY") }
                << QStringList{ QStringLiteral("\"access_token\":\"[redacted]\"") };
        QTest::newRow("json: top-level array")
                << json << QByteArray("[{\"device_code\":\"CANARY\",\"user_code\":\"WDJB-MJHT\"}]")
                << QStringList{ QStringLiteral("CANARY") }
                << QStringList{ QStringLiteral("WDJB-MJHT") };
        QTest::newRow("json: number and boolean secrets")
                << json << QByteArray("{\"password\":123456789,\"token\":true}")
                << QStringList{ QStringLiteral("123456789"), QStringLiteral("true") }
                << QStringList{ QStringLiteral("\"password\":\"[redacted]\"") };
        QTest::newRow("json: duplicate keys")
                << json << QByteArray("{\"access_token\":\"CANARY1\",\"access_token\":\"CANARY2\"}")
                << QStringList{ QStringLiteral("CANARY1"), QStringLiteral("CANARY2") }
                << QStringList{};
        QTest::newRow("json: malformed is redacted whole")
                << json << QByteArray("{\"access_token\":\"CANARY\",")
                << QStringList{ QStringLiteral("CANARY") }
                << QStringList{ QStringLiteral("does not parse") };
        QTest::newRow("json: not json at all") << json << QByteArray("access_token CANARY")
                                               << QStringList{ QStringLiteral("CANARY") }
                                               << QStringList{ QStringLiteral("does not parse") };
        QTest::newRow("problem+json") << QByteArray("application/problem+json")
                                      << QByteArray("{\"title\":\"x\",\"token\":\"CANARY\"}")
                                      << QStringList{ QStringLiteral("CANARY") }
                                      << QStringList{ QStringLiteral("\"title\":\"x\"") };
        QTest::newRow("json labelled text/plain") << QByteArray("text/plain; charset=utf-8")
                                                  << QByteArray(" {\"access_token\":\"CANARY\"}\n")
                                                  << QStringList{ QStringLiteral("CANARY") }
                                                  << QStringList{ QStringLiteral("[redacted]") };
        QTest::newRow("broken json labelled text/html")
                << QByteArray("text/html") << QByteArray("{\"access_token\":\"CANARY\"")
                << QStringList{ QStringLiteral("CANARY") }
                << QStringList{ QStringLiteral("does not parse") };
        QTest::newRow("form labelled text/plain")
                << QByteArray("text/plain")
                << QByteArray("access_token=CANARY&scope=repo&token_type=bearer")
                << QStringList{ QStringLiteral("CANARY") }
                << QStringList{ QStringLiteral(
                           "access_token=[redacted]&scope=repo&token_type=bearer") };
        QTest::newRow("application/jwt")
                << QByteArray("application/jwt")
                << QByteArray("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJDQU5BUlkifQ.c2ln")
                << QStringList{ QStringLiteral("eyJ") }
                << QStringList{ QStringLiteral("application/jwt") };
        QTest::newRow("bare jwt as text")
                << QByteArray("text/plain")
                << QByteArray("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJDQU5BUlkifQ.c2ln\n")
                << QStringList{ QStringLiteral("eyJ") } << QStringList{ QStringLiteral("a JWT") };
        QTest::newRow("plain text kept")
                << QByteArray("text/plain") << QByteArray("hello world, code is fine here")
                << QStringList{} << QStringList{ QStringLiteral("hello world, code is fine here") };
        QTest::newRow("html kept")
                << QByteArray("text/html")
                << QByteArray("<p>Signed in. You can close this window.</p>") << QStringList{}
                << QStringList{ QStringLiteral("<p>Signed in. You can close this window.</p>") };
        QTest::newRow("png summarised")
                << QByteArray("image/png") << QByteArray("\x89PNG\r\n\x1a\n", 8)
                << QStringList{ QStringLiteral("PNG") }
                << QStringList{ QStringLiteral("<8 bytes of image/png>") };
        QTest::newRow("NUL in text summarised")
                << QByteArray("text/plain") << QByteArray("CANARY\0x", 8)
                << QStringList{ QStringLiteral("CANARY") }
                << QStringList{ QStringLiteral("<8 bytes of text/plain>") };
        QTest::newRow("invalid UTF-8 without type")
                << QByteArray() << QByteArray("CANARY\xff\xfe")
                << QStringList{ QStringLiteral("CANARY") }
                << QStringList{ QStringLiteral("<8 bytes of unknown type>") };
    }
    void redactBody()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, canaries);
        QFETCH(QStringList, kept);
        const QString out = Redactor::redactBody(contentType, body);
        checkText(out, canaries, kept);
    }

    void emptyBody() { QCOMPARE(Redactor::redactBody("application/json", {}), QString()); }

    void largeTextIsCapped()
    {
        const QByteArray body = QByteArray(100 * 1024, 'a');
        const QString out = Redactor::redactBody("text/plain", body);
        QVERIFY(out.size() < Redactor::MaxBodySize + 100);
        QVERIFY(out.startsWith(QString(1000, QLatin1Char('a'))));
        QVERIFY(out.endsWith(QStringLiteral("\n[\u2026 %1 bytes not kept]")
                                     .arg(100 * 1024 - Redactor::MaxBodySize)));
    }

    void capDoesNotSplitUtf8()
    {
        // 'é' is two bytes; an odd prefix puts a sequence across the cut.
        QByteArray body = "x";
        while (body.size() < Redactor::MaxBodySize + 10)
            body += "\xc3\xa9";
        const QString out = Redactor::redactBody("text/plain", body);
        QVERIFY(!out.contains(QChar::ReplacementCharacter));
        QVERIFY(out.contains(QStringLiteral("[\u2026 %1 bytes not kept]")
                                     .arg(body.size() - Redactor::MaxBodySize + 1)));
    }

    void largeBodyIsCutBeforeItIsDecoded()
    {
        // Only the kept prefix is looked at: bytes past the cut that are not UTF-8 (or a document
        // that stops parsing there) change nothing, and 50 MB are not decoded on the UI thread.
        QByteArray body = "{\"scope\":\"repo\",\"access_token\":\"CANARY-AT\",\"padding\":\"";
        body += QByteArray(50 * 1024 * 1024, 'p');
        body += "\xff\xfe";
        const QString out = Redactor::redactBody("application/json", body);
        QVERIFY(out.size() < Redactor::MaxBodySize + 100);
        QVERIFY2(out.startsWith(QStringLiteral(
                         "{\"scope\":\"repo\",\"access_token\":\"[redacted]\",\"padding\":\"ppp")),
                 qPrintable(out.left(200)));
        QVERIFY(!out.contains(QStringLiteral("CANARY")));
        QVERIFY(out.endsWith(QStringLiteral("[\u2026 %1 bytes not kept]")
                                     .arg(body.size() - Redactor::MaxBodySize)));
    }

    void largeBinaryIsSummarisedWhole()
    {
        const QString out = Redactor::redactBody("image/png", QByteArray(200 * 1024, 'x'));
        QCOMPARE(out, QStringLiteral("<%1 bytes of image/png>").arg(200 * 1024));
    }

    void truncatedBody_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QStringList>("kept");

        const QByteArray json = "application/json";
        QTest::newRow("json: secrets at any depth")
                << json
                << QByteArray("{\"scope\":\"repo\",\"access_token\":\"CANARY-AT\",\"nested\":{"
                              "\"refresh_token\": "
                              "\"CANARY-RT\",\"list\":[{\"id_token\":\"CANARY-IT\"}]},\"password\":"
                              "12345,"
                              "\"token\":{\"value\":\"CANARY-OBJ\",\"more\":[\"CANARY-ARR\"]},"
                              "\"user\":\"demo\",")
                << QStringList{ QStringLiteral("\"scope\":\"repo\""),
                                QStringLiteral("\"access_token\":\"[redacted]\""),
                                QStringLiteral("\"refresh_token\": \"[redacted]\""),
                                QStringLiteral("\"user\":\"demo\"") };
        QTest::newRow("json: escaped quotes and escaped key")
                << json
                << QByteArray("[{\"note\":\"say "
                              "\\\"hi\\\"\",\"access\\u005ftoken\":\"CANARY-AT\",\"code\":"
                              "\"CAN\\\"ARY-CODE\"},")
                << QStringList{ QStringLiteral("\"note\":\"say \\\"hi\\\"\""),
                                QStringLiteral("[redacted]") };
        QTest::newRow("json labelled text/plain")
                << QByteArray("text/plain")
                << QByteArray("  {\"device_code\" : \"CANARY-DC\", \"user_code\":\"WDJB\",")
                << QStringList{ QStringLiteral("\"user_code\":\"WDJB\"") };
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded")
                              << QByteArray("grant_type=authorization_code&code=CANARY-CODE&code_"
                                            "verifier=CANARY-VERIFIER&x=")
                              << QStringList{ QStringLiteral(
                                         "grant_type=authorization_code&code=[redacted]&code_"
                                         "verifier=[redacted]") };
        QTest::newRow("html with a link")
                << QByteArray("text/html")
                << QByteArray(
                           "<a "
                           "href=\"https://app/cb?state=CANARY-STATE&amp;code=CANARY-CODE\">back</"
                           "a> "
                           "redirect_uri=http://x/?code=CANARY-CODE2&client_secret=CANARY-SECRET ")
                << QStringList{ QStringLiteral("<a href=\"https://app/cb?state=[redacted]"),
                                QStringLiteral(">back</a>") };
    }
    void truncatedBody()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, head);
        QFETCH(QStringList, kept);
        // The cut lands inside one more secret value, which must not survive either.
        QByteArray body = head;
        const bool isForm = contentType.contains("form");
        body += isForm ? QByteArray("&refresh_token=") : QByteArray("\"refresh_token\":\"");
        body += QByteArray(Redactor::MaxBodySize, 'C');
        const QString out = Redactor::redactBody(contentType, body);
        checkText(out, { QStringLiteral("CANARY"), QStringLiteral("ARY-"), QStringLiteral("CCCC") },
                  kept);
        QVERIFY(out.contains(QStringLiteral("bytes not kept]")));
        QVERIFY(out.size() < Redactor::MaxBodySize + 100);
    }

    void redactText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing secret")
                << QStringLiteral("a=b, \"c\": \"d\"") << QStringLiteral("a=b, \"c\": \"d\"");
        QTest::newRow("key=value")
                << QStringLiteral("failed: code=abc&state=def; scope=x")
                << QStringLiteral("failed: code=[redacted]&state=[redacted]; scope=x");
        QTest::newRow("encoded name") << QStringLiteral("access%5Ftoken=abc")
                                      << QStringLiteral("access%5Ftoken=[redacted]");
        QTest::newRow("name is a suffix")
                << QStringLiteral("mycode=abc") << QStringLiteral("mycode=abc");
        QTest::newRow("empty value") << QStringLiteral("code=&x=1") << QStringLiteral("code=&x=1");
        QTest::newRow("json scalar")
                << QStringLiteral("{\"nonce\":42}") << QStringLiteral("{\"nonce\":\"[redacted]\"}");
        QTest::newRow("json cut after the colon")
                << QStringLiteral("{\"token\":") << QStringLiteral("{\"token\":");
        QTest::newRow("json cut in the value") << QStringLiteral("{\"token\":\"abc")
                                               << QStringLiteral("{\"token\":\"[redacted]\"");
        // Found by fuzz_redactor (tests/fuzz/regressions/redactor/): the quote inside the bare
        // value made the rest read as strings where they are not, and the password was kept.
        QTest::newRow("quote in a bare value")
                << QStringLiteral("{\"client_secret\":a\"b c\",\"password\":\"pw\"}")
                << QStringLiteral("{\"client_secret\":\"[redacted]\"");
        QTest::newRow("secret name as a value")
                << QStringLiteral("[\"code\",\"abc\"]") << QStringLiteral("[\"code\",\"abc\"]");
    }
    void redactText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(Redactor::redactText(text), expected);
    }
};

QTEST_GUILESS_MAIN(tst_Redactor)
#include "tst_redactor.moc"
