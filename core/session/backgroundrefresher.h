#pragma once

#include "common/clock.h"
#include "common/error.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace OAuthDesk {

class AccountStore;
class TokenManager;

/**
 * Refreshes signed-in sessions a lead time before their access tokens expire, so that the window
 * (and every tool that asks it for a token) rarely meets an expired one.
 *
 * - Which accounts: those with a session known to expire: in TokenManager's memory, else by the
 *   account's session hint (signed in, expiresAt). Accounts without a refresh token are left alone
 *   (client credentials simply ask again; implicit and the like need a sign-in anyway).
 * - When: `expiresAt - leadTime`, but never earlier than half-way between when the token was
 *   obtained (else first seen) and its expiry, so a token that lives shorter than the lead time is
 *   not refreshed in a loop.
 * - One at a time per account: never while a refresh of that account runs (ours or anybody's:
 *   TokenManager::refreshing), and TokenManager shares a refresh under way with every caller.
 * - Failures: network, time-out, server and keychain trouble are retried with a growing back-off
 *   (30 s, 1 min, 2 min … 15 min); refreshFailed() is emitted for the first failure of a run. A
 *   session refreshed but not kept by the keychain (T4) is such a failure, not a success: each
 *   retry first writes the session in memory to the keychain.
 *   A session the server no longer accepts (invalid_grant, turned into SignInRequired by
 *   TokenManager) is not retried: attentionNeeded() asks for a sign-in. Other failures (a
 *   configuration or validation error) are not retried either until the session changes.
 *
 * One QTimer is armed for the earliest due account; it calls checkNow(). Time comes from the
 * injected Clock, so tests move the clock and call checkNow() instead of waiting.
 */
class BackgroundRefresher : public QObject
{
    Q_OBJECT
public:
    BackgroundRefresher(TokenManager *tokens, AccountStore *accounts, QObject *parent = nullptr);

    /// Read time from this clock (TokenManager's by default).
    void setClock(Clock clock);
    void setLeadTime(std::chrono::seconds lead);
    std::chrono::seconds leadTime() const { return m_lead; }

    /// Starts watching the accounts (nothing happens before).
    void start();
    void stop();
    bool isActive() const { return m_active; }

    /// When the account is next due (a refresh or a retry), or an invalid time when it is not
    /// scheduled.
    QDateTime dueAt(const QString &accountId) const;
    /// The timer that calls checkNow(), for tests: armed for the earliest due account.
    const QTimer &timer() const { return m_timer; }
    /// How often sign-outs that the server could not revoke are sent again.
    static constexpr std::chrono::minutes pendingRevocationInterval{ 5 };
    /// Whether this refresher's own refresh of an account is under way.
    bool isRefreshing(const QString &accountId) const { return m_running.contains(accountId); }

    /// The back-off before the `attempt`-th retry (1-based).
    static std::chrono::seconds backoff(int attempt);
    /// Whether a refresh that failed with `error` is worth retrying later.
    static bool isTransient(const Error &error);

public Q_SLOTS:
    /// Starts the refreshes that are due now and re-arms the timer.
    void checkNow();

Q_SIGNALS:
    void refreshStarted(const QString &accountId);
    void refreshed(const QString &accountId);
    /// A background refresh failed; `retryAt` is when it is tried again (invalid: not retried).
    void refreshFailed(const QString &accountId, const OAuthDesk::Error &error,
                       const QDateTime &retryAt);
    /// The account needs the person: its session ended and only a sign-in brings it back.
    void attentionNeeded(const QString &accountId, const OAuthDesk::Error &error);

private:
    struct State
    {
        QDateTime expiresAt; ///< the expiry this state is about; a different one starts afresh
        QDateTime firstSeen; ///< when the token was obtained, else when this expiry was first seen
        int failures = 0; ///< consecutive transient failures
        QDateTime retryAt; ///< set while backing off
        bool givenUp = false; ///< until the expiry changes
    };

    void replan();
    /// The expiry of an account's session, invalid when none is known or it cannot be refreshed.
    QDateTime expiryOf(const QString &accountId) const;
    void startRefresh(const QString &accountId);
    void onRefreshDone(const QString &accountId, const Error &error);
    QDateTime now() const;

    TokenManager *m_tokens;
    AccountStore *m_accounts;
    Clock m_clock;
    bool m_ownClock = false;
    std::chrono::seconds m_lead{ 300 };
    bool m_active = false;
    QTimer m_timer;
    QTimer m_revocationTimer; ///< TokenManager::retryPendingRevocations() every
                              ///< pendingRevocationInterval
    QHash<QString, State> m_states;
    QSet<QString> m_running; ///< our refreshes under way
    QSet<QString> m_busyElsewhere; ///< TokenManager::refreshing(true) from any caller
};

} // namespace OAuthDesk
