#include "jwkset.h"

#include "jwt/jsonstrict.h"

#include <QJsonArray>

namespace OAuthDesk {

static Error invalid(const QString &detail)
{
    return Error(Error::Kind::InvalidResponse, detail);
}

Result<JwkSet> JwkSet::fromJson(const QByteArray &json)
{
    const Result<QJsonObject> object = JsonStrict::parseObject(json);
    if (!object.ok())
        return invalid(QStringLiteral("The key set is not a strict JSON object: ")
                       + object.error().detail());
    return fromObject(object.value());
}

Result<JwkSet> JwkSet::fromObject(const QJsonObject &object)
{
    const QJsonValue keys = object.value(QLatin1String("keys"));
    if (!keys.isArray())
        return invalid(QStringLiteral("The key set has no \"keys\" array (RFC 7517 §5.1)."));
    JwkSet set;
    for (const QJsonValue &entry : keys.toArray()) {
        if (!entry.isObject())
            return invalid(
                    QStringLiteral("The key set's \"keys\" holds something other than objects."));
        const Result<Jwk> key = Jwk::fromJson(entry.toObject());
        if (key.ok())
            set.m_keys.append(key.value());
        else
            set.m_refused.append({ entry.toObject().value(QLatin1String("kid")).toString(),
                                   key.error().detail() });
    }
    return set;
}

Result<Jwk> JwkSet::select(const QString &kid, const QString &alg) const
{
    QList<Jwk> candidates;
    Error lastMismatch;
    for (const Jwk &key : m_keys) {
        if (!kid.isEmpty() && key.kid() != kid)
            continue;
        const Error unusable = key.checkUsableFor(alg);
        if (unusable)
            lastMismatch = unusable;
        else
            candidates.append(key);
    }
    if (candidates.size() == 1)
        return candidates.first();

    if (!kid.isEmpty()) {
        if (candidates.size() > 1)
            return invalid(
                    QStringLiteral("The issuer's key set holds several %1 keys with kid \"%2\".")
                            .arg(alg, kid));
        if (lastMismatch)
            return lastMismatch;
        for (const auto &refused : m_refused) {
            if (refused.first == kid)
                return invalid(QStringLiteral("The issuer's key \"%1\" cannot be used: %2")
                                       .arg(kid, refused.second));
        }
        return invalid(
                QStringLiteral(
                        "No key in the issuer's key set has kid \"%1\"; the keys may have been "
                        "rotated.")
                        .arg(kid.left(128)));
    }
    if (candidates.isEmpty())
        return invalid(
                QStringLiteral("The token names no kid and the issuer's key set has no key for %1.")
                        .arg(alg));
    return invalid(
            QStringLiteral(
                    "The token names no kid and the issuer's key set has several keys for %1.")
                    .arg(alg));
}

} // namespace OAuthDesk
