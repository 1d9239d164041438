#include "jwt/idtokenvalidator.h"
#include "jwt/jwkset.h"
#include "tst_jwssigner.h"

#include <QTest>

using namespace OAuthDesk;
using namespace JwsTest;

static const QString Issuer = QStringLiteral("https://issuer.example");
static const QString ClientId = QStringLiteral("desk-client");
static const QString Nonce = QStringLiteral("n-0S6_WzA2Mj");
static const QDateTime Now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);

class tst_IdToken : public QObject
{
    Q_OBJECT
private:
    SigningKey m_rsa;
    SigningKey m_ec;
    SigningKey m_ed;
    SigningKey m_rotated; // a key the issuer no longer publishes
    JwkSet m_keys;

    static QJsonObject claims()
    {
        return { { QStringLiteral("iss"), Issuer },
                 { QStringLiteral("sub"), QStringLiteral("248289761001") },
                 { QStringLiteral("aud"), ClientId },
                 { QStringLiteral("nonce"), Nonce },
                 { QStringLiteral("iat"), Now.toSecsSinceEpoch() - 10 },
                 { QStringLiteral("exp"), Now.toSecsSinceEpoch() + 300 } };
    }

    static QJsonObject with(QJsonObject object, const QString &name, const QJsonValue &value)
    {
        if (value.isUndefined())
            object.remove(name);
        else
            object.insert(name, value);
        return object;
    }

    IdTokenValidator validator() const
    {
        IdTokenValidator v(Issuer, ClientId);
        v.setExpectedNonce(Nonce);
        return v;
    }

    static Jwt decoded(const QByteArray &compact)
    {
        const Result<Jwt> jwt = Jwt::decode(compact);
        return jwt.ok() ? jwt.value() : Jwt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_rsa = generate("RSA", nullptr, QStringLiteral("rsa-2024"));
        m_ec = generate("EC", "P-256", QStringLiteral("ec-2024"));
        m_ed = generate("ED25519", nullptr, QStringLiteral("ed-2024"));
        m_rotated = generate("EC", "P-256", QStringLiteral("ec-2019"));
        QVERIFY(!m_rsa.isNull() && !m_ec.isNull() && !m_ed.isNull() && !m_rotated.isNull());
        QJsonObject sigRsa = m_rsa.jwk;
        sigRsa.insert(QStringLiteral("use"), QStringLiteral("sig"));
        sigRsa.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
        const QJsonObject set{ { QStringLiteral("keys"),
                                 QJsonArray{ sigRsa, m_ec.jwk, m_ed.jwk } } };
        const Result<JwkSet> keys = JwkSet::fromJson(json(set));
        QVERIFY2(keys.ok(), qPrintable(keys.error().detail()));
        m_keys = keys.value();
    }

    void validate_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("fragment"); // empty: valid

        const QJsonObject c = claims();
        const QString rs = QStringLiteral("RS256");
        const qint64 t = Now.toSecsSinceEpoch();

        QTest::newRow("valid RS256") << token(m_rsa, rs, c) << QString();
        QTest::newRow("valid ES256") << token(m_ec, QStringLiteral("ES256"), c) << QString();
        QTest::newRow("valid EdDSA") << token(m_ed, QStringLiteral("EdDSA"), c) << QString();
        QTest::newRow("valid, several audiences with azp") << token(
                m_rsa, rs,
                with(with(c, QStringLiteral("aud"), QJsonArray{ ClientId, QStringLiteral("api") }),
                     QStringLiteral("azp"), ClientId)) << QString();
        QTest::newRow("valid, aud as a one-element array")
                << token(m_rsa, rs, with(c, QStringLiteral("aud"), QJsonArray{ ClientId }))
                << QString();
        QTest::newRow("valid, expired 30 s ago (within skew)")
                << token(m_rsa, rs, with(c, QStringLiteral("exp"), t - 30)) << QString();
        QTest::newRow("valid, issued 30 s in the future (within skew)")
                << token(m_rsa, rs, with(c, QStringLiteral("iat"), t + 30)) << QString();

