#include "refreshcoordinator.h"

#include "common/guarded.h"
#include "common/logging.h"
#include "flows/clientcredentialsflow.h"
#include "session/clientsecrets.h"
#include "session/idtokencheck.h"
#include "session/refreshlock.h"
#include "tokens/tokenendpoint.h"

#include <QTimer>

namespace OAuthDesk {

struct RefreshCoordinator::Attempt
{
    QString accountId;
    Mode mode = Mode::IfStale;
    QString rejected; ///< Mode::Rejected: the access token a resource refused
    bool additional = false; ///< an additional token, not the account's own refresh
    QString scope; ///< additional: the scope asked for
    TokenCallback deliver; ///< additional: the one caller (a refresh has m_waiters)
    RefreshLock::Handle lock;
    Account account;
    SessionVault::Stored stored; ///< what the keychain held under the lock
    int keepTries = 0; ///< T4: writes of the rotated set that the keychain refused
};

RefreshCoordinator::RefreshCoordinator(AccountStore *accounts, SessionVault *vault,
                                       ClientSecrets *clients, IdTokenCheck *idTokens,
                                       const HttpClient *http, QObject *parent)
    : QObject(parent),
      m_accounts(accounts),
      m_vault(vault),
      m_clients(clients),
      m_idTokens(idTokens),
      m_http(http)
{
}

void RefreshCoordinator::validToken(const QString &accountId, QObject *context,
                                    TokenCallback callback)
{
    if (const auto cached = m_vault->cached(accountId); cached && !cached->isStale(m_clock.now()))
        return callback(*cached);
    refresh(accountId, Mode::IfStale, {}, context, std::move(callback));
}

void RefreshCoordinator::refresh(const QString &accountId, Mode mode, const QString &rejected,
                                 QObject *context, TokenCallback callback)
{
    const bool alreadyRunning = m_waiters.contains(accountId);
    m_waiters[accountId].append(guarded<const Result<TokenSet> &>(context, std::move(callback)));
    if (alreadyRunning)
        return; // callers in this process share the refresh under way
    Q_EMIT refreshing(accountId, true);
    auto attempt = std::make_shared<Attempt>();
    attempt->accountId = accountId;
    attempt->mode = mode;
    attempt->rejected = rejected;
    takeLock(attempt);
}

void RefreshCoordinator::additionalToken(const QString &accountId, const QString &scope,
                                         QObject *context, TokenCallback callback)
{
    const auto account = m_accounts->findById(accountId);
    if (!account)
        return callback(Error(Error::Kind::Configuration, tr("The account no longer exists.")));
    const auto deliver = guarded<const Result<TokenSet> &>(context, callback);
    if (account->grantType == GrantType::ClientCredentials)
        return fetchClientCredentialsToken(*account, scope, deliver);
    auto attempt = std::make_shared<Attempt>();
    attempt->accountId = accountId;
    attempt->additional = true;
    attempt->scope = scope;
    attempt->deliver = deliver;
    attempt->account = *account;
    takeLock(attempt); // the same lock as a refresh: the refresh token may rotate
}

void RefreshCoordinator::takeLock(const AttemptPtr &attempt)
{
    RefreshLock::acquire(attempt->accountId, std::chrono::seconds(60), this,
                         [this, attempt](const Result<RefreshLock::Handle> &lock) {
                             if (!lock.ok())
                                 return release(attempt, lock.error());
                             attempt->lock = lock.value();
                             readKeychain(attempt);
                         });
}

void RefreshCoordinator::readKeychain(const AttemptPtr &attempt)
{
    // Under the lock, the keychain is the truth: another process may have rotated the token.
    m_vault->read(attempt->accountId, [this, attempt](const SessionVault::Stored &stored) {
        attempt->stored = stored;
        decide(attempt);
    });
}

void RefreshCoordinator::decide(const AttemptPtr &attempt)
{
    const std::optional<TokenSet> &current = attempt->stored.tokens;
    if (attempt->additional) {
        if (!current || current->refreshToken.isEmpty())
            return release(attempt,
                           Error(Error::Kind::SignInRequired,
                                 tr("An additional token needs a refresh token: sign in first.")));
        return proveWritable(attempt);
    }
    if (attempt->stored.readError && !current)
        return release(attempt, attempt->stored.readError);
    if (!current)
        return release(attempt,
                       Error(Error::Kind::SignInRequired, tr("This account is not signed in.")));
    const bool fresh = !current->isStale(m_clock.now());
    if ((attempt->mode == Mode::IfStale && fresh)
        || (attempt->mode == Mode::Rejected && fresh
            && current->accessToken != attempt->rejected)) {
        m_vault->remember(attempt->accountId, *current);
        return release(attempt, *current);
    }
    const auto account = m_accounts->findById(attempt->accountId);
    if (!account)
        return release(attempt,
                       Error(Error::Kind::Configuration, tr("The account no longer exists.")));
    attempt->account = *account;
    if (current->refreshToken.isEmpty() && account->grantType == GrantType::ClientCredentials)
        return askAgainForClientCredentials(attempt);
    if (current->refreshToken.isEmpty())
        return release(attempt,
                       Error(Error::Kind::SignInRequired,
                             tr("The access token has expired and the server gave no refresh "
                                "token.")));
    proveWritable(attempt);
}

void RefreshCoordinator::proveWritable(const AttemptPtr &attempt)
{
    m_vault->proveWritable(attempt->accountId, attempt->stored,
                           [this, attempt](const Error &unwritable) {
                               if (unwritable)
                                   return release(attempt, unwritable);
                               askServer(attempt);
                           });
}

void RefreshCoordinator::askServer(const AttemptPtr &attempt)
{
    if (!attempt->additional)
        qCInfo(lcSession) << "refreshing" << attempt->account.name;
    m_clients->withClient(
            attempt->account, [this, attempt](const Result<ClientAuthentication> &client) {
                if (!client.ok())
                    return release(attempt, client.error());
                const TokenSet &previous = *attempt->stored.tokens;
                TokenEndpoint endpoint(m_http, attempt->account.server.tokenEndpoint,
                                       client.value(), m_clock);
                endpoint.setAccountName(attempt->account.name);
                endpoint.refresh(previous.refreshToken, attempt->scope, previous.scope, this,
                                 [this, attempt](const Result<TokenSet> &result) {
                                     answered(attempt, result);
                                 });
            });
}

void RefreshCoordinator::answered(const AttemptPtr &attempt, const Result<TokenSet> &result)
{
    if (attempt->additional) {
        if (!result.ok())
            return release(attempt, result.error());
        return keepAdditional(attempt, result.value());
    }
    if (!result.ok()) {
        const Error &error = result.error();
        if (error.kind() == Error::Kind::OAuth
            && error.oauthError() == QLatin1String("invalid_grant"))
            return forgetDeadSession(attempt, error);
        return release(attempt, error); // everything stays as it was
    }
    const TokenSet &previous = *attempt->stored.tokens;
    TokenSet tokens = result.value();
    // RFC 6749 §6: without a new refresh token, the old one stays valid; an ID token likewise.
    if (tokens.refreshToken.isEmpty())
        tokens.refreshToken = previous.refreshToken;
    if (tokens.idToken.isEmpty() || tokens.idToken == previous.idToken) {
        tokens.idToken = previous.idToken;
        return write(attempt, tokens);
    }
    checkIdToken(attempt, tokens);
}

void RefreshCoordinator::checkIdToken(const AttemptPtr &attempt, const TokenSet &tokens)
{
    const auto account = m_accounts->findById(attempt->accountId);
    if (!account)
        return release(attempt,
                       Error(Error::Kind::Configuration, tr("The account no longer exists.")));
    m_idTokens->check(*account, tokens, {}, attempt->stored.tokens->idToken,
                      [this, attempt, tokens](const Result<QString> &subject) {
                          if (!subject.ok())
                              return release(attempt, subject.error());
                          write(attempt, tokens);
                      });
}

void RefreshCoordinator::write(const AttemptPtr &attempt, const TokenSet &tokens)
{
    keep(attempt, tokens, tokens);
}

void RefreshCoordinator::keepAdditional(const AttemptPtr &attempt, TokenSet additional)
{
    const TokenSet &stored = *attempt->stored.tokens;
    if (additional.refreshToken.isEmpty() || additional.refreshToken == stored.refreshToken) {
        additional.refreshToken.clear();
        return release(attempt, additional);
    }
    // Rotated: the account keeps its own access token, with the new refresh token.
    TokenSet kept = stored;
    kept.refreshToken = additional.refreshToken;
    additional.refreshToken.clear();
    keep(attempt, kept, additional);
}

void RefreshCoordinator::keep(const AttemptPtr &attempt, const TokenSet &kept,
                              const TokenSet &handOut)
{
    // T4: still under the lock, and nothing handed out before the keychain took the new set.
    const auto written = [this, attempt, kept, handOut](const Error &error) {
        if (!error)
            return release(attempt, handOut);
        if (attempt->keepTries < m_keepRetryDelays.size()) {
            const std::chrono::milliseconds delay = m_keepRetryDelays.at(attempt->keepTries++);
            qCWarning(lcSession) << "the keychain did not take the refreshed session; writing it "
                                    "again in"
                                 << delay.count() << "ms";
            QTimer::singleShot(delay, this,
                               [this, attempt, kept, handOut] { keep(attempt, kept, handOut); });
            return;
        }
        keepUnwritten(attempt, kept, error);
    };
    if (attempt->additional)
        m_vault->keepRotated(attempt->accountId, kept, written);
    else
        m_vault->keepRefreshed(attempt->accountId, kept, written);
}

void RefreshCoordinator::keepUnwritten(const AttemptPtr &attempt, const TokenSet &kept,
                                       const Error &cause)
{
    const QString spent = attempt->stored.tokens->refreshToken;
    const Error unwritten(
            Error::Kind::Keychain,
            tr("The session was refreshed but the keychain could not save it (%1). OAuthDesk "
               "keeps the new session in this process's memory only and saves it at the next "
               "refresh: unlock or start the keychain, or sign in again once OAuthDesk has closed.")
                    .arg(cause.message()));
    if (kept.refreshToken.isEmpty() || kept.refreshToken == spent) {
        // Nothing rotated: the keychain's refresh token still works, and the server's answer is
        // not handed out before it is kept.
        return release(attempt, unwritten);
    }
    // The keychain's refresh token is spent: this process's memory holds the only live one, and
    // the spent one goes, so that no process sends it again.
    m_vault->keepUnwritten(attempt->accountId, kept, spent,
                           [this, attempt, unwritten](const Error &) {
                               if (attempt->additional) // a refresh says so in release()
                                   Q_EMIT refreshFailed(attempt->accountId, unwritten);
                               release(attempt, unwritten);
                           });
}

void RefreshCoordinator::forgetDeadSession(const AttemptPtr &attempt, const Error &error)
{
    // The refresh token is dead (expired, revoked, or replayed after rotation): forget it, once,
    // and ask for a sign-in. No retry loop.
    m_vault->forget(attempt->accountId, [this, attempt, error](const Error &) {
        release(attempt,
                Error(Error::Kind::SignInRequired,
                      tr("The server no longer accepts this session (%1); sign in again.")
                              .arg(error.errorDescription().isEmpty() ? error.oauthError()
                                                                      : error.errorDescription())));
    });
}

void RefreshCoordinator::askAgainForClientCredentials(const AttemptPtr &attempt)
{
    // RFC 6749 §4.4.3: no refresh token; the client simply asks again.
    fetchClientCredentialsToken(attempt->account, {},
                                [this, attempt](const Result<TokenSet> &result) {
                                    if (!result.ok())
                                        return release(attempt, result.error());
                                    write(attempt, result.value());
                                });
}

void RefreshCoordinator::fetchClientCredentialsToken(const Account &account, const QString &scope,
                                                     TokenCallback callback)
{
    m_clients->withClient(
            account, [this, account, scope, callback](const Result<ClientAuthentication> &client) {
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

void RefreshCoordinator::release(const AttemptPtr &attempt, const Result<TokenSet> &result)
{
    attempt->lock.reset(); // releases the lock file
    if (attempt->additional)
        return attempt->deliver(result);
    const QList<TokenCallback> waiters = m_waiters.take(attempt->accountId);
    Q_EMIT refreshing(attempt->accountId, false);
    if (!result.ok())
        Q_EMIT refreshFailed(attempt->accountId, result.error());
    for (const TokenCallback &deliver : waiters)
        deliver(result);
}

} // namespace OAuthDesk
