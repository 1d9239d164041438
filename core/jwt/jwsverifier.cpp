#include "jwsverifier.h"

#include "jwt/opensslptr.h"

#include <openssl/rsa.h>

namespace OAuthDesk {

using namespace OpenSsl;

namespace {

Error invalid(const QString &detail)
{
    return Error(Error::Kind::InvalidResponse, detail);
}

enum class Family { Pkcs1, Pss, Ecdsa, EdDsa };

struct Algorithm
{
    const char *name;
    Family family;
    const char *digest; // nullptr: the scheme hashes internally (Ed25519)
    int ecCoordinateBytes;
};

constexpr Algorithm Algorithms[] = {
    { "RS256", Family::Pkcs1, "SHA256", 0 },  { "RS384", Family::Pkcs1, "SHA384", 0 },
    { "RS512", Family::Pkcs1, "SHA512", 0 },  { "PS256", Family::Pss, "SHA256", 0 },
    { "PS384", Family::Pss, "SHA384", 0 },    { "PS512", Family::Pss, "SHA512", 0 },
    { "ES256", Family::Ecdsa, "SHA256", 32 }, { "ES384", Family::Ecdsa, "SHA384", 48 },
    { "ES512", Family::Ecdsa, "SHA512", 66 }, { "EdDSA", Family::EdDsa, nullptr, 0 },
};

const Algorithm *findAlgorithm(const QString &alg)
{
    for (const Algorithm &a : Algorithms) {
        if (alg == QLatin1String(a.name))
            return &a;
    }
    return nullptr;
}

/// JOSE's fixed-size R || S (RFC 7518 §3.4) as the DER ECDSA-Sig-Value OpenSSL verifies.
QByteArray ecdsaDer(const QByteArray &rawSignature, int coordinateBytes)
{
    BignumPtr r = bignum(rawSignature.left(coordinateBytes));
    BignumPtr s = bignum(rawSignature.mid(coordinateBytes));
    const EcdsaSigPtr sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return {};
    // ECDSA_SIG_set0 took ownership of both numbers.
    (void)r.release();
    (void)s.release();
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(sig.get(), &out) != length)
        return {};
    return der;
}

} // namespace

QStringList JwsVerifier::supportedAlgorithms()
{
    QStringList names;
    for (const Algorithm &a : Algorithms)
        names.append(QLatin1String(a.name));
    return names;
}

Error JwsVerifier::checkAlgorithm(const QString &alg)
{
    if (alg.isEmpty())
        return invalid(QStringLiteral("The token names no signature algorithm (alg)."));
    if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return invalid(QStringLiteral("alg none (an unsigned token) is never accepted."));
    if (alg.startsWith(QLatin1String("HS"), Qt::CaseInsensitive))
        return invalid(QStringLiteral("alg %1 is a shared-secret MAC; only public-key signatures "
                                      "(RS, PS, ES, EdDSA) are accepted.")
                               .arg(alg.left(16)));
    if (!findAlgorithm(alg))
        return invalid(QStringLiteral("The signature algorithm \"%1\" is not supported.")
                               .arg(alg.left(32)));
    return {};
}

Error JwsVerifier::verify(const Jws &jws, const Jwk &key)
{
    const QString alg = jws.alg();
    if (const Error refused = checkAlgorithm(alg))
        return refused;
    if (jws.header().contains(QLatin1String("crit")))
        return invalid(QStringLiteral(
                "The token requires critical header extensions (crit) this client does "
                "not understand (RFC 7515 §4.1.11)."));
    if (const Error unusable = key.checkUsableFor(alg))
        return unusable;
    EVP_PKEY *pkey = key.nativeHandle();
    if (!pkey)
        return invalid(QStringLiteral("No key to check the signature with."));

    const ErrorQueueGuard errors;
    const Algorithm &algorithm = *findAlgorithm(alg);
    const QString keyName = key.kid().isEmpty()
            ? QStringLiteral("the issuer's key")
            : QStringLiteral("the key kid \"%1\"").arg(key.kid());
    QByteArray signature = jws.signature();
    switch (algorithm.family) {
    case Family::Pkcs1:
    case Family::Pss:
        if (signature.size() != EVP_PKEY_get_size(pkey))
            return invalid(QStringLiteral("The %1 signature is %2 octets; the key's modulus is %3 "
                                          "(RFC 7518 §3.3).")
                                   .arg(alg)
                                   .arg(signature.size())
                                   .arg(EVP_PKEY_get_size(pkey)));
        break;
    case Family::Ecdsa:
        if (signature.size() != 2 * algorithm.ecCoordinateBytes)
            return invalid(
                    QStringLiteral(
                            "The %1 signature is %2 octets instead of %3 (R || S, RFC 7518 §3.4).")
                            .arg(alg)
                            .arg(signature.size())
                            .arg(2 * algorithm.ecCoordinateBytes));
        signature = ecdsaDer(signature, algorithm.ecCoordinateBytes);
        if (signature.isEmpty())
            return invalid(QStringLiteral("The %1 signature could not be read.").arg(alg));
        break;
    case Family::EdDsa:
        if (signature.size() != 64)
            return invalid(
                    QStringLiteral(
                            "The EdDSA signature is %1 octets instead of 64 (RFC 8032 §5.1.6).")
                            .arg(signature.size()));
        break;
    }

    const MdCtxPtr md(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr; // owned by md
    if (!md
        || EVP_DigestVerifyInit_ex(md.get(), &pctx, algorithm.digest, nullptr, nullptr, pkey,
                                   nullptr)
                != 1)
        return invalid(QStringLiteral("OpenSSL could not set up %1 verification.").arg(alg));
    if (algorithm.family == Family::Pss
        && (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_mgf1_md_name(pctx, algorithm.digest, nullptr) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1))
        return invalid(QStringLiteral("OpenSSL could not set up %1 verification.").arg(alg));
    if (algorithm.family == Family::Pkcs1
        && EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1)
        return invalid(QStringLiteral("OpenSSL could not set up %1 verification.").arg(alg));

    const QByteArray input = jws.signingInput();
    const int rc = EVP_DigestVerify(md.get(),
                                    reinterpret_cast<const unsigned char *>(signature.constData()),
                                    static_cast<size_t>(signature.size()),
                                    reinterpret_cast<const unsigned char *>(input.constData()),
                                    static_cast<size_t>(input.size()));
    if (rc != 1)
        return invalid(QStringLiteral("The %1 signature does not match %2.").arg(alg, keyName));
    return {};
}

} // namespace OAuthDesk
