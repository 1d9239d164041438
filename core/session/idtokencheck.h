#pragma once

#include "accounts/account.h"
#include "common/clock.h"
#include "common/error.h"
#include "tokens/tokenset.h"

#include <QObject>

#include <functional>

namespace OAuthDesk {

class KeySetCache;

/**
 * OpenID Connect Core §3.1.3.7 on a fresh ID token: exact `iss`, `aud`, the signature with the
 * issuer's keys by `kid`, `exp`/`iat`, and the `nonce` sent when signing in; after a refresh
 * (§12.2) the same `iss` and `sub` as before.
 */
class IdTokenCheck : public QObject
{
    Q_OBJECT
public:
    /// The ID token's subject (empty when there is no ID token), or why it is refused.
    using Callback = std::function<void(const Result<QString> &subject)>;

    explicit IdTokenCheck(KeySetCache *keySets, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }

    /// `nonce`: the one the sign-in sent (empty after a refresh); `previousIdToken`: the session's
    /// ID token before a refresh (empty when signing in).
    void check(const Account &account, const TokenSet &tokens, const QByteArray &nonce,
               const QString &previousIdToken, Callback callback);

private:
    KeySetCache *m_keySets;
    Clock m_clock;
};

} // namespace OAuthDesk
