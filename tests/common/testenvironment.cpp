#include "testenvironment.h"

#include "accounts/accountstore.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QUuid>

namespace OAuthDesk::Test {

QString testHome()
{
    return qEnvironmentVariable("OAUTHDESK_TEST_HOME");
}

void resetTestHome()
{
    for (const char *name : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME" }) {
        const QString dir = qEnvironmentVariable(name);
        // Only ever inside the home the CMake test helper made for this test.
        if (!dir.isEmpty() && !testHome().isEmpty() && dir.startsWith(testHome()))
            QDir(dir).removeRecursively();
    }
}

QStringList filesContaining(const QByteArray &needle)
{
    QStringList hits;
    const QStringList roots = { qEnvironmentVariable("XDG_CONFIG_HOME"),
                                qEnvironmentVariable("XDG_DATA_HOME"),
                                qEnvironmentVariable("XDG_CACHE_HOME") };
    for (const QString &root : roots) {
        if (root.isEmpty())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
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

QList<QByteArray> secretPieces(const QByteArray &secret)
{
    constexpr qsizetype Piece = 16;
    const QList<QByteArray> parts = secret.split('.');
    const QList<QByteArray> secretParts =
            parts.size() == 3 ? parts.mid(1) : QList<QByteArray>{ secret };
    QList<QByteArray> pieces;
    for (const QByteArray &part : secretParts) {
        if (part.size() < Piece) {
            if (!part.isEmpty())
                pieces.append(part);
            continue;
        }
        for (qsizetype i = 0; i + Piece <= part.size(); ++i)
            pieces.append(part.mid(i, Piece));
    }
    return pieces;
}

QStringList filesHoldingPiecesOf(const QString &root, const QList<QByteArray> &secrets,
                                 int *filesRead)
{
    QList<QList<QByteArray>> pieces;
    for (const QByteArray &secret : secrets)
        pieces.append(secretPieces(secret));
    QStringList hits;
    int read = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++read;
        const QByteArray content = file.readAll();
        for (qsizetype s = 0; s < pieces.size(); ++s) {
            for (const QByteArray &piece : pieces.at(s)) {
                if (content.contains(piece)) {
                    hits.append(
                            QStringLiteral("%1: a piece of secret %2").arg(file.fileName()).arg(s));
                    break;
                }
            }
        }
    }
    if (filesRead)
        *filesRead = read;
    return hits;
}

namespace {

/// Why the session bus is not scripts/with-keyring's private one; empty when it is.
QString privateKeyringProblem()
{
    const QString dir = qEnvironmentVariable("OAUTHDESK_KEYRING_DIR");
    if (dir.isEmpty())
        return QStringLiteral(
                "OAUTHDESK_KEYRING_DIR is not set: not run through scripts/with-keyring "
                "(scripts/test), and the tests never use a desktop's own keyring");
    const QString bus = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    if (bus.isEmpty())
        return QStringLiteral("no session bus");
    QFile recorded(dir + QLatin1String("/bus-address"));
    if (!recorded.open(QIODevice::ReadOnly))
        return QStringLiteral("OAUTHDESK_KEYRING_DIR has no bus-address: it is not "
                              "scripts/with-keyring's folder");
    if (QString::fromUtf8(recorded.readAll().trimmed()) != bus)
        return QStringLiteral(
                "the session bus is not the private one scripts/with-keyring started");
    if (!QFileInfo(dir + QLatin1String("/run/keyring/control")).exists())
        return QStringLiteral(
                "no gnome-keyring of scripts/with-keyring's listens in OAUTHDESK_KEYRING_DIR");
    return {};
}

struct Lookup
{
    bool found = false; ///< an item was found: `value` is its secret
    bool absent = false; ///< the lookup ran and found no item
    QByteArray value;
    QByteArray error; ///< what secret-tool said when it failed
};

Lookup lookUp(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("OAuthDesk"),
              QStringLiteral("user"), key });
    Lookup result;
    if (!p.waitForFinished(10000)) {
        result.error = "secret-tool did not finish";
        return result;
    }
    result.value = p.readAllStandardOutput();
    result.error = p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit)
        return result;
    // secret-tool: exit status 0 and the secret on stdout when found; 1 and nothing said when not.
    result.found = p.exitCode() == 0 && result.error.isEmpty();
    result.absent = p.exitCode() == 1 && result.error.isEmpty() && result.value.isEmpty();
    return result;
}

bool secretTool(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), arguments);
    p.write(input);
    p.closeWriteChannel();
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

bool keychainAvailable()
{
    const QString problem = privateKeyringProblem();
    if (problem.isEmpty())
        return true;
    if (!qEnvironmentVariableIsEmpty("OAUTHDESK_KEYRING_DIR"))
        qFatal("refusing to use the keychain: %s", qPrintable(problem));
    qWarning("refusing to use the keychain: %s", qPrintable(problem));
    return false;
}

QByteArray secretToolLookup(const QString &key)
{
    return lookUp(key).value;
}

QString nothingStoredProblem(const QString &key)
{
    if (key.isEmpty())
        return QStringLiteral("no key to look up: an empty id names no account");
    const QString id = key.section(QLatin1Char('/'), 0, 0);
    AccountStore accounts(qEnvironmentVariable("XDG_CONFIG_HOME")
                          + QLatin1String("/oauthdesk/accounts.json"));
    if (const Error error = accounts.load())
        return QStringLiteral("the accounts file cannot be read: %1").arg(error.message());
    if (!accounts.findById(id))
        return QStringLiteral("%1 is the id of no account in the accounts file").arg(id);
    return nothingFoundProblem(key);
}

QString nothingFoundProblem(const QString &key)
{
    if (key.isEmpty())
        return QStringLiteral("no key to look up");
    const Lookup lookup = lookUp(key);
    if (lookup.found)
        return QStringLiteral("the keychain holds %1 bytes under %2")
                .arg(lookup.value.size())
                .arg(key);
    if (!lookup.absent)
        return QStringLiteral("the lookup of %1 failed: %2")
                .arg(key, QString::fromUtf8(lookup.error));

    // The control: an item written to the same keyring is found by the same lookup.
    const QString control =
            QStringLiteral("control-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray controlValue = control.toUtf8().toBase64();
    const QStringList attributes = { QStringLiteral("server"), QStringLiteral("OAuthDesk"),
                                     QStringLiteral("user"), control };
    if (!secretTool(QStringList{ QStringLiteral("store"),
                                 QStringLiteral("--label=OAuthDesk test control") }
                            + attributes,
                    controlValue))
        return QStringLiteral("the control item could not be written to the keychain");
    const Lookup controlLookup = lookUp(control);
    secretTool(QStringList{ QStringLiteral("clear") } + attributes);
    if (!controlLookup.found || controlLookup.value != controlValue)
        return QStringLiteral("the lookup did not find the control item just written: %1")
                .arg(QString::fromUtf8(controlLookup.error));
    return {};
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
