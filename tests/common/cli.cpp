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

} // namespace

CliRun runOAuthDesk(const QStringList &arguments, const QByteArray &stdinData, const QMap<QString, QString> &env,
                    int timeoutMs, const std::function<bool()> &interruptWhen)
{
    // Under the canary sweep (scripts/canary-sweep) every run also exports its exchange log, unless
    // the test asks for one itself, and its output is kept: the sweep looks for secrets in both.
    QStringList effectiveArguments = arguments;
    const QString keep = sweepDir();
    static int sweepRuns = 0;
    const QString keepBase =
        keep.isEmpty()
            ? QString()
            : QStringLiteral("%1/oauthdesk-%2-%3").arg(keep).arg(QCoreApplication::applicationPid()).arg(++sweepRuns);
    const bool ownExchangeLog = std::any_of(arguments.begin(), arguments.end(), [](const QString &a) {
        return a == QLatin1String("--exchange-log") || a.startsWith(QLatin1String("--exchange-log="));
    });
    if (!keep.isEmpty() && !ownExchangeLog)
        effectiveArguments =
            QStringList{QStringLiteral("--exchange-log"), keepBase + QLatin1String(".exchange.log")} + arguments;

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BROWSER"), TestServer::browserCommand());
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OAUTHDESK_BINARY_DIR "/app/oauthdesk"), effectiveArguments);
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(stdinData);
    process.closeWriteChannel();
    bool finished = false;
    bool interrupted = false;
    QObject::connect(&process, &QProcess::finished, [&finished] { finished = true; });
    const auto done = [&] {
        if (!finished && interruptWhen && !interrupted && interruptWhen()) {
            ::kill(pid_t(process.processId()), SIGINT);
            interrupted = true;
        }
        return finished;
    };
    if (!QTest::qWaitFor(done, timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (!keep.isEmpty()) {
        const auto save = [](const QString &path, const QByteArray &data) {
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(data);
        };
        save(keepBase + QLatin1String(".args"), effectiveArguments.join(QLatin1Char(' ')).toUtf8() + '\n');
        save(keepBase + QLatin1String(".stderr"), run.err);
        // `oauthdesk token NAME` prints the access token on stdout: that is its job, not a leak.
        if (verbOf(arguments) != QLatin1String("token"))
            save(keepBase + QLatin1String(".stdout"), run.out);
    }
    return run;
}

QString accountIdByName(const QString &name)
{
    const CliRun list = runOAuthDesk({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
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
