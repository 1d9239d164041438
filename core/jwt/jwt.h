#pragma once

#include "common/error.h"
#include "jwt/jws.h"
#include "jwt/tokenshape.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace OAuthDesk {

/**
 * A JSON Web Token, RFC 7519, carried as a compact JWS (§7.2), decoded but not verified.
 *
 * decode() refuses what cannot be a readable JWT: a JWE (five parts; classify() tells the inspector
 * so without an error), a malformed part, duplicate member names in header or claims, and
 * registered claims of the wrong JSON type (§4.1: iss/sub/jti/nonce/azp strings, aud a string or an
 * array of strings, exp/nbf/iat/auth_time NumericDates). Anything else is an opaque token.
 * Claims mean nothing until JwsVerifier (or IdTokenValidator) has accepted the signature.
 */
class Jwt
{
public:
    static Result<Jwt> decode(const QByteArray &compact);
    /// Jws, Jwe or Opaque, without failing: the inspector shows opaque tokens as they are.
    static TokenShape classify(const QByteArray &token) { return TokenShape::classify(token); }

    const Jws &jws() const { return m_jws; }
    QJsonObject header() const { return m_jws.header(); }
    QJsonObject claims() const { return m_claims; }

    QString alg() const { return m_jws.alg(); }
    QString kid() const { return m_jws.kid(); }
    QString typ() const { return m_jws.typ(); }

    QString issuer() const { return stringClaim("iss"); }
    QString subject() const { return stringClaim("sub"); }
    /// `aud` as a list, whether the token carries one string or an array (RFC 7519 §4.1.3).
    QStringList audiences() const;
    QString nonce() const { return stringClaim("nonce"); }
    /// `azp`, the authorized party (OpenID Connect Core §2).
    QString authorizedParty() const { return stringClaim("azp"); }
    /// Invalid QDateTime when the claim is absent; UTC otherwise.
    QDateTime expiry() const { return dateClaim("exp"); }
    QDateTime issuedAt() const { return dateClaim("iat"); }
    QDateTime notBefore() const { return dateClaim("nbf"); }
    QDateTime authTime() const { return dateClaim("auth_time"); }

    bool hasClaim(const char *name) const { return m_claims.contains(QLatin1String(name)); }

private:
    QString stringClaim(const char *name) const
    {
        return m_claims.value(QLatin1String(name)).toString();
    }
    QDateTime dateClaim(const char *name) const;

    Jws m_jws;
    QJsonObject m_claims;
};

} // namespace OAuthDesk
