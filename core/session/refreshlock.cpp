#include "refreshlock.h"

#include "common/logging.h"
#include "platform/platform.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLockFile>
#include <QPointer>
#include <QTimer>

namespace OAuthDesk {

QString RefreshLock::pathFor(const QString &accountId)
{
    return Platform::lockDirectory() + QLatin1Char('/') + accountId
            + QLatin1String(".refresh.lock");
}

namespace {
void tryAcquire(const QString &path, QDeadlineTimer deadline, QPointer<QObject> guard,
                bool hasContext, bool waiting, RefreshLock::Callback callback)
{
    if (hasContext && !guard)
        return;
    auto lock = std::make_shared<QLockFile>(path);
    // Never stale by age: a refresh that takes long (a slow server, a keychain asking for a
    // password) is still its owner's, and a second refresh with the same refresh token would be
    // reuse (RFC 9700 §4.14.2). QLockFile still takes over a lock whose owner is gone: the process
    // id written in the file names no running process of that name on this machine.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        callback(RefreshLock::Handle(lock));
        return;
    }
    if (lock->error() != QLockFile::LockFailedError) {
        callback(Error(Error::Kind::Configuration,
                       QCoreApplication::translate("OAuthDesk::RefreshLock",
                                                   "Cannot create the lock file %1.")
                               .arg(path)));
        return;
    }
    if (!waiting)
        qCInfo(lcSession)
                << "waiting for another OAuthDesk process to finish refreshing this account";
    if (deadline.hasExpired()) {
        callback(
                Error(Error::Kind::Timeout,
                      QCoreApplication::translate(
                              "OAuthDesk::RefreshLock",
                              "Another OAuthDesk has been refreshing this account for too long.")));
        return;
    }
    QTimer::singleShot(25, guard ? guard.data() : QCoreApplication::instance(),
                       [=] { tryAcquire(path, deadline, guard, hasContext, true, callback); });
}
} // namespace

void RefreshLock::acquire(const QString &accountId, std::chrono::milliseconds timeout,
                          QObject *context, Callback callback)
{
    tryAcquire(pathFor(accountId), QDeadlineTimer(timeout), QPointer<QObject>(context),
               context != nullptr, false, std::move(callback));
}

} // namespace OAuthDesk
