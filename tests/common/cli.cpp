#include "cli.h"

#include "testenvironment.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

namespace OAuthDesk::Test {

CliRun runOAuthDesk(const QStringList &arguments, const QByteArray &stdinData, const QMap<QString, QString> &env,
                    int timeoutMs, const std::function<bool()> &interruptWhen)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BROWSER"), TestServer::browserCommand());
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OAUTHDESK_BINARY_DIR "/app/oauthdesk"), arguments);
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
