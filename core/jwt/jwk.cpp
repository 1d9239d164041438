#include "jwk.h"

#include "jwt/base64url.h"
#include "jwt/opensslptr.h"

#include <openssl/core_names.h>

#include <QJsonArray>

namespace OAuthDesk {

using namespace OpenSsl;

namespace {

constexpr int MinRsaBits = 2048; // RFC 7518 §3.3 and §3.5

Error invalid(const QString &detail)
{
    return Error(Error::Kind::InvalidResponse, detail);
}

struct Curve
{
    const char *jwkName;
    const char *opensslGroup;
    int coordinateBytes;
    int bits;
};

constexpr Curve Curves[] = {
    { "P-256", "prime256v1", 32, 256 },
    { "P-384", "secp384r1", 48, 384 },
    { "P-521", "secp521r1", 66, 521 },
};

/// A required base64url member, strictly decoded; `what` names it in the error.
Result<QByteArray> member(const QJsonObject &object, const char *name, const QString &what)
{
    const QJsonValue v = object.value(QLatin1String(name));
    if (!v.isString())
        return invalid(
                QStringLiteral("The %1 key has no \"%2\" string.").arg(what, QLatin1String(name)));
    const Result<QByteArray> bytes = Base64Url::decode(v.toString().toUtf8());
    if (!bytes.ok())
        return invalid(QStringLiteral("The %1 key member \"%2\" is not base64url.")
                               .arg(what, QLatin1String(name)));
    if (bytes.value().isEmpty())
        return invalid(QStringLiteral("The %1 key member \"%2\" is empty.")
                               .arg(what, QLatin1String(name)));
    return bytes;
}

PkeyPtr fromData(const char *type, OSSL_PARAM_BLD *builder)
{
    const ParamPtr params(OSSL_PARAM_BLD_to_param(builder));
    const PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1)
        return {};
    EVP_PKEY *key = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return {};
    return PkeyPtr(key);
}

Result<PkeyPtr> rsaKey(const QJsonObject &object, int *bits)
{
    const Result<QByteArray> n = member(object, "n", QStringLiteral("RSA"));
    if (!n.ok())
        return n.error();
    const Result<QByteArray> e = member(object, "e", QStringLiteral("RSA"));
    if (!e.ok())
        return e.error();
    const BignumPtr bnN = bignum(n.value());
    const BignumPtr bnE = bignum(e.value());
    if (!bnN || !bnE)
        return invalid(QStringLiteral("The RSA key could not be read."));
    if (BN_num_bits(bnN.get()) < MinRsaBits)
        return invalid(
                QStringLiteral("The RSA key has %1 bits; at least %2 are required (RFC 7518 §3.3).")
                        .arg(BN_num_bits(bnN.get()))
                        .arg(MinRsaBits));
    // e = 1 would make every message its own signature; an even n or e is no RSA key at all.
    if (!BN_is_odd(bnN.get()) || !BN_is_odd(bnE.get()) || BN_is_one(bnE.get()))
        return invalid(QStringLiteral("The RSA key has an impossible modulus or exponent."));

    const ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, bnN.get()) != 1
        || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, bnE.get()) != 1)
        return invalid(QStringLiteral("The RSA key could not be read."));
    PkeyPtr key = fromData("RSA", builder.get());
    if (!key)
        return invalid(QStringLiteral("OpenSSL refused the RSA key."));
    *bits = EVP_PKEY_get_bits(key.get());
    return key;
}

Result<PkeyPtr> ecKey(const QJsonObject &object, QString *crv, int *bits)
{
    const QString name = object.value(QLatin1String("crv")).toString();
    const Curve *curve = nullptr;
    for (const Curve &c : Curves) {
        if (name == QLatin1String(c.jwkName))
            curve = &c;
    }
    if (!curve)
        return invalid(
                QStringLiteral("The EC key's curve \"%1\" is not supported (P-256, P-384, P-521).")
                        .arg(name.left(32)));
    const Result<QByteArray> x = member(object, "x", QStringLiteral("EC"));
    if (!x.ok())
        return x.error();
    const Result<QByteArray> y = member(object, "y", QStringLiteral("EC"));
    if (!y.ok())
        return y.error();
    // RFC 7518 §6.2.1.2/3: each coordinate is exactly the field size, leading zeros included.
    if (x.value().size() != curve->coordinateBytes || y.value().size() != curve->coordinateBytes)
        return invalid(
                QStringLiteral("The %1 key's coordinates must be %2 octets each (RFC 7518 §6.2.1).")
                        .arg(name)
                        .arg(curve->coordinateBytes));

    const QByteArray point =
            QByteArray(1, '\x04') + x.value() + y.value(); // SEC 1 uncompressed point
    const ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder
        || OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME,
                                           curve->opensslGroup, 0)
                != 1
        || OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                            point.constData(), static_cast<size_t>(point.size()))
                != 1)
        return invalid(QStringLiteral("The EC key could not be read."));
    PkeyPtr key = fromData("EC", builder.get());
    if (!key)
        return invalid(QStringLiteral("The %1 key is not a point on its curve.").arg(name));
    // Import already decodes the point; the explicit check also covers the point at infinity and
    // the subgroup order (invalid-curve attacks), whatever the provider's import does.
    const PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1)
        return invalid(
                QStringLiteral("The %1 key is not a valid public point on its curve.").arg(name));
    *crv = name;
    *bits = curve->bits;
    return key;
}