        QTest::newRow("bad signature (one bit flipped)")
                << flipSignatureBit(token(m_rsa, rs, c))
                << QStringLiteral("does not match the key kid \"rsa-2024\"");
        QTest::newRow("alg none") << unsecured(c) << QStringLiteral("alg none");
        QTest::newRow("HS256 keyed with the RSA public key")
                << hs256WithPublicKey(m_rsa, c) << QStringLiteral("shared-secret MAC");
        QTest::newRow("unknown kid (signed with a rotated-out key)")
                << token(m_rotated, QStringLiteral("ES256"), c)
                << QStringLiteral("no key in the issuer's key set has kid \"ec-2019\"");
        QTest::newRow("kid of the EC key on an RS256 token")
                << token(m_rsa, rs, c, {}, QStringLiteral("ec-2024"))
                << QStringLiteral("cannot check an RS256");
        QTest::newRow("PS256 with a key declared for RS256")
                << token(m_rsa, QStringLiteral("PS256"), c)
                << QStringLiteral("declared for alg RS256");
        QTest::newRow("EC signature of wrong length")
                << truncateSignature(token(m_ec, QStringLiteral("ES256"), c), 63)
                << QStringLiteral("instead of 64");
        QTest::newRow("wrong iss") << token(
                m_rsa, rs, with(c, QStringLiteral("iss"), QStringLiteral("https://evil.example")))
                                   << QStringLiteral("issued by \"https://evil.example\"");
        QTest::newRow("iss with trailing slash") << token(
                m_rsa, rs, with(c, QStringLiteral("iss"), QString(Issuer + QLatin1Char('/'))))
                                                 << QStringLiteral("issued by");
        QTest::newRow("no iss") << token(m_rsa, rs,
                                         with(c, QStringLiteral("iss"), QJsonValue::Undefined))
                                << QStringLiteral("no issuer");
        QTest::newRow("no sub") << token(m_rsa, rs,
                                         with(c, QStringLiteral("sub"), QJsonValue::Undefined))
                                << QStringLiteral("no subject");
        QTest::newRow("wrong aud")
                << token(m_rsa, rs, with(c, QStringLiteral("aud"), QStringLiteral("other-client")))
                << QStringLiteral("audience (aud) does not include");
        QTest::newRow("no aud") << token(m_rsa, rs,
                                         with(c, QStringLiteral("aud"), QJsonValue::Undefined))
                                << QStringLiteral("audience (aud) does not include");
        QTest::newRow("several audiences without azp") << token(
                m_rsa, rs,
                with(c, QStringLiteral("aud"), QJsonArray{ ClientId, QStringLiteral("api") }))
                                                       << QStringLiteral("no authorized party");
        QTest::newRow("azp of another client") << token(
                m_rsa, rs,
                with(with(c, QStringLiteral("aud"), QJsonArray{ ClientId, QStringLiteral("api") }),
                     QStringLiteral("azp"), QStringLiteral("api")))
                                               << QStringLiteral("azp) is another client");
        QTest::newRow("expired") << token(m_rsa, rs, with(c, QStringLiteral("exp"), t - 61))
                                 << QStringLiteral("expired");
        QTest::newRow("no exp") << token(m_rsa, rs,
                                         with(c, QStringLiteral("exp"), QJsonValue::Undefined))
                                << QStringLiteral("no expiry");
        QTest::newRow("iat in the future")
                << token(m_rsa, rs, with(c, QStringLiteral("iat"), t + 3600))
                << QStringLiteral("issued in the future");
        QTest::newRow("no iat") << token(m_rsa, rs,
                                         with(c, QStringLiteral("iat"), QJsonValue::Undefined))
                                << QStringLiteral("no issue time");
        QTest::newRow("nbf in the future")
                << token(m_rsa, rs, with(c, QStringLiteral("nbf"), t + 3600))
                << QStringLiteral("not valid before");
        QTest::newRow("wrong nonce")
                << token(m_rsa, rs, with(c, QStringLiteral("nonce"), QStringLiteral("n-other")))
                << QStringLiteral("nonce is not the one sent");
        QTest::newRow("no nonce") << token(m_rsa, rs,
                                           with(c, QStringLiteral("nonce"), QJsonValue::Undefined))
                                  << QStringLiteral("carries no nonce");
        QTest::newRow("duplicate iss in claims")
                << signText(m_rsa, rs, "{\"alg\":\"RS256\",\"kid\":\"rsa-2024\"}",
                            "{\"iss\":\"https://evil.example\",\"iss\":\"https://"
                            "issuer.example\",\"sub\":\"1\","
                            "\"aud\":\"desk-client\",\"iat\":1700000000,\"exp\":1700000300,"
                            "\"nonce\":\"n-0S6_WzA2Mj\"}")
                << QStringLiteral("\"iss\" twice");
        QTest::newRow("duplicate kid in header") << signText(
                m_rsa, rs, "{\"alg\":\"RS256\",\"kid\":\"ec-2024\",\"kid\":\"rsa-2024\"}", json(c))
                                                 << QStringLiteral("\"kid\" twice");
        QTest::newRow("JWE") << QByteArray("eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d")
                             << QStringLiteral("encrypted JWT");
        QTest::newRow("padded base64url")
                << token(m_rsa, rs, c) + "==" << QStringLiteral("padding");
    }

    void validate()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, fragment);
        const Result<Jwt> result = validator().decodeAndValidate(token, m_keys, Now);
        if (fragment.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.error().detail()));
            QCOMPARE(result.value().issuer(), Issuer);
            return;
        }
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::InvalidResponse);
        QVERIFY2(result.error().detail().contains(fragment, Qt::CaseInsensitive),
                 qPrintable(result.error().detail()));
        QVERIFY(!result.error().detail().contains(Nonce)); // the nonce never appears in an error
    }

    void noNonceExpected()
    {
        IdTokenValidator v(Issuer, ClientId);
        const QByteArray t = token(m_rsa, QStringLiteral("RS256"),
                                   with(claims(), QStringLiteral("nonce"), QJsonValue::Undefined));
        QVERIFY(!v.validate(decoded(t), m_keys, Now));
    }

    void clockSkewIsConfigurable()
    {
        IdTokenValidator v = validator();
        const QByteArray t =
                token(m_rsa, QStringLiteral("RS256"),
                      with(claims(), QStringLiteral("exp"), Now.toSecsSinceEpoch() - 30));
        QVERIFY(!v.validate(decoded(t), m_keys, Now));
        v.setClockSkew(std::chrono::seconds(10));
        QVERIFY(v.validate(decoded(t), m_keys, Now).detail().contains(QLatin1String("expired")));
        v.setClockSkew(std::chrono::seconds(0));
        const QByteArray exact =
                token(m_rsa, QStringLiteral("RS256"),
                      with(claims(), QStringLiteral("exp"), Now.toSecsSinceEpoch()));
        QVERIFY(v.validate(decoded(exact), m_keys,
                           Now)); // exp is the first instant it is no longer valid
    }

    void allowedAlgorithms()
    {
        IdTokenValidator v = validator();
        v.setAllowedAlgorithms({ QStringLiteral("RS256") });
        QVERIFY(!v.validate(decoded(token(m_rsa, QStringLiteral("RS256"), claims())), m_keys, Now));
        const Error e =
                v.validate(decoded(token(m_ec, QStringLiteral("ES256"), claims())), m_keys, Now);
        QVERIFY(e.detail().contains(QLatin1String("expects RS256")));
    }

    void missingConfiguration()
    {
        const IdTokenValidator v(Issuer, QString());
        QCOMPARE(v.validate(decoded(token(m_rsa, QStringLiteral("RS256"), claims())), m_keys, Now)
                         .kind(),
                 Error::Kind::Configuration);
    }

    void refreshedIdentity_data()
    {
        QTest::addColumn<QJsonObject>("refreshed");
        QTest::addColumn<QString>("fragment"); // empty: the same identity

        const QJsonObject c =
                with(claims(), QStringLiteral("auth_time"), Now.toSecsSinceEpoch() - 100);
        const QJsonObject later =
                with(with(c, QStringLiteral("iat"), Now.toSecsSinceEpoch() + 3000),
                     QStringLiteral("exp"), Now.toSecsSinceEpoch() + 3600);
        QTest::newRow("same iss and sub") << later << QString();
        QTest::newRow("same identity, no nonce, no auth_time")
                << with(with(later, QStringLiteral("nonce"), QJsonValue::Undefined),
                        QStringLiteral("auth_time"), QJsonValue::Undefined)
                << QString();
        QTest::newRow("changed sub")
                << with(later, QStringLiteral("sub"), QStringLiteral("someone-else"))
                << QStringLiteral("another user (sub)");
        QTest::newRow("no sub") << with(later, QStringLiteral("sub"), QJsonValue::Undefined)
                                << QStringLiteral("another user (sub)");
        QTest::newRow("changed iss")
                << with(later, QStringLiteral("iss"), QStringLiteral("https://other.example"))
                << QStringLiteral("another issuer (iss)");
        QTest::newRow("changed aud")
                << with(later, QStringLiteral("aud"), QStringLiteral("other-client"))
                << QStringLiteral("another audience (aud)");
        QTest::newRow("changed auth_time")
                << with(later, QStringLiteral("auth_time"), Now.toSecsSinceEpoch() + 3000)
                << QStringLiteral("auth_time");
        QTest::newRow("changed nonce")
                << with(later, QStringLiteral("nonce"), QStringLiteral("n-other"))
                << QStringLiteral("another nonce");
    }

    void refreshedIdentity()
    {
        QFETCH(QJsonObject, refreshed);
        QFETCH(QString, fragment);
        const QJsonObject original =
                with(claims(), QStringLiteral("auth_time"), Now.toSecsSinceEpoch() - 100);
        const Jwt before = decoded(token(m_rsa, QStringLiteral("RS256"), original));
        const Jwt after = decoded(token(m_rsa, QStringLiteral("RS256"), refreshed));
        const Error error = IdTokenValidator::checkRefreshedIdentity(before, after);
        if (fragment.isEmpty()) {
            QVERIFY2(!error, qPrintable(error.detail()));
        } else {
            QCOMPARE(error.kind(), Error::Kind::InvalidResponse);
            QVERIFY2(error.detail().contains(fragment), qPrintable(error.detail()));
        }
    }
};

QTEST_GUILESS_MAIN(tst_IdToken)
#include "tst_idtoken.moc"
