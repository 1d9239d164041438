#pragma once

#include "common/error.h"
#include "jwt/jwkset.h"
#include "jwt/jwt.h"

#include <QDateTime>
#include <QStringList>

#include <chrono>

namespace OAuthDesk {

/**
 * ID Token validation, OpenID Connect Core 1.0 §3.1.3.7 (and §2 for the claims), without I/O: the
 * caller hands in the issuer's JWK Set and the current time.
 *
 *   signature  by the issuer's key named by `kid`, RS/PS/ES/EdDSA only (never none or HS*)  step 6
 *   iss        equals the expected issuer exactly                                        step 2
 *   aud        contains client_id; several audiences need `azp`                          step 3–4
 *   azp        when present, equals client_id                                            step 5
 *   exp        not passed (allowing the clock skew)                                      step 9
 *   iat        present and not in the future (beyond the skew)                           step 10
 *   nbf        when present, reached (beyond the skew)                     RFC 7519 §4.1.5
 *   nonce      equals the one sent in the authorization request, when one was sent     step 11
 *   sub        present and non-empty                                                    §2
 *
 * checkRefreshedIdentity() adds §12.2: an ID token from a refresh names the same user.
 */
class IdTokenValidator
{
public:
    IdTokenValidator(QString issuer, QString clientId);

    /// The `nonce` sent in the authorization request; empty: none was sent, none is checked.
    void setExpectedNonce(const QString &nonce) { m_nonce = nonce; }
    /// Allowed difference between our clock and the issuer's; 60 s unless set.
    void setClockSkew(std::chrono::seconds skew) { m_skew = skew; }
    /// Restricts the algorithms further (e.g. to the registered id_token_signed_response_alg).
    void setAllowedAlgorithms(const QStringList &algorithms) { m_algorithms = algorithms; }

    QString issuer() const { return m_issuer; }
    QString clientId() const { return m_clientId; }
    std::chrono::seconds clockSkew() const { return m_skew; }

    /// None when `idToken` passes every check at time `now`; the first failure otherwise.
    Error validate(const Jwt &idToken, const JwkSet &keys, const QDateTime &now) const;
    /// Decodes and validates a compact ID token.
    Result<Jwt> decodeAndValidate(const QByteArray &compact, const JwkSet &keys,
                                  const QDateTime &now) const;

    /**
     * §12.2: after a refresh, the new ID token must carry the same `iss` and `sub` (and `aud`), and
     * any `auth_time` or `nonce` it repeats must be the original's. Validate `refreshed` on its own
     * with validate() (without an expected nonce) as well.
     */
    static Error checkRefreshedIdentity(const Jwt &original, const Jwt &refreshed);

private:
    QString m_issuer;
    QString m_clientId;
    QString m_nonce;
    QStringList m_algorithms;
    std::chrono::seconds m_skew{ 60 };
};

} // namespace OAuthDesk
