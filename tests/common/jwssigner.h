#pragma once

// Test-only signing for the JWT/JWS tests (tests/core/tst_jws, tst_idtoken) and for the hostile
// server's ID tokens (tests/common/hostileserver): OAuthDesk itself never signs tokens. Keys are
// generated at run time with OpenSSL and exported as public JWKs, so every algorithm can be checked
// end to end. Header-only; whoever includes it links OpenSSL::Crypto.

#include "jwt/base64url.h"
#include "jwt/opensslptr.h"

#include <openssl/core_names.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <memory>

namespace JwsTest {

using OAuthDesk::Base64Url;

struct SigningKey
{
    std::shared_ptr<EVP_PKEY> pkey;
    QJsonObject jwk; // public members only, plus kid
    bool isNull() const { return !pkey; }
};

inline QByteArray bnBytes(const BIGNUM *bn, int width = 0)
{
    const int size = width > 0 ? width : BN_num_bytes(bn);
    QByteArray out(size, '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), size);
    return out;
}

inline QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(Base64Url::encode(bytes));
}

/// `type` "RSA" (2048 bits), "EC" with curve "P-256"/"P-384"/"P-521", or "ED25519".
inline SigningKey generate(const char *type, const char *curve, const QString &kid)
{
    EVP_PKEY *raw = nullptr;
    // EVP_RSA_gen()/EVP_EC_gen() are macros with C-style casts (-Wold-style-cast); call the
    // function.
    if (qstrcmp(type, "RSA") == 0)
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048));
    else if (qstrcmp(type, "EC") == 0)
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", const_cast<char *>(curve));
    else
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, type);
    SigningKey key;
    if (!raw)
        return key;
    key.pkey.reset(raw, OAuthDesk::OpenSsl::Deleter<EVP_PKEY_free>());
    key.jwk.insert(QStringLiteral("kid"), kid);
    if (qstrcmp(type, "RSA") == 0) {
        BIGNUM *n = nullptr;
        BIGNUM *e = nullptr;
        EVP_PKEY_get_bn_param(raw, OSSL_PKEY_PARAM_RSA_N, &n);
        EVP_PKEY_get_bn_param(raw, OSSL_PKEY_PARAM_RSA_E, &e);
        key.jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        key.jwk.insert(QStringLiteral("n"), b64(bnBytes(n)));
        key.jwk.insert(QStringLiteral("e"), b64(bnBytes(e)));
        BN_free(n);
        BN_free(e);
    } else if (qstrcmp(type, "EC") == 0) {
        const int width = qstrcmp(curve, "P-256") == 0 ? 32
                : qstrcmp(curve, "P-384") == 0         ? 48
                                                       : 66;
        BIGNUM *x = nullptr;
        BIGNUM *y = nullptr;
        EVP_PKEY_get_bn_param(raw, OSSL_PKEY_PARAM_EC_PUB_X, &x);
        EVP_PKEY_get_bn_param(raw, OSSL_PKEY_PARAM_EC_PUB_Y, &y);
        key.jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        key.jwk.insert(QStringLiteral("crv"), QString::fromLatin1(curve));
        key.jwk.insert(QStringLiteral("x"), b64(bnBytes(x, width)));
        key.jwk.insert(QStringLiteral("y"), b64(bnBytes(y, width)));
        BN_free(x);
        BN_free(y);
    } else {
        QByteArray pub(32, '\0');
        size_t len = 32;
        EVP_PKEY_get_raw_public_key(raw, reinterpret_cast<unsigned char *>(pub.data()), &len);
        key.jwk.insert(QStringLiteral("kty"), QStringLiteral("OKP"));
        key.jwk.insert(QStringLiteral("crv"), QStringLiteral("Ed25519"));
        key.jwk.insert(QStringLiteral("x"), b64(pub));
    }
    return key;
}

