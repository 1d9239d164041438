#include "jwt/jsonstrict.h"
#include "jwt/jwk.h"
#include "jwt/jws.h"
#include "jwt/jwsverifier.h"
#include "jwt/jwt.h"
#include "tst_jwssigner.h"

#include <QTest>

using namespace OAuthDesk;
using namespace JwsTest;

// RFC 7515 Appendix A.2 (RS256), A.3 (ES256), A.4 (ES512) and RFC 8037 Appendix A.4 (Ed25519),
// copied from the RFC texts. The private members (d, p, q, …) are left out: a verifier never needs
// them.
static const char Rfc7515Payload[] = "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9le"
                                     "GFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";

static const char A2Jwk[] = "{\"kty\":\"RSA\","
                            "\"n\":\"ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_"
                            "wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-"
                            "SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-"
                            "bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa"
                            "2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-"
                            "DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb"
                            "54h4FRWyuXpoQ\","
                            "\"e\":\"AQAB\"}";
static const char A2Signature[] =
        "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_"
        "O8W2Fp5jujGbds9uJdbF9CUAr7t1dn"
        "ZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_"
        "eSN9383LcOLn6_dO--"
        "xi12jzDwusC-"
        "eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp"
        "0igcN_IoypGlUPQGe77Rw";

static const char A3Jwk[] = "{\"kty\":\"EC\",\"crv\":\"P-256\","
                            "\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\","
                            "\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"}";
static const char A3Signature[] =
        "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";

static const char A4Jwk[] = "{\"kty\":\"EC\",\"crv\":\"P-521\","
                            "\"x\":\"AekpBQ8ST8a8VcfVOTNl353vSrDCLLJXmPk06wTjxrrjcBpXp5EOnYG_"
                            "NjFZ6OvLFV1jSfS9tsz4qUxcWceqwQGk\","
                            "\"y\":\"ADSmRA43Z1DSNx_RvcLI87cdL07l6jQyyBXMoxVg_l2Th-"
                            "x3S1WDhjDly79ajL4Kkd0AZMaZmh9ubmf63e3kyMj2\"}";
static const char A4Compact[] =
        "eyJhbGciOiJFUzUxMiJ9.UGF5bG9hZA."
        "AdwMgeerwtHoh-l192l60hp9wAHZFVJbLfD_UxMi70cwnZOYaRI1bKPWROc-mZZqwqT2SI-KGDKB34XO0aw_"
        "7XdtAG8GaSwFKdCAPZgoXD2YBJZCPEX3x"
        "KpRwcdOO8KpEHwJjyqOgzDO7iKvU8vcnwNrmxYbSW9ERBXukOXolLzeO_Jn";

static const char Rfc8037Jwk[] = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\","
                                 "\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}";
static const char Rfc8037Compact[] =
        "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc."
        "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

class tst_Jws : public QObject
{
    Q_OBJECT
private:
    SigningKey m_rsa;
    SigningKey m_ec256;
    SigningKey m_ec256b;
    SigningKey m_ec384;
    SigningKey m_ec521;
    SigningKey m_ed;

    static Jwk jwkFrom(const QByteArray &text)
    {
        const Result<QJsonObject> object = JsonStrict::parseObject(text);
        if (!object.ok())
            return {};
        const Result<Jwk> key = Jwk::fromJson(object.value());
        return key.ok() ? key.value() : Jwk();
    }

    static QJsonObject claims()
    {
        return { { QStringLiteral("iss"), QStringLiteral("https://issuer.example") },
                 { QStringLiteral("sub"), QStringLiteral("user-1") } };
    }

    const SigningKey &keyFor(const QString &alg) const
    {
        if (alg == QLatin1String("ES256"))
            return m_ec256;
        if (alg == QLatin1String("ES384"))
            return m_ec384;
        if (alg == QLatin1String("ES512"))
            return m_ec521;
        if (alg == QLatin1String("EdDSA"))
            return m_ed;
        return m_rsa;
    }

