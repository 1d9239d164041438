#pragma once

#include <QByteArray>
#include <QMetaType>

namespace OAuthDesk {

/**
 * What a token looks like from the outside, for the inspector and before any verification:
 * a signed JWS in compact form (RFC 7515 §7.1, three parts), an encrypted JWE (RFC 7516 §7.1, five
 * parts) that cannot be read without the recipient's key, or an opaque string (RFC 6749 §1.4:
 * access tokens need not be JWTs at all). Being classified Jws says nothing about the signature.
 */
class TokenShape
{
    Q_GADGET
public:
    enum class Kind {
        Opaque, ///< not a JOSE object: show as it is, never an error
        Jws, ///< three base64url parts whose first is a JSON header with "alg"
        Jwe, ///< five base64url parts whose first is a JSON header with "alg" and "enc"
    };
    Q_ENUM(Kind)

    static TokenShape classify(const QByteArray &token);

    Kind kind() const { return m_kind; }
    bool isJws() const { return m_kind == Kind::Jws; }
    bool isJwe() const { return m_kind == Kind::Jwe; }

private:
    Kind m_kind = Kind::Opaque;
};

} // namespace OAuthDesk
