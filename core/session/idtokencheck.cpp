#include "idtokencheck.h"

#include "inspect/keysetcache.h"
#include "jwt/idtokenvalidator.h"
#include "jwt/jwt.h"

namespace OAuthDesk {

IdTokenCheck::IdTokenCheck(KeySetCache *keySets, QObject *parent)
    : QObject(parent), m_keySets(keySets)
{
}

void IdTokenCheck::check(const Account &account, const TokenSet &tokens, const QByteArray &nonce,
                         const QString &previousIdToken, Callback callback)
{
    // An authorization code sign-in that sent a nonce asked for OpenID Connect: its token answer
    // must carry the ID token (Core §3.1.3.3), or nothing proves who signed in. (The implicit
    // grant's response_type=token never carries one.)
    if (tokens.idToken.isEmpty() && !nonce.isEmpty()
        && account.grantType == GrantType::AuthorizationCode)
        return callback(Error(Error::Kind::InvalidResponse,
                              tr("The server sent no ID token, although the sign-in asked for one "
                                 "(scope openid); "
                                 "nothing was stored.")));
    if (tokens.idToken.isEmpty())
        return callback(QString());
    if (account.server.jwksUri.isEmpty() || account.server.issuer.isEmpty())
        return callback(Error(Error::Kind::InvalidResponse,
                              tr("The server sent an ID token, but the account has no issuer key "
                                 "set (jwks_uri) to "
                                 "verify it with: add the account by discovery.")));
    const Result<Jwt> decoded = Jwt::decode(tokens.idToken.toUtf8());
    if (!decoded.ok())
        return callback(decoded.error());
    const Jwt idToken = decoded.value();
    m_keySets->keysFor(
            account.server.jwksUri, idToken.kid(), this,
            [this, account, idToken, nonce, previousIdToken, callback](const Result<JwkSet> &keys) {
                if (!keys.ok())
                    return callback(keys.error());
                IdTokenValidator validator(account.server.issuer.toString(QUrl::FullyEncoded),
                                           account.clientId);
                if (!nonce.isEmpty())
                    validator.setExpectedNonce(QString::fromLatin1(nonce));
                if (const Error error = validator.validate(idToken, keys.value(), m_clock.now()))
                    return callback(
                            Error(Error::Kind::InvalidResponse,
                                  tr("The ID token failed validation; nothing was stored. %1")
                                          .arg(error.detail().isEmpty() ? error.message()
                                                                        : error.detail())));
                if (!previousIdToken.isEmpty()) {
                    const Result<Jwt> previous = Jwt::decode(previousIdToken.toUtf8());
                    if (previous.ok()) {
                        if (const Error changed = IdTokenValidator::checkRefreshedIdentity(
                                    previous.value(), idToken))
                            return callback(Error(
                                    Error::Kind::InvalidResponse,
                                    tr("The refreshed ID token names somebody else: %1")
                                            .arg(changed.detail().isEmpty() ? changed.message()
                                                                            : changed.detail())));
                    }
                }
                callback(idToken.subject());
            });
}

} // namespace OAuthDesk
