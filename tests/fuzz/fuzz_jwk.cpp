// A JWK Set as the issuer's jwks_uri serves it (core/jwt: JwkSet, Jwk; RFC 7517, RFC 7518 §6,
// RFC 8037), turned into OpenSSL keys, and key selection for a token's kid and alg.
// The input is the key set document; a document that is a single key is read as one too.
#include "fuzzsupport.h"

#include "jwt/jsonstrict.h"
#include "jwt/jwk.h"
#include "jwt/jwkset.h"

#include <QJsonArray>

using namespace OAuthDesk;

static const char *const Algs[] = { "RS256", "PS384", "ES256", "ES384",
                                    "ES512", "EdDSA", "HS256", "none" };

static void checkKey(const Jwk &key)
{
    FUZZ_CHECK(key.nativeHandle() != nullptr);
    switch (key.type()) {
    case Jwk::Type::Rsa:
        FUZZ_CHECK(key.kty() == QLatin1String("RSA"));
        FUZZ_CHECK(key.bits() >= 2048);
        FUZZ_CHECK(key.crv().isEmpty());
        break;
    case Jwk::Type::Ec:
        FUZZ_CHECK(key.kty() == QLatin1String("EC"));
        FUZZ_CHECK((key.crv() == QLatin1String("P-256") && key.bits() == 256)
                   || (key.crv() == QLatin1String("P-384") && key.bits() == 384)
                   || (key.crv() == QLatin1String("P-521") && key.bits() == 521));
        break;
    case Jwk::Type::Okp:
        FUZZ_CHECK(key.kty() == QLatin1String("OKP"));
        FUZZ_CHECK(key.crv() == QLatin1String("Ed25519"));
        break;
    }
    for (const char *alg : Algs) {
        const Error unusable = key.checkUsableFor(QLatin1String(alg));
        // Never an HMAC or "none": a public key set cannot vouch for those.
        if (QByteArrayView(alg) == "HS256" || QByteArrayView(alg) == "none")
            FUZZ_CHECK(unusable.isError());
        if (!unusable && !key.alg().isEmpty())
            FUZZ_CHECK(key.alg() == QLatin1String(alg));
        if (!unusable && !key.use().isEmpty())
            FUZZ_CHECK(key.use() == QLatin1String("sig"));
    }
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return Fuzz::initialize();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = Fuzz::bytes(data, size);
    const Result<JwkSet> set = JwkSet::fromJson(json);
    if (set.ok()) {
        for (const Jwk &key : set.value().keys())
            checkKey(key);
        FUZZ_CHECK(set.value().isEmpty() == set.value().keys().isEmpty());
        QStringList kids = { QString() };
        for (const Jwk &key : set.value().keys())
            kids.append(key.kid());
        const QJsonArray entries =
                JsonStrict::parseObject(json).value().value(QLatin1String("keys")).toArray();
        for (const QJsonValue &entry : entries)
            kids.append(entry.toObject().value(QLatin1String("kid")).toString());
        kids.removeDuplicates();
        for (const QString &kid : kids) {
            for (const char *alg : Algs) {
                const Result<Jwk> chosen = set.value().select(kid, QLatin1String(alg));
                if (!chosen.ok())
                    continue;
                FUZZ_CHECK(kid.isEmpty() || chosen.value().kid() == kid);
                FUZZ_CHECK(!chosen.value().checkUsableFor(QLatin1String(alg)));
            }
        }
    }

    // One key on its own (the same code a set runs for each of its entries).
    const Result<QJsonObject> object = JsonStrict::parseObject(json);
    if (object.ok()) {
        const Result<Jwk> key = Jwk::fromJson(object.value());
        if (key.ok())
            checkKey(key.value());
    }
    return 0;
}
