#pragma once

#include "common/error.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QTextStream;

namespace OAuthDesk {

class TokenManager;
class ResourceClient;
class HttpClient;
struct ResourceRequest;

/**
 * The command-line verbs over the same accounts and keychain as the window:
 *
 *   oauthdesk account add|list|remove|export|import …, login NAME, token NAME, request NAME URL …,
 * get NAME URL
 *
 * Exit 0 on success; otherwise one line on stderr and a status that says what kind of failure it
 * was (see ExitCode). Blocks only on the application's own top-level event loop.
 */
class CommandLine : public QObject
{
    Q_OBJECT
public:
    enum ExitCode {
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

    CommandLine(TokenManager *tokens, ResourceClient *resources, const HttpClient *http,
                QObject *parent = nullptr);

    /// True when `arguments` (without the program name) ask for a verb rather than the window.
    static bool isCommand(const QStringList &arguments);

    /// Runs the verb; `done` is called once with the exit status.
    void run(const QStringList &arguments, std::function<void(int)> done);
    /// Ctrl-C: cancels a sign-in that waits for the browser.
    void interrupt();

private:
    void finish(int code);
    void fail(const Error &error);
    void usage(const QString &text);

    void accountAdd(const QStringList &arguments);
    void accountList(const QStringList &arguments);
    void accountRemove(const QStringList &arguments);
    void accountSecret(const QStringList &arguments);
    void accountExport(const QStringList &arguments);
    void accountImport(const QStringList &arguments);
    void login(const QStringList &arguments);
    void token(const QStringList &arguments);
    void get(const QStringList &arguments);
    void request(const QStringList &arguments);
    void sendRequest(const QString &accountName, const ResourceRequest &request, bool include);
    void inspect(const QStringList &arguments);
    void introspect(const QStringList &arguments);
    void revoke(const QStringList &arguments);
    void decode(const QStringList &arguments);

    std::optional<QString> accountIdFor(const QString &name);

    TokenManager *m_tokens;
    ResourceClient *m_resources;
    const HttpClient *m_http;
    std::function<void(int)> m_done;
    QString m_signingInAccount;
    bool m_finished = false;
};

} // namespace OAuthDesk
