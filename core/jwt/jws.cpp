#include "jws.h"

#include "jwt/base64url.h"
#include "jwt/jsonstrict.h"

namespace OAuthDesk {

static Error invalid(const QString &detail)
{
    return Error(Error::Kind::InvalidResponse, detail);
}

Result<Jws> Jws::decode(const QByteArray &compact)
{
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() == 5)
        return invalid(
                QStringLiteral("The token is an encrypted JWT (JWE, five parts); it cannot be read "
                               "without the recipient's decryption key."));
    if (parts.size() != 3)
        return invalid(
                QStringLiteral("The token is not a signed JWT: it has %1 parts instead of three.")
                        .arg(parts.size()));

    const Result<QByteArray> headerBytes = Base64Url::decode(parts.at(0));
    if (!headerBytes.ok())
        return invalid(QStringLiteral("The JWS header is not base64url: ")
                       + headerBytes.error().detail());
    const Result<QJsonObject> header = JsonStrict::parseObject(headerBytes.value());
    if (!header.ok())
        return invalid(QStringLiteral("The JWS header is not a strict JSON object: ")
                       + header.error().detail());
    const Result<QByteArray> payload = Base64Url::decode(parts.at(1));
    if (!payload.ok())
        return invalid(QStringLiteral("The JWS payload is not base64url: ")
                       + payload.error().detail());
    const Result<QByteArray> signature = Base64Url::decode(parts.at(2));
    if (!signature.ok())
        return invalid(QStringLiteral("The JWS signature is not base64url: ")
                       + signature.error().detail());

    const QJsonObject &h = header.value();
    if (!h.value(QLatin1String("alg")).isString())
        return invalid(QStringLiteral("The JWS header has no \"alg\" string (RFC 7515 §4.1.1)."));
    for (const char *name : { "kid", "typ", "cty" }) {
        const QJsonValue v = h.value(QLatin1String(name));
        if (!v.isUndefined() && !v.isString())
            return invalid(QStringLiteral("The JWS header member \"%1\" is not a string.")
                                   .arg(QLatin1String(name)));
    }

    Jws jws;
    jws.m_header = h;
    jws.m_payload = payload.value();
    jws.m_signingInput = parts.at(0) + '.' + parts.at(1);
    jws.m_signature = signature.value();
    return jws;
}

} // namespace OAuthDesk
