#include "tokenmanager.h"

#include "common/logging.h"
#include "flows/authorizationcodeflow.h"
#include "flows/deviceflow.h"
#include "flows/implicitflow.h"
#include "flows/passwordflow.h"
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

void TokenManager::withClient(const Account &account,
                              std::function<void(const Result<ClientCredentials> &)> callback)
{
    bool ok = false;
    ClientCredentials client{account.clientId, {}, ClientCredentials::methodFromString(account.clientAuthMethod, &ok)};
    if (!client.isConfidential())
        return callback(client);
    m_secrets->readSecret(SecretStore::clientSecretKey(account.id), this,
                          [callback, client](const Error &error, const std::optional<QByteArray> &secret) mutable {
                              if (error)
                                  return callback(error);
                              if (!secret || secret->isEmpty())
                                  return callback(Error(Error::Kind::Configuration,
                                                        tr("No client secret is stored for this account: set it "
                                                           "first (oauthdesk account secret NAME).")));
                              client.secret = QString::fromUtf8(*secret);
                              callback(client);
                          });
}

OAuthFlow *TokenManager::createFlow(const Account &account, const ClientCredentials &client,
                                    const SignInOptions &options)
{
    OAuthFlow *flow = nullptr;
    if (account.grantType == QLatin1String("authorization_code") || account.grantType == QLatin1String("implicit")) {
        AuthorizationCodeFlow *browserFlow = account.grantType == QLatin1String("implicit")
                                                 ? new ImplicitFlow(account, client, m_http, this)
                                                 : new AuthorizationCodeFlow(account, client, m_http, this);
        browserFlow->setBrowserOpener(m_opener);
        connect(browserFlow, &AuthorizationCodeFlow::authorizeWithBrowser, this,
                [this, id = account.id](const QUrl &url) { Q_EMIT signInStarted(id, url); });
        flow = browserFlow;
    } else if (account.grantType == QLatin1String("password")) {
        auto *passwordFlow = new PasswordFlow(account, client, m_http, this);
        passwordFlow->setCredentials(account.username, options.password);
        flow = passwordFlow;
    } else if (account.grantType == QLatin1String("client_credentials")) {
        flow = new ClientCredentialsFlow(account, client, m_http, this);
    } else if (account.grantType == QLatin1String("device")) {
        auto *deviceFlow = new DeviceFlow(account, client, m_http, this);
        connect(deviceFlow, &DeviceFlow::deviceCodeReceived, this,
                [this, id = account.id](const DeviceCode &code) { Q_EMIT deviceCodeReceived(id, code); });
        flow = deviceFlow;
    } else {
        return nullptr;
    }
    flow->setClock(m_clock);
    flow->setTimeout(m_signInTimeout);
    return flow;
}

void TokenManager::signIn(const QString &accountId, const SignInOptions &options, QObject *context,
                          SignInCallback callback)
{
    const auto account = m_accounts->findById(accountId);
    if (!account)
        return callback(Error(Error::Kind::Configuration, tr("The account no longer exists.")));
    if (isSigningIn(accountId))
        return callback(Error(Error::Kind::Configuration, tr("A sign-in for this account is already under way.")));
    if (const Error invalid = account->validate())
        return callback(invalid);

    m_signingIn.insert(accountId);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto deliver = [guard, hasContext, callback](const Result<SignInResult> &result) {
        if (!hasContext || guard)
            callback(result);
    };
    auto fail = [this, accountId, deliver](const Error &error) {
        // A failed sign-in stores nothing and leaves an earlier session as it was.
        m_signingIn.remove(accountId);
        Q_EMIT signInFailed(accountId, error);
        deliver(error);
    };
    withClient(*account, [this, account = *account, accountId, options, deliver, fail](
                             const Result<ClientCredentials> &client) {
        if (!client.ok())
            return fail(client.error());
        OAuthFlow *flow = createFlow(account, client.value(), options);
        m_flows.insert(accountId, flow);
        connect(flow, &OAuthFlow::failed, this, [this, flow, accountId, fail](const Error &error) {
            m_flows.remove(accountId);
            flow->deleteLater();
            fail(error);
        });
        connect(flow, &OAuthFlow::granted, this, [this, flow, accountId, deliver] {
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
    });
}

void TokenManager::setClientSecret(const QString &accountId, const QString &secret, QObject *context,
                                   DoneCallback callback)
{
    m_secrets->writeSecret(SecretStore::clientSecretKey(accountId), secret.toUtf8(), context, std::move(callback));
}

void TokenManager::fetchClientCredentialsToken(const Account &account, const QString &scope, TokenCallback callback)
{
    withClient(account, [this, account, scope, callback](const Result<ClientCredentials> &client) {
        if (!client.ok())
            return callback(client.error());
        Account request = account;
        if (!scope.isEmpty())
            request.scope = scope;
        auto *flow = new ClientCredentialsFlow(request, client.value(), m_http, this);
        flow->setClock(m_clock);
        connect(flow, &OAuthFlow::failed, this, [flow, callback](const Error &error) {
            flow->deleteLater();
            callback(error);
        });
        connect(flow, &OAuthFlow::granted, this, [flow, callback] {
            flow->deleteLater();
            callback(flow->tokens());
        });
        flow->grant();
    });
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
        const auto account = m_accounts->findById(accountId);
        if (!account)
            return finishRefresh(accountId, Error(Error::Kind::Configuration, tr("The account no longer exists.")));
        if (current->refreshToken.isEmpty() && account->grantType == QLatin1String("client_credentials")) {
            // RFC 6749 §4.4.3: no refresh token; the client simply asks again.
            return fetchClientCredentialsToken(*account, {}, [this, accountId](const Result<TokenSet> &result) {
                if (!result.ok())
                    return finishRefresh(accountId, result.error());
                storeRefreshed(accountId, result.value());
            });
        }
        if (current->refreshToken.isEmpty())
            return finishRefresh(accountId, Error(Error::Kind::SignInRequired,
                                                  tr("The access token has expired and the server gave no refresh "
                                                     "token.")));

        const TokenSet previous = *current;
        qCInfo(lcSession) << "refreshing" << account->name;
        withClient(*account, [this, account = *account, accountId, previous](const Result<ClientCredentials> &client) {
        if (!client.ok())
            return finishRefresh(accountId, client.error());
        const TokenEndpoint endpoint(m_http, account.server.tokenEndpoint, client.value(), m_clock);
        endpoint.refresh(previous.refreshToken, {}, previous.scope, this,
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
            storeRefreshed(accountId, tokens);
        });
        });
    });
}

