#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QString>

#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY, kept out of this header

namespace OAuthDesk {

/**
 * One public JSON Web Key, RFC 7517 §4, turned into an OpenSSL key for signature checks:
 *   RSA  n, e            RFC 7518 §6.3.1 (modulus of at least 2048 bits, §3.3)
 *   EC   crv, x, y       RFC 7518 §6.2.1 (P-256, P-384, P-521; coordinates of exactly the field
 *                        size; the point must lie on the curve)
 *   OKP  crv, x          RFC 8037 §2 (Ed25519)
 * Symmetric "oct" keys are refused: an ID token signed with a shared secret proves nothing to a
 * public client. Private members (d, p, q, …) are ignored, never required. Copies share the key.
 */
class Jwk
{
public:
    enum class Type { Rsa, Ec, Okp };

    static Result<Jwk> fromJson(const QJsonObject &object);

    Type type() const { return m_type; }
    QString kty() const { return m_kty; }
    QString kid() const { return m_kid; }
    QString use() const { return m_use; }
    QString alg() const { return m_alg; }
    /// "P-256", "P-384", "P-521" or "Ed25519"; empty for RSA.
    QString crv() const { return m_crv; }
    /// Modulus bits for RSA, curve bits for EC and OKP.
    int bits() const { return m_bits; }

    /**
     * Whether this key may check a signature made with `alg` (RFC 7517 §4.2–4.4, RFC 7518 §3.1):
     * the key type and curve fit the algorithm, the key's own "alg" (if any) is the same, and its
     * "use" (if any) is "sig" and its "key_ops" (if any) include "verify". None on success.
     */
    Error checkUsableFor(const QString &alg) const;

    /// The OpenSSL key, owned by this Jwk and its copies; for JwsVerifier.
    evp_pkey_st *nativeHandle() const { return m_key.get(); }

private:
    std::shared_ptr<evp_pkey_st> m_key;
    Type m_type = Type::Rsa;
    QString m_kty;
    QString m_kid;
    QString m_use;
    QString m_alg;
    QString m_crv;
    int m_bits = 0;
    bool m_verifyAllowed = true; // from key_ops
};

} // namespace OAuthDesk
