#include "exitstatus.h"

#include "output.h"

#include <QTextStream>

namespace OAuthDesk {

ExitStatus::Code ExitStatus::of(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::OAuth:
        return ServerError;
    case Error::Kind::SignInRequired:
        return SignInRequired;
    case Error::Kind::Network:
    case Error::Kind::Timeout:
        return NetworkError;
    case Error::Kind::Keychain:
        return KeychainError;
    case Error::Kind::Cancelled:
        return Cancelled;
    default:
        return Failure;
    }
}

ExitStatus::Code ExitStatus::reportFailure(const Error &error)
{
    err() << Program << ": " << error.message() << '\n';
    if (error.kind() == Error::Kind::DifferentUser)
        err() << Program << ": "
              << tr("Run oauthdesk login NAME --switch-user to switch the account to that user.")
              << '\n';
    return of(error.kind());
}

ExitStatus::Code ExitStatus::reportUsage(const QString &text)
{
    err() << Program << ": " << text << " (see oauthdesk --help)\n";
    return Usage;
}

} // namespace OAuthDesk
