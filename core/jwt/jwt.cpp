#include "jwt.h"

#include "jwt/jsonstrict.h"

#include <QJsonArray>

#include <cmath>

namespace OAuthDesk {

// NumericDates beyond year 9999 are no real token's, and keep the conversion to milliseconds exact.
static constexpr double MaxNumericDate = 253402300799.0;

static Error invalid(const QString &detail)
{
    return Error(Error::Kind::InvalidResponse, detail);
}

Result<Jwt> Jwt::decode(const QByteArray &compact)
{
    const Result<Jws> jws = Jws::decode(compact);
    if (!jws.ok())
        return jws.error();
    const Result<QJsonObject> claims = JsonStrict::parseObject(jws.value().payload());
    if (!claims.ok())
        return invalid(QStringLiteral("The JWT claims are not a strict JSON object: ")
                       + claims.error().detail());
    const QJsonObject &c = claims.value();

    for (const char *name : { "iss", "sub", "jti", "nonce", "azp" }) {
        const QJsonValue v = c.value(QLatin1String(name));
        if (!v.isUndefined() && !v.isString())
            return invalid(QStringLiteral("The JWT claim \"%1\" is not a string.")
                                   .arg(QLatin1String(name)));
    }
    const QJsonValue aud = c.value(QLatin1String("aud"));
    if (aud.isArray()) {
        for (const QJsonValue &entry : aud.toArray()) {
            if (!entry.isString())
                return invalid(QStringLiteral(
                        "The JWT claim \"aud\" holds something other than strings."));
        }
    } else if (!aud.isUndefined() && !aud.isString()) {
        return invalid(QStringLiteral(
                "The JWT claim \"aud\" is neither a string nor an array of strings."));
    }
    for (const char *name : { "exp", "nbf", "iat", "auth_time" }) {
        const QJsonValue v = c.value(QLatin1String(name));
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || !std::isfinite(v.toDouble())
            || std::fabs(v.toDouble()) > MaxNumericDate)
            return invalid(
                    QStringLiteral("The JWT claim \"%1\" is not a NumericDate (RFC 7519 §2).")
                            .arg(QLatin1String(name)));
    }

    Jwt jwt;
    jwt.m_jws = jws.value();
    jwt.m_claims = c;
    return jwt;
}

QStringList Jwt::audiences() const
{
    const QJsonValue aud = m_claims.value(QLatin1String("aud"));
    if (aud.isString())
        return { aud.toString() };
    QStringList list;
    for (const QJsonValue &entry : aud.toArray())
        list.append(entry.toString());
    return list;
}

QDateTime Jwt::dateClaim(const char *name) const
{
    const QJsonValue v = m_claims.value(QLatin1String(name));
    if (!v.isDouble())
        return {};
    return QDateTime::fromMSecsSinceEpoch(std::llround(v.toDouble() * 1000.0), Qt::UTC);
}

} // namespace OAuthDesk
