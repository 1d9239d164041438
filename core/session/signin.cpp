#include "signin.h"

#include "accounts/accountstore.h"
#include "common/guarded.h"
#include "common/logging.h"
#include "flows/authorizationcodeflow.h"
#include "flows/clientcredentialsflow.h"
#include "flows/deviceflow.h"
#include "flows/implicitflow.h"
#include "flows/passwordflow.h"
#include "inspect/keysetcache.h"
#include "jwt/jwt.h"
#include "keychain/abstractsecretstore.h"
#include "session/clientsecrets.h"
#include "session/idtokencheck.h"
#include "session/sessionvault.h"

namespace OAuthDesk {

struct SignIn::Attempt
{
    QString accountId;
    Account account; ///< as signed in to: with the scope asked for
    Options options;
    Callback deliver;
};

SignIn::SignIn(AccountStore *accounts, SessionVault *vault, ClientSecrets *clients,
               IdTokenCheck *idTokens, KeySetCache *keySets, AbstractSecretStore *secrets,
               const HttpClient *http, QObject *parent)
    : QObject(parent),
      m_accounts(accounts),
      m_vault(vault),
      m_clients(clients),
      m_idTokens(idTokens),
      m_keySets(keySets),
      m_secrets(secrets),
      m_http(http)
{
}

void SignIn::cancel(const QString &accountId)
{
    if (const auto flow = m_flows.value(accountId))
        flow->cancel();
}

void SignIn::start(const QString &accountId, const Options &options, QObject *context,
                   Callback callback)
{
    const auto account = m_accounts->findById(accountId);
    if (!account)
        return callback(Error(Error::Kind::Configuration, tr("The account no longer exists.")));
    if (isRunning(accountId))
        return callback(Error(Error::Kind::Configuration,
                              tr("A sign-in for this account is already under way.")));
    if (const Error invalid = account->validate())
        return callback(invalid);

    m_running.insert(accountId);
    auto attempt = std::make_shared<Attempt>();
    attempt->accountId = accountId;
    attempt->account = *account;
    if (!options.scope.simplified().isEmpty())
        attempt->account.scope = options.scope.simplified();
    attempt->options = options;
    attempt->deliver = guarded<const Result<Outcome> &>(context, std::move(callback));
    m_clients->withClient(attempt->account,
                          [this, attempt](const Result<ClientAuthentication> &client) {
                              clientReady(attempt, client);
                          });
}

void SignIn::clientReady(const AttemptPtr &attempt, const Result<ClientAuthentication> &client)
{
    if (!client.ok())
        return fail(attempt, client.error());
    OAuthFlow *flow = createFlow(attempt->account, client.value(), attempt->options);
    m_flows.insert(attempt->accountId, flow);
    connect(flow, &OAuthFlow::failed, this, [this, attempt, flow](const Error &error) {
        m_flows.remove(attempt->accountId);
        flow->deleteLater();
        fail(attempt, error);
    });
    connect(flow, &OAuthFlow::granted, this, [this, attempt, flow] { flowGranted(attempt, flow); });
    flow->grant();
    if (attempt->account.usesBrowser() || attempt->account.grantType == GrantType::Device)
        prepareWhileThePersonSignsIn(attempt->account);
}

void SignIn::flowGranted(const AttemptPtr &attempt, OAuthFlow *flow)
{
    m_flows.remove(attempt->accountId);
    flow->deleteLater();
    const TokenSet tokens = flow->tokens();
    const auto *browserFlow = qobject_cast<const AuthorizationCodeFlow *>(flow);
    const QByteArray nonce = browserFlow ? browserFlow->nonce() : QByteArray();
    m_idTokens->check(attempt->account, tokens, nonce, {},
                      [this, attempt, tokens](const Result<QString> &subject) {
                          idTokenChecked(attempt, tokens, subject);
                      });
}

void SignIn::idTokenChecked(const AttemptPtr &attempt, const TokenSet &tokens,
                            const Result<QString> &subject)
{
    if (!subject.ok())
        return fail(attempt, subject.error()); // nothing stored
    const Account &account = attempt->account;
    // The account's identity is (iss, sub): somebody else signing in to it is a mistake worth a
    // question.
    if (!subject.value().isEmpty() && !account.subject.isEmpty()
        && subject.value() != account.subject && !attempt->options.allowDifferentUser)
        return fail(attempt,
                    Error(Error::Kind::DifferentUser,
                          tr("You signed in as a different user (%1) than this account's (%2); "
                             "nothing was changed. Add another account for that user, or confirm "
                             "to switch.")
                                  .arg(subject.value(), account.subject)));
    keepScope(attempt);
    // Who signed in is remembered with the session hint, in one write of the accounts file.
    const QString newSubject = subject.value() != account.subject ? subject.value() : QString();
    m_vault->keepSignedIn(
            attempt->accountId, tokens, newSubject,
            [this, attempt] { m_running.remove(attempt->accountId); },
            [this, attempt, tokens](const Error &notRemembered) {
                learnIdentity(attempt, Outcome{ tokens, notRemembered });
            });
}

void SignIn::keepScope(const AttemptPtr &attempt)
{
    // A scope asked for this once becomes the account's now that the sign-in succeeded.
    if (attempt->options.scope.simplified().isEmpty())
        return;
    auto stored = m_accounts->findById(attempt->accountId);
    if (!stored || stored->scope == attempt->account.scope)
        return;
    stored->scope = attempt->account.scope;
    if (const Error error = m_accounts->update(*stored))
        qCWarning(lcSession) << "could not keep the account's new scope:" << error.kind();
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

void SignIn::learnIdentity(const AttemptPtr &attempt, const Outcome &outcome)
{
    // Who signed in (email / preferred_username / name, from the ID token or else UserInfo), for
    // the account list and the next login_hint; then the outcome, whatever came of it.
    const auto deliver = [attempt, outcome] { attempt->deliver(outcome); };
    if (outcome.tokens.idToken.isEmpty())
        return deliver();
    const Result<Jwt> idToken = Jwt::decode(outcome.tokens.idToken.toUtf8());
    if (!idToken.ok())
        return deliver();
    const QJsonObject claims = idToken.value().claims();
    QString identity;
    QString loginHint;
    identityFrom(claims, &identity, &loginHint);
    const auto account = m_accounts->findById(attempt->accountId);
    if (!identity.isEmpty() || !account || account->server.userinfoEndpoint.isEmpty()
        || !m_userInfo) {
        rememberIdentity(attempt->accountId, claims);
        return deliver();
    }
    // The ID token names nobody (servers put profile claims in UserInfo when an access token is
    // issued): ask UserInfo, whose `sub` must be the ID token's (OpenID Connect Core §5.3.2).
    m_userInfo(attempt->accountId, this,
               [this, accountId = attempt->accountId, deliver,
                subject = claims.value(QLatin1String("sub")).toString()](
                       const Result<QJsonObject> &userInfo) {
                   if (userInfo.ok()
                       && userInfo.value().value(QLatin1String("sub")).toString() == subject)
                       rememberIdentity(accountId, userInfo.value());
                   deliver();
               });
}

void SignIn::rememberIdentity(const QString &accountId, const QJsonObject &claims)
{
    QString identity;
    QString loginHint;
    identityFrom(claims, &identity, &loginHint);
    auto stored = m_accounts->findById(accountId);
    if (!stored || identity.isEmpty()
        || (stored->identity == identity && stored->loginHint == loginHint))
        return;
    stored->identity = identity;
    stored->loginHint = loginHint;
    if (const Error error = m_accounts->update(*stored))
        qCWarning(lcSession) << "could not remember who signed in:" << error.kind();
    Q_EMIT identityChanged(accountId);
}

void SignIn::fail(const AttemptPtr &attempt, const Error &error)
{
    // A failed sign-in stores nothing and leaves an earlier session as it was.
    m_running.remove(attempt->accountId);
    Q_EMIT failed(attempt->accountId, error);
    attempt->deliver(error);
}

OAuthFlow *SignIn::createFlow(const Account &account, const ClientAuthentication &client,
                              const Options &options)
{
    OAuthFlow *flow = nullptr;
    if (account.grantType == GrantType::AuthorizationCode
        || account.grantType == GrantType::Implicit) {
        AuthorizationCodeFlow *browserFlow = account.grantType == GrantType::Implicit
                ? new ImplicitFlow(account, client, m_http, this)
                : new AuthorizationCodeFlow(account, client, m_http, this);
        browserFlow->setBrowserOpener(m_opener);
        connect(browserFlow, &AuthorizationCodeFlow::authorizeWithBrowser, this,
                [this, id = account.id](const QUrl &url) { Q_EMIT browserOpened(id, url); });
        flow = browserFlow;
    } else if (account.grantType == GrantType::Password) {
        auto *passwordFlow = new PasswordFlow(account, client, m_http, this);
        passwordFlow->setCredentials(account.username, options.password);
        flow = passwordFlow;
    } else if (account.grantType == GrantType::ClientCredentials) {
        flow = new ClientCredentialsFlow(account, client, m_http, this);
    } else if (account.grantType == GrantType::Device) {
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
    flow->setTimeout(m_timeout);
    return flow;
}

void SignIn::prepareWhileThePersonSignsIn(const Account &account)
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

} // namespace OAuthDesk
