#include "testenvironment.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

namespace OAuthDesk::Test {

QString testHome()
{
    return qEnvironmentVariable("OAUTHDESK_TEST_HOME");
}

void resetTestHome()
{
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString dir = qEnvironmentVariable(name);
        // Only ever inside the home the CMake test helper made for this test.
        if (!dir.isEmpty() && !testHome().isEmpty() && dir.startsWith(testHome()))
            QDir(dir).removeRecursively();
    }
}

QStringList filesContaining(const QByteArray &needle)
{
    QStringList hits;
    const QStringList roots = {qEnvironmentVariable("XDG_CONFIG_HOME"), qEnvironmentVariable("XDG_DATA_HOME"),
                               qEnvironmentVariable("XDG_CACHE_HOME")};
    for (const QString &root : roots) {
        if (root.isEmpty())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                hits.append(path);
        }
    }
    return hits;
}

namespace {

QString browserLogPath()
{
    return qEnvironmentVariable("OAUTHDESK_BROWSER_LOG");
}

qint64 browserLogSize()
{
    const QString path = browserLogPath();
    return path.isEmpty() ? 0 : QFileInfo(path).size();
}

// Where the current test function's part of the browser log begins: at start-up, what earlier
// runs of this test wrote is not this run's.
qint64 s_browserLogMark = browserLogSize();

} // namespace

void printBrowserLogIfFailed()
{
    const qint64 from = s_browserLogMark;
    s_browserLogMark = browserLogSize();
    if (!QTest::currentTestFailed() || s_browserLogMark <= from)
        return;
    QFile log(browserLogPath());
    if (!log.open(QIODevice::ReadOnly) || !log.seek(from))
        return;
    const QByteArray lines = log.read(s_browserLogMark - from);
    qInfo("---- the browser's log during %s (%s) ----\n%s---- end of the browser's log ----",
          QTest::currentTestFunction(), qPrintable(browserLogPath()), lines.constData());
}

bool keychainAvailable()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

QByteArray secretToolLookup(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("OAuthDesk"), QStringLiteral("user"), key});
    if (!p.waitForFinished(10000))
        return {};
    return p.readAllStandardOutput();
}

bool canarySweep()
{
    return !qEnvironmentVariableIsEmpty("OAUTHDESK_SECRET_LEDGER");
}

QString sweepDir()
{
    if (!canarySweep() || testHome().isEmpty())
        return {};
    const QString dir = testHome() + QLatin1String("/sweep");
    QDir().mkpath(dir);
    return dir;
}

} // namespace OAuthDesk::Test
