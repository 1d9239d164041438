#include "platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>

#include <cstdio>
#include <iostream>
#include <string>

#if defined(Q_OS_WIN)
#  include <windows.h>
#else
#  include <QFile>
#  include <sys/resource.h>
#  include <sys/stat.h>
#  include <termios.h>
#  include <unistd.h>
#endif
#if defined(Q_OS_LINUX)
#  include <ctime>
#endif

namespace OAuthDesk::Platform {

static QString tr(const char *text)
{
    return QCoreApplication::translate("OAuthDesk::Platform", text);
}

Error startBrowserCommand(const QString &command, const QUrl &url)
{
    QStringList arguments = QProcess::splitCommand(command);
    if (arguments.isEmpty())
        return Error(Error::Kind::Browser, tr("The browser command is empty."));
    const QString program = arguments.takeFirst();
    arguments.append(url.toString(QUrl::FullyEncoded));
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    // The browser's own chatter is not ours to print: the command line keeps one line per error.
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    if (!process.startDetached())
        return Error(Error::Kind::Browser, tr("Could not start \"%1\".").arg(program));
    return {};
}

BrowserOpener browserFromEnvironment()
{
    const QString command = qEnvironmentVariable("BROWSER").trimmed();
    if (command.isEmpty())
        return {};
    return [command](const QUrl &url) { return startBrowserCommand(command, url); };
}

BrowserOpener systemUrlOpener()
{
#if defined(Q_OS_WIN)
    return [](const QUrl &url) {
        return startBrowserCommand(QStringLiteral("rundll32 url.dll,FileProtocolHandler"), url);
    };
#elif defined(Q_OS_MACOS)
    return [](const QUrl &url) { return startBrowserCommand(QStringLiteral("open"), url); };
#else
    return [](const QUrl &url) { return startBrowserCommand(QStringLiteral("xdg-open"), url); };
#endif
}

std::optional<QString> readLineFromStdin()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return line.empty() ? std::nullopt : std::optional<QString>(QString::fromStdString(line));
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

std::optional<QString> readSecretFromTerminal(const QString &prompt)
{
#if defined(Q_OS_WIN)
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!GetConsoleMode(in, &mode))
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT));
    auto line = readLineFromStdin();
    SetConsoleMode(in, mode);
#else
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    termios saved{};
    if (tcgetattr(STDIN_FILENO, &saved) != 0)
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    auto line = readLineFromStdin();
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    std::fputs("\n", stderr);
    return line;
}

QString lockDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
            + QLatin1String("/locks");
    QDir().mkpath(dir);
    return dir;
}

#if !defined(Q_OS_WIN)
/// A directory (not a link to one) that this user owns and nobody else may enter or write.
static bool isPrivateDirectory(const QString &path)
{
    struct stat status = {};
    if (path.isEmpty() || ::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return false;
    return S_ISDIR(status.st_mode) && status.st_uid == ::geteuid()
            && (status.st_mode & (S_IRWXG | S_IRWXO)) == 0;
}
#endif

QString privateRuntimeDirectory(QString *problem)
{
#if defined(Q_OS_WIN)
    Q_UNUSED(problem);
    return {}; // named pipes: QLocalServer::UserAccessOption gives the pipe the user's own ACL
#else
    // $XDG_RUNTIME_DIR is made for this (0700, the user's own) when the session has one.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (isPrivateDirectory(runtime))
        return runtime;
    // Else a directory of our own in the shared temporary directory. Anyone can make one by that
    // name first, so it is used only if it is ours and private, whoever made it.
    const QString own =
            QDir::tempPath() + QStringLiteral("/oauthdesk-") + QString::number(::geteuid());
    ::mkdir(QFile::encodeName(own).constData(), S_IRWXU); // fails harmlessly when it exists
    if (isPrivateDirectory(own))
        return own;
    if (problem)
        *problem = tr("%1 is not a private directory of this user").arg(own);
    return {};
#endif
}

double msSinceProcessStart()
{
#if defined(Q_OS_LINUX)
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const qsizetype afterName = text.lastIndexOf(')'); // the command name may hold spaces
    if (afterName < 0)
        return -1;
    const QList<QByteArray> fields = text.mid(afterName + 2).split(' '); // fields from 3 on
    if (fields.size() < 20)
        return -1;
    const double startTicks =
            fields.at(19).toDouble(); // field 22: start time in clock ticks since boot
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
#else
    return -1;
#endif
}

long peakResidentKib()
{
#if defined(Q_OS_WIN)
    return -1;
#else
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
#  if defined(Q_OS_MACOS)
    return long(usage.ru_maxrss / 1024); // bytes there
#  else
    return long(usage.ru_maxrss);
#  endif
#endif
}

long residentKib()
{
#if defined(Q_OS_LINUX)
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' '); // size resident shared … in pages
    if (fields.size() < 2)
        return -1;
    return long(fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) / 1024);
#else
    return -1;
#endif
}

} // namespace OAuthDesk::Platform
