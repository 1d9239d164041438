#pragma once

#include "cli/command.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace OAuthDesk {

class TokenManager;
class ResourceClient;
class HttpClient;

/**
 * The command-line verbs over the same accounts and keychain as the window:
 *
 *   oauthdesk account add|list|remove|export|import …, login NAME, token NAME, request NAME URL …,
 * get NAME URL
 *
 * A dispatcher: it looks the verb up in one table (commandline.cpp) and runs its Command
 * (app/cli/, one class per verb). Exit 0 on success; otherwise one line on stderr and a status
 * that says what kind of failure it was (ExitStatus). Blocks only on the application's own
 * top-level event loop.
 */
class CommandLine : public QObject
{
    Q_OBJECT
public:
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

    Command::Services m_services;
    Command *m_command = nullptr;
    std::function<void(int)> m_done;
    bool m_finished = false;
};

} // namespace OAuthDesk
