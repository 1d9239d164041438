#pragma once

#include "tokens/tokenset.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QProcess;

namespace OAuthDesk::Test {

/// One run of the oauthdesk binary, to its end.
struct CliRun
{
    int exitCode = -1; ///< -1: it crashed or had to be killed
    QByteArray out;
    QByteArray err;
};

/**
 * An oauthdesk process for a test that acts while it runs (starts another process meanwhile, sends
 * it Ctrl-C, kills it). Started like every oauthdesk a test runs: $BROWSER is the browser driver
 * unless `env` names another. Under the canary sweep (SECURITY.md row LG) every logging category
 * is on whatever `env` says, its exchange log is exported, and what it printed is kept in the sweep
 * directory when this object goes (`oauthdesk token`'s stdout excepted: the token is its job).
 * Its output is collected as it comes: out() and err() hold everything read so far, already when
 * a slot connected to process()'s readyRead signals runs.
 */
class OAuthDeskProcess
{
public:
    explicit OAuthDeskProcess(const QStringList &arguments, const QMap<QString, QString> &env = {});
    ~OAuthDeskProcess();
    OAuthDeskProcess(const OAuthDeskProcess &) = delete;
    OAuthDeskProcess &operator=(const OAuthDeskProcess &) = delete;

    QProcess &process() { return *m_process; }
    bool running() const;
    QByteArray out() const { return m_out; }
    QByteArray err() const { return m_err; }
    /// -1 while it runs, or when it crashed or was killed.
    int exitCode() const;
    /// Waits (the event loop turning) until it ends; kills it after `timeoutMs`. False if killed.
    bool waitForExit(int timeoutMs);
    /// Sends SIGINT, as Ctrl-C in a terminal would.
    void interrupt();

private:
    void keep();

    std::unique_ptr<QProcess> m_process;
    QStringList m_arguments;
    QString m_keepBase;
    QString m_ownExchangeLog;
    QByteArray m_out;
    QByteArray m_err;
};

/**
 * Runs the built oauthdesk with `arguments`, `stdinData` on its standard input and $BROWSER set to
 * the browser driver (overridable in `env`); the caller's event loop keeps turning meanwhile. When
 * `interruptWhen` turns true while it runs, it gets SIGINT (Ctrl-C), once.
 */
CliRun runOAuthDesk(const QStringList &arguments, const QByteArray &stdinData = {},
                    const QMap<QString, QString> &env = {}, int timeoutMs = 120000,
                    const std::function<bool()> &interruptWhen = {});

/// The built oauthdesk binary.
QString oauthdeskPath();

/// The id of the account with this name, from `oauthdesk account list --json`.
QString accountIdByName(const QString &name);

/// What the keychain holds for an account, read from outside with secret-tool.
TokenSet storedTokens(const QString &accountId);

} // namespace OAuthDesk::Test
