#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "platform/platform.h"
#include "tokens/tokenset.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <chrono>
#include <functional>
#include <memory>

namespace OAuthDesk {

class AbstractSecretStore;
class AccountStore;
class ClientSecrets;
class HttpClient;
class IdTokenCheck;
class KeySetCache;
class OAuthFlow;
class SessionVault;
struct Account;
struct ClientAuthentication;
struct DeviceCode;

/**
 * Signing in to an account: the account's grant, then its ID token, then the keychain. In order:
 *
 *   the client's credentials ─▶ the grant's flow (browser, device code, password, client
 *   credentials) ─▶ the ID token's signature, issuer, audience, nonce and times (IdTokenCheck)
 *   ─▶ the same user as before, unless the person said otherwise ─▶ the session into the vault
 *   ─▶ who signed in (the ID token, else UserInfo), for the account list and the next login_hint
 *
 * A failure at any step stores nothing and leaves an earlier session as it was. One sign-in at a
 * time per account.
 */
class SignIn : public QObject
{
    Q_OBJECT
public:
    /// What a sign-in may need from the person right now.
    struct Options
    {
        QString password; ///< the password grant only: used for one request, never kept
        /// Accept an ID token for a different user (`sub`) than the account had before.
        bool allowDifferentUser = false;
        /// Ask for this scope instead of the account's (e.g. after a resource answered
        /// insufficient_scope). It becomes the account's scope only when the sign-in succeeds.
        QString scope;
    };
    /// The outcome of a sign-in: tokens, and whether the keychain could keep them.
    struct Outcome
    {
        TokenSet tokens;
        Error notRemembered; ///< set when the keychain failed: the session lives in memory only
    };
    using Callback = std::function<void(const Result<Outcome> &)>;
    using ClaimsCallback = std::function<void(const Result<QJsonObject> &)>;
    /// OpenID Connect UserInfo for an account that has just signed in.
    using UserInfoLookup =
            std::function<void(const QString &accountId, QObject *context, ClaimsCallback)>;

    SignIn(AccountStore *accounts, SessionVault *vault, ClientSecrets *clients,
           IdTokenCheck *idTokens, KeySetCache *keySets, AbstractSecretStore *secrets,
           const HttpClient *http, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setUserInfoLookup(UserInfoLookup lookup) { m_userInfo = std::move(lookup); }

    /// Runs the account's grant. `callback` is called once, while `context` lives.
    void start(const QString &accountId, const Options &options, QObject *context,
               Callback callback);
    void cancel(const QString &accountId);
    /// From start() until the keychain has answered.
    bool isRunning(const QString &accountId) const { return m_running.contains(accountId); }

Q_SIGNALS:
    void browserOpened(const QString &accountId, const QUrl &authorizationUrl);
    /// The device grant's code and address, to show to the person (RFC 8628 §3.3).
    void deviceCodeReceived(const QString &accountId, const OAuthDesk::DeviceCode &code);
    /// A sign-in ended without tokens (failed or cancelled).
    void failed(const QString &accountId, const OAuthDesk::Error &error);
    /// Who signed in changed in the accounts file.
    void identityChanged(const QString &accountId);

private:
    struct Attempt;
    using AttemptPtr = std::shared_ptr<Attempt>;
    void clientReady(const AttemptPtr &attempt, const Result<ClientAuthentication> &client);
    void flowGranted(const AttemptPtr &attempt, OAuthFlow *flow);
    void idTokenChecked(const AttemptPtr &attempt, const TokenSet &tokens,
                        const Result<QString> &subject);
    void keepScope(const AttemptPtr &attempt);
    void learnIdentity(const AttemptPtr &attempt, const Outcome &outcome);
    void rememberIdentity(const QString &accountId, const QJsonObject &claims);
    void fail(const AttemptPtr &attempt, const Error &error);

    OAuthFlow *createFlow(const Account &account, const ClientAuthentication &client,
                          const Options &options);
    void prepareWhileThePersonSignsIn(const Account &account);

    AccountStore *m_accounts;
    SessionVault *m_vault;
    ClientSecrets *m_clients;
    IdTokenCheck *m_idTokens;
    KeySetCache *m_keySets;
    AbstractSecretStore *m_secrets;
    const HttpClient *m_http;
    Clock m_clock;
    BrowserOpener m_opener;
    std::chrono::milliseconds m_timeout{ std::chrono::minutes(5) };
    UserInfoLookup m_userInfo;
    QHash<QString, QPointer<OAuthFlow>> m_flows;
    QSet<QString> m_running; ///< from start() until its callback, keychain write included
};

} // namespace OAuthDesk
