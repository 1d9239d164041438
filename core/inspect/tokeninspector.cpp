#include "tokeninspector.h"

#include "jwt/jwsverifier.h"

#include <QCoreApplication>

namespace OAuthDesk {

QString TokenInspection::badgeText() const
{
    switch (signature) {
    case Signature::Verified:
        return QCoreApplication::translate(
                       "OAuthDesk::TokenInspection",
                       "Signature verified (key kid \"%1\" from the issuer's JWKS)")
                .arg(keyId);
    case Signature::Invalid:
        return QCoreApplication::translate("OAuthDesk::TokenInspection", "Signature invalid: %1")
                .arg(detail);
    case Signature::NotChecked:
        break;
    }
    if (shape.isJwe())
        return QCoreApplication::translate("OAuthDesk::TokenInspection",
                                           "Not verified (encrypted JWE)");
    if (!jwt)
        return QCoreApplication::translate("OAuthDesk::TokenInspection",
                                           "Not verified (opaque token)");
    return detail.isEmpty()
            ? QCoreApplication::translate("OAuthDesk::TokenInspection", "Not verified (no JWKS)")
            : QCoreApplication::translate("OAuthDesk::TokenInspection", "Not verified (%1)")
                      .arg(detail);
}

TokenInspector::TokenInspector(const HttpClient *http, KeySetCache *keys, QObject *parent)
    : QObject(parent), m_http(http), m_keys(keys)
{
}

TokenInspection TokenInspector::decode(const QByteArray &token)
{
    TokenInspection inspection;
    inspection.shape = TokenShape::classify(token.trimmed());
    if (!inspection.shape.isJws())
        return inspection;
    const Result<Jwt> jwt = Jwt::decode(token.trimmed());
    if (jwt.ok())
        inspection.jwt = jwt.value();
    else
        inspection.decodeError = jwt.error();
    return inspection;
}

void TokenInspector::inspect(const QByteArray &token, const QUrl &jwksUri, QObject *context,
                             Callback callback)
{
    TokenInspection inspection = decode(token);
    if (!inspection.jwt || jwksUri.isEmpty())
        return callback(inspection);
    const Jwt jwt = *inspection.jwt;
    m_keys->keysFor(jwksUri, jwt.kid(), context,
                    [inspection, jwt, callback](const Result<JwkSet> &keys) mutable {
                        if (!keys.ok()) {
                            inspection.detail = keys.error().message();
                            return callback(inspection);
                        }
                        const Result<Jwk> key = keys.value().select(jwt.kid(), jwt.alg());
                        if (!key.ok()) {
                            inspection.signature = TokenInspection::Signature::Invalid;
                            inspection.detail = key.error().message();
                            return callback(inspection);
                        }
                        const Error error = JwsVerifier::verify(jwt, key.value());
                        inspection.keyId = key.value().kid();
                        inspection.signature = error ? TokenInspection::Signature::Invalid
                                                     : TokenInspection::Signature::Verified;
                        inspection.detail = error ? error.message() : QString();
                        callback(inspection);
                    });
}

} // namespace OAuthDesk
