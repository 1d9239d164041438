#include "revocation.h"

#include "accounts/accountstore.h"
#include "common/logging.h"
#include "http/taggedrequest.h"
#include "keychain/abstractsecretstore.h"
#include "session/clientsecrets.h"
#include "session/sessionvault.h"
#include "tokens/tokenresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OAuthDesk {

namespace {

/// RFC 7009 §2.2.1: 503 means "try again later"; so does a server that cannot be reached.
bool worthRetrying(const Error &error)
{
    return error.kind() == Error::Kind::Network || error.kind() == Error::Kind::Timeout
            || (error.kind() == Error::Kind::HttpStatus && error.httpStatus() == 503);
}

} // namespace

struct Revocation::Attempt
{
    Account account;
    Queue queue; ///< what is sent, in order
    Callback done;
};

Revocation::Revocation(AccountStore *accounts, SessionVault *vault, ClientSecrets *clients,
                       AbstractSecretStore *secrets, const HttpClient *http, QObject *parent)
    : QObject(parent),
      m_accounts(accounts),
      m_vault(vault),
      m_clients(clients),
      m_secrets(secrets),
      m_http(http)
{
}

void Revocation::revoke(const Account &account, Callback done)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->account = account;
    attempt->done = std::move(done);
    m_vault->load(account.id, this, [this, attempt](const Result<std::optional<TokenSet>> &read) {
        sessionRead(attempt, read);
    });
}

void Revocation::sessionRead(const AttemptPtr &attempt, const Result<std::optional<TokenSet>> &read)
{
    const std::optional<TokenSet> tokens = read.ok() ? read.value() : std::nullopt;
    if (!tokens) {
        if (!attempt->account.revocationPending)
            return attempt->done(Outcome{});
        // Signed out earlier while the server could not revoke: this is the "later".
        return retryPendingOf(attempt->account,
                              [done = attempt->done](const Error &error, bool pending) {
                                  done(Outcome{ error, !error, pending, true });
                              });
    }
    if (attempt->account.server.revocationEndpoint.isEmpty())
        return attempt->done(
                Outcome{ Error(Error::Kind::Configuration,
                               tr("The server offers no revocation endpoint (RFC 7009).")) });
    // Refresh token first: at most servers that ends the whole grant (RFC 7009 §2.1).
    if (!tokens->refreshToken.isEmpty())
        attempt->queue.append({ tokens->refreshToken, QStringLiteral("refresh_token") });
    if (!tokens->accessToken.isEmpty())
        attempt->queue.append({ tokens->accessToken, QStringLiteral("access_token") });
    send(attempt);
}

void Revocation::send(const AttemptPtr &attempt)
{
    m_clients->withClient(attempt->account,
                          [this, attempt](const Result<ClientAuthentication> &client) {
                              if (!client.ok())
                                  return attempt->done(Outcome{ client.error() });
                              post(attempt->account, client.value(), attempt->queue, 0,
                                   [this, attempt](int revoked, const Error &error) {
                                       sent(attempt, revoked, error);
                                   });
                          });
}

void Revocation::sent(const AttemptPtr &attempt, int revoked, const Error &error)
{
    if (!error)
        return attempt->done(Outcome{ {}, true });
    if (!worthRetrying(error))
        return attempt->done(Outcome{ error });
    keepPending(attempt, attempt->queue.mid(revoked), error);
}

void Revocation::keepPending(const AttemptPtr &attempt, const Queue &rest, const Error &error)
{
    // The session goes all the same; what the server has not revoked waits in the keychain (never
    // in a file) and is sent again later (RFC 7009 §2.2.1), after any earlier session's.
    const QString key = AbstractSecretStore::pendingRevocationKey(attempt->account.id);
    m_secrets->readSecret(
            key, this,
            [this, attempt, key, rest, error](const Error &,
                                              const std::optional<QByteArray> &earlier) {
                const Queue pending = (earlier ? queueFromJson(*earlier) : Queue()) + rest;
                m_secrets->writeSecret(key, queueToJson(pending), this,
                                       [this, attempt, error](const Error &keychain) {
                                           const bool kept = !keychain
                                                   && !m_accounts->updateRevocationPending(
                                                           attempt->account.id, true);
                                           attempt->done(Outcome{ error, false, kept });
                                       });
            });
}

