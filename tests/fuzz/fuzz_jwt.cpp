// A token in JWS compact form (core/jwt: Base64Url, JsonStrict, Jws, Jwt, TokenShape): what the
// inspector shows and what an ID token is read with before its signature is checked.
// The input is the token itself.
#include "fuzzsupport.h"

#include "jwt/base64url.h"
#include "jwt/jsonstrict.h"
#include "jwt/jws.h"
#include "jwt/jwt.h"

#include <QJsonDocument>

using namespace OAuthDesk;

/// Strict JSON accepts nothing that QJsonDocument reads differently: in particular no two member
/// names that QJsonDocument would fold into one (it keeps the last), at any depth.
static void checkStrict(const QByteArray &json)
{
    const Result<QJsonObject> strict = JsonStrict::parseObject(json);
    if (!strict.ok())
        return;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && doc.isObject());
    FUZZ_CHECK(Fuzz::objectMembersInValue(QJsonValue(strict.value()))
               == Fuzz::objectMembersInText(json));
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return Fuzz::initialize();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray token = Fuzz::bytes(data, size);

    // Base64url has exactly one spelling per octet string.
    const Result<QByteArray> raw = Base64Url::decode(token);
    if (raw.ok()) {
        FUZZ_CHECK(Base64Url::encode(raw.value()) == token);
        FUZZ_CHECK(raw.value().size() == token.size() * 3 / 4);
    }
    checkStrict(token);

    const TokenShape shape = Jwt::classify(token);
    const Result<Jws> jws = Jws::decode(token);
    const Result<Jwt> jwt = Jwt::decode(token);
    if (!jws.ok()) {
        FUZZ_CHECK(!jwt.ok());
        return 0;
    }
    const Jws &s = jws.value();
    checkStrict(Base64Url::decode(token.left(token.indexOf('.'))).value());
    checkStrict(s.payload());
    FUZZ_CHECK(shape.isJws());
    FUZZ_CHECK(token.count('.') == 2);
    FUZZ_CHECK(token.startsWith(QByteArray(s.signingInput() + '.')));
    FUZZ_CHECK(Base64Url::encode(s.signature()) == token.mid(s.signingInput().size() + 1));
    FUZZ_CHECK(Base64Url::encode(s.payload())
               == s.signingInput().mid(s.signingInput().indexOf('.') + 1));
    FUZZ_CHECK(s.header().value(QLatin1String("alg")).isString());
    (void)s.alg();
    (void)s.kid();
    (void)s.typ();
    if (!jwt.ok())
        return 0;

    const Jwt &t = jwt.value();
    FUZZ_CHECK(t.jws().signingInput() == s.signingInput());
    FUZZ_CHECK(t.header() == s.header());
    (void)t.issuer();
    (void)t.subject();
    (void)t.nonce();
    (void)t.authorizedParty();
    const QStringList audiences = t.audiences();
    if (t.hasClaim("aud") && t.claims().value(QLatin1String("aud")).isString())
        FUZZ_CHECK(audiences.size() == 1);
    for (const char *name : { "exp", "nbf", "iat", "auth_time" }) {
        const QDateTime when = name == QByteArrayView("exp") ? t.expiry()
                : name == QByteArrayView("nbf")              ? t.notBefore()
                : name == QByteArrayView("iat")              ? t.issuedAt()
                                                             : t.authTime();
        FUZZ_CHECK(when.isValid() == t.hasClaim(name));
    }
    return 0;
}