    static Jwk publicKey(const SigningKey &key, const QJsonObject &extra = {})
    {
        QJsonObject object = key.jwk;
        for (auto it = extra.begin(); it != extra.end(); ++it)
            object.insert(it.key(), it.value());
        const Result<Jwk> jwk = Jwk::fromJson(object);
        return jwk.ok() ? jwk.value() : Jwk();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_rsa = generate("RSA", nullptr, QStringLiteral("rsa-1"));
        m_ec256 = generate("EC", "P-256", QStringLiteral("ec-256"));
        m_ec256b = generate("EC", "P-256", QStringLiteral("ec-256"));
        m_ec384 = generate("EC", "P-384", QStringLiteral("ec-384"));
        m_ec521 = generate("EC", "P-521", QStringLiteral("ec-521"));
        m_ed = generate("ED25519", nullptr, QStringLiteral("ed-1"));
        QVERIFY(!m_rsa.isNull() && !m_ec256.isNull() && !m_ec256b.isNull() && !m_ec384.isNull()
                && !m_ec521.isNull() && !m_ed.isNull());
    }

    void rfcVectors_data()
    {
        QTest::addColumn<QByteArray>("jwk");
        QTest::addColumn<QByteArray>("compact");
        QTest::newRow("RFC 7515 A.2 RS256")
                << QByteArray(A2Jwk)
                << QByteArray("eyJhbGciOiJSUzI1NiJ9.") + Rfc7515Payload + '.' + A2Signature;
        QTest::newRow("RFC 7515 A.3 ES256")
                << QByteArray(A3Jwk)
                << QByteArray("eyJhbGciOiJFUzI1NiJ9.") + Rfc7515Payload + '.' + A3Signature;
        QTest::newRow("RFC 7515 A.4 ES512") << QByteArray(A4Jwk) << QByteArray(A4Compact);
        QTest::newRow("RFC 8037 A.4 Ed25519")
                << QByteArray(Rfc8037Jwk) << QByteArray(Rfc8037Compact);
    }

    void rfcVectors()
    {
        QFETCH(QByteArray, jwk);
        QFETCH(QByteArray, compact);
        const Jwk key = jwkFrom(jwk);
        QVERIFY(key.nativeHandle());
        const Result<Jws> jws = Jws::decode(compact);
        QVERIFY2(jws.ok(), qPrintable(jws.error().detail()));
        const Error error = JwsVerifier::verify(jws.value(), key);
        QVERIFY2(!error, qPrintable(error.detail()));

        const Result<Jws> flipped = Jws::decode(flipSignatureBit(compact));
        QVERIFY(flipped.ok());
        const Error refused = JwsVerifier::verify(flipped.value(), key);
        QCOMPARE(refused.kind(), Error::Kind::InvalidResponse);
        QVERIFY2(refused.detail().contains(QLatin1String("does not match")),
                 qPrintable(refused.detail()));

        // The same signature over another payload.
        QByteArray other = compact;
        const qsizetype firstDot = other.indexOf('.');
        other.replace(firstDot + 1, other.indexOf('.', firstDot + 1) - firstDot - 1,
                      Base64Url::encode("other"));
        const Result<Jws> moved = Jws::decode(other);
        QVERIFY(moved.ok());
        QVERIFY(JwsVerifier::verify(moved.value(), key));
    }

    void rfc7515ClaimsDecode()
    {
        const Result<Jwt> jwt = Jwt::decode(QByteArray("eyJhbGciOiJSUzI1NiJ9.") + Rfc7515Payload
                                            + '.' + A2Signature);
        QVERIFY2(jwt.ok(), qPrintable(jwt.error().detail()));
        QCOMPARE(jwt.value().alg(), QStringLiteral("RS256"));
        QCOMPARE(jwt.value().issuer(), QStringLiteral("joe"));
        QCOMPARE(jwt.value().expiry(), QDateTime::fromSecsSinceEpoch(1300819380, Qt::UTC));
        QCOMPARE(jwt.value().claims().value(QLatin1String("http://example.com/is_root")).toBool(),
                 true);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("alg");
        for (const QString &alg : JwsVerifier::supportedAlgorithms())
            QTest::newRow(qPrintable(alg)) << alg;
    }