void Revocation::retryPending()
{
    for (const Account &account : m_accounts->accounts()) {
        if (account.revocationPending)
            retryPendingOf(account, [](const Error &, bool) {});
    }
}

void Revocation::retryPendingOf(const Account &account, RetryCallback done)
{
    const auto current = m_accounts->findById(account.id);
    if (!current || !current->revocationPending)
        return done({}, false);
    m_secrets->readSecret(AbstractSecretStore::pendingRevocationKey(account.id), this,
                          [this, account = *current, done](const Error &readError,
                                                           const std::optional<QByteArray> &data) {
                              pendingRead(account, readError, data, done);
                          });
}

void Revocation::pendingRead(const Account &account, const Error &readError,
                             const std::optional<QByteArray> &data, RetryCallback done)
{
    if (readError)
        return done(readError, true); // the keychain is away: try again later
    const Queue queue = data ? queueFromJson(*data) : Queue();
    if (queue.isEmpty() || account.server.revocationEndpoint.isEmpty())
        return pendingDone(account.id, {}, done);
    m_clients->withClient(
            account, [this, account, queue, done](const Result<ClientAuthentication> &client) {
                if (!client.ok())
                    return done(client.error(), true);
                qCInfo(lcSession) << "revoking the tokens of an earlier session of" << account.name;
                post(account, client.value(), queue, 0,
                     [this, id = account.id, queue, done](int revoked, const Error &error) {
                         retrySent(id, queue, revoked, error, done);
                     });
            });
}

void Revocation::retrySent(const QString &accountId, const Queue &queue, int revoked,
                           const Error &error, RetryCallback done)
{
    if (!error || !worthRetrying(error))
        return pendingDone(accountId, error, done);
    if (revoked == 0)
        return done(error, true);
    m_secrets->writeSecret(AbstractSecretStore::pendingRevocationKey(accountId),
                           queueToJson(queue.mid(revoked)), this,
                           [error, done](const Error &) { done(error, true); });
}

void Revocation::pendingDone(const QString &accountId, const Error &error, RetryCallback done)
{
    // Revoked, or refused for good: nothing is left to send.
    m_secrets->removeSecret(AbstractSecretStore::pendingRevocationKey(accountId), this,
                            [this, accountId, error, done](const Error &) {
                                m_accounts->updateRevocationPending(accountId, false);
                                Q_EMIT pendingFinished(accountId, error);
                                done(error, false);
                            });
}

void Revocation::post(const Account &account, const ClientAuthentication &client,
                      const Queue &queue, int next, SentCallback sent)
{
    if (next >= queue.size())
        return sent(next, {});
    FormFields form = { { QStringLiteral("token"), queue[next].first } };
    if (!queue[next].second.isEmpty())
        form.append({ QStringLiteral("token_type_hint"), queue[next].second });
    QList<QPair<QByteArray, QByteArray>> headers;
    client.apply(form, headers);
    TaggedRequest::postForm(
            m_http, account.server.revocationEndpoint, form, headers, ExchangeLog::Kind::Revocation,
            account.name, this,
            [this, account, client, queue, next, sent](const HttpResponse &response) {
                Error error = response.error;
                // §2.2: 200 whether or not the token was valid; 503 means "try again later".
                if (!error && response.status == 503)
                    error = Error::http(503, tr("The server is unavailable for now."));
                else if (!error && response.status != 200)
                    error = TokenResponse::parseError(response);
                if (error)
                    return sent(next, error);
                post(account, client, queue, next + 1, sent);
            });
}

QByteArray Revocation::queueToJson(const Queue &queue)
{
    QJsonArray tokens;
    for (const auto &[token, hint] : queue)
        tokens.append(QJsonObject{ { QStringLiteral("token"), token },
                                   { QStringLiteral("token_type_hint"), hint } });
    return QJsonDocument(QJsonObject{ { QStringLiteral("tokens"), tokens } })
            .toJson(QJsonDocument::Compact);
}

Revocation::Queue Revocation::queueFromJson(const QByteArray &json)
{
    Queue queue;
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

} // namespace OAuthDesk
