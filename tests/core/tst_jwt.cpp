#include "jwt/base64url.h"
#include "jwt/jsonstrict.h"
#include "jwt/jwt.h"
#include "jwt/tokenshape.h"

#include <QJsonArray>
#include <QTest>

using namespace OAuthDesk;

static QByteArray b64(const QByteArray &text)
{
    return Base64Url::encode(text);
}

/// header.payload.signature from JSON texts, with a fixed dummy signature: decode() does not
/// verify.
static QByteArray compact(const QByteArray &header, const QByteArray &claims)
{
    return b64(header) + '.' + b64(claims) + '.' + b64("sig");
}

static const QByteArray RsHeader = "{\"alg\":\"RS256\",\"kid\":\"k1\",\"typ\":\"JWT\"}";

class tst_Jwt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void base64Url_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QByteArray>("decoded");
        QTest::newRow("empty") << QByteArray() << true << QByteArray();
        QTest::newRow("one octet") << QByteArray("Zg") << true << QByteArray("f");
        QTest::newRow("two octets") << QByteArray("Zm8") << true << QByteArray("fo");
        QTest::newRow("three octets") << QByteArray("Zm9v") << true << QByteArray("foo");
        QTest::newRow("url alphabet - and _")
                << QByteArray("-_8") << true << QByteArray("\xfb\xff");
        QTest::newRow("RFC 7515 A.1 header")
                << QByteArray("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9") << true
                << QByteArray("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}");
        QTest::newRow("padding") << QByteArray("Zg==") << false << QByteArray();
        QTest::newRow("single padding") << QByteArray("Zm8=") << false << QByteArray();
        QTest::newRow("plus (standard alphabet)") << QByteArray("+_8") << false << QByteArray();
        QTest::newRow("slash (standard alphabet)") << QByteArray("-/8") << false << QByteArray();
        QTest::newRow("space") << QByteArray("Zm 9v") << false << QByteArray();
        QTest::newRow("newline") << QByteArray("Zm9v\n") << false << QByteArray();
        QTest::newRow("impossible length") << QByteArray("Zm9vY") << false << QByteArray();
        QTest::newRow("non-zero trailing bits, 2 chars")
                << QByteArray("Zh") << false << QByteArray();
        QTest::newRow("non-zero trailing bits, 3 chars")
                << QByteArray("Zm9") << false << QByteArray();
        QTest::newRow("non-ASCII") << QByteArray("Zm\xc3\xa9v") << false << QByteArray();
        QTest::newRow("NUL") << QByteArray("Zm\0v", 4) << false << QByteArray();
    }

    void base64Url()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(QByteArray, decoded);
        const Result<QByteArray> result = Base64Url::decode(text);
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QCOMPARE(result.value(), decoded);
            QCOMPARE(Base64Url::encode(decoded), text);
        } else {
            QCOMPARE(result.error().kind(), Error::Kind::InvalidResponse);
        }
    }

    void jsonStrict_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("simple") << QByteArray("{\"a\":1,\"b\":\"x\"}") << true << QString();
        QTest::newRow("empty object") << QByteArray(" { } ") << true << QString();
        QTest::newRow("nested and arrays") << QByteArray(
                "{\"a\":[1,-2.5e3,true,false,null,{\"a\":1}],\"b\":{\"a\":{\"a\":[]}}}")
                                           << true << QString();
        QTest::newRow("same name in different objects")
                << QByteArray("{\"a\":{\"a\":1},\"b\":[{\"a\":1},{\"a\":2}]}") << true << QString();
        QTest::newRow("escapes") << QByteArray("{\"a\\n\":\"\\u00e9\\ud83d\\ude00\\/\"}") << true
                                 << QString();
        QTest::newRow("duplicate member") << QByteArray("{\"iss\":\"a\",\"iss\":\"b\"}") << false
                                          << QStringLiteral("\"iss\" twice");
        QTest::newRow("duplicate after unescaping")
                << QByteArray("{\"alg\":\"RS256\",\"\\u0061lg\":\"none\"}") << false
                << QStringLiteral("twice");
        QTest::newRow("duplicate in nested object") << QByteArray("{\"a\":{\"x\":1,\"x\":2}}")
                                                    << false << QStringLiteral("\"x\" twice");
        QTest::newRow("duplicate inside array")
                << QByteArray("{\"a\":[{\"x\":1,\"x\":1}]}") << false << QStringLiteral("twice");
        QTest::newRow("top-level array")
                << QByteArray("[1]") << false << QStringLiteral("not an object");
        QTest::newRow("trailing text")
                << QByteArray("{}x") << false << QStringLiteral("followed by");
        QTest::newRow("two objects")
                << QByteArray("{}{}") << false << QStringLiteral("followed by");
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << false << QString();
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << false << QString();
        QTest::newRow("unquoted name") << QByteArray("{a:1}") << false << QString();
        QTest::newRow("leading zero") << QByteArray("{\"a\":01}") << false << QString();
        QTest::newRow("NaN") << QByteArray("{\"a\":NaN}") << false << QString();
        QTest::newRow("raw control character")
                << QByteArray("{\"a\":\"x\ty\"}") << false << QStringLiteral("control character");
        QTest::newRow("bad escape")
                << QByteArray("{\"a\":\"\\x41\"}") << false << QStringLiteral("escape");
        QTest::newRow("invalid UTF-8")
                << QByteArray("{\"a\":\"\xc3\x28\"}") << false << QStringLiteral("UTF-8");
        QTest::newRow("unterminated") << QByteArray("{\"a\":\"b") << false << QString();
        QTest::newRow("empty") << QByteArray() << false << QString();
        QTest::newRow("too deep") << QByteArray("{\"a\":") + QByteArray(40, '[')
                        + QByteArray(40, ']') + '}'
                                  << false << QStringLiteral("too deeply");
    }

    void jsonStrict()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(QString, fragment);
        const Result<QJsonObject> result = JsonStrict::parseObject(json);
        QCOMPARE(result.ok(), ok);
        if (!ok)
            QVERIFY2(result.error().detail().contains(fragment),
                     qPrintable(result.error().detail()));
    }

    void classify_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<TokenShape::Kind>("kind");
        QTest::newRow("JWS") << compact(RsHeader, "{}") << TokenShape::Kind::Jws;
        QTest::newRow("JWE, A128KW and A128CBC-HS256")
                << QByteArray("eyJhbGciOiJBMTI4S1ciLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0."
                              "6KB707dM9YTIgHtLvtgWQ8mKwboJW3of9locizkDTHzBC2I"
                              "lrT1oOQ.AxY8DCtDaGlsbGljb3RoZQ."
                              "KDlTtXchhZTGufMYmOYGS4HffxPSUrfmqCHXaI9wOGY.U0m_YmjN04DJvceFICbCVQ")
                << TokenShape::Kind::Jwe;
        QTest::newRow("opaque random")
                << QByteArray("fake-at-2YotnFZFEjr1zCsicMWpAA") << TokenShape::Kind::Opaque;
        QTest::newRow("opaque with dots") << QByteArray("a.b.c") << TokenShape::Kind::Opaque;
        QTest::newRow("three parts, header without alg")
                << compact("{\"typ\":\"JWT\"}", "{}") << TokenShape::Kind::Opaque;
        QTest::newRow("five parts without enc")
                << compact(RsHeader, "{}") + ".a.b" << TokenShape::Kind::Opaque;
        QTest::newRow("four parts") << compact(RsHeader, "{}") + ".a" << TokenShape::Kind::Opaque;
        QTest::newRow("empty") << QByteArray() << TokenShape::Kind::Opaque;
    }

    void classify()
    {
        QFETCH(QByteArray, token);
        QFETCH(TokenShape::Kind, kind);
        QCOMPARE(TokenShape::classify(token).kind(), kind);
        QCOMPARE(Jwt::classify(token).kind(), kind);
    }

    void decodeRefused_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("fragment");
        const QByteArray claims = "{\"iss\":\"https://issuer.example\"}";
        const QByteArray good = compact(RsHeader, claims);
        const qsizetype dot = good.indexOf('.');

        QTest::newRow("five-part JWE")
                << QByteArray("eyJhbGciOiJBMTI4S1ciLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0.a.b.c.d")
                << QStringLiteral("encrypted JWT");
        QTest::newRow("two parts") << good.left(good.lastIndexOf('.')) << QStringLiteral("2 parts");
        QTest::newRow("four parts") << good + ".x" << QStringLiteral("4 parts");
        QTest::newRow("padded header")
                << b64(RsHeader) + "==" + good.mid(dot) << QStringLiteral("padding");
        QTest::newRow("'+' in payload")
                << good.left(dot + 1) + "eyJ+" + good.mid(good.indexOf('.', dot + 1))
                << QStringLiteral("'+'");
        QTest::newRow("padded signature") << good + "==" << QStringLiteral("padding");
        QTest::newRow("duplicate alg in header")
                << compact("{\"alg\":\"RS256\",\"alg\":\"none\"}", claims)
                << QStringLiteral("\"alg\" twice");
        QTest::newRow("duplicate iss in claims") << compact(
                RsHeader, "{\"iss\":\"https://issuer.example\",\"iss\":\"https://evil.example\"}")
                                                 << QStringLiteral("\"iss\" twice");
        QTest::newRow("duplicate sub, escaped")
                << compact(RsHeader, "{\"sub\":\"alice\",\"\\u0073ub\":\"mallory\"}")
                << QStringLiteral("twice");
        QTest::newRow("header not JSON")
                << compact("alg=RS256", claims) << QStringLiteral("header");
        QTest::newRow("claims not JSON")
                << compact(RsHeader, "Payload") << QStringLiteral("claims");
        QTest::newRow("claims an array")
                << compact(RsHeader, "[]") << QStringLiteral("not an object");
        QTest::newRow("no alg") << compact("{\"typ\":\"JWT\"}", claims)
                                << QStringLiteral("\"alg\"");
        QTest::newRow("alg not a string")
                << compact("{\"alg\":256}", claims) << QStringLiteral("\"alg\"");
        QTest::newRow("kid not a string")
                << compact("{\"alg\":\"RS256\",\"kid\":1}", claims) << QStringLiteral("\"kid\"");
        QTest::newRow("iss not a string")
                << compact(RsHeader, "{\"iss\":1}") << QStringLiteral("\"iss\"");
        QTest::newRow("nonce not a string")
                << compact(RsHeader, "{\"nonce\":[\"n\"]}") << QStringLiteral("\"nonce\"");
        QTest::newRow("aud a number")
                << compact(RsHeader, "{\"aud\":7}") << QStringLiteral("\"aud\"");
        QTest::newRow("aud array with a number")
                << compact(RsHeader, "{\"aud\":[\"a\",7]}") << QStringLiteral("\"aud\"");
        QTest::newRow("exp a string")
                << compact(RsHeader, "{\"exp\":\"1700000000\"}") << QStringLiteral("\"exp\"");
        QTest::newRow("iat null") << compact(RsHeader, "{\"iat\":null}")
                                  << QStringLiteral("\"iat\"");
        QTest::newRow("exp beyond year 9999")
                << compact(RsHeader, "{\"exp\":1e300}") << QStringLiteral("\"exp\"");
    }

    void decodeRefused()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, fragment);
        const Result<Jwt> jwt = Jwt::decode(token);
        QVERIFY(!jwt.ok());
        QCOMPARE(jwt.error().kind(), Error::Kind::InvalidResponse);
        QVERIFY2(jwt.error().detail().contains(fragment), qPrintable(jwt.error().detail()));
    }

    void accessors()
    {
        const QByteArray claims =
                "{\"iss\":\"https://issuer.example\",\"sub\":\"user-1\",\"aud\":[\"desk\",\"api\"],"
                "\"azp\":\"desk\",\"nonce\":\"n-1\",\"exp\":1700000300,\"iat\":1700000000.5,"
                "\"nbf\":1699999990,\"auth_time\":1699999000}";
        const Result<Jwt> jwt = Jwt::decode(compact(RsHeader, claims));
        QVERIFY2(jwt.ok(), qPrintable(jwt.error().detail()));
        const Jwt &t = jwt.value();
        QCOMPARE(t.alg(), QStringLiteral("RS256"));
        QCOMPARE(t.kid(), QStringLiteral("k1"));
        QCOMPARE(t.typ(), QStringLiteral("JWT"));
        QCOMPARE(t.issuer(), QStringLiteral("https://issuer.example"));
        QCOMPARE(t.subject(), QStringLiteral("user-1"));
        QCOMPARE(t.audiences(), (QStringList{ QStringLiteral("desk"), QStringLiteral("api") }));
        QCOMPARE(t.authorizedParty(), QStringLiteral("desk"));
        QCOMPARE(t.nonce(), QStringLiteral("n-1"));
        QCOMPARE(t.expiry(), QDateTime::fromSecsSinceEpoch(1700000300, Qt::UTC));
        QCOMPARE(t.issuedAt(), QDateTime::fromMSecsSinceEpoch(1700000000500, Qt::UTC));
        QCOMPARE(t.notBefore(), QDateTime::fromSecsSinceEpoch(1699999990, Qt::UTC));
        QCOMPARE(t.authTime(), QDateTime::fromSecsSinceEpoch(1699999000, Qt::UTC));
        QCOMPARE(t.jws().signature(), QByteArray("sig"));
        QCOMPARE(t.jws().signingInput(), b64(RsHeader) + '.' + b64(claims));

        const Result<Jwt> single = Jwt::decode(compact(RsHeader, "{\"aud\":\"desk\"}"));
        QVERIFY(single.ok());
        QCOMPARE(single.value().audiences(), QStringList{ QStringLiteral("desk") });
        QVERIFY(!single.value().expiry().isValid());
        QCOMPARE(single.value().kid(), QStringLiteral("k1"));
    }
};

QTEST_GUILESS_MAIN(tst_Jwt)
#include "tst_jwt.moc"
