#pragma once

#include "accounts/accountstore.h"
#include "common/clock.h"
#include "common/error.h"
#include "http/httpclient.h"
#include "session/sessionvault.h"
#include "tokens/tokenset.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace OAuthDesk {

class ClientSecrets;
class IdTokenCheck;

/**
 * Refresh (RFC 6749 §6; rotation per RFC 9700 §4.14; T2 and T4 in docs/SECURITY.md), one named
 * step after the other:
 *
 *   take the lock ─▶ read the keychain ─▶ (fresh there? use it) ─▶ prove it writable
 *     ─▶ ask the server ─▶ check the ID token ─▶ write ─▶ release
 *
 * - one refresh at a time per account: callers in this process share one, other processes wait on
 *   the lock file (RefreshLock) and then find the new token in the keychain;
 * - `invalid_grant` forgets the dead refresh token and asks for sign-in; any other failure
 *   (network, time-out, server error) changes nothing;
 * - a client-credentials account without a refresh token asks for a new token (RFC 6749 §4.4.3);
 * - an additional, narrower token (RFC 6749 §6) takes the same lock and keeps a rotated refresh
 *   token, without replacing the account's own access token.
 */
class RefreshCoordinator : public QObject
{
    Q_OBJECT
public:
    using TokenCallback = std::function<void(const Result<TokenSet> &)>;
    enum class Mode {
        IfStale, ///< only when the stored access token is stale
        Force, ///< whatever the expiry says
        Rejected, ///< unless the stored access token is another than the rejected one
    };

    RefreshCoordinator(AccountStore *accounts, SessionVault *vault, ClientSecrets *clients,
                       IdTokenCheck *idTokens, const HttpClient *http, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }

    /// A token good for a request now: from memory, else from the keychain, refreshed if stale.
    void validToken(const QString &accountId, QObject *context, TokenCallback callback);
    /// `rejected`: the access token a resource refused (Mode::Rejected only).
    void refresh(const QString &accountId, Mode mode, const QString &rejected, QObject *context,
                 TokenCallback callback);
    /// An additional access token with identical or narrower `scope`.
    void additionalToken(const QString &accountId, const QString &scope, QObject *context,
                         TokenCallback callback);

Q_SIGNALS:
    void refreshing(const QString &accountId, bool busy);
    /// A refresh failed, whoever asked for it; the session is as it was unless the error says
    /// SignInRequired.
    void refreshFailed(const QString &accountId, const OAuthDesk::Error &error);

private:
    struct Attempt;
    using AttemptPtr = std::shared_ptr<Attempt>;

    void takeLock(const AttemptPtr &attempt);
    void readKeychain(const AttemptPtr &attempt);
    void decide(const AttemptPtr &attempt);
    void proveWritable(const AttemptPtr &attempt);
    void askServer(const AttemptPtr &attempt);
    void answered(const AttemptPtr &attempt, const Result<TokenSet> &result);
    void checkIdToken(const AttemptPtr &attempt, const TokenSet &tokens);
    void write(const AttemptPtr &attempt, const TokenSet &tokens);
    void keepAdditional(const AttemptPtr &attempt, TokenSet additional);
    void forgetDeadSession(const AttemptPtr &attempt, const Error &error);
    void askAgainForClientCredentials(const AttemptPtr &attempt);
    /// A new token by the client credentials grant, for accounts without refresh tokens.
    void fetchClientCredentialsToken(const Account &account, const QString &scope,
                                     TokenCallback callback);
    void release(const AttemptPtr &attempt, const Result<TokenSet> &result);

    AccountStore *m_accounts;
    SessionVault *m_vault;
    ClientSecrets *m_clients;
    IdTokenCheck *m_idTokens;
    const HttpClient *m_http;
    Clock m_clock;
    QHash<QString, QList<TokenCallback>> m_waiters; ///< callers sharing the refresh under way
};

} // namespace OAuthDesk
