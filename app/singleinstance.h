#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace OAuthDesk {

/**
 * One window per user. The first GUI instance listens on a local socket (a Unix domain socket in
 * a directory only this user can enter, Platform::privateRuntimeDirectory(); a named pipe on
 * Windows) whose name comes from the user's config directory, so two users, or two test homes,
 * never meet. Without such a directory the window starts without the guard: arguments never go to
 * a socket another user could own. A later start connects,
 * says "raise" with its arguments, waits for the answer and leaves; the first raises and activates
 * its window. The command-line verbs never come here: they run beside the window.
 *
 * This is the one platform-sensitive piece of the window's start; QLocalServer/QLocalSocket hide
 * the rest.
 */
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    /**
     * Becomes the first instance, or hands `arguments` over to the one that runs. True: this
     * process is the first and now listens. False: it is not; exitCode() says how the handing
     * over went. A socket left by a crashed instance is removed, never obeyed.
     */
    bool claim(const QStringList &arguments);

    /// After claim() returned false: 0 when the running instance took the request, 1 when it did
    /// not answer.
    int exitCode() const { return m_exitCode; }

    /// The socket's name for the current user and config directory (after the application name is
    /// set); empty, with `problem` set, when there is no private place for it.
    static QString serverName(QString *problem = nullptr);

    /// Shows, raises and activates the application's top-level windows (a modal dialog last, on
    /// top). Returns how many it raised.
    static int raiseWindows();

Q_SIGNALS:
    /// A second start asked for the window; raiseWindows() has already run.
    void raiseRequested(const QStringList &arguments);

private:
    bool handOver(const QString &name, const QStringList &arguments);
    bool listen(const QString &name);
    void acceptConnections();

    QLocalServer *m_server = nullptr;
    int m_exitCode = 0;
};

} // namespace OAuthDesk
