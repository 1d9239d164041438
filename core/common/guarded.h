#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace OAuthDesk {

/**
 * Wraps an asynchronous operation's callback so that it runs only while `context` lives (a null
 * context: always), like the context argument of QObject::connect.
 */
template <typename... Args>
std::function<void(Args...)> guarded(QObject *context, std::function<void(Args...)> callback)
{
    const bool hasContext = context != nullptr;
    return [guard = QPointer<QObject>(context), hasContext,
            callback = std::move(callback)](Args... args) {
        if (!hasContext || guard)
            callback(args...);
    };
}

} // namespace OAuthDesk
