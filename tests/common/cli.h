#pragma once

#include "tokens/tokenset.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace OAuthDesk::Test {

/// One run of the oauthdesk binary, to its end.
struct CliRun
{
    int exitCode = -1; ///< -1: it crashed or had to be killed
    QByteArray out;
    QByteArray err;
};

/**
 * Runs the built oauthdesk with `arguments`, `stdinData` on its standard input and $BROWSER set to
 * the browser driver (overridable in `env`); the caller's event loop keeps turning meanwhile. When
 * `interruptWhen` turns true while it runs, it gets SIGINT (Ctrl-C), once.
 */
CliRun runOAuthDesk(const QStringList &arguments, const QByteArray &stdinData = {},
                    const QMap<QString, QString> &env = {}, int timeoutMs = 120000,
                    const std::function<bool()> &interruptWhen = {});

/// The id of the account with this name, from `oauthdesk account list --json`.
QString accountIdByName(const QString &name);

/// What the keychain holds for an account, read from outside with secret-tool.
TokenSet storedTokens(const QString &accountId);

} // namespace OAuthDesk::Test
