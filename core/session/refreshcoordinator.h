#pragma once

#include "accounts/accountstore.h"
#include "common/clock.h"
#include "common/error.h"
#include "http/httpclient.h"
#include "session/sessionvault.h"
#include "tokens/tokenset.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <chrono>
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
 *     ─▶ ask the server ─▶ check the ID token ─▶ keep (written again until kept) ─▶ release
 *
 * - one refresh at a time per account: callers in this process share one, other processes wait on
 *   the lock file (RefreshLock) and then find the new token in the keychain;
 * - `invalid_grant` forgets the dead refresh token and asks for sign-in; any other failure
 *   (network, time-out, server error) changes nothing;
 * - a client-credentials account without a refresh token asks for a new token (RFC 6749 §4.4.3);
 * - an additional, narrower token (RFC 6749 §6) takes the same lock and keeps a rotated refresh
 *   token, without replacing the account's own access token;
 * - T4, the rotated set is the only truth: it is written to the keychain before its access token
 *   is handed out, and a write the keychain refuses is tried again after each of keepRetryDelays(),
 *   all the while under the lock, so that no other process reads the spent refresh token. When
 *   every try failed, the caller gets a Keychain error (refreshFailed(), also for an additional
 *   token), the new set lives in this process's memory only and the keychain's session with the
 *   spent refresh token is deleted: another process finds no session and asks for a sign-in
 *   instead of sending it. The next refresh here starts from memory and first writes that set
 *   (SessionVault::proveWritable); while the keychain refuses it, nothing is sent.
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
    /// T4: the waits before each new write of a rotated set the keychain refused (the lock is held
    /// meanwhile, and other processes wait at most a minute for it).
    void setKeepRetryDelays(QList<std::chrono::milliseconds> delays)
    {
        m_keepRetryDelays = std::move(delays);
    }
    QList<std::chrono::milliseconds> keepRetryDelays() const { return m_keepRetryDelays; }

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
    /// T4: `kept` into the keychain, tried again until it is taken; then `handOut` to the caller.
    void keep(const AttemptPtr &attempt, const TokenSet &kept, const TokenSet &handOut);
    void keepUnwritten(const AttemptPtr &attempt, const TokenSet &kept, const Error &cause);
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
    QList<std::chrono::milliseconds> m_keepRetryDelays{ std::chrono::milliseconds(500),
                                                        std::chrono::seconds(2),
                                                        std::chrono::seconds(5) };
    QHash<QString, QList<TokenCallback>> m_waiters; ///< callers sharing the refresh under way
};

} // namespace OAuthDesk
