#include "jwt/base64url.h"
#include "jwt/jsonstrict.h"
#include "jwt/jwk.h"
#include "jwt/jwkset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace OAuthDesk;

// Public keys from RFC 7515 A.2 (RSA), A.3 (P-256), A.4 (P-521) and RFC 8037 A.2 (Ed25519).
static const QByteArray RsaN =
        "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-"
        "4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-"
        "pCgNMsD"
        "1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-"
        "UTo7WTBEMa2R2CapHg665xsmtdV"
        "MTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_"
        "h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ";
static const QByteArray P256X = "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU";
static const QByteArray P256Y = "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0";
static const QByteArray P521X =
        "AekpBQ8ST8a8VcfVOTNl353vSrDCLLJXmPk06wTjxrrjcBpXp5EOnYG_NjFZ6OvLFV1jSfS9tsz4qUxcWceqwQGk";
static const QByteArray P521Y =
        "ADSmRA43Z1DSNx_RvcLI87cdL07l6jQyyBXMoxVg_l2Th-x3S1WDhjDly79ajL4Kkd0AZMaZmh9ubmf63e3kyMj2";
static const QByteArray EdX = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";

/// The same base64url value with `drop` leading octets removed (or only `keep` octets kept).
static QByteArray shorter(const QByteArray &value, int drop, int keep = -1)
{
    const QByteArray raw = Base64Url::decode(value).value().mid(drop);
    return Base64Url::encode(keep < 0 ? raw : raw.left(keep));
}

static QByteArray rsa(const QByteArray &kid, const QByteArray &extra = {})
{
    return "{\"kty\":\"RSA\",\"kid\":\"" + kid + "\",\"n\":\"" + RsaN + "\",\"e\":\"AQAB\"" + extra
            + '}';
}

static QByteArray ec256(const QByteArray &kid, const QByteArray &extra = {})
{
    return "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"" + kid + "\",\"x\":\"" + P256X
            + "\",\"y\":\"" + P256Y + '"' + extra + '}';
}

static QByteArray ed(const QByteArray &kid, const QByteArray &extra = {})
{
    return "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"kid\":\"" + kid + "\",\"x\":\"" + EdX + '"'
            + extra + '}';
}

static QByteArray set(const QList<QByteArray> &keys)
{
    QByteArray json = "{\"keys\":[";
    for (qsizetype i = 0; i < keys.size(); ++i)
        json += (i ? "," : "") + keys.at(i);
    return json + "]}";
}

