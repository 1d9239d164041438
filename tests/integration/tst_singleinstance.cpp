// One window per user: the built oauthdesk started as a user would, twice, offscreen, in the test's
// own XDG homes. The instances' own log lines (category oauthdesk.instance) say what they did.

#include "cli.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <memory>

#include <signal.h>
#include <sys/types.h>

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
};

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
