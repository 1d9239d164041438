#pragma once

#include "common/error.h"
#include "jwt/jwk.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace OAuthDesk {

/**
 * A JWK Set, RFC 7517 §5: the issuer's published signing keys (OpenID Connect Discovery
 * `jwks_uri`).
 *
 * Keys that cannot be used (unsupported type, symmetric, too small, off-curve) do not spoil the
 * set: they are left out and remembered with the reason, so a token naming one gets that reason.
 * Selection (OpenID Connect Core §10.1): by `kid` when the token has one; otherwise the only key
 * whose type, curve and declared alg fit the token's alg. Keys with a `use` other than "sig" never
 * check signatures.
 */
class JwkSet
{
public:
    /// Strict JSON (no duplicate members) of the form {"keys":[...]}.
    static Result<JwkSet> fromJson(const QByteArray &json);
    static Result<JwkSet> fromObject(const QJsonObject &object);

    QList<Jwk> keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }

    /// The key to check a signature made with `alg` by the key `kid` (empty: the token names none).
    Result<Jwk> select(const QString &kid, const QString &alg) const;

private:
    QList<Jwk> m_keys;
    QList<QPair<QString, QString>> m_refused; // kid, reason
};

} // namespace OAuthDesk
