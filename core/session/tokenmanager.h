#pragma once

#include "accounts/accountstore.h"
#include "common/clock.h"
#include "common/error.h"
#include "http/httpclient.h"
#include "keychain/abstractsecretstore.h"
#include "platform/platform.h"
#include "session/sessionvault.h"
#include "session/signin.h"
#include "tokens/tokenset.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <chrono>
#include <functional>

namespace OAuthDesk {

class ClientSecrets;
class IdTokenCheck;
class Introspection;
class RefreshCoordinator;
class Revocation;
class KeySetCache;
class TokenInspector;
struct DeviceCode;

/**
 * The sessions of all accounts: sign-in, a valid access token on demand, refresh, sign-out. The
 * window and the command line both go through here, so both keep the same promises.
 *
 * Refresh (RFC 6749 §6, the seed's diagram steps G–H; rotation per RFC 9700 §4.14):
 *
 *   lock(account, across processes) ─▶ read keychain ─▶ another process refreshed already? use that
 *        └─▶ POST refresh_token ─▶ write the new set to the keychain (again, with back-off, until
 *            it is kept) ─▶ only then hand out the token
 *
 * - one refresh at a time per account: callers in this process share one, other processes wait on
 *   the lock file and then find the new token in the keychain;
 * - `invalid_grant` forgets the dead refresh token and asks for sign-in; any other failure
 *   (network, time-out, server error) changes nothing;
 * - a rotated set the keychain never took lives in memory only, the spent refresh token is
 *   deleted from the keychain, and refreshFailed() says so (T4, RefreshCoordinator).
 */
class TokenManager : public QObject
{
    Q_OBJECT
public:
    using TokenCallback = std::function<void(const Result<TokenSet> &)>;
    using DoneCallback = std::function<void(const Error &)>;

    /// A keychain write this recent proves that the keychain takes writes now: a refresh within it
    /// spends its refresh token without writing the session back first (T2). Many accounts
    /// refreshed together thus cost one keychain write each, not two.
    static constexpr std::chrono::milliseconds KeychainProofWindow{
        SessionVault::KeychainProofWindow
    };

    using SignInResult = SignIn::Outcome;
    using SignInCallback = std::function<void(const Result<SignInResult> &)>;

    TokenManager(AccountStore *accounts, AbstractSecretStore *secrets, const HttpClient *http,
                 QObject *parent = nullptr);

    void setClock(Clock clock);
    Clock clock() const { return m_clock; }
    /// T4: the waits before each new write of a rotated session the keychain refused
    /// (RefreshCoordinator::setKeepRetryDelays).
    void setKeychainRetryDelays(QList<std::chrono::milliseconds> delays);
    void setBrowserOpener(BrowserOpener opener) { m_signIn->setBrowserOpener(std::move(opener)); }
    void setSignInTimeout(std::chrono::milliseconds timeout) { m_signIn->setTimeout(timeout); }

    AccountStore *accounts() const { return m_accounts; }
    /// The keychain (e.g. for a dynamically registered client's registration access token).
    AbstractSecretStore *secrets() const { return m_secrets; }

    using SignInOptions = SignIn::Options;
    /// Runs the account's grant (browser, device code, password or client credentials). Stores the
    /// tokens only when it succeeds; a failure leaves an earlier session as it was.
    void signIn(const QString &accountId, const SignInOptions &options, QObject *context,
                SignInCallback callback);
    void signIn(const QString &accountId, QObject *context, SignInCallback callback)
    {
        signIn(accountId, SignInOptions{}, context, std::move(callback));
    }
    void cancelSignIn(const QString &accountId);
    bool isSigningIn(const QString &accountId) const;

    /// A token good for a request now: from memory, else from the keychain, refreshed if stale.
    void validToken(const QString &accountId, QObject *context, TokenCallback callback);
    /// After a resource said `invalid_token` for `rejectedAccessToken`: a different token,
    /// refreshed unless another process already did.
    void refreshAfterRejection(const QString &accountId, const QString &rejectedAccessToken,
                               QObject *context, TokenCallback callback);
    /// Refresh now, whatever the expiry says.
    void refreshNow(const QString &accountId, QObject *context, TokenCallback callback);

