#include "tokenset.h"

#include <algorithm>

namespace OAuthDesk {

qint64 TokenSet::lifetimeSeconds() const
{
    if (!expiresAt.isValid() || !obtainedAt.isValid())
        return -1;
    return obtainedAt.secsTo(expiresAt);
}

bool TokenSet::isStale(const QDateTime &now) const
{
    if (accessToken.isEmpty())
        return true;
    if (!expiresAt.isValid())
        return false;
    const qint64 lifetime = lifetimeSeconds();
    const qint64 lead = lifetime > 0 ? std::min<qint64>(30, lifetime / 4) : 30;
    return now.secsTo(expiresAt) <= lead;
}

QJsonObject TokenSet::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("access_token"), accessToken);
    o.insert(QLatin1String("token_type"), tokenType);
    if (!refreshToken.isEmpty())
        o.insert(QLatin1String("refresh_token"), refreshToken);
    if (!idToken.isEmpty())
        o.insert(QLatin1String("id_token"), idToken);
    if (!scope.isEmpty())
        o.insert(QLatin1String("scope"), scope);
    if (expiresAt.isValid())
        o.insert(QLatin1String("expires_at"), expiresAt.toSecsSinceEpoch());
    if (obtainedAt.isValid())
        o.insert(QLatin1String("obtained_at"), obtainedAt.toSecsSinceEpoch());
    return o;
}

TokenSet TokenSet::fromJson(const QJsonObject &o)
{
    TokenSet t;
    t.accessToken = o.value(QLatin1String("access_token")).toString();
    t.tokenType = o.value(QLatin1String("token_type")).toString();
    t.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    t.idToken = o.value(QLatin1String("id_token")).toString();
    t.scope = o.value(QLatin1String("scope")).toString();
    if (o.contains(QLatin1String("expires_at")))
        t.expiresAt = QDateTime::fromSecsSinceEpoch(
                qint64(o.value(QLatin1String("expires_at")).toDouble()), Qt::UTC);
    if (o.contains(QLatin1String("obtained_at")))
        t.obtainedAt = QDateTime::fromSecsSinceEpoch(
                qint64(o.value(QLatin1String("obtained_at")).toDouble()), Qt::UTC);
    return t;
}

} // namespace OAuthDesk
