#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace OAuthDesk {

/**
 * The command line's exit statuses (README and `oauthdesk --help` document them), and the one
 * table from an Error's kind to its status.
 */
class ExitStatus
{
    Q_DECLARE_TR_FUNCTIONS(OAuthDesk::CommandLine)
public:
    enum Code {
        Ok = 0,
        Failure = 1,
        Usage = 2,
        SignInRequired = 3,
        ServerError = 4, ///< an OAuth error answer (access_denied, invalid_client, …)
        NetworkError = 5,
        KeychainError = 6,
        HttpError = 7, ///< `get`: the resource answered a non-2xx status
        Inactive = 8, ///< `introspect`: the server says the token is not active
        Cancelled = 130,
    };

    /// The status for a failure of this kind.
    static Code of(Error::Kind kind);
    /// Says what failed on stderr (and, for some kinds, what to do) and returns its status.
    static Code reportFailure(const Error &error);
    /// Says what is wrong with the command line on stderr and returns Usage.
    static Code reportUsage(const QString &text);
};

} // namespace OAuthDesk
