#include "cli.h"

#include "testenvironment.h"
#include "testserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <csignal>

namespace OAuthDesk::Test {

namespace {

/// The verb of an oauthdesk command line: the first argument after the global options.
QString verbOf(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--exchange-log"))
            ++i;
        else if (!arguments.at(i).startsWith(QLatin1String("--exchange-log=")))
            return arguments.at(i);
    }
    return {};
}

/// The file a command line names after --exchange-log, if it does.
QString exchangeLogOf(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--exchange-log"))
            return arguments.value(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--exchange-log=")))
            return arguments.at(i).mid(qsizetype(qstrlen("--exchange-log=")));
    }
    return {};
}

} // namespace

QString oauthdeskPath()
{
    return QStringLiteral(OAUTHDESK_BINARY_DIR "/app/oauthdesk");
}

OAuthDeskProcess::OAuthDeskProcess(const QStringList &arguments, const QMap<QString, QString> &env)
    : m_process(std::make_unique<QProcess>()), m_arguments(arguments)
{
    // Under the canary sweep (scripts/canary-sweep) every run also exports its exchange log, unless
    // the test asks for one itself, and its output is kept: the sweep looks for secrets in both.
    QStringList effectiveArguments = arguments;
    const QString keepDir = sweepDir();
    static int sweepRuns = 0;
    if (!keepDir.isEmpty()) {
        m_keepBase = QStringLiteral("%1/oauthdesk-%2-%3")
                             .arg(keepDir)
                             .arg(QCoreApplication::applicationPid())
                             .arg(++sweepRuns);
        m_ownExchangeLog = exchangeLogOf(arguments);
        if (m_ownExchangeLog.isEmpty())
            effectiveArguments = QStringList{ QStringLiteral("--exchange-log"),
                                              m_keepBase + QLatin1String(".exchange.log") }
                    + arguments;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BROWSER"), TestServer::browserCommand());
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    // A test may narrow the logging to the lines it reads; the sweep still sees every line.
    if (!keepDir.isEmpty())
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=true"));
    m_process->setProcessEnvironment(environment);
    QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput,
                     [this] { m_out += m_process->readAllStandardOutput(); });
    QObject::connect(m_process.get(), &QProcess::readyReadStandardError,
                     [this] { m_err += m_process->readAllStandardError(); });
    if (!keepDir.isEmpty()) {
        QFile args(m_keepBase + QLatin1String(".args"));
        if (args.open(QIODevice::WriteOnly))
            args.write(effectiveArguments.join(QLatin1Char(' ')).toUtf8() + '\n');
    }
    m_process->start(oauthdeskPath(), effectiveArguments);
}

OAuthDeskProcess::~OAuthDeskProcess()
{
    if (running()) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    keep();
}

bool OAuthDeskProcess::running() const
{
    return m_process->state() != QProcess::NotRunning;
}

int OAuthDeskProcess::exitCode() const
{
    if (running() || m_process->exitStatus() != QProcess::NormalExit
        || m_process->error() == QProcess::FailedToStart)
        return -1;
    return m_process->exitCode();
}

bool OAuthDeskProcess::waitForExit(int timeoutMs)
{
    if (m_process->state() == QProcess::Starting)
        m_process->waitForStarted(10000);
    const bool ended = QTest::qWaitFor([this] { return !running(); }, timeoutMs);
    if (!ended) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    keep();
    return ended;
}

void OAuthDeskProcess::interrupt()
{
    if (running())
        ::kill(pid_t(m_process->processId()), SIGINT);
}

void OAuthDeskProcess::keep()
{
    m_out += m_process->readAllStandardOutput();
    m_err += m_process->readAllStandardError();
    if (m_keepBase.isEmpty() || running())
        return;
    const auto save = [](const QString &path, const QByteArray &data) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(data);
    };
    save(m_keepBase + QLatin1String(".stderr"), m_err);
    // A log the test exported where it likes (a temporary directory, say) is looked at here too.
    if (!m_ownExchangeLog.isEmpty()) {
        QFile exported(m_ownExchangeLog);
        if (exported.open(QIODevice::ReadOnly))
            save(m_keepBase + QLatin1String(".exchange.log"), exported.readAll());
    }
    // `oauthdesk token NAME` prints the access token on stdout: that is its job, not a leak.
    if (verbOf(m_arguments) != QLatin1String("token"))
        save(m_keepBase + QLatin1String(".stdout"), m_out);
}

CliRun runOAuthDesk(const QStringList &arguments, const QByteArray &stdinData,
                    const QMap<QString, QString> &env, int timeoutMs,
                    const std::function<bool()> &interruptWhen)
{
    OAuthDeskProcess oauthdesk(arguments, env);
    QProcess &process = oauthdesk.process();
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(stdinData);
    process.closeWriteChannel();
    bool interrupted = false;
    const auto done = [&] {
        if (oauthdesk.running() && interruptWhen && !interrupted && interruptWhen()) {
            oauthdesk.interrupt();
            interrupted = true;
        }
        return !oauthdesk.running();
    };
    if (interruptWhen && !QTest::qWaitFor(done, timeoutMs))
        oauthdesk.waitForExit(0);
    else
        oauthdesk.waitForExit(timeoutMs);
    run.exitCode = oauthdesk.exitCode();
    run.out = oauthdesk.out();
    run.err = oauthdesk.err();
    return run;
}

QString accountIdByName(const QString &name)
{
    const CliRun list = runOAuthDesk(
            { QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
    const QJsonArray accounts = QJsonDocument::fromJson(list.out).array();
    for (const QJsonValue &v : accounts) {
        if (v.toObject().value(QLatin1String("name")).toString() == name)
            return v.toObject().value(QLatin1String("id")).toString();
    }
    return {};
}

TokenSet storedTokens(const QString &accountId)
{
    return TokenSet::fromJson(QJsonDocument::fromJson(secretToolLookup(accountId)).object());
}

} // namespace OAuthDesk::Test