    void roundTrip()
    {
        QFETCH(QString, alg);
        const SigningKey &signer = keyFor(alg);
        const QByteArray compact = token(signer, alg, claims());
        const Result<Jwt> jwt = Jwt::decode(compact);
        QVERIFY2(jwt.ok(), qPrintable(jwt.error().detail()));
        const Jwk key = publicKey(signer);
        QVERIFY(key.nativeHandle());
        const Error error = JwsVerifier::verify(jwt.value(), key);
        QVERIFY2(!error, qPrintable(error.detail()));

        const Result<Jwt> flipped = Jwt::decode(flipSignatureBit(compact));
        QVERIFY(flipped.ok());
        const Error refused = JwsVerifier::verify(flipped.value(), key);
        QVERIFY(refused);
        QVERIFY2(refused.detail().contains(QLatin1String("does not match the key kid")),
                 qPrintable(refused.detail()));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("compact");
        QTest::addColumn<QJsonObject>("jwk");
        QTest::addColumn<QString>("fragment"); // part of the expected Error::detail()

        const QJsonObject c = claims();
        const QByteArray rs256 = token(m_rsa, QStringLiteral("RS256"), c);
        const QByteArray es256 = token(m_ec256, QStringLiteral("ES256"), c);

        QTest::newRow("one bit flipped")
                << flipSignatureBit(rs256) << m_rsa.jwk << QStringLiteral("does not match");
        QTest::newRow("signed by another key with the same kid")
                << token(m_ec256b, QStringLiteral("ES256"), c, {}, QStringLiteral("ec-256"))
                << m_ec256.jwk << QStringLiteral("does not match the key kid \"ec-256\"");
        QTest::newRow("alg none") << unsecured(c) << m_rsa.jwk << QStringLiteral("alg none");
        QTest::newRow("alg NoNe") << unsecured(c, QStringLiteral("NoNe")) << m_rsa.jwk
                                  << QStringLiteral("alg none");
        QTest::newRow("HS256 keyed with the RSA public key (key confusion)")
                << hs256WithPublicKey(m_rsa, c) << m_rsa.jwk << QStringLiteral("shared-secret MAC");
        QTest::newRow("unknown alg")
                << signText(m_rsa, QStringLiteral("RS256"), "{\"alg\":\"RS1\"}", json(c))
                << m_rsa.jwk << QStringLiteral("not supported");
        QTest::newRow("RS256 with an EC key")
                << rs256 << m_ec256.jwk << QStringLiteral("cannot check an RS256");
        QTest::newRow("ES256 with an RSA key")
                << es256 << m_rsa.jwk << QStringLiteral("cannot check an ES256");
        QTest::newRow("ES256 with a P-384 key")
                << es256 << m_ec384.jwk
                << QStringLiteral("EC P-384 key, which cannot check an ES256");
        QTest::newRow("EdDSA with an RSA key")
                << token(m_ed, QStringLiteral("EdDSA"), c) << m_rsa.jwk
                << QStringLiteral("cannot check an EdDSA");
        QTest::newRow("PS256 signature presented as RS256")
                << signText(m_rsa, QStringLiteral("PS256"), "{\"alg\":\"RS256\",\"kid\":\"rsa-1\"}",
                            json(c))
                << m_rsa.jwk << QStringLiteral("does not match");
        QTest::newRow("RS256 signature presented as PS256")
                << signText(m_rsa, QStringLiteral("RS256"), "{\"alg\":\"PS256\",\"kid\":\"rsa-1\"}",
                            json(c))
                << m_rsa.jwk << QStringLiteral("does not match");
        QTest::newRow("RS384 signature presented as RS256")
                << signText(m_rsa, QStringLiteral("RS384"), "{\"alg\":\"RS256\",\"kid\":\"rsa-1\"}",
                            json(c))
                << m_rsa.jwk << QStringLiteral("does not match");

        QJsonObject declaredPs = m_rsa.jwk;
        declaredPs.insert(QStringLiteral("alg"), QStringLiteral("PS256"));
        QTest::newRow("key declares PS256, token says RS256")
                << rs256 << declaredPs << QStringLiteral("declared for alg PS256");
        QJsonObject encKey = m_rsa.jwk;
        encKey.insert(QStringLiteral("use"), QStringLiteral("enc"));
        QTest::newRow("key for encryption")
                << rs256 << encKey << QStringLiteral("not for signatures");
        QJsonObject wrapOnly = m_rsa.jwk;
        wrapOnly.insert(QStringLiteral("key_ops"), QJsonArray{ QStringLiteral("wrapKey") });
        QTest::newRow("key_ops without verify") << rs256 << wrapOnly << QStringLiteral("key_ops");

        // ECDSA signatures are fixed-size R || S (RFC 7518 §3.4): 64, 96, 132 octets.
        const qsizetype dot = es256.lastIndexOf('.');
        const QByteArray raw = Base64Url::decode(es256.mid(dot + 1)).value();
        QTest::newRow("ES256 signature of 63 octets")
                << es256.left(dot + 1) + Base64Url::encode(raw.left(63)) << m_ec256.jwk
                << QStringLiteral("instead of 64");
        QTest::newRow("ES256 signature of 65 octets")
                << es256.left(dot + 1) + Base64Url::encode(raw + '\0') << m_ec256.jwk
                << QStringLiteral("instead of 64");
        QTest::newRow("ES256 signature in DER instead of R || S")
                << es256.left(dot + 1) + Base64Url::encode(QByteArray(70, '\x30')) << m_ec256.jwk
                << QStringLiteral("instead of 64");
        QTest::newRow("ES512 signature of 128 octets")
                << truncateSignature(token(m_ec521, QStringLiteral("ES512"), c), 128) << m_ec521.jwk
                << QStringLiteral("instead of 132");
        const qsizetype rdot = rs256.lastIndexOf('.');
        QTest::newRow("RS256 signature cut short")
                << rs256.left(rdot + 1)
                        + Base64Url::encode(
                                Base64Url::decode(rs256.mid(rdot + 1)).value().left(255))
                << m_rsa.jwk << QStringLiteral("the key's modulus is 256");
        QTest::newRow("empty signature")
                << rs256.left(rdot + 1) << m_rsa.jwk << QStringLiteral("the key's modulus is 256");
        QTest::newRow("critical extension")
                << token(m_rsa, QStringLiteral("RS256"), c,
                         { { QStringLiteral("crit"), QJsonArray{ QStringLiteral("exp") } },
                           { QStringLiteral("exp"), 1 } })
                << m_rsa.jwk << QStringLiteral("crit");
        QTest::newRow("b64 false (RFC 7797) is critical")
                << token(m_rsa, QStringLiteral("RS256"), c,
                         { { QStringLiteral("crit"), QJsonArray{ QStringLiteral("b64") } },
                           { QStringLiteral("b64"), false } })
                << m_rsa.jwk << QStringLiteral("crit");
    }

