#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace OAuthDesk {

/**
 * A JSON Web Signature in compact serialization, RFC 7515 §7.1, taken apart but not yet verified:
 *
 *   BASE64URL(header) '.' BASE64URL(payload) '.' BASE64URL(signature)
 *   \______________ signing input ________/
 *
 * The header is parsed strictly (JsonStrict); "alg" must be a string (§4.1.1), "kid" and "typ" are
 * strings when present. Five parts are an encrypted JWE (RFC 7516), refused with its own message.
 * Nothing read from here may be trusted until JwsVerifier has accepted the signature.
 */
class Jws
{
public:
    static Result<Jws> decode(const QByteArray &compact);

    QJsonObject header() const { return m_header; }
    QByteArray payload() const { return m_payload; }
    /// The ASCII octets the signature covers: the first two parts as they were received (§5.2 step
    /// 8).
    QByteArray signingInput() const { return m_signingInput; }
    QByteArray signature() const { return m_signature; }

    QString alg() const { return m_header.value(QLatin1String("alg")).toString(); }
    QString kid() const { return m_header.value(QLatin1String("kid")).toString(); }
    QString typ() const { return m_header.value(QLatin1String("typ")).toString(); }

private:
    QJsonObject m_header;
    QByteArray m_payload;
    QByteArray m_signingInput;
    QByteArray m_signature;
};

} // namespace OAuthDesk
