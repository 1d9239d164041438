#include "secretstore.h"

#include "common/logging.h"
#include "common/random.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace OAuthDesk {

static QString tr(const char *text)
{
    return QCoreApplication::translate("OAuthDesk::SecretStore", text);
}

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{
}

static Error keychainError(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        return Error(Error::Kind::Keychain,
                     tr("No keychain service is available (on Linux: a Secret Service such as "
                        "GNOME Keyring or "
                        "KWallet on the session bus). Nothing was stored."));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(Error::Kind::Keychain, tr("Access to the keychain was denied."));
    default:
        return Error(Error::Kind::Keychain, job->errorString());
    }
}

/// Runs a keychain job with a time-out; `finish` is called exactly once.
template <typename Job>
static void runJob(Job *job, std::chrono::milliseconds timeout, QObject *context,
                   std::function<void(Job *, bool timedOut)> finish)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    auto done = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, job, [job, done, guard, hasContext, finish] {
        if (*done)
            return;
        *done = true;
        qCWarning(lcKeychain) << "keychain job timed out";
        if (!hasContext || guard)
            finish(job, true);
    });
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done, guard, hasContext, finish] {
        if (*done)
            return;
        *done = true;
        if (!hasContext || guard)
            finish(job, false);
    });
    timer->start(int(timeout.count()));
    job->start();
}

void SecretStore::readRaw(
        const QString &key, QObject *context,
        std::function<void(const Error &, const std::optional<QByteArray> &)> callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob<QKeychain::ReadPasswordJob>(
            job, m_timeout, context,
            [callback, self = QPointer<SecretStore>(this)](QKeychain::ReadPasswordJob *j,
                                                           bool timedOut) {
                // A keychain that fails to read has proven nothing about writes.
                const bool failed = timedOut
                        || (j->error() != QKeychain::NoError
                            && j->error() != QKeychain::EntryNotFound);
                if (failed && self)
                    self->m_lastWrite.invalidate();
                if (timedOut)
                    return callback(
                            Error(Error::Kind::Timeout, tr("The keychain did not answer in time.")),
                            std::nullopt);
                if (j->error() == QKeychain::EntryNotFound)
                    return callback({}, std::nullopt);
                if (j->error() != QKeychain::NoError)
                    return callback(keychainError(j), std::nullopt);
                callback({}, j->textData().toUtf8());
            });
}

void SecretStore::writeRaw(const QString &key, const QByteArray &data, QObject *context,
                           DoneCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    // Text, not binary: every value is JSON or base64url, and text entries stay readable to
    // the platform's own tools (secret-tool, Keychain Access).
    job->setTextData(QString::fromUtf8(data));
    runJob<QKeychain::WritePasswordJob>(
            job, m_timeout, context,
            [callback, self = QPointer<SecretStore>(this)](QKeychain::WritePasswordJob *j,
                                                           bool timedOut) {
                const Error error = timedOut
                        ? Error(Error::Kind::Timeout, tr("The keychain did not answer in time."))
                        : j->error() == QKeychain::NoError ? Error()
                                                           : keychainError(j);
                if (self) {
                    if (error)
                        self->m_lastWrite.invalidate();
                    else
                        self->m_lastWrite.start();
                }
                callback(error);
            });
}

void SecretStore::removeRaw(const QString &key, QObject *context, DoneCallback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob<QKeychain::DeletePasswordJob>(
            job, m_timeout, context, [callback](QKeychain::DeletePasswordJob *j, bool timedOut) {
                if (timedOut)
                    return callback(Error(Error::Kind::Timeout,
                                          tr("The keychain did not answer in time.")));
                if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
                    return callback({});
                callback(keychainError(j));
            });
}

void SecretStore::readTokens(const QString &accountId, QObject *context, ReadCallback callback)
{
    readRaw(accountId, context,
            [callback](const Error &error, const std::optional<QByteArray> &data) {
                if (error)
                    return callback(error);
                if (!data)
                    return callback(std::optional<TokenSet>());
                const QJsonDocument doc = QJsonDocument::fromJson(*data);
                if (!doc.isObject())
                    return callback(
                            Error(Error::Kind::Keychain, tr("The keychain entry is damaged.")));
                callback(std::optional<TokenSet>(TokenSet::fromJson(doc.object())));
            });
}

void SecretStore::writeTokens(const QString &accountId, const TokenSet &tokens, QObject *context,
                              DoneCallback callback)
{
    writeRaw(accountId, QJsonDocument(tokens.toJson()).toJson(QJsonDocument::Compact), context,
             std::move(callback));
}

void SecretStore::removeTokens(const QString &accountId, QObject *context, DoneCallback callback)
{
    removeRaw(accountId, context, std::move(callback));
}

void SecretStore::probe(QObject *context, DoneCallback callback)
{
    const QString key = QStringLiteral("probe-") + QString::fromLatin1(randomUrlSafeString(9));
    const QByteArray canary = randomUrlSafeString(12);
    QPointer<SecretStore> self(this);
    writeRaw(key, canary, context, [=](const Error &writeError) {
        if (writeError || !self)
            return callback(writeError);
        self->readRaw(key, context,
                      [=](const Error &readError, const std::optional<QByteArray> &data) {
                          if (!self)
                              return callback(readError);
                          self->removeRaw(key, context, [=](const Error &removeError) {
                              if (readError)
                                  return callback(readError);
                              if (!data || *data != canary)
                                  return callback(
                                          Error(Error::Kind::Keychain,
                                                tr("The keychain did not keep what was written.")));
                              callback(removeError);
                          });
                      });
    });
}

} // namespace OAuthDesk
