#include "tokenmanager.h"

#include "common/logging.h"
#include "flows/authorizationcodeflow.h"
#include "session/refreshlock.h"
#include "tokens/tokenendpoint.h"

#include <QLockFile>

namespace OAuthDesk {

TokenManager::TokenManager(AccountStore *accounts, SecretStore *secrets, const HttpClient *http, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_secrets(secrets), m_http(http)
{
}

std::optional<TokenSet> TokenManager::cachedTokens(const QString &accountId) const
{
    const auto it = m_memory.constFind(accountId);
    if (it == m_memory.constEnd())
        return std::nullopt;
    return *it;
}

bool TokenManager::isSigningIn(const QString &accountId) const
{
    return m_signingIn.contains(accountId);
}

void TokenManager::cancelSignIn(const QString &accountId)
{
    if (const auto flow = m_flows.value(accountId))
        flow->cancel();
}

void TokenManager::updateHint(const QString &accountId, const TokenSet *tokens)
{
    if (const Error error = m_accounts->updateSessionHint(accountId, tokens != nullptr,
                                                          tokens ? tokens->expiresAt : QDateTime(),
                                                          tokens ? tokens->scope : QString()))
        qCWarning(lcSession) << "could not update the account list:" << error.message();
    Q_EMIT sessionChanged(accountId);
}

void TokenManager::signIn(const QString &accountId, QObject *context, SignInCallback callback)
{
    const auto account = m_accounts->findById(accountId);
    if (!account)
        return callback(Error(Error::Kind::Configuration, tr("The account no longer exists.")));
    if (isSigningIn(accountId))
        return callback(Error(Error::Kind::Configuration, tr("A sign-in for this account is already under way.")));

    auto *flow = new AuthorizationCodeFlow(*account, m_http, this);
    flow->setClock(m_clock);
    flow->setTimeout(m_signInTimeout);
    flow->setBrowserOpener(m_opener);
    m_flows.insert(accountId, flow);

    m_signingIn.insert(accountId);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto deliver = [guard, hasContext, callback](const Result<SignInResult> &result) {
        if (!hasContext || guard)
            callback(result);
    };
    connect(flow, &AuthorizationCodeFlow::authorizeWithBrowser, this,
            [this, accountId](const QUrl &url) { Q_EMIT signInStarted(accountId, url); });
    connect(flow, &AuthorizationCodeFlow::failed, this, [this, flow, accountId, deliver](const Error &error) {
        m_flows.remove(accountId);
        flow->deleteLater();
        // A failed sign-in stores nothing and leaves an earlier session as it was.
        m_signingIn.remove(accountId);
        Q_EMIT signInFailed(accountId, error);
        deliver(error);
    });
    connect(flow, &AuthorizationCodeFlow::granted, this, [this, flow, accountId, deliver] {
        m_flows.remove(accountId);
        flow->deleteLater();
        const TokenSet tokens = flow->tokens();
        m_secrets->writeTokens(accountId, tokens, this, [this, accountId, tokens, deliver](const Error &error) {
            m_signingIn.remove(accountId);
            m_memory.insert(accountId, tokens);
            SignInResult result{tokens, {}};
            if (error) {
                qCWarning(lcSession) << "signed in, but the keychain cannot keep the session:" << error.kind();
                result.notRemembered = error;
                Q_EMIT sessionChanged(accountId);
            } else {
                updateHint(accountId, &tokens);
            }
            deliver(result);
        });
    });
    flow->grant();
}

void TokenManager::validToken(const QString &accountId, QObject *context, TokenCallback callback)
{
    const auto cached = m_memory.constFind(accountId);
    if (cached != m_memory.constEnd() && !cached->isStale(m_clock.now()))
        return callback(*cached);
    refresh(accountId, RefreshMode::IfStale, {}, context, std::move(callback));
}

void TokenManager::refreshAfterRejection(const QString &accountId, const QString &rejectedAccessToken,
                                         QObject *context, TokenCallback callback)
{
    refresh(accountId, RefreshMode::Rejected, rejectedAccessToken, context, std::move(callback));
}

void TokenManager::refreshNow(const QString &accountId, QObject *context, TokenCallback callback)
{
    refresh(accountId, RefreshMode::Force, {}, context, std::move(callback));
}

void TokenManager::refresh(const QString &accountId, RefreshMode mode, const QString &rejected, QObject *context,
                           TokenCallback callback)
{
    const bool alreadyRunning = m_refreshWaiters.contains(accountId);
    m_refreshWaiters[accountId].append(Waiter{QPointer<QObject>(context), context != nullptr, std::move(callback)});
    if (alreadyRunning)
        return; // callers in this process share the refresh under way
    Q_EMIT refreshing(accountId, true);
    RefreshLock::acquire(accountId, std::chrono::seconds(60), this,
                         [this, accountId, mode, rejected](const Result<RefreshLock::Handle> &lock) {
                             if (!lock.ok())
                                 return finishRefresh(accountId, lock.error());
                             m_refreshLocks.insert(accountId, lock.value());
                             refreshLocked(accountId, mode, rejected);
                         });
}

void TokenManager::refreshLocked(const QString &accountId, RefreshMode mode, const QString &rejected)
{
    // Under the lock, the keychain is the truth: another process may have rotated the token.
    m_secrets->readTokens(accountId, this, [this, accountId, mode, rejected](const Result<std::optional<TokenSet>> &read) {
        std::optional<TokenSet> current;
        if (read.ok() && read.value())
            current = read.value();
        else if (m_memory.contains(accountId))
            current = m_memory.value(accountId); // keychain unavailable: the in-memory session
        if (!read.ok() && !current)
            return finishRefresh(accountId, read.error());
        if (!current)
            return finishRefresh(accountId, Error(Error::Kind::SignInRequired, tr("This account is not signed in.")));

        const bool fresh = !current->isStale(m_clock.now());
        if ((mode == RefreshMode::IfStale && fresh) ||
            (mode == RefreshMode::Rejected && fresh && current->accessToken != rejected)) {
            m_memory.insert(accountId, *current);
            return finishRefresh(accountId, *current);
        }
        if (current->refreshToken.isEmpty())
            return finishRefresh(accountId, Error(Error::Kind::SignInRequired,
                                                  tr("The access token has expired and the server gave no refresh "
                                                     "token.")));
        const auto account = m_accounts->findById(accountId);
        if (!account)
            return finishRefresh(accountId, Error(Error::Kind::Configuration, tr("The account no longer exists.")));

        const TokenSet previous = *current;
        qCInfo(lcSession) << "refreshing" << account->name;
        const TokenEndpoint endpoint(m_http, account->server.tokenEndpoint, m_clock);
        endpoint.refresh(previous.refreshToken, account->clientId, previous.scope, this,
                         [this, accountId, previous](const Result<TokenSet> &result) {
            if (!result.ok()) {
                const Error &error = result.error();
                if (error.kind() == Error::Kind::OAuth && error.oauthError() == QLatin1String("invalid_grant")) {
                    // The refresh token is dead (expired, revoked, or replayed after rotation): forget it,
                    // once, and ask for a sign-in. No retry loop.
                    m_memory.remove(accountId);
                    m_secrets->removeTokens(accountId, this, [this, accountId, error](const Error &) {
                        updateHint(accountId, nullptr);
                        Error signIn(Error::Kind::SignInRequired,
                                     tr("The server no longer accepts this session (%1); sign in again.")
                                         .arg(error.errorDescription().isEmpty() ? error.oauthError()
                                                                                 : error.errorDescription()));
                        finishRefresh(accountId, signIn);
                    });
                    return;
                }
                return finishRefresh(accountId, error); // everything stays as it was
            }
            TokenSet tokens = result.value();
            // RFC 6749 §6: without a new refresh token, the old one stays valid; an ID token likewise.
            if (tokens.refreshToken.isEmpty())
                tokens.refreshToken = previous.refreshToken;
            if (tokens.idToken.isEmpty())
                tokens.idToken = previous.idToken;
            m_memory.insert(accountId, tokens);
            // Rotation: the new refresh token is in the keychain before the access token is used.
            m_secrets->writeTokens(accountId, tokens, this, [this, accountId, tokens](const Error &error) {
                if (error) {
                    qCWarning(lcSession) << "refreshed, but the keychain could not keep the new token";
                    Q_EMIT sessionChanged(accountId);
                    return finishRefresh(accountId,
                                         Error(Error::Kind::Keychain,
                                               tr("The session was refreshed but the keychain could not save it: %1")
                                                   .arg(error.message())));
                }
                updateHint(accountId, &tokens);
                finishRefresh(accountId, tokens);
            });
        });
    });
}

void TokenManager::finishRefresh(const QString &accountId, const Result<TokenSet> &result)
{
    m_refreshLocks.remove(accountId); // releases the lock file
    const QList<Waiter> waiters = m_refreshWaiters.take(accountId);
    Q_EMIT refreshing(accountId, false);
    if (!result.ok())
        Q_EMIT refreshFailed(accountId, result.error());
    for (const Waiter &w : waiters) {
        if (!w.hasContext || w.context)
            w.callback(result);
    }
}

void TokenManager::loadTokens(const QString &accountId, QObject *context,
                              std::function<void(const Result<std::optional<TokenSet>> &)> callback)
{
    if (const auto cached = cachedTokens(accountId))
        return callback(cached);
    m_secrets->readTokens(accountId, context, [this, accountId, callback](const Result<std::optional<TokenSet>> &read) {
        if (read.ok() && read.value())
            m_memory.insert(accountId, *read.value());
        callback(read);
    });
}

void TokenManager::signOut(const QString &accountId, QObject *context, DoneCallback callback)
{
    cancelSignIn(accountId);
    m_memory.remove(accountId);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_secrets->removeTokens(accountId, this, [this, accountId, guard, hasContext, callback](const Error &error) {
        updateHint(accountId, nullptr);
        if (!hasContext || guard)
            callback(error);
    });
}

} // namespace OAuthDesk