class tst_Jwk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fragment"); // empty: accepted
        QTest::addColumn<int>("bits");

        QTest::newRow("RSA (RFC 7515 A.2)") << rsa("r") << QString() << 2048;
        QTest::newRow("RSA with private members ignored")
                << rsa("r", ",\"d\":\"AQAB\",\"p\":\"AQAB\"") << QString() << 2048;
        QTest::newRow("EC P-256 (RFC 7515 A.3)") << ec256("e") << QString() << 256;
        QTest::newRow("EC P-521 (RFC 7515 A.4)")
                << QByteArray("{\"kty\":\"EC\",\"crv\":\"P-521\",\"x\":\"" + P521X + "\",\"y\":\""
                              + P521Y + "\"}")
                << QString() << 521;
        QTest::newRow("OKP Ed25519 (RFC 8037 A.2)") << ed("o") << QString() << 256;
        QTest::newRow("symmetric oct")
                << QByteArray("{\"kty\":\"oct\",\"k\":\"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ\"}")
                << QStringLiteral("Symmetric") << 0;
        QTest::newRow("no kty") << QByteArray("{\"n\":\"AQAB\",\"e\":\"AQAB\"}")
                                << QStringLiteral("kty") << 0;
        QTest::newRow("unknown kty")
                << QByteArray("{\"kty\":\"DSA\"}") << QStringLiteral("not supported") << 0;
        QTest::newRow("RSA without e") << QByteArray("{\"kty\":\"RSA\",\"n\":\"" + RsaN + "\"}")
                                       << QStringLiteral("\"e\"") << 0;
        QTest::newRow("RSA n padded")
                << QByteArray("{\"kty\":\"RSA\",\"n\":\"" + RsaN + "==\",\"e\":\"AQAB\"}")
                << QStringLiteral("base64url") << 0;
        QTest::newRow("RSA of 1024 bits")
                << QByteArray("{\"kty\":\"RSA\",\"n\":\"" + RsaN.left(171) + "Q\",\"e\":\"AQAB\"}")
                << QStringLiteral("at least 2048") << 0;
        QTest::newRow("RSA with e = 1")
                << QByteArray("{\"kty\":\"RSA\",\"n\":\"" + RsaN + "\",\"e\":\"AQ\"}")
                << QStringLiteral("impossible") << 0;
        QTest::newRow("EC point off the curve")
                << QByteArray("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + P256X + "\",\"y\":\""
                              + P256Y.left(42) + "A\"}")
                << QStringLiteral("curve") << 0;
        QTest::newRow("EC coordinate too short")
                << QByteArray("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + shorter(P256X, 1)
                              + "\",\"y\":\"" + P256Y + "\"}")
                << QStringLiteral("32 octets") << 0;
        QTest::newRow("EC P-521 coordinate without leading zero")
                << QByteArray("{\"kty\":\"EC\",\"crv\":\"P-521\",\"x\":\"" + P521X + "\",\"y\":\""
                              + shorter(P521Y, 1) + "\"}")
                << QStringLiteral("66 octets") << 0;
        QTest::newRow("EC secp256k1") << QByteArray("{\"kty\":\"EC\",\"crv\":\"secp256k1\",\"x\":\""
                                                    + P256X + "\",\"y\":\"" + P256Y + "\"}")
                                      << QStringLiteral("not supported") << 0;
        QTest::newRow("EC without y")
                << QByteArray("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + P256X + "\"}")
                << QStringLiteral("\"y\"") << 0;
        QTest::newRow("OKP Ed448")
                << QByteArray("{\"kty\":\"OKP\",\"crv\":\"Ed448\",\"x\":\"" + EdX + "\"}")
                << QStringLiteral("not supported") << 0;
        QTest::newRow("OKP X25519")
                << QByteArray("{\"kty\":\"OKP\",\"crv\":\"X25519\",\"x\":\"" + EdX + "\"}")
                << QStringLiteral("not supported") << 0;
        QTest::newRow("Ed25519 of 31 octets") << QByteArray(
                "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + shorter(EdX, 0, 31) + "\"}")
                                              << QStringLiteral("32 octets") << 0;
        QTest::newRow("kid not a string") << QByteArray(
                "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"kid\":7,\"x\":\"" + EdX + "\"}")
                                          << QStringLiteral("\"kid\"") << 0;
        QTest::newRow("key_ops not an array")
                << ed("o", ",\"key_ops\":\"verify\"") << QStringLiteral("key_ops") << 0;
    }

    void fromJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fragment);
        QFETCH(int, bits);
        const Result<QJsonObject> object = JsonStrict::parseObject(json);
        QVERIFY2(object.ok(), qPrintable(object.error().detail()));
        const Result<Jwk> key = Jwk::fromJson(object.value());
        if (fragment.isEmpty()) {
            QVERIFY2(key.ok(), qPrintable(key.error().detail()));
            QVERIFY(key.value().nativeHandle());
            QCOMPARE(key.value().bits(), bits);
        } else {
            QVERIFY(!key.ok());
            QCOMPARE(key.error().kind(), Error::Kind::InvalidResponse);
            QVERIFY2(key.error().detail().contains(fragment), qPrintable(key.error().detail()));
        }
    }

    void accessors()
    {
        const Result<Jwk> key = Jwk::fromJson(
                JsonStrict::parseObject(ec256("e-1", ",\"use\":\"sig\",\"alg\":\"ES256\""))
                        .value());
        QVERIFY(key.ok());
        QCOMPARE(key.value().type(), Jwk::Type::Ec);
        QCOMPARE(key.value().kty(), QStringLiteral("EC"));
        QCOMPARE(key.value().kid(), QStringLiteral("e-1"));
        QCOMPARE(key.value().use(), QStringLiteral("sig"));
        QCOMPARE(key.value().alg(), QStringLiteral("ES256"));
        QCOMPARE(key.value().crv(), QStringLiteral("P-256"));
        QVERIFY(!key.value().checkUsableFor(QStringLiteral("ES256")));
        QVERIFY(key.value().checkUsableFor(QStringLiteral("ES384")));
        const Jwk copy = key.value(); // shares the OpenSSL key
        QCOMPARE(copy.nativeHandle(), key.value().nativeHandle());
    }

    void select_data()
    {
        QTest::addColumn<QByteArray>("jwks");
        QTest::addColumn<QString>("kid");
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QString>("expectedKid"); // empty: refused
        QTest::addColumn<QString>("fragment");

        const QByteArray three = set({ rsa("r1"), ec256("e1"), ed("o1") });
        QTest::newRow("by kid, RSA") << three << QStringLiteral("r1") << QStringLiteral("RS256")
                                     << QStringLiteral("r1") << QString();
        QTest::newRow("by kid, EC") << three << QStringLiteral("e1") << QStringLiteral("ES256")
                                    << QStringLiteral("e1") << QString();
        QTest::newRow("by kid, EdDSA") << three << QStringLiteral("o1") << QStringLiteral("EdDSA")
                                       << QStringLiteral("o1") << QString();
        QTest::newRow("unknown kid (keys rotated)")
                << three << QStringLiteral("r0") << QStringLiteral("RS256") << QString()
                << QStringLiteral("No key in the issuer's key set has kid \"r0\"");
        QTest::newRow("kid of another key type")
                << three << QStringLiteral("e1") << QStringLiteral("RS256") << QString()
                << QStringLiteral("cannot check an RS256");
        QTest::newRow("no kid, one key of the type")
                << three << QString() << QStringLiteral("PS256") << QStringLiteral("r1")
                << QString();
        QTest::newRow("no kid, several keys of the type")
                << set({ rsa("r1"), rsa("r2") }) << QString() << QStringLiteral("RS256")
                << QString() << QStringLiteral("several");
        QTest::newRow("no kid, declared alg decides")
                << set({ rsa("r1", ",\"alg\":\"RS256\""), rsa("r2", ",\"alg\":\"PS256\"") })
                << QString() << QStringLiteral("PS256") << QStringLiteral("r2") << QString();
        QTest::newRow("no kid, no key of the type")
                << set({ rsa("r1") }) << QString() << QStringLiteral("ES256") << QString()
                << QStringLiteral("no key for ES256");
        QTest::newRow("use sig accepted")
                << set({ rsa("r1", ",\"use\":\"sig\"") }) << QStringLiteral("r1")
                << QStringLiteral("RS256") << QStringLiteral("r1") << QString();
        QTest::newRow("use enc refused")
                << set({ rsa("r1", ",\"use\":\"enc\"") }) << QStringLiteral("r1")
                << QStringLiteral("RS256") << QString() << QStringLiteral("not for signatures");
        QTest::newRow("no kid skips enc keys")
                << set({ rsa("r1", ",\"use\":\"enc\""), rsa("r2", ",\"use\":\"sig\"") })
                << QString() << QStringLiteral("RS256") << QStringLiteral("r2") << QString();
        QTest::newRow("declared alg mismatch")
                << set({ rsa("r1", ",\"alg\":\"RS512\"") }) << QStringLiteral("r1")
                << QStringLiteral("RS256") << QString() << QStringLiteral("declared for alg RS512");
        QTest::newRow("unusable key named by kid")
                << set({ "{\"kty\":\"oct\",\"kid\":\"h1\",\"k\":\"c2VjcmV0\"}", rsa("r1") })
                << QStringLiteral("h1") << QStringLiteral("HS256") << QString()
                << QStringLiteral("Symmetric");
        QTest::newRow("unusable keys do not spoil the set")
                << set({ "{\"kty\":\"oct\",\"kid\":\"h1\",\"k\":\"c2VjcmV0\"}",
                         "{\"kty\":\"EC\",\"crv\":\"P-192\"}", rsa("r1") })
                << QStringLiteral("r1") << QStringLiteral("RS256") << QStringLiteral("r1")
                << QString();
        QTest::newRow("same kid, two types")
                << set({ rsa("k"), ec256("k") }) << QStringLiteral("k") << QStringLiteral("ES256")
                << QStringLiteral("k") << QString();
        QTest::newRow("empty set") << set({}) << QStringLiteral("r1") << QStringLiteral("RS256")
                                   << QString() << QStringLiteral("No key");
    }

    void select()
    {
        QFETCH(QByteArray, jwks);
        QFETCH(QString, kid);
        QFETCH(QString, alg);
        QFETCH(QString, expectedKid);
        QFETCH(QString, fragment);
        const Result<JwkSet> keys = JwkSet::fromJson(jwks);
        QVERIFY2(keys.ok(), qPrintable(keys.error().detail()));
        const Result<Jwk> key = keys.value().select(kid, alg);
        if (!expectedKid.isEmpty()) {
            QVERIFY2(key.ok(), qPrintable(key.error().detail()));
            QCOMPARE(key.value().kid(), expectedKid);
            QVERIFY(!key.value().checkUsableFor(alg));
        } else {
            QVERIFY(!key.ok());
            QCOMPARE(key.error().kind(), Error::Kind::InvalidResponse);
            QVERIFY2(key.error().detail().contains(fragment), qPrintable(key.error().detail()));
        }
    }

    void setRefused_data()
    {
        QTest::addColumn<QByteArray>("jwks");
        QTest::newRow("no keys member") << QByteArray("{\"key\":[]}");
        QTest::newRow("keys not an array") << QByteArray("{\"keys\":{}}");
        QTest::newRow("a key that is not an object") << QByteArray("{\"keys\":[1]}");
        QTest::newRow("duplicate keys member") << QByteArray("{\"keys\":[],\"keys\":[]}");
        QTest::newRow("duplicate member inside a key")
                << set({ "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + EdX + "\",\"x\":\"" + EdX
                         + "\"}" });
        QTest::newRow("not JSON") << QByteArray("<html>");
    }

    void setRefused()
    {
        QFETCH(QByteArray, jwks);
        const Result<JwkSet> keys = JwkSet::fromJson(jwks);
        QVERIFY(!keys.ok());
        QCOMPARE(keys.error().kind(), Error::Kind::InvalidResponse);
    }
};

QTEST_GUILESS_MAIN(tst_Jwk)
#include "tst_jwk.moc"