    /// An additional access token with identical or narrower `scope` (RFC 6749 §6), without
    /// replacing the account's own. A rotated refresh token is still stored.
    void additionalToken(const QString &accountId, const QString &scope, QObject *context,
                         TokenCallback callback);

    /// Keeps a confidential client's secret in the keychain (never in the accounts file).
    void setClientSecret(const QString &accountId, const QString &secret, QObject *context,
                         DoneCallback callback);

    /// Reads the stored session into memory without refreshing (nullopt: not signed in).
    void loadTokens(const QString &accountId, QObject *context,
                    std::function<void(const Result<std::optional<TokenSet>> &)> callback);

    /// Forgets the local copies (keychain and memory).
    void signOut(const QString &accountId, QObject *context, DoneCallback callback);
    /// For an account about to be removed: everything the keychain holds for it (the session, the
    /// client secret, tokens waiting to be revoked). The session first; when that fails, nothing
    /// else goes.
    void forgetAccount(const QString &accountId, QObject *context, DoneCallback callback);

    struct SignOutResult
    {
        Error keychain; ///< the local copies could not be deleted
        Error revocation; ///< the server could not be told (the local copies are gone all the same)
        bool revokedAtServer = false;
        bool retryLater =
                false; ///< the server was unavailable (503, unreachable): it is asked again later
    };
    /// RFC 7009: revokes the refresh token (token_type_hint=refresh_token) and the access token at
    /// the server, then deletes the local copies whatever the server answered. When the server is
    /// unavailable (503, or cannot be reached), what it has not revoked waits in the keychain and
    /// the account is marked (Account::revocationPending) until retryPendingRevocations() gets it
    /// done. For an account that is signed out with a revocation pending, this is that retry.
    void revokeAndSignOut(const QString &accountId, QObject *context,
                          std::function<void(const SignOutResult &)> callback);
    /// Sends every pending revocation again (the window calls this at start and now and then).
    void retryPendingRevocations();

    /// RFC 7662 introspection of the account's access token (or refresh token when `refresh`).
    void introspect(const QString &accountId, QObject *context,
                    std::function<void(const Result<QJsonObject> &)> callback,
                    bool refresh = false);
    /// How a sign-in asks OpenID Connect UserInfo who signed in, when the ID token names nobody
    /// (UserInfo::lookupFor: through the resource client's rules). Without one, the ID token is
    /// all a sign-in learns.
    void setUserInfoLookup(SignIn::UserInfoLookup lookup)
    {
        m_signIn->setUserInfoLookup(std::move(lookup));
    }
    KeySetCache *keySetCache() const { return m_keySets; }
    TokenInspector *inspector() const { return m_inspector; }

    /// What this process holds in memory (no keychain access), if anything.
    std::optional<TokenSet> cachedTokens(const QString &accountId) const;

Q_SIGNALS:
    void signInStarted(const QString &accountId, const QUrl &authorizationUrl);
    /// The device grant's code and address, to show to the person (RFC 8628 §3.3).
    void deviceCodeReceived(const QString &accountId, const OAuthDesk::DeviceCode &code);
    void sessionChanged(const QString &accountId);
    void refreshing(const QString &accountId, bool busy);
    /// A sign-in ended without tokens (failed or cancelled).
    void signInFailed(const QString &accountId, const OAuthDesk::Error &error);
    /// A refresh failed, whoever asked for it; the session is as it was unless the error says
    /// SignInRequired.
    void refreshFailed(const QString &accountId, const OAuthDesk::Error &error);
    /// A pending revocation ended: revoked (no error), or refused for good by the server.
    void pendingRevocationFinished(const QString &accountId, const OAuthDesk::Error &error);

private:
    AccountStore *m_accounts;
    AbstractSecretStore *m_secrets;
    const HttpClient *m_http;
    SessionVault *m_vault;
    ClientSecrets *m_clients;
    Clock m_clock;

    KeySetCache *m_keySets = nullptr;
    IdTokenCheck *m_idTokens = nullptr;
    RefreshCoordinator *m_refresher = nullptr;
    Revocation *m_revocation = nullptr;
    SignIn *m_signIn = nullptr;
    Introspection *m_introspection = nullptr;
    TokenInspector *m_inspector = nullptr;
};

} // namespace OAuthDesk
