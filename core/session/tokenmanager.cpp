#include "tokenmanager.h"

#include "common/guarded.h"
#include "common/logging.h"
#include "flows/authorizationcodeflow.h"
#include "flows/clientcredentialsflow.h"
#include "flows/deviceflow.h"
#include "flows/implicitflow.h"
#include "flows/passwordflow.h"
#include "http/taggedrequest.h"
#include "inspect/keysetcache.h"
#include "inspect/tokeninspector.h"
#include "jwt/jwt.h"
#include "session/clientsecrets.h"
#include "session/idtokencheck.h"
#include "session/refreshcoordinator.h"
#include "session/sessionvault.h"
#include "tokens/tokenresponse.h"

#include <QJsonArray>
#include <QJsonDocument>

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
      m_inspector(new TokenInspector(http, m_keySets, this))
{
    connect(m_vault, &SessionVault::sessionChanged, this, &TokenManager::sessionChanged);
    connect(m_refresher, &RefreshCoordinator::refreshing, this, &TokenManager::refreshing);
    connect(m_refresher, &RefreshCoordinator::refreshFailed, this, &TokenManager::refreshFailed);
}

void TokenManager::setClock(Clock clock)
{
    m_clock = clock;
    m_idTokens->setClock(clock);
    m_refresher->setClock(std::move(clock));
}

