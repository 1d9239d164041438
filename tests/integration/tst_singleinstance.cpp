// One window per user: the built oauthdesk started as a user would, twice, offscreen, in the test's
// own XDG homes. The instances' own log lines (category oauthdesk.instance) say what they did.

#include "cli.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <memory>

#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

using namespace OAuthDesk::Test;

namespace {

/// One GUI instance with its standard error collected as it comes.
struct Instance
{
    std::unique_ptr<OAuthDeskProcess> oauthdesk;
    QProcess *process = nullptr;
    QByteArray err;

    bool finished() const { return process->state() == QProcess::NotRunning; }
    QString socketPath() const
    {
        const QRegularExpression listening(
                QStringLiteral("listening for a second start on (\\S+)"));
        return listening.match(QString::fromLocal8Bit(err)).captured(1);
    }
};

} // namespace

class tst_SingleInstance : public QObject
{
    Q_OBJECT
private:
    std::vector<std::unique_ptr<Instance>> m_instances;
    QStringList m_temporaryDirectories;

    Instance *start(const QMap<QString, QString> &env = {})
    {
        auto instance = std::make_unique<Instance>();
        QMap<QString, QString> environment = env;
        if (!environment.contains(QStringLiteral("QT_LOGGING_RULES")))
            environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                               QStringLiteral("oauthdesk.instance.info=true"));
        instance->oauthdesk = std::make_unique<OAuthDeskProcess>(QStringList{}, environment);
        instance->process = &instance->oauthdesk->process();
        Instance *raw = instance.get();
        connect(raw->process, &QProcess::readyReadStandardError, this,
                [raw] { raw->err = raw->oauthdesk->err(); });
        m_instances.push_back(std::move(instance));
        return raw;
    }

    /// Starts the window and waits until it listens for a second start.
    Instance *startFirst(const QMap<QString, QString> &env = {})
    {
        Instance *first = start(env);
        if (!QTest::qWaitFor(
                    [first] { return !first->socketPath().isEmpty() || first->finished(); }, 30000))
            qWarning().noquote() << "the first instance never listened:" << first->err;
        return first;
    }

    /// A short temporary directory of the test's own (a socket's path has at most 107 bytes), for
    /// starts without $XDG_RUNTIME_DIR.
    QString shortTemporaryDirectory()
    {
        QByteArray pattern = "/tmp/oauthdesk-test-XXXXXX";
        if (!::mkdtemp(pattern.data()))
            return {};
        m_temporaryDirectories.append(QString::fromLocal8Bit(pattern));
        return m_temporaryDirectories.last();
    }

    static QMap<QString, QString> withoutRuntimeDirectory(const QString &tmp)
    {
        return { { QStringLiteral("XDG_RUNTIME_DIR"), QString() },
                 { QStringLiteral("TMPDIR"), tmp } };
    }

    static bool waitFinished(Instance *instance, int timeoutMs)
    {
        return QTest::qWaitFor([instance] { return instance->finished(); }, timeoutMs);
    }

