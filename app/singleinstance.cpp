#include "singleinstance.h"

#include "platform/platform.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QStandardPaths>
#include <QWidget>

namespace OAuthDesk {

namespace {

Q_LOGGING_CATEGORY(lcInstance, "oauthdesk.instance", QtWarningMsg)

const QString raiseVerb = QStringLiteral("raise");
const QByteArray acknowledgement = QByteArrayLiteral("ok\n");
constexpr int connectTimeoutMs = 1000;
constexpr int answerTimeoutMs = 5000;
constexpr qint64 maxMessageSize = 64 * 1024; // arguments, not files

} // namespace

SingleInstance::SingleInstance(QObject *parent) : QObject(parent) { }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(QString *problem)
{
    // The config directory is what makes "the same user's OAuthDesk": the accounts live there.
    const QString configDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    const QByteArray hash = QCryptographicHash::hash(configDir.toUtf8(), QCryptographicHash::Sha256)
                                    .toHex()
                                    .left(16);
    const QString name = QStringLiteral("oauthdesk-") + QString::fromLatin1(hash);
#if defined(Q_OS_WIN)
    Q_UNUSED(problem);
    return name; // a named pipe, with the user's own ACL (QLocalServer::UserAccessOption)
#else
    // Never a predictable name in the shared temporary directory: another user could listen there
    // first, and a later start would hand its arguments to them (and the real window exit).
    const QString directory = Platform::privateRuntimeDirectory(problem);
    return directory.isEmpty() ? QString() : directory + QLatin1Char('/') + name;
#endif
}

bool SingleInstance::claim(const QStringList &arguments)
{
    QString problem;
    const QString name = serverName(&problem);
    if (name.isEmpty()) {
        // Starting without the guard beats handing the arguments to a socket someone else owns.
        qCWarning(lcInstance).noquote() << "starting without the single-instance guard:" << problem;
        return true;
    }
    if (handOver(name, arguments))
        return false;
    // Nobody answers: a socket still there was left by an instance that crashed. It goes, or it
    // would keep every later start from listening.
    const QString path =
            QFileInfo(name).isAbsolute() ? name : QDir::tempPath() + QLatin1Char('/') + name;
    if (QFileInfo::exists(path)) {
        qCInfo(lcInstance).noquote()
                << "removing a stale socket left by an earlier instance:" << path;
        QLocalServer::removeServer(name);
    }
    if (listen(name))
        return true;
    // Another start may have begun listening in between.
    if (m_server->serverError() == QAbstractSocket::AddressInUseError && handOver(name, arguments))
        return false;
    // Starting without the guard beats not starting at all.
    qCWarning(lcInstance).noquote()
            << "cannot listen for a second start:" << m_server->errorString();
    return true;
}

bool SingleInstance::handOver(const QString &name, const QStringList &arguments)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(connectTimeoutMs))
        return false; // nobody there

    QByteArray message;
    {
        QDataStream out(&message, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out << raiseVerb << arguments;
    }
    socket.write(message);
    // Blocking waits, not an event loop: nothing else runs yet in this process.
    bool answered = socket.waitForBytesWritten(answerTimeoutMs);
    while (answered && !socket.canReadLine())
        answered = socket.waitForReadyRead(answerTimeoutMs);
    if (answered && socket.readLine() == acknowledgement) {
        qCInfo(lcInstance) << "handed over to the running instance";
        m_exitCode = 0;
    } else {
        qWarning().noquote() << QCoreApplication::translate(
                "OAuthDesk::SingleInstance",
                "oauthdesk: another OAuthDesk window is running but does not answer");
        m_exitCode = 1;
    }
    return true;
}

bool SingleInstance::listen(const QString &name)
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    }
    if (!m_server->listen(name))
        return false;
    qCInfo(lcInstance).noquote() << "listening for a second start on" << m_server->fullServerName();
    return true;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > maxMessageSize) {
                socket->abort();
                return;
            }
            QDataStream in(socket);
            in.setVersion(QDataStream::Qt_6_0);
            in.startTransaction();
            QString verb;
            QStringList arguments;
            in >> verb >> arguments;
            if (!in.commitTransaction()) {
                if (in.status() == QDataStream::ReadCorruptData)
                    socket->abort();
                return; // the rest is on its way
            }
            if (verb != raiseVerb) {
                socket->abort();
                return;
            }
            const int raised = raiseWindows();
            qCInfo(lcInstance).nospace()
                    << "a second start asked for the window: raised " << raised << " window(s)";
            Q_EMIT raiseRequested(arguments);
            socket->write(acknowledgement);
            socket->disconnectFromServer();
        });
    }
}

int SingleInstance::raiseWindows()
{
    int raised = 0;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        // The main window comes back even from hidden (closed to the tray); other windows only if
        // shown.
        const bool mainWindow = qobject_cast<QMainWindow *>(window) != nullptr;
        const Qt::WindowType type = window->windowType();
        if (!mainWindow && (window->isHidden() || (type != Qt::Window && type != Qt::Dialog)))
            continue;
        if (window->isHidden())
            window->show();
        window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window->raise();
        window->activateWindow();
        ++raised;
    }
    if (QWidget *modal = QApplication::activeModalWidget()) {
        modal->raise();
        modal->activateWindow();
    }
    return raised;
}

} // namespace OAuthDesk
