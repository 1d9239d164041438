#pragma once

#include <QByteArray>

namespace OAuthDesk {

/**
 * Proof Key for Code Exchange, RFC 7636, S256 only (RFC 9700 §2.1.1 and RFC 8252 §8.1: never
 * `plain`).
 *
 *   verifier  = BASE64URL(32 random octets)              43 characters, §4.1
 *   challenge = BASE64URL(SHA-256(ASCII(verifier)))      §4.2
 *
 * The verifier leaves the process only in the token request body.
 */
class Pkce
{
public:
    /// A fresh pair from the system CSPRNG.
    static Pkce generate();
    /// The S256 challenge for a given verifier (RFC 7636 Appendix B is the test vector).
    static QByteArray challengeFor(const QByteArray &verifier);

    QByteArray verifier() const { return m_verifier; }
    QByteArray challenge() const { return m_challenge; }
    static QByteArray method() { return QByteArrayLiteral("S256"); }

private:
    QByteArray m_verifier;
    QByteArray m_challenge;
};

} // namespace OAuthDesk