private Q_SLOTS:
    void init() { resetTestHome(); }

    void cleanup()
    {
        printBrowserLogIfFailed();
        for (const auto &instance : m_instances) {
            if (instance->process->state() != QProcess::NotRunning) {
                ::kill(pid_t(instance->process->processId()), SIGCONT);
                instance->process->kill();
                instance->process->waitForFinished(5000);
            }
        }
        m_instances.clear();
        for (const QString &dir : std::as_const(m_temporaryDirectories))
            QDir(dir).removeRecursively();
        m_temporaryDirectories.clear();
    }

    void secondStartRaisesTheFirst()
    {
        Instance *first = startFirst();
        QVERIFY2(!first->socketPath().isEmpty(), first->err.constData());
        QVERIFY(QFile::exists(first->socketPath()));

        Instance *second = start();
        QVERIFY2(waitFinished(second, 15000), second->err.constData());
        QCOMPARE(second->process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->process->exitCode(), 0);
        QVERIFY2(second->err.contains("handed over to the running instance"),
                 second->err.constData());
        QVERIFY2(second->socketPath().isEmpty(), "the second start must not listen itself");

        // The first raised its main window, and runs on.
        QTRY_VERIFY2_WITH_TIMEOUT(
                first->err.contains("a second start asked for the window: raised 1 window(s)"),
                first->err.constData(), 10000);
        QVERIFY(!first->finished());

        // A third start is handed over just the same.
        Instance *third = start();
        QVERIFY2(waitFinished(third, 15000), third->err.constData());
        QCOMPARE(third->process->exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(first->err.count("a second start asked for the window"),
                                  qsizetype(2), 10000);
    }

    void staleSocketDoesNotBlockStart()
    {
        Instance *crashed = startFirst();
        const QString socket = crashed->socketPath();
        QVERIFY2(!socket.isEmpty(), crashed->err.constData());
        crashed->process->kill(); // SIGKILL: no chance to remove its socket
        QVERIFY(crashed->process->waitForFinished(5000));
        QVERIFY2(QFile::exists(socket), "the crashed instance should have left its socket behind");

        Instance *next = startFirst();
        QVERIFY2(next->err.contains("removing a stale socket"), next->err.constData());
        QCOMPARE(next->socketPath(), socket);
        QVERIFY2(!next->finished(), next->err.constData());

        // And it is a working first instance.
        Instance *second = start();
        QVERIFY2(waitFinished(second, 15000), second->err.constData());
        QCOMPARE(second->process->exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
                next->err.contains("a second start asked for the window: raised 1 window(s)"),
                10000);
    }

    void commandLineRunsBesideTheWindow()
    {
        Instance *first = startFirst();
        QVERIFY2(!first->socketPath().isEmpty(), first->err.constData());

        const CliRun list = runOAuthDesk({ QStringLiteral("account"), QStringLiteral("list") }, {},
                                         { { QStringLiteral("QT_LOGGING_RULES"),
                                             QStringLiteral("oauthdesk.instance.info=true") } });
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(!list.err.contains("handed over"), list.err.constData());
        const CliRun version = runOAuthDesk({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(!version.out.isEmpty());

        // A later second start, which the first does hear: had the command lines asked too, their
        // requests would have come before it, and the first would have raised its window for them.
        Instance *second = start();
        QVERIFY2(waitFinished(second, 15000), second->err.constData());
        QCOMPARE(second->process->exitCode(), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(first->err.contains("a second start asked for the window"),
                                  first->err.constData(), 10000);
        QCOMPARE(first->err.count("a second start asked for the window"), qsizetype(1));
        QVERIFY(!first->finished());
    }

    void otherConfigHomesDoNotMeet()
    {
        Instance *first = startFirst();
        QVERIFY2(!first->socketPath().isEmpty(), first->err.constData());

        // Another user, as far as OAuthDesk can tell: their own config directory.
        const QString otherConfig = testHome() + QStringLiteral("/config-other");
        QVERIFY(QDir().mkpath(otherConfig));
        Instance *other = startFirst({ { QStringLiteral("XDG_CONFIG_HOME"), otherConfig } });
        QVERIFY2(!other->socketPath().isEmpty(), other->err.constData());
        QVERIFY(other->socketPath() != first->socketPath());
        QVERIFY(!other->finished());
        QVERIFY(!first->err.contains("a second start asked"));
    }

    void unansweringFirstIsNotObeyedForever()
    {
        Instance *first = startFirst();
        QVERIFY2(!first->socketPath().isEmpty(), first->err.constData());
        QCOMPARE(::kill(pid_t(first->process->processId()), SIGSTOP),
                 0); // hung: its socket accepts, nobody answers

        Instance *second = start();
        QVERIFY2(waitFinished(second, 30000), second->err.constData());
        QCOMPARE(second->process->exitCode(), 1);
        QVERIFY2(second->err.contains("is running but does not answer"), second->err.constData());
        QCOMPARE(::kill(pid_t(first->process->processId()), SIGCONT), 0);
    }

    void withoutARuntimeDirectoryTheSocketIsInAPrivateOne()
    {
        const QString tmp = shortTemporaryDirectory();
        QVERIFY(!tmp.isEmpty());
        Instance *first = startFirst(withoutRuntimeDirectory(tmp));
        const QString socket = first->socketPath();
        QVERIFY2(!socket.isEmpty(), first->err.constData());
        // Not the predictable name in the shared temporary directory, but inside a directory of
        // this user's own that nobody else may enter.
        const QFileInfo dir(QFileInfo(socket).absolutePath());
        QCOMPARE(dir.absoluteFilePath(),
                 tmp + QStringLiteral("/oauthdesk-") + QString::number(::geteuid()));
        QVERIFY(dir.isDir() && !dir.isSymLink());
        QCOMPARE(dir.ownerId(), uint(::geteuid()));
        struct stat status = {};
        QCOMPARE(::stat(QFile::encodeName(dir.absoluteFilePath()).constData(), &status), 0);
        QCOMPARE(status.st_mode & 0777, mode_t(0700));

        // And it works: a second start finds it.
        Instance *second = start(withoutRuntimeDirectory(tmp));
        QVERIFY2(waitFinished(second, 15000), second->err.constData());
        QCOMPARE(second->process->exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(first->err.contains("a second start asked for the window"), 10000);
    }

    void aSocketAnotherUserCouldOwnIsNeverHandedArguments()
    {
        // The socket's file name, as a start in this test home would use it.
        const QString probe = shortTemporaryDirectory();
        QVERIFY(!probe.isEmpty());
        Instance *first = startFirst(withoutRuntimeDirectory(probe));
        const QString fileName = QFileInfo(first->socketPath()).fileName();
        QVERIFY2(!fileName.isEmpty(), first->err.constData());
        first->process->terminate();
        QVERIFY(waitFinished(first, 15000));

        // Another user came first: the directory the window would use is theirs, or open to all
        // (both when the test runs as root), and they listen in it and in the temporary directory
        // itself, where the name used to be.
        const QString tmp = shortTemporaryDirectory();
        QVERIFY(!tmp.isEmpty());
        const QString squatted = tmp + QStringLiteral("/oauthdesk-") + QString::number(::geteuid());
        QVERIFY(QDir().mkpath(squatted));
        QCOMPARE(::chmod(QFile::encodeName(squatted).constData(), 0777), 0);
        if (::geteuid() == 0)
            QCOMPARE(::chown(QFile::encodeName(squatted).constData(), 65534, 65534), 0);
        QLocalServer inside;
        QLocalServer beside;
        QVERIFY(inside.listen(squatted + QLatin1Char('/') + fileName));
        QVERIFY(beside.listen(tmp + QLatin1Char('/') + fileName));

        Instance *victim = start(withoutRuntimeDirectory(tmp));
        QTRY_VERIFY2_WITH_TIMEOUT(victim->err.contains("starting without the single-instance guard")
                                          || victim->finished(),
                                  victim->err.constData(), 30000);
        QVERIFY2(!victim->finished(), victim->err.constData());
        QVERIFY2(victim->err.contains("is not a private directory"), victim->err.constData());
        // Neither squatter heard a word.
        QVERIFY(!inside.hasPendingConnections());
        QVERIFY(!beside.hasPendingConnections());
    }
};

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
