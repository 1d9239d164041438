#include "secretstore.h"

#include "common/logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace OAuthDesk {

static QString tr(const char *text)
{
    return QCoreApplication::translate("OAuthDesk::SecretStore", text);
}

SecretStore::SecretStore(QString service, QObject *parent)
    : AbstractSecretStore(parent), m_service(std::move(service))
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

void SecretStore::readRaw(const QString &key, QObject *context, RawReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob<QKeychain::ReadPasswordJob>(
            job, m_timeout, context, [callback](QKeychain::ReadPasswordJob *j, bool timedOut) {
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
            job, m_timeout, context, [callback](QKeychain::WritePasswordJob *j, bool timedOut) {
                if (timedOut)
                    return callback(Error(Error::Kind::Timeout,
                                          tr("The keychain did not answer in time.")));
                callback(j->error() == QKeychain::NoError ? Error() : keychainError(j));
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

} // namespace OAuthDesk
