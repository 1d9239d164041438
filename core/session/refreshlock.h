#pragma once

#include "common/error.h"

#include <QString>

#include <chrono>
#include <functional>
#include <memory>

class QLockFile;
class QObject;

namespace OAuthDesk {

/**
 * One refresh at a time per account, across every OAuthDesk process (window and command line): a
 * lock file per account. Acquired without blocking the event loop; released when the last copy
 * of the handle goes away. A lock left by a killed process is recognised as stale by its process
 * id; a living owner keeps its lock however long it holds it (its requests have deadlines).
 */
class RefreshLock
{
public:
    using Handle = std::shared_ptr<QLockFile>;
    using Callback = std::function<void(const Result<Handle> &)>;

    static QString pathFor(const QString &accountId);
    static void acquire(const QString &accountId, std::chrono::milliseconds timeout,
                        QObject *context, Callback callback);
};

} // namespace OAuthDesk