    void refused()
    {
        QFETCH(QByteArray, compact);
        QFETCH(QJsonObject, jwk);
        QFETCH(QString, fragment);
        const Result<Jws> jws = Jws::decode(compact);
        QVERIFY2(jws.ok(), qPrintable(jws.error().detail()));
        const Result<Jwk> key = Jwk::fromJson(jwk);
        QVERIFY2(key.ok(), qPrintable(key.error().detail()));
        const Error error = JwsVerifier::verify(jws.value(), key.value());
        QCOMPARE(error.kind(), Error::Kind::InvalidResponse);
        QVERIFY2(error.detail().contains(fragment), qPrintable(error.detail()));
        QVERIFY(!error.message().isEmpty());
    }

    void errorQueueLeftClean()
    {
        // A failed verification must not leave OpenSSL errors behind for Qt's TLS code to find.
        ERR_clear_error();
        const Result<Jws> jws =
                Jws::decode(flipSignatureBit(token(m_rsa, QStringLiteral("RS256"), claims())));
        QVERIFY(jws.ok());
        QVERIFY(JwsVerifier::verify(jws.value(), publicKey(m_rsa)));
        QCOMPARE(ERR_peek_error(), 0UL);
    }
};

QTEST_GUILESS_MAIN(tst_Jws)
#include "tst_jws.moc"