std::optional<TokenSet> TokenManager::cachedTokens(const QString &accountId) const
{
    return m_vault->cached(accountId);
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

static void identityFrom(const QJsonObject &claims, QString *identity, QString *loginHint)
{
    const QString email = claims.value(QLatin1String("email")).toString().left(256);
    const QString preferred =
            claims.value(QLatin1String("preferred_username")).toString().left(256);
    const QString name = claims.value(QLatin1String("name")).toString().left(256);
    *loginHint = !email.isEmpty() ? email : preferred;
    *identity = !email.isEmpty() ? email : !preferred.isEmpty() ? preferred : name;
}

void TokenManager::learnIdentity(const QString &accountId, const TokenSet &tokens,
                                 std::function<void()> done)
{
    auto remember = [this, accountId](const QString &identity, const QString &loginHint) {
        auto stored = m_accounts->findById(accountId);
        if (!stored || identity.isEmpty()
            || (stored->identity == identity && stored->loginHint == loginHint))
            return;
        stored->identity = identity;
        stored->loginHint = loginHint;
        if (const Error error = m_accounts->update(*stored))
            qCWarning(lcSession) << "could not remember who signed in:" << error.kind();
        Q_EMIT sessionChanged(accountId);
    };
    if (tokens.idToken.isEmpty())
        return done();
    const Result<Jwt> idToken = Jwt::decode(tokens.idToken.toUtf8());
    if (!idToken.ok())
        return done();
    QString identity;
    QString loginHint;
    identityFrom(idToken.value().claims(), &identity, &loginHint);
    const auto account = m_accounts->findById(accountId);
    if (!identity.isEmpty() || !account || account->server.userinfoEndpoint.isEmpty()) {
        remember(identity, loginHint);
        return done();
    }
    // The ID token names nobody (servers put profile claims in UserInfo when an access token is
    // issued): ask UserInfo, whose `sub` must be the ID token's (OpenID Connect Core §5.3.2).
    userInfo(accountId, this,
             [remember, done,
              subject = idToken.value().claims().value(QLatin1String("sub")).toString()](
                     const Result<QJsonObject> &claims) {
                 if (claims.ok()
                     && claims.value().value(QLatin1String("sub")).toString() == subject) {
                     QString who;
                     QString hint;
                     identityFrom(claims.value(), &who, &hint);
                     remember(who, hint);
                 }
                 done();
             });
}

OAuthFlow *TokenManager::createFlow(const Account &account, const ClientCredentials &client,
                                    const SignInOptions &options)
{
    OAuthFlow *flow = nullptr;
    if (account.grantType == QLatin1String("authorization_code")
        || account.grantType == QLatin1String("implicit")) {
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
                [this, id = account.id](const DeviceCode &code) {
                    Q_EMIT deviceCodeReceived(id, code);
                });
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
        return callback(Error(Error::Kind::Configuration,
                              tr("A sign-in for this account is already under way.")));
    if (const Error invalid = account->validate())
        return callback(invalid);

    m_signingIn.insert(accountId);
    const auto deliver = guarded<const Result<SignInResult> &>(context, callback);
    auto fail = [this, accountId, deliver](const Error &error) {
        // A failed sign-in stores nothing and leaves an earlier session as it was.
        m_signingIn.remove(accountId);
        Q_EMIT signInFailed(accountId, error);
        deliver(error);
    };
    Account effective = *account;
    if (!options.scope.simplified().isEmpty())
        effective.scope = options.scope.simplified();
    m_clients->withClient(
            effective,
            [this, account = effective, accountId, options, deliver,
             fail](const Result<ClientCredentials> &client) {
                if (!client.ok())
                    return fail(client.error());
                OAuthFlow *flow = createFlow(account, client.value(), options);
                m_flows.insert(accountId, flow);
                connect(flow, &OAuthFlow::failed, this,
                        [this, flow, accountId, fail](const Error &error) {
                            m_flows.remove(accountId);
                            flow->deleteLater();
                            fail(error);
                        });
                connect(flow, &OAuthFlow::granted, this,
                        [this, flow, accountId, account, options, deliver, fail] {
                            m_flows.remove(accountId);
                            flow->deleteLater();
                            const TokenSet tokens = flow->tokens();
                            const auto *browserFlow =
                                    qobject_cast<const AuthorizationCodeFlow *>(flow);
                            const QByteArray nonce =
                                    browserFlow ? browserFlow->nonce() : QByteArray();
                            m_idTokens->check(
                                    account, tokens, nonce, {},
                                    [this, accountId, account, options, tokens, deliver,
                                     fail](const Result<QString> &subject) {
                                        if (!subject.ok())
                                            return fail(subject.error()); // nothing stored
                                        // The account's identity is (iss, sub): somebody else
                                        // signing in to it is a mistake worth a question.
                                        if (!subject.value().isEmpty() && !account.subject.isEmpty()
                                            && subject.value() != account.subject
                                            && !options.allowDifferentUser)
                                            return fail(Error(
                                                    Error::Kind::DifferentUser,
                                                    tr("You signed in as a different user (%1) "
                                                       "than this account's (%2); nothing was "
                                                       "changed. Add another account for that "
                                                       "user, or confirm to switch.")
                                                            .arg(subject.value(),
                                                                 account.subject)));
                                        // Who signed in is remembered with the session hint, in one
                                        // write of the accounts file.
                                        const QString newSubject =
                                                subject.value() != account.subject ? subject.value()
                                                                                   : QString();
                                        if (!options.scope.simplified().isEmpty()) {
                                            if (auto stored = m_accounts->findById(accountId);
                                                stored && stored->scope != account.scope) {
                                                stored->scope = account.scope;
                                                if (const Error error = m_accounts->update(*stored))
                                                    qCWarning(lcSession) << "could not keep the "
                                                                            "account's new scope:"
                                                                         << error.kind();
                                            }
                                        }
                                        m_vault->keepSignedIn(
                                                accountId, tokens, newSubject,
                                                [this, accountId] {
                                                    m_signingIn.remove(accountId);
                                                },
                                                [this, accountId, tokens,
                                                 deliver](const Error &notRemembered) {
                                                    const SignInResult result{ tokens,
                                                                               notRemembered };
                                                    learnIdentity(
                                                            accountId, tokens,
                                                            [deliver, result] { deliver(result); });
                                                });
                                    });
                        });
                flow->grant();
                if (account.usesBrowser() || account.grantType == QLatin1String("device"))
                    prepareWhileThePersonSignsIn(account);
            });
}

void TokenManager::prepareWhileThePersonSignsIn(const Account &account)
{
    // The seconds in the browser are free: fetch the issuer's keys the ID token will be checked
    // with, and open the keychain (its connection and session), so that the sign-in ends soon after
    // the browser comes back. Failures are not news here; the real fetch and write report their
    // own.
    if (!account.server.jwksUri.isEmpty()
        && account.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)
                   .contains(QLatin1String("openid")))
        m_keySets->keysFor(account.server.jwksUri, {}, this, [](const Result<JwkSet> &) {});
    m_secrets->readTokens(account.id, this, [](const Result<std::optional<TokenSet>> &) {});
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

namespace {

using RevocationQueue = QList<QPair<QString, QString>>; ///< (token, token_type_hint), in order

QByteArray queueToJson(const RevocationQueue &queue)
{
    QJsonArray tokens;
    for (const auto &[token, hint] : queue)
        tokens.append(QJsonObject{ { QStringLiteral("token"), token },
                                   { QStringLiteral("token_type_hint"), hint } });
    return QJsonDocument(QJsonObject{ { QStringLiteral("tokens"), tokens } })
            .toJson(QJsonDocument::Compact);
}

RevocationQueue queueFromJson(const QByteArray &json)
{
    RevocationQueue queue;
    const QJsonArray tokens =
            QJsonDocument::fromJson(json).object().value(QLatin1String("tokens")).toArray();
    for (const QJsonValue &v : tokens) {
        const QString token = v.toObject().value(QLatin1String("token")).toString();
        if (!token.isEmpty())
            queue.append(
                    { token, v.toObject().value(QLatin1String("token_type_hint")).toString() });
    }
    return queue;
}

/// RFC 7009 §2.2.1: 503 means "try again later"; so does a server that cannot be reached.
bool worthRetrying(const Error &error)
{
    return error.kind() == Error::Kind::Network || error.kind() == Error::Kind::Timeout
            || (error.kind() == Error::Kind::HttpStatus && error.httpStatus() == 503);
}

} // namespace

void TokenManager::postRevocations(const Account &account, const ClientCredentials &client,
                                   const QList<QPair<QString, QString>> &queue,
                                   std::function<void(int revoked, const Error &error)> done)
{
    auto next = std::make_shared<std::function<void(int)>>();
    // A weak self-reference: the request waiting for its answer keeps the chain alive, nothing
    // else.
    *next = [this, account, client, queue, done, weakNext = std::weak_ptr(next)](int i) {
        if (i >= queue.size())
            return done(i, {});
        const std::shared_ptr<std::function<void(int)>> self = weakNext.lock();
        FormFields form = { { QStringLiteral("token"), queue[i].first } };
        if (!queue[i].second.isEmpty())
            form.append({ QStringLiteral("token_type_hint"), queue[i].second });
        QList<QPair<QByteArray, QByteArray>> headers;
        client.apply(form, headers);
        TaggedRequest::postForm(m_http, account.server.revocationEndpoint, form, headers,
                                ExchangeLog::Kind::Revocation, account.name, this,
                                [done, self, i](const HttpResponse &response) {
                                    Error error = response.error;
                                    // §2.2: 200 whether or not the token was valid; 503 means "try
                                    // again later".
                                    if (!error && response.status == 503)
                                        error = Error::http(
                                                503, tr("The server is unavailable for now."));
                                    else if (!error && response.status != 200)
                                        error = TokenResponse::parseError(response);
                                    if (error)
                                        return done(i, error);
                                    (*self)(i + 1);
                                });
    };
    (*next)(0);
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
    loadTokens(
            accountId, this,
            [this, accountId, account = *account,
             deliver](const Result<std::optional<TokenSet>> &read) {
                const std::optional<TokenSet> tokens = read.ok() ? read.value() : std::nullopt;
                auto forget = [this, accountId, deliver](Error revocation, bool revoked,
                                                         bool retryLater) {
                    signOut(accountId, this,
                            [deliver, revocation, revoked, retryLater](const Error &keychain) {
                                deliver(SignOutResult{ keychain, revocation, revoked, retryLater });
                            });
                };
                if (!tokens) {
                    if (!account.revocationPending)
                        return forget({}, false, false);
                    // Signed out earlier while the server could not revoke: this is the "later".
                    return retryPendingRevocation(
                            accountId, [deliver](const Error &error, bool pending) {
                                deliver(SignOutResult{ {}, error, !error, pending });
                            });
                }
                if (account.server.revocationEndpoint.isEmpty())
                    return forget(Error(Error::Kind::Configuration,
                                        tr("The server offers no revocation endpoint (RFC 7009).")),
                                  false, false);
                m_clients->withClient(
                        account,
                        [this, account, tokens, forget](const Result<ClientCredentials> &client) {
                            if (!client.ok())
                                return forget(client.error(), false, false);
                            // Refresh token first: at most servers that ends the whole grant (RFC
                            // 7009 §2.1).
                            RevocationQueue queue;
                            if (!tokens->refreshToken.isEmpty())
                                queue.append(
                                        { tokens->refreshToken, QStringLiteral("refresh_token") });
                            if (!tokens->accessToken.isEmpty())
                                queue.append(
                                        { tokens->accessToken, QStringLiteral("access_token") });
                            postRevocations(
                                    account, client.value(), queue,
                                    [this, account, queue, forget](int revoked,
                                                                   const Error &error) {
                                        if (!error)
                                            return forget({}, true, false);
                                        if (!worthRetrying(error))
                                            return forget(error, false, false);
                                        // The session goes now; what the server has not revoked
                                        // waits in the keychain (never in a file) and is sent again
                                        // later (RFC 7009 §2.2.1), after any earlier session's.
                                        const QString key =
                                                AbstractSecretStore::pendingRevocationKey(
                                                        account.id);
                                        m_secrets->readSecret(
                                                key, this,
                                                [this, account, key, rest = queue.mid(revoked),
                                                 error,
                                                 forget](const Error &,
                                                         const std::optional<QByteArray> &earlier) {
                                                    const RevocationQueue pending =
                                                            (earlier ? queueFromJson(*earlier)
                                                                     : RevocationQueue())
                                                            + rest;
                                                    m_secrets->writeSecret(
                                                            key, queueToJson(pending), this,
                                                            [this, account, error,
                                                             forget](const Error &keychain) {
                                                                const bool kept = !keychain
                                                                        && !m_accounts->updateRevocationPending(
                                                                                account.id, true);
                                                                forget(error, false, kept);
                                                            });
                                                });
                                    });
                        });
            });
}

void TokenManager::retryPendingRevocation(const QString &accountId,
                                          std::function<void(const Error &, bool)> done)
{
    const auto account = m_accounts->findById(accountId);
    if (!account || !account->revocationPending)
        return done({}, false);
    const QString key = AbstractSecretStore::pendingRevocationKey(accountId);
    const auto finished = [this, accountId, key, done](const Error &error) {
        // Revoked, or refused for good: nothing is left to send.
        m_secrets->removeSecret(key, this, [this, accountId, error, done](const Error &) {
            m_accounts->updateRevocationPending(accountId, false);
            Q_EMIT pendingRevocationFinished(accountId, error);
            done(error, false);
        });
    };
    m_secrets->readSecret(
            key, this,
            [this, account = *account, key, finished, done](const Error &readError,
                                                            const std::optional<QByteArray> &data) {
                if (readError)
                    return done(readError, true); // the keychain is away: try again later
                const RevocationQueue queue = data ? queueFromJson(*data) : RevocationQueue();
                if (queue.isEmpty() || account.server.revocationEndpoint.isEmpty())
                    return finished({});
                m_clients->withClient(
                        account,
                        [this, account, key, queue, finished,
                         done](const Result<ClientCredentials> &client) {
                            if (!client.ok())
                                return done(client.error(), true);
                            qCInfo(lcSession) << "revoking the tokens of an earlier session of"
                                              << account.name;
                            postRevocations(account, client.value(), queue,
                                            [this, key, queue, finished, done](int revoked,
                                                                               const Error &error) {
                                                if (!error || !worthRetrying(error))
                                                    return finished(error);
                                                if (revoked == 0)
                                                    return done(error, true);
                                                m_secrets->writeSecret(
                                                        key, queueToJson(queue.mid(revoked)), this,
                                                        [error, done](const Error &) {
                                                            done(error, true);
                                                        });
                                            });
                        });
            });
}

void TokenManager::retryPendingRevocations()
{
    for (const Account &account : m_accounts->accounts()) {
        if (account.revocationPending)
            retryPendingRevocation(account.id, [](const Error &, bool) {});
    }
}

Result<QJsonObject> TokenManager::parseIntrospection(const HttpResponse &response)
{
    if (response.error)
        return response.error;
    if (response.status != 200)
        return TokenResponse::parseError(response);
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    // RFC 7662 §2.2: `active` is required and boolean; anything else is no answer.
    if (!doc.isObject() || !doc.object().value(QLatin1String("active")).isBool())
        return Error(Error::Kind::InvalidResponse,
                     tr("The introspection answer has no boolean \"active\"."));
    return doc.object();
}

void TokenManager::introspect(const QString &accountId, QObject *context,
                              std::function<void(const Result<QJsonObject> &)> callback,
                              bool refresh)
{
    const auto account = m_accounts->findById(accountId);
    if (!account)
        return callback(Error(Error::Kind::Configuration, tr("The account no longer exists.")));
    if (account->server.introspectionEndpoint.isEmpty())
        return callback(Error(Error::Kind::Configuration,
                              tr("The server offers no introspection endpoint (RFC 7662).")));
    loadTokens(accountId, context,
               [this, account = *account, refresh, context,
                callback](const Result<std::optional<TokenSet>> &read) {
                   if (!read.ok())
                       return callback(read.error());
                   if (!read.value())
                       return callback(Error(Error::Kind::SignInRequired,
                                             tr("This account is not signed in.")));
                   const QString token =
                           refresh ? read.value()->refreshToken : read.value()->accessToken;
                   if (token.isEmpty())
                       return callback(Error(Error::Kind::Configuration,
                                             tr("There is no such token to introspect.")));
                   m_clients->withClient(
                           account,
                           [this, account, token, refresh, context,
                            callback](const Result<ClientCredentials> &client) {
                               if (!client.ok())
                                   return callback(client.error());
                               FormFields form = { { QStringLiteral("token"), token },
                                                   { QStringLiteral("token_type_hint"),
                                                     refresh ? QStringLiteral("refresh_token")
                                                             : QStringLiteral("access_token") } };
                               QList<QPair<QByteArray, QByteArray>> headers;
                               client.value().apply(form, headers);
                               TaggedRequest::postForm(
                                       m_http, account.server.introspectionEndpoint, form, headers,
                                       ExchangeLog::Kind::Introspection, account.name, context,
                                       [callback](const HttpResponse &response) {
                                           callback(parseIntrospection(response));
                                       });
                           });
               });
}

void TokenManager::userInfo(const QString &accountId, QObject *context,
                            std::function<void(const Result<QJsonObject> &)> callback)
{
    const auto account = m_accounts->findById(accountId);
    if (!account)
        return callback(Error(Error::Kind::Configuration, tr("The account no longer exists.")));
    if (account->server.userinfoEndpoint.isEmpty())
        return callback(
                Error(Error::Kind::Configuration, tr("The server offers no UserInfo endpoint.")));
    const QUrl endpoint = account->server.userinfoEndpoint;
    validToken(
            accountId, context,
            [this, endpoint, name = account->name, context,
             callback](const Result<TokenSet> &token) {
                if (!token.ok())
                    return callback(token.error());
                QNetworkRequest request = m_http->createRequest(endpoint);
                request.setRawHeader("Authorization",
                                     "Bearer " + token.value().accessToken.toUtf8());
                request.setRawHeader("Accept", "application/json");
                // UserInfo is logged as Other: it is no resource of the person's choosing
                // (ExchangeLog::Kind).
                ExchangeLog::tag(request, ExchangeLog::Kind::Other, name);
                m_http->send("GET", request, {}, context, [callback](const HttpResponse &response) {
                    if (response.error)
                        return callback(response.error);
                    if (response.status != 200)
                        return callback(
                                Error::http(response.status, tr("UserInfo did not answer.")));
                    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
                    if (!doc.isObject())
                        return callback(Error(Error::Kind::InvalidResponse,
                                              tr("UserInfo did not answer with JSON.")));
                    callback(doc.object());
                });
            });
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