/// The JWS signature of `input` with `alg`, in JOSE form (ECDSA as R || S).
inline QByteArray sign(const SigningKey &key, const QString &alg, const QByteArray &input)
{
    const char *digest = nullptr;
    if (alg.endsWith(QLatin1String("256")))
        digest = "SHA256";
    else if (alg.endsWith(QLatin1String("384")))
        digest = "SHA384";
    else if (alg.endsWith(QLatin1String("512")))
        digest = "SHA512";
    const OAuthDesk::OpenSsl::MdCtxPtr md(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    if (EVP_DigestSignInit_ex(md.get(), &pctx, digest, nullptr, nullptr, key.pkey.get(), nullptr)
        != 1)
        return {};
    if (alg.startsWith(QLatin1String("PS"))) {
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST);
    }
    const auto *in = reinterpret_cast<const unsigned char *>(input.constData());
    size_t length = 0;
    if (EVP_DigestSign(md.get(), nullptr, &length, in, static_cast<size_t>(input.size())) != 1)
        return {};
    QByteArray signature(static_cast<qsizetype>(length), '\0');
    if (EVP_DigestSign(md.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, in,
                       static_cast<size_t>(input.size()))
        != 1)
        return {};
    signature.resize(static_cast<qsizetype>(length));
    if (!alg.startsWith(QLatin1String("ES")))
        return signature;

    const int width = alg == QLatin1String("ES256") ? 32 : alg == QLatin1String("ES384") ? 48 : 66;
    const auto *der = reinterpret_cast<const unsigned char *>(signature.constData());
    const OAuthDesk::OpenSsl::EcdsaSigPtr sig(
            d2i_ECDSA_SIG(nullptr, &der, static_cast<long>(signature.size())));
    if (!sig)
        return {};
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    return bnBytes(r, width) + bnBytes(s, width);
}

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// A compact JWS from raw header and payload texts, signed with `alg` (taken as given, not from the
/// header).
inline QByteArray signText(const SigningKey &key, const QString &alg, const QByteArray &headerJson,
                           const QByteArray &payload)
{
    const QByteArray input = Base64Url::encode(headerJson) + '.' + Base64Url::encode(payload);
    return input + '.' + Base64Url::encode(sign(key, alg, input));
}

/// A JWT: header {"alg", "kid"?, "typ":"JWT"} plus `extraHeader`, over `claims`.
inline QByteArray token(const SigningKey &key, const QString &alg, const QJsonObject &claims,
                        const QJsonObject &extraHeader = {},
                        const QString &kid = QStringLiteral("*"))
{
    QJsonObject header{ { QStringLiteral("alg"), alg },
                        { QStringLiteral("typ"), QStringLiteral("JWT") } };
    const QString keyId =
            kid == QLatin1String("*") ? key.jwk.value(QLatin1String("kid")).toString() : kid;
    if (!keyId.isEmpty())
        header.insert(QStringLiteral("kid"), keyId);
    for (auto it = extraHeader.begin(); it != extraHeader.end(); ++it)
        header.insert(it.key(), it.value());
    return signText(key, alg, json(header), json(claims));
}

/// The same token with one bit of its signature flipped.
inline QByteArray flipSignatureBit(const QByteArray &compact)
{
    const qsizetype dot = compact.lastIndexOf('.');
    QByteArray signature = Base64Url::decode(compact.mid(dot + 1)).value();
    signature[signature.size() / 2] = static_cast<char>(signature.at(signature.size() / 2) ^ 0x01);
    return compact.left(dot + 1) + Base64Url::encode(signature);
}

/// The same token with its signature cut to `octets` octets.
inline QByteArray truncateSignature(const QByteArray &compact, qsizetype octets)
{
    const qsizetype dot = compact.lastIndexOf('.');
    return compact.left(dot + 1)
            + Base64Url::encode(Base64Url::decode(compact.mid(dot + 1)).value().left(octets));
}

/// The public key as PEM text: what a naive HS256 verifier would take as its "secret".
inline QByteArray publicKeyPem(const SigningKey &key)
{
    const int length = i2d_PUBKEY(key.pkey.get(), nullptr);
    QByteArray der(length, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_PUBKEY(key.pkey.get(), &out);
    const QByteArray base64 = der.toBase64();
    QByteArray pem = "-----BEGIN PUBLIC KEY-----\n";
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    return pem + "-----END PUBLIC KEY-----\n";
}

/// The key-confusion forgery: HS256 over the token, keyed with the RSA public key's PEM.
inline QByteArray hs256WithPublicKey(const SigningKey &rsa, const QJsonObject &claims)
{
    const QJsonObject header{ { QStringLiteral("alg"), QStringLiteral("HS256") },
                              { QStringLiteral("typ"), QStringLiteral("JWT") },
                              { QStringLiteral("kid"), rsa.jwk.value(QLatin1String("kid")) } };
    const QByteArray input =
            Base64Url::encode(json(header)) + '.' + Base64Url::encode(json(claims));
    return input + '.'
            + Base64Url::encode(QMessageAuthenticationCode::hash(input, publicKeyPem(rsa),
                                                                 QCryptographicHash::Sha256));
}

/// HS256 over `header` and `claims`, keyed with `secret` (e.g. a client_id or client secret): the
/// forgery a verifier that accepts shared-secret MACs from a public client would take.
inline QByteArray hs256(const QByteArray &secret, const QJsonObject &header,
                        const QJsonObject &claims)
{
    const QByteArray input =
            Base64Url::encode(json(header)) + '.' + Base64Url::encode(json(claims));
    return input + '.'
            + Base64Url::encode(
                    QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256));
}

/// An unsigned token, alg none, empty signature (RFC 7519 §6.1).
inline QByteArray unsecured(const QJsonObject &claims, const QString &alg = QStringLiteral("none"))
{
    const QJsonObject header{ { QStringLiteral("alg"), alg } };
    return Base64Url::encode(json(header)) + '.' + Base64Url::encode(json(claims)) + '.';
}

} // namespace JwsTest
