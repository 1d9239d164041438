#pragma once

#include "common/error.h"
#include "tokens/tokenset.h"

#include <QObject>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace OAuthDesk {

class AbstractSecretStore;
class AccountStore;
class ClientSecrets;
class HttpClient;
class SessionVault;
struct Account;
struct ClientAuthentication;

/**
 * Token revocation (RFC 7009) and its pending queue. Revoking a session:
 *
 *   read the session ─▶ POST refresh token, then access token, to the revocation endpoint
 *        ├─▶ 200 each ─────────────────────────────────────────────▶ revoked
 *        ├─▶ 503, or no answer ─▶ keep what is left in the keychain (after any earlier queue),
 *        │                        mark the account revocationPending ─▶ ask again later
 *        └─▶ any other error ──────────────────────────────────────▶ not revoked, nothing kept
 *
 * The refresh token goes first: at most servers revoking it ends the whole grant (§2.1). The queue
 * lives in the keychain only, never in a file. Revocation does not forget the session itself: the
 * caller does that, whatever the server answered.
 */
class Revocation : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        Error error; ///< the server could not be told
        bool revokedAtServer = false;
        bool retryLater = false; ///< what the server has not revoked waits in the keychain
        /// The account was signed out already and this was the retry of its pending revocation:
        /// there is no session for the caller to forget.
        bool pendingRetryOnly = false;
    };
    using Callback = std::function<void(const Outcome &)>;

    Revocation(AccountStore *accounts, SessionVault *vault, ClientSecrets *clients,
               AbstractSecretStore *secrets, const HttpClient *http, QObject *parent = nullptr);

    /// Revokes the account's session at the server. For an account that is signed out with a
    /// revocation pending, this is that retry. `done` is called once.
    void revoke(const Account &account, Callback done);
    /// Sends every pending revocation again (at start and now and then).
    void retryPending();

Q_SIGNALS:
    /// A pending revocation ended: revoked (no error), or refused for good by the server.
    void pendingFinished(const QString &accountId, const OAuthDesk::Error &error);

private:
    using Queue = QList<QPair<QString, QString>>; ///< (token, token_type_hint), in order
    /// `sent(revoked, error)`: how many of `queue` were revoked, and the error that stopped the
    /// rest.
    using SentCallback = std::function<void(int revoked, const Error &error)>;

    struct Attempt;
    using AttemptPtr = std::shared_ptr<Attempt>;
    void sessionRead(const AttemptPtr &attempt, const Result<std::optional<TokenSet>> &read);
    void send(const AttemptPtr &attempt);
    void sent(const AttemptPtr &attempt, int revoked, const Error &error);
    void keepPending(const AttemptPtr &attempt, const Queue &rest, const Error &error);

    /// `done(error, stillPending)`.
    using RetryCallback = std::function<void(const Error &, bool stillPending)>;
    void retryPendingOf(const Account &account, RetryCallback done);
    void pendingRead(const Account &account, const Error &readError,
                     const std::optional<QByteArray> &data, RetryCallback done);
    void retrySent(const QString &accountId, const Queue &queue, int revoked, const Error &error,
                   RetryCallback done);
    void pendingDone(const QString &accountId, const Error &error, RetryCallback done);

    /// POSTs `queue` in order; stops at the first error.
    void post(const Account &account, const ClientAuthentication &client, const Queue &queue,
              int next, SentCallback sent);

    static QByteArray queueToJson(const Queue &queue);
    static Queue queueFromJson(const QByteArray &json);

    AccountStore *m_accounts;
    SessionVault *m_vault;
    ClientSecrets *m_clients;
    AbstractSecretStore *m_secrets;
    const HttpClient *m_http;
};

} // namespace OAuthDesk