Result<PkeyPtr> okpKey(const QJsonObject &object, QString *crv, int *bits)
{
    const QString name = object.value(QLatin1String("crv")).toString();
    if (name != QLatin1String("Ed25519"))
        return invalid(QStringLiteral("The OKP key's curve \"%1\" is not supported (Ed25519).")
                               .arg(name.left(32)));
    const Result<QByteArray> x = member(object, "x", QStringLiteral("Ed25519"));
    if (!x.ok())
        return x.error();
    if (x.value().size() != 32)
        return invalid(QStringLiteral("The Ed25519 key must be 32 octets (RFC 8037 §2)."));
    PkeyPtr key(EVP_PKEY_new_raw_public_key_ex(
            nullptr, "ED25519", nullptr,
            reinterpret_cast<const unsigned char *>(x.value().constData()),
            static_cast<size_t>(x.value().size())));
    if (!key)
        return invalid(QStringLiteral("OpenSSL refused the Ed25519 key."));
    *crv = name;
    *bits = 256;
    return key;
}

} // namespace

Result<Jwk> Jwk::fromJson(const QJsonObject &object)
{
    const ErrorQueueGuard errors;
    for (const char *name : { "kty", "kid", "use", "alg", "crv" }) {
        const QJsonValue v = object.value(QLatin1String(name));
        if (!v.isUndefined() && !v.isString())
            return invalid(QStringLiteral("The key member \"%1\" is not a string.")
                                   .arg(QLatin1String(name)));
    }
    Jwk jwk;
    jwk.m_kty = object.value(QLatin1String("kty")).toString();
    jwk.m_kid = object.value(QLatin1String("kid")).toString();
    jwk.m_use = object.value(QLatin1String("use")).toString();
    jwk.m_alg = object.value(QLatin1String("alg")).toString();

    const QJsonValue ops = object.value(QLatin1String("key_ops"));
    if (!ops.isUndefined()) {
        if (!ops.isArray())
            return invalid(QStringLiteral("The key member \"key_ops\" is not an array."));
        jwk.m_verifyAllowed = ops.toArray().contains(QJsonValue(QStringLiteral("verify")));
    }

    Result<PkeyPtr> key = invalid(QString());
    if (jwk.m_kty == QLatin1String("RSA")) {
        jwk.m_type = Type::Rsa;
        key = rsaKey(object, &jwk.m_bits);
    } else if (jwk.m_kty == QLatin1String("EC")) {
        jwk.m_type = Type::Ec;
        key = ecKey(object, &jwk.m_crv, &jwk.m_bits);
    } else if (jwk.m_kty == QLatin1String("OKP")) {
        jwk.m_type = Type::Okp;
        key = okpKey(object, &jwk.m_crv, &jwk.m_bits);
    } else if (jwk.m_kty == QLatin1String("oct")) {
        return invalid(
                QStringLiteral("Symmetric (\"oct\") keys are never used to check a signature."));
    } else if (jwk.m_kty.isEmpty()) {
        return invalid(QStringLiteral("The key has no \"kty\" (RFC 7517 §4.1)."));
    } else {
        return invalid(
                QStringLiteral("The key type \"%1\" is not supported.").arg(jwk.m_kty.left(32)));
    }
    if (!key.ok())
        return key.error();
    jwk.m_key = std::shared_ptr<evp_pkey_st>(key.value().release(), Deleter<EVP_PKEY_free>());
    return jwk;
}

Error Jwk::checkUsableFor(const QString &alg) const
{
    const QString who = m_kid.isEmpty() ? QStringLiteral("The key")
                                        : QStringLiteral("The key \"%1\"").arg(m_kid);
    if (!m_use.isEmpty() && m_use != QLatin1String("sig"))
        return invalid(
                who
                + QStringLiteral(" is for \"%1\", not for signatures (RFC 7517 §4.2).").arg(m_use));
    if (!m_verifyAllowed)
        return invalid(
                who + QStringLiteral(" does not allow \"verify\" in its key_ops (RFC 7517 §4.3)."));
    if (!m_alg.isEmpty() && m_alg != alg)
        return invalid(
                who
                + QStringLiteral(" is declared for alg %1, but the token says %2 (RFC 7517 §4.4).")
                          .arg(m_alg, alg));

    bool fits = false;
    if (alg.startsWith(QLatin1String("RS")) || alg.startsWith(QLatin1String("PS")))
        fits = m_type == Type::Rsa;
    else if (alg == QLatin1String("ES256"))
        fits = m_type == Type::Ec && m_crv == QLatin1String("P-256");
    else if (alg == QLatin1String("ES384"))
        fits = m_type == Type::Ec && m_crv == QLatin1String("P-384");
    else if (alg == QLatin1String("ES512"))
        fits = m_type == Type::Ec && m_crv == QLatin1String("P-521");
    else if (alg == QLatin1String("EdDSA"))
        fits = m_type == Type::Okp && m_crv == QLatin1String("Ed25519");
    if (!fits) {
        const QString shape = m_crv.isEmpty() ? m_kty : m_kty + QLatin1Char(' ') + m_crv;
        return invalid(who
                       + QStringLiteral(" is an %1 key, which cannot check an %2 signature.")
                                 .arg(shape, alg));
    }
    return {};
}

} // namespace OAuthDesk
