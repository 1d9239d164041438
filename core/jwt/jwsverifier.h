#pragma once

#include "common/error.h"
#include "jwt/jwk.h"
#include "jwt/jws.h"
#include "jwt/jwt.h"

#include <QStringList>

namespace OAuthDesk {

/**
 * Checks the signature of a compact JWS with one public key, RFC 7515 §5.2, for the asymmetric
 * algorithms of RFC 7518 §3.1 and RFC 8037 §3.1:
 *   RS256/384/512  RSASSA-PKCS1-v1_5           §3.3
 *   PS256/384/512  RSASSA-PSS, MGF1 with the same hash, salt = hash length   §3.5
 *   ES256/384/512  ECDSA on P-256/P-384/P-521, signature R || S of fixed size  §3.4
 *   EdDSA          Ed25519                      RFC 8037 §3.1
 * Always refused: "none" (§3.6), every HS* (a MAC: with a public key as its "secret" anyone can
 * forge it, the classic key-confusion attack), unknown algorithms, critical header extensions
 * (§4.1.11), and any key whose type, curve, `use` or declared `alg` does not fit the token's alg.
 */
class JwsVerifier
{
public:
    /// None when `key` made the signature of `jws`; Kind::InvalidResponse saying why not otherwise.
    static Error verify(const Jws &jws, const Jwk &key);
    static Error verify(const Jwt &jwt, const Jwk &key) { return verify(jwt.jws(), key); }

    /// None when `alg` is one of supportedAlgorithms(); the refusal otherwise.
    static Error checkAlgorithm(const QString &alg);
    static QStringList supportedAlgorithms();
};

} // namespace OAuthDesk
