#include "tokenmanager.h"

#include "common/guarded.h"
#include "common/logging.h"
#include "inspect/keysetcache.h"
#include "inspect/tokeninspector.h"
#include "session/clientsecrets.h"
#include "session/idtokencheck.h"
#include "session/introspection.h"
#include "session/refreshcoordinator.h"
#include "session/revocation.h"
#include "session/sessionvault.h"
#include "session/signin.h"

namespace OAuthDesk {

TokenManager::TokenManager(AccountStore *accounts, AbstractSecretStore *secrets,
                           const HttpClient *http, QObject *parent)
    : QObject(parent),
      m_accounts(accounts),
      m_secrets(secrets),
      m_http(http),
      m_vault(new SessionVault(accounts, secrets, this)),
      m_clients(new ClientSecrets(secrets, this)),
      m_keySets(new KeySetCache(http, this)),
      m_idTokens(new IdTokenCheck(m_keySets, this)),
      m_refresher(new RefreshCoordinator(accounts, m_vault, m_clients, m_idTokens, http, this)),
      m_revocation(new Revocation(accounts, m_vault, m_clients, secrets, http, this)),
      m_signIn(
              new SignIn(accounts, m_vault, m_clients, m_idTokens, m_keySets, secrets, http, this)),
      m_introspection(new Introspection(accounts, m_vault, m_clients, http, this)),
      m_inspector(new TokenInspector(http, m_keySets, this))
{
    connect(m_signIn, &SignIn::browserOpened, this, &TokenManager::signInStarted);
    connect(m_signIn, &SignIn::deviceCodeReceived, this, &TokenManager::deviceCodeReceived);
    connect(m_signIn, &SignIn::failed, this, &TokenManager::signInFailed);
    connect(m_signIn, &SignIn::identityChanged, this, &TokenManager::sessionChanged);
    connect(m_revocation, &Revocation::pendingFinished, this,
            &TokenManager::pendingRevocationFinished);
    connect(m_vault, &SessionVault::sessionChanged, this, &TokenManager::sessionChanged);
    connect(m_refresher, &RefreshCoordinator::refreshing, this, &TokenManager::refreshing);
    connect(m_refresher, &RefreshCoordinator::refreshFailed, this, &TokenManager::refreshFailed);
}

void TokenManager::setClock(Clock clock)
{
    m_clock = clock;
    m_idTokens->setClock(clock);
    m_signIn->setClock(clock);
    m_refresher->setClock(std::move(clock));
}

void TokenManager::setKeychainRetryDelays(QList<std::chrono::milliseconds> delays)
{
    m_refresher->setKeepRetryDelays(std::move(delays));
}

std::optional<TokenSet> TokenManager::cachedTokens(const QString &accountId) const
{
    return m_vault->cached(accountId);
}

bool TokenManager::isSigningIn(const QString &accountId) const
{
    return m_signIn->isRunning(accountId);
}

void TokenManager::cancelSignIn(const QString &accountId)
{
    m_signIn->cancel(accountId);
}

void TokenManager::signIn(const QString &accountId, const SignInOptions &options, QObject *context,
                          SignInCallback callback)
{
    m_signIn->start(accountId, options, context, std::move(callback));
}

void TokenManager::setClientSecret(const QString &accountId, const QString &secret,
                                   QObject *context, DoneCallback callback)
{
    m_clients->setClientSecret(accountId, secret, context, std::move(callback));
}

void TokenManager::validToken(const QString &accountId, QObject *context, TokenCallback callback)
{
    m_refresher->validToken(accountId, context, std::move(callback));
}

void TokenManager::refreshAfterRejection(const QString &accountId,
                                         const QString &rejectedAccessToken, QObject *context,
                                         TokenCallback callback)
{
    m_refresher->refresh(accountId, RefreshCoordinator::Mode::Rejected, rejectedAccessToken,
                         context, std::move(callback));
}

void TokenManager::refreshNow(const QString &accountId, QObject *context, TokenCallback callback)
{
    m_refresher->refresh(accountId, RefreshCoordinator::Mode::Force, {}, context,
                         std::move(callback));
}

void TokenManager::additionalToken(const QString &accountId, const QString &scope, QObject *context,
                                   TokenCallback callback)
{
    m_refresher->additionalToken(accountId, scope, context, std::move(callback));
}

void TokenManager::loadTokens(const QString &accountId, QObject *context,
                              std::function<void(const Result<std::optional<TokenSet>> &)> callback)
{
    m_vault->load(accountId, context, std::move(callback));
}

void TokenManager::revokeAndSignOut(const QString &accountId, QObject *context,
                                    std::function<void(const SignOutResult &)> callback)
{
    const auto deliver = guarded<const SignOutResult &>(context, callback);
    const auto account = m_accounts->findById(accountId);
    if (!account)
        return deliver(SignOutResult{
                Error(Error::Kind::Configuration, tr("The account no longer exists.")),
                {},
                false });
    // The local copies go whatever the server answered.
    m_revocation->revoke(*account, [this, accountId, deliver](const Revocation::Outcome &outcome) {
        if (outcome.pendingRetryOnly)
            return deliver(SignOutResult{
                    {}, outcome.error, outcome.revokedAtServer, outcome.retryLater });
        signOut(accountId, this, [deliver, outcome](const Error &keychain) {
            deliver(SignOutResult{ keychain, outcome.error, outcome.revokedAtServer,
                                   outcome.retryLater });
        });
    });
}

void TokenManager::retryPendingRevocations()
{
    m_revocation->retryPending();
}

void TokenManager::introspect(const QString &accountId, QObject *context,
                              std::function<void(const Result<QJsonObject> &)> callback,
                              bool refresh)
{
    m_introspection->introspect(accountId, refresh, context, std::move(callback));
}

void TokenManager::forgetAccount(const QString &accountId, QObject *context, DoneCallback callback)
{
    signOut(accountId, this,
            [this, accountId,
             deliver = guarded<const Error &>(context, callback)](const Error &error) {
                if (error)
                    return deliver(error);
                m_secrets->removeSecret(
                        AbstractSecretStore::clientSecretKey(accountId), this,
                        [this, accountId, deliver](const Error &secret) {
                            m_secrets->removeSecret(
                                    AbstractSecretStore::pendingRevocationKey(accountId), this,
                                    [deliver, secret](const Error &pending) {
                                        deliver(secret ? secret : pending);
                                    });
                        });
            });
}

void TokenManager::signOut(const QString &accountId, QObject *context, DoneCallback callback)
{
    cancelSignIn(accountId);
    m_vault->forget(accountId, guarded<const Error &>(context, callback));
}

} // namespace OAuthDesk
