#include "tokens/tokenresponse.h"

#include <QTest>

using namespace OAuthDesk;

class tst_TokenResponse : public QObject
{
    Q_OBJECT
private:
    static HttpResponse response(int status, const QByteArray &body,
                                 const QByteArray &contentType = "application/json")
    {
        HttpResponse r;
        r.status = status;
        r.body = body;
        r.headers.append({ "Content-Type", contentType });
        return r;
    }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("errorKind"); // Error::Kind, None for success
        QTest::addColumn<QString>("oauthError");
        QTest::addColumn<QString>("accessToken");
        QTest::addColumn<qint64>("expiresIn"); // -1: no expiry
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("refreshToken");

        const int ok = int(Error::Kind::None);
        const int invalid = int(Error::Kind::InvalidResponse);
        const int oauth = int(Error::Kind::OAuth);
        const int http = int(Error::Kind::HttpStatus);
        const QByteArray json = "application/json";

        QTest::newRow("token_type example (RFC 6749 5.1 sample)")
                << 200
                << QByteArray("{\"access_token\":\"fake-at-2YotnFZFEjr1zCsicMWpAA\",\"token_type\":"
                              "\"example\"}")
                << json << invalid << QString() << QString() << qint64(-1) << QString()
                << QString();
        QTest::newRow("full success")
                << 200
                << QByteArray("{\"access_token\":\"fake-at-1\",\"token_type\":\"Bearer\",\"expires_"
                              "in\":3600,\"refresh_token\":\"fake-rt-1\",\"scope\":\"openid  "
                              "api:read\"}")
                << json << ok << QString() << QStringLiteral("fake-at-1") << qint64(3600)
                << QStringLiteral("openid api:read") << QStringLiteral("fake-rt-1");
        QTest::newRow("bearer in lower case")
                << 200 << QByteArray("{\"access_token\":\"fake-at-2\",\"token_type\":\"bearer\"}")
                << json << ok << QString() << QStringLiteral("fake-at-2") << qint64(-1)
                << QStringLiteral("requested scope") << QString();
        QTest::newRow("json with charset and odd content type")
                << 200
                << QByteArray("{\"access_token\":\"fake-at-3\",\"token_type\":\"Bearer\",\"expires_"
                              "in\":0}")
                << QByteArray("text/plain; charset=utf-8") << ok << QString()
                << QStringLiteral("fake-at-3") << qint64(0) << QStringLiteral("requested scope")
                << QString();
        QTest::newRow("scope of only white space")
                << 200
                << QByteArray("{\"access_token\":\"fake-at-4\",\"token_type\":\"Bearer\",\"scope\":"
                              "\" \\n\\t \"}")
                << json << ok << QString() << QStringLiteral("fake-at-4") << qint64(-1)
                << QStringLiteral("requested scope") << QString();
        QTest::newRow("missing access_token")
                << 200 << QByteArray("{\"token_type\":\"Bearer\"}") << json << invalid << QString()
                << QString() << qint64(-1) << QString() << QString();
        QTest::newRow("empty access_token")
                << 200 << QByteArray("{\"access_token\":\"\",\"token_type\":\"Bearer\"}") << json
                << invalid << QString() << QString() << qint64(-1) << QString() << QString();
        QTest::newRow("access_token not a string")
                << 200 << QByteArray("{\"access_token\":42,\"token_type\":\"Bearer\"}") << json
                << invalid << QString() << QString() << qint64(-1) << QString() << QString();
        QTest::newRow("missing token_type")
                << 200 << QByteArray("{\"access_token\":\"fake-at\"}") << json << invalid
                << QString() << QString() << qint64(-1) << QString() << QString();
        QTest::newRow("token_type mac")
                << 200 << QByteArray("{\"access_token\":\"fake-at\",\"token_type\":\"mac\"}")
                << json << invalid << QString() << QString() << qint64(-1) << QString()
                << QString();
        QTest::newRow("expires_in as string")
                << 200
                << QByteArray("{\"access_token\":\"fake-at\",\"token_type\":\"Bearer\",\"expires_"
                              "in\":\"3600\"}")
                << json << invalid << QString() << QString() << qint64(-1) << QString()
                << QString();
        QTest::newRow("negative expires_in") << 200
                                             << QByteArray("{\"access_token\":\"fake-at\",\"token_"
                                                           "type\":\"Bearer\",\"expires_in\":-5}")
                                             << json << invalid << QString() << QString()
                                             << qint64(-1) << QString() << QString();
        QTest::newRow("fractional expires_in")
                << 200
                << QByteArray("{\"access_token\":\"fake-at\",\"token_type\":\"Bearer\",\"expires_"
                              "in\":1.5}")
                << json << invalid << QString() << QString() << qint64(-1) << QString()
                << QString();
        QTest::newRow("refresh_token not a string")
                << 200
                << QByteArray("{\"access_token\":\"fake-at\",\"token_type\":\"Bearer\",\"refresh_"
                              "token\":true}")
                << json << invalid << QString() << QString() << qint64(-1) << QString()
                << QString();
        QTest::newRow("json array")
                << 200 << QByteArray("[{\"access_token\":\"fake-at\",\"token_type\":\"Bearer\"}]")
                << json << invalid << QString() << QString() << qint64(-1) << QString()
                << QString();
        QTest::newRow("html page")
                << 200 << QByteArray("<html><body>Login</body></html>") << QByteArray("text/html")
                << invalid << QString() << QString() << qint64(-1) << QString() << QString();
        QTest::newRow("truncated json")
                << 200 << QByteArray("{\"access_token\":\"fake-at\",\"token_") << json << invalid
                << QString() << QString() << qint64(-1) << QString() << QString();
        QTest::newRow("invalid_grant") << 400
                                       << QByteArray("{\"error\":\"invalid_grant\",\"error_"
                                                     "description\":\"grant request is invalid\"}")
                                       << json << oauth << QStringLiteral("invalid_grant")
                                       << QString() << qint64(-1) << QString() << QString();
        QTest::newRow("invalid_client 401") << 401 << QByteArray("{\"error\":\"invalid_client\"}")
                                            << json << oauth << QStringLiteral("invalid_client")
                                            << QString() << qint64(-1) << QString() << QString();
        QTest::newRow("unauthorized_client")
                << 400 << QByteArray("{\"error\":\"unauthorized_client\"}") << json << oauth
                << QStringLiteral("unauthorized_client") << QString() << qint64(-1) << QString()
                << QString();
        QTest::newRow("unsupported_grant_type")
                << 400 << QByteArray("{\"error\":\"unsupported_grant_type\"}") << json << oauth
                << QStringLiteral("unsupported_grant_type") << QString() << qint64(-1) << QString()
                << QString();
        QTest::newRow("invalid_scope") << 400 << QByteArray("{\"error\":\"invalid_scope\"}") << json
                                       << oauth << QStringLiteral("invalid_scope") << QString()
                                       << qint64(-1) << QString() << QString();
        QTest::newRow("400 html") << 400 << QByteArray("<h1>Bad</h1>") << QByteArray("text/html")
                                  << http << QString() << QString() << qint64(-1) << QString()
                                  << QString();
        QTest::newRow("400 error not a string")
                << 400 << QByteArray("{\"error\":7}") << json << http << QString() << QString()
                << qint64(-1) << QString() << QString();
        // The code is shown as well: its control characters go, and a code of nothing else is no
        // code (as a registration error's is).
        QTest::newRow("error code with an escape sequence")
                << 400 << QByteArray("{\"error\":\"invalid\\u001b[2J_grant\"}") << json << oauth
                << QStringLiteral("invalid[2J_grant") << QString() << qint64(-1) << QString()
                << QString();
        QTest::newRow("error code only control characters")
                << 400 << QByteArray("{\"error\":\"\\u0001\\n\"}") << json << http << QString()
                << QString() << qint64(-1) << QString() << QString();
        QTest::newRow("error code cut at 100")
                << 400 << QByteArray("{\"error\":\"" + QByteArray(300, 'x') + "\"}") << json
                << oauth << QString(100, QLatin1Char('x')) << QString() << qint64(-1) << QString()
                << QString();
        QTest::newRow("500") << 500 << QByteArray("{\"error\":\"server_error\"}") << json << http
                             << QString() << QString() << qint64(-1) << QString() << QString();
        QTest::newRow("307 redirect") << 307 << QByteArray() << json << invalid << QString()
                                      << QString() << qint64(-1) << QString() << QString();
    }

    void parse()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, errorKind);
        QFETCH(QString, oauthError);
        QFETCH(QString, accessToken);
        QFETCH(qint64, expiresIn);
        QFETCH(QString, scope);
        QFETCH(QString, refreshToken);

        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const auto result = TokenResponse::parse(response(status, body, contentType),
                                                 QStringLiteral("requested scope"), now);
        QCOMPARE(int(result.error().kind()), errorKind);
        if (!result.ok()) {
            QCOMPARE(result.error().oauthError(), oauthError);
            QVERIFY(!result.error().message().isEmpty());
            // An error text never quotes a token from the body.
            QVERIFY(!result.error().message().contains(QLatin1String("fake-at")));
            return;
        }
        const TokenSet &t = result.value();
        QCOMPARE(t.accessToken, accessToken);
        QCOMPARE(t.tokenType, QStringLiteral("Bearer"));
        QCOMPARE(t.scope, scope);
        QCOMPARE(t.refreshToken, refreshToken);
        if (expiresIn < 0)
            QVERIFY(!t.expiresAt.isValid());
        else
            QCOMPARE(now.secsTo(t.expiresAt), expiresIn);
    }

    void oversizedAnswerIsAnErrorFromTheClient()
    {
        HttpResponse r;
        r.error = Error(Error::Kind::InvalidResponse,
                        QStringLiteral("The answer is larger than 1024 KiB."));
        const auto result = TokenResponse::parse(r, {}, QDateTime::currentDateTimeUtc());
        QCOMPARE(result.error().kind(), Error::Kind::InvalidResponse);
    }

    void oauthErrorMessageIsPlainAndComplete()
    {
        const auto result = TokenResponse::parse(
                response(400,
                         "{\"error\":\"invalid_client\",\"error_description\":\"client\\u0007 "
                         "unknown\",\"error_uri\":\"javascript:alert(1)\"}"),
                {}, QDateTime::currentDateTimeUtc());
        QCOMPARE(result.error().oauthError(), QStringLiteral("invalid_client"));
        QCOMPARE(result.error().errorDescription(),
                 QStringLiteral("client unknown")); // control character dropped
        QVERIFY(result.error().errorUri().isEmpty()); // only http(s) URIs kept
        QVERIFY(result.error().message().contains(QLatin1String("invalid_client")));
    }

    void controlCharactersDroppedBesideALoneSurrogate()
    {
        // Found by fuzz_token_response (tests/fuzz/regressions/token_response/): with a lone
        // surrogate in the description, the regular expression used before matched nothing and the
        // NUL and the line break stayed in.
        const auto result =
                TokenResponse::parse(response(400,
                                              "{\"error\":\"invalid_grant\",\"error_description\":"
                                              "\"a\\u0000b\\ud800c\\nd\"}"),
                                     {}, QDateTime::currentDateTimeUtc());
        QCOMPARE(result.error().oauthError(), QStringLiteral("invalid_grant"));
        const QString expected = QStringLiteral("ab") + QChar(0xd800) + QStringLiteral("cd");
        QCOMPARE(result.error().errorDescription(), expected);
    }

    void staleness_data()
    {
        QTest::addColumn<qint64>("lifetime");
        QTest::addColumn<qint64>("age");
        QTest::addColumn<bool>("stale");
        QTest::newRow("hour-long, fresh") << qint64(3600) << qint64(10) << false;
        QTest::newRow("hour-long, 20 s left") << qint64(3600) << qint64(3580) << true;
        QTest::newRow("hour-long, 40 s left") << qint64(3600) << qint64(3560) << false;
        QTest::newRow("8 s token, 5 s left") << qint64(8) << qint64(3) << false;
        QTest::newRow("8 s token, 1 s left") << qint64(8) << qint64(7) << true;
        QTest::newRow("expired") << qint64(60) << qint64(61) << true;
    }
    void staleness()
    {
        QFETCH(qint64, lifetime);
        QFETCH(qint64, age);
        QFETCH(bool, stale);
        TokenSet t;
        t.accessToken = QStringLiteral("fake-at");
        t.obtainedAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        t.expiresAt = t.obtainedAt.addSecs(lifetime);
        QCOMPARE(t.isStale(t.obtainedAt.addSecs(age)), stale);
    }

    void tokenSetRoundTripsThroughJson()
    {
        TokenSet t;
        t.accessToken = QStringLiteral("fake-at");
        t.tokenType = QStringLiteral("Bearer");
        t.refreshToken = QStringLiteral("fake-rt");
        t.idToken = QStringLiteral("fake.id.token");
        t.scope = QStringLiteral("openid api:read");
        t.obtainedAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        t.expiresAt = t.obtainedAt.addSecs(300);
        const TokenSet back = TokenSet::fromJson(t.toJson());
        QCOMPARE(back.accessToken, t.accessToken);
        QCOMPARE(back.refreshToken, t.refreshToken);
        QCOMPARE(back.idToken, t.idToken);
        QCOMPARE(back.scope, t.scope);
        QCOMPARE(back.expiresAt, t.expiresAt);
        QCOMPARE(back.obtainedAt, t.obtainedAt);
    }
};

QTEST_GUILESS_MAIN(tst_TokenResponse)
#include "tst_tokenresponse.moc"
