#include "idtokenvalidator.h"

#include "common/constanttime.h"
#include "jwt/jwsverifier.h"

namespace OAuthDesk {

static Error invalid(const QString &detail)
{
    return Error(Error::Kind::InvalidResponse, detail);
}

IdTokenValidator::IdTokenValidator(QString issuer, QString clientId)
    : m_issuer(std::move(issuer)), m_clientId(std::move(clientId))
{
}

Result<Jwt> IdTokenValidator::decodeAndValidate(const QByteArray &compact, const JwkSet &keys,
                                                const QDateTime &now) const
{
    const Result<Jwt> jwt = Jwt::decode(compact);
    if (!jwt.ok())
        return jwt.error();
    if (const Error error = validate(jwt.value(), keys, now))
        return error;
    return jwt;
}

Error IdTokenValidator::validate(const Jwt &idToken, const JwkSet &keys, const QDateTime &now) const
{
    if (m_issuer.isEmpty() || m_clientId.isEmpty() || !now.isValid())
        return Error(Error::Kind::Configuration,
                     QStringLiteral(
                             "ID token validation needs the issuer, the client ID and the time."));

    // Signature first: every claim checked below is then the issuer's word, not an attacker's.
    const QString alg = idToken.alg();
    if (const Error refused = JwsVerifier::checkAlgorithm(alg))
        return invalid(QStringLiteral("ID token refused: ") + refused.detail());
    if (!m_algorithms.isEmpty() && !m_algorithms.contains(alg))
        return invalid(
                QStringLiteral(
                        "ID token refused: it is signed with %1, but this client expects %2.")
                        .arg(alg, m_algorithms.join(QLatin1String(", "))));
    const Result<Jwk> key = keys.select(idToken.kid(), alg);
    if (!key.ok())
        return invalid(QStringLiteral("ID token refused: ") + key.error().detail());
    if (const Error bad = JwsVerifier::verify(idToken, key.value()))
        return invalid(QStringLiteral("ID token refused: ") + bad.detail());

    if (!idToken.hasClaim("iss"))
        return invalid(QStringLiteral("ID token refused: it has no issuer (iss)."));
    if (idToken.issuer() != m_issuer)
        return invalid(QStringLiteral("ID token refused: it was issued by \"%1\", not by \"%2\".")
                               .arg(idToken.issuer().left(256), m_issuer));
    if (idToken.subject().isEmpty())
        return invalid(QStringLiteral("ID token refused: it names no subject (sub)."));

    const QStringList audiences = idToken.audiences();
    if (!audiences.contains(m_clientId))
        return invalid(QStringLiteral(
                "ID token refused: its audience (aud) does not include this client."));
    if (audiences.size() > 1 && !idToken.hasClaim("azp"))
        return invalid(QStringLiteral(
                "ID token refused: it has several audiences but no authorized party (azp)."));
    if (idToken.hasClaim("azp") && idToken.authorizedParty() != m_clientId)
        return invalid(
                QStringLiteral("ID token refused: its authorized party (azp) is another client."));

    const qint64 skewMs = std::chrono::duration_cast<std::chrono::milliseconds>(m_skew).count();
    const QDateTime expiry = idToken.expiry();
    if (!expiry.isValid())
        return invalid(QStringLiteral("ID token refused: it has no expiry (exp)."));
    if (expiry <= now.addMSecs(-skewMs))
        return invalid(QStringLiteral("ID token refused: it expired at %1.")
                               .arg(expiry.toString(Qt::ISODate)));
    const QDateTime issuedAt = idToken.issuedAt();
    if (!issuedAt.isValid())
        return invalid(QStringLiteral("ID token refused: it has no issue time (iat)."));
    if (issuedAt > now.addMSecs(skewMs))
        return invalid(
                QStringLiteral(
                        "ID token refused: it claims to be issued in the future (%1); check the "
                        "computer's clock.")
                        .arg(issuedAt.toString(Qt::ISODate)));
    const QDateTime notBefore = idToken.notBefore();
    if (notBefore.isValid() && notBefore > now.addMSecs(skewMs))
        return invalid(QStringLiteral("ID token refused: it is not valid before %1.")
                               .arg(notBefore.toString(Qt::ISODate)));

    if (!m_nonce.isEmpty()) {
        if (!idToken.hasClaim("nonce"))
            return invalid(
                    QStringLiteral("ID token refused: it carries no nonce, but one was sent."));
        if (!constantTimeEquals(idToken.nonce().toUtf8(), m_nonce.toUtf8()))
            return invalid(QStringLiteral(
                    "ID token refused: its nonce is not the one sent with this sign-in."));
    }
    return {};
}

Error IdTokenValidator::checkRefreshedIdentity(const Jwt &original, const Jwt &refreshed)
{
    if (refreshed.issuer() != original.issuer())
        return invalid(QStringLiteral(
                "The refreshed ID token comes from another issuer (iss) (OpenID Connect "
                "Core §12.2)."));
    if (refreshed.subject() != original.subject() || refreshed.subject().isEmpty())
        return invalid(QStringLiteral(
                "The refreshed ID token names another user (sub) (OpenID Connect Core "
                "§12.2)."));
    QStringList before = original.audiences();
    QStringList after = refreshed.audiences();
    before.sort();
    after.sort();
    if (before != after)
        return invalid(QStringLiteral(
                "The refreshed ID token has another audience (aud) (OpenID Connect Core "
                "§12.2)."));
    if (refreshed.hasClaim("auth_time") && original.hasClaim("auth_time")
        && refreshed.authTime() != original.authTime())
        return invalid(QStringLiteral(
                "The refreshed ID token reports another authentication time (auth_time) "
                "(OpenID Connect Core §12.2)."));
    if (refreshed.hasClaim("nonce") && refreshed.nonce() != original.nonce())
        return invalid(
                QStringLiteral("The refreshed ID token carries another nonce (OpenID Connect Core "
                               "§12.2)."));
    return {};
}

} // namespace OAuthDesk