void TokenManager::storeRefreshed(const QString &accountId, const TokenSet &tokens)
{
    m_memory.insert(accountId, tokens);
    // Rotation: the new refresh token is in the keychain before the access token is used.
    m_secrets->writeTokens(accountId, tokens, this, [this, accountId, tokens](const Error &error) {
        if (error) {
            qCWarning(lcSession) << "refreshed, but the keychain could not keep the new token";
            Q_EMIT sessionChanged(accountId);
            return finishRefresh(accountId, Error(Error::Kind::Keychain,
                                                  tr("The session was refreshed but the keychain could not save it: %1")
                                                      .arg(error.message())));
        }
        updateHint(accountId, &tokens);
        finishRefresh(accountId, tokens);
    });
}

void TokenManager::additionalToken(const QString &accountId, const QString &scope, QObject *context,
                                   TokenCallback callback)
{
    const auto account = m_accounts->findById(accountId);
    if (!account)
        return callback(Error(Error::Kind::Configuration, tr("The account no longer exists.")));
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto deliver = [guard, hasContext, callback](const Result<TokenSet> &result) {
        if (!hasContext || guard)
            callback(result);
    };
    if (account->grantType == QLatin1String("client_credentials"))
        return fetchClientCredentialsToken(*account, scope, deliver);

    // Same lock as a refresh: the refresh token may rotate.
    RefreshLock::acquire(accountId, std::chrono::seconds(60), this,
                         [this, account = *account, scope, deliver](const Result<RefreshLock::Handle> &lock) {
        if (!lock.ok())
            return deliver(lock.error());
        m_secrets->readTokens(account.id, this, [this, account, scope, deliver, lock](const Result<std::optional<TokenSet>> &read) {
            std::optional<TokenSet> current = read.ok() ? read.value() : std::nullopt;
            if (!current && m_memory.contains(account.id))
                current = m_memory.value(account.id);
            if (!current || current->refreshToken.isEmpty())
                return deliver(Error(Error::Kind::SignInRequired,
                                     tr("An additional token needs a refresh token: sign in first.")));
            withClient(account, [this, account, scope, deliver, lock, stored = *current](const Result<ClientCredentials> &client) {
                if (!client.ok())
                    return deliver(client.error());
                const TokenEndpoint endpoint(m_http, account.server.tokenEndpoint, client.value(), m_clock);
                endpoint.refresh(stored.refreshToken, scope, stored.scope, this,
                                 [this, account, deliver, lock, stored](const Result<TokenSet> &result) {
                    if (!result.ok())
                        return deliver(result.error());
                    TokenSet additional = result.value();
                    if (additional.refreshToken.isEmpty() || additional.refreshToken == stored.refreshToken) {
                        additional.refreshToken.clear();
                        return deliver(additional);
                    }
                    // Rotated: the account keeps its own access token, with the new refresh token.
                    TokenSet kept = stored;
                    kept.refreshToken = additional.refreshToken;
                    additional.refreshToken.clear();
                    m_memory.insert(account.id, kept);
                    m_secrets->writeTokens(account.id, kept, this, [deliver, additional, lock](const Error &error) {
                        if (error)
                            return deliver(Error(Error::Kind::Keychain,
                                                 tr("The rotated refresh token could not be saved: %1").arg(error.message())));
                        deliver(additional);
                    });
                });
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
