#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "http/httpclient.h"
#include "inspect/keysetcache.h"
#include "jwt/jwt.h"

#include <QObject>

#include <optional>

namespace OAuthDesk {

/** What a token is, what it says, and whether its signature was checked (for the inspector). */
struct TokenInspection
{
    enum class Signature {
        NotChecked, ///< opaque, JWE, or no key set to check against: "Not verified"
        Verified, ///< checked with the key `keyId` of the issuer's JWKS
        Invalid, ///< checked and wrong (or a refused algorithm)
    };

    TokenShape shape;
    std::optional<Jwt> jwt; ///< decoded header and claims, when a JWS
    Error decodeError; ///< why a three-part token could not be decoded
    Signature signature = Signature::NotChecked;
    QString keyId;
    QString detail; ///< one sentence on the verification result, for the badge

    /// "Signature verified (key kid … from issuer JWKS)" and the like.
    QString badgeText() const;
};

/**
 * Decodes a token and, when an issuer's key set is at hand, verifies its signature (RFC 7515,
 * RFC 7517). A locally decoded JWT is labelled unverified until its signature is checked
 * (SECURITY.md, row IN).
 */
class TokenInspector : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const TokenInspection &)>;

    TokenInspector(const HttpClient *http, KeySetCache *keys, QObject *parent = nullptr);

    /// Decoding only, no network.
    static TokenInspection decode(const QByteArray &token);
    /// Decodes, then verifies against `jwksUri` when given (fetching it, or again on a new kid).
    void inspect(const QByteArray &token, const QUrl &jwksUri, QObject *context, Callback callback);

private:
    const HttpClient *m_http;
    KeySetCache *m_keys;
};

} // namespace OAuthDesk
