#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace OAuthDesk {

/**
 * What an account holds after a grant (RFC 6749 §5.1). Lives in memory and, serialised with
 * toJson(), only in the OS keychain.
 */
struct TokenSet
{
    QString accessToken;
    QString tokenType; ///< "Bearer" (compared case-insensitively, RFC 6749 §7.1)
    QString refreshToken; ///< empty when the server issued none
    QString idToken; ///< OpenID Connect, empty otherwise
    QString scope; ///< granted scope (RFC 6749 §5.1: the requested one when the server omits it)
    QDateTime expiresAt; ///< invalid when the server did not say (expires_in omitted)
    QDateTime obtainedAt;

    bool hasAccessToken() const { return !accessToken.isEmpty(); }
    /// Seconds the token was issued for, or -1 when unknown.
    qint64 lifetimeSeconds() const;
    /// True when the token is expired, or will be within the refresh lead: min(30 s, a quarter of
    /// its lifetime), so that a short-lived token is not treated as always stale.
    bool isStale(const QDateTime &now) const;

    QJsonObject toJson() const;
    static TokenSet fromJson(const QJsonObject &object);
};

} // namespace OAuthDesk
