#include "testserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <csignal>

namespace OAuthDesk::Test {

TestServer::~TestServer()
{
    stop();
}

QString TestServer::sourceDir()
{
    return QStringLiteral(OAUTHDESK_SOURCE_DIR);
}

QString TestServer::nodeProgram()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    return node.isEmpty() ? QStringLiteral("node") : node;
}

QString TestServer::browserCommand()
{
    return sourceDir() + QLatin1String("/tests/browser/browser");
}

QString TestServer::start(const Options &options)
{
    stop();
    const bool authlib = options.kind == Kind::Authlib;
    const QString script = sourceDir()
            + (authlib ? QLatin1String("/tests/authlib/server.py")
                       : QLatin1String("/tests/server/server.mjs"));
    if (!QFileInfo::exists(script))
        return QStringLiteral("missing ") + script;
    // Debian's Authlib belongs to Debian's python3, whatever else is first on PATH.
    m_process.setProgram(authlib ? QStringLiteral("/usr/bin/python3") : nodeProgram());
    const QString home = qEnvironmentVariable("OAUTHDESK_TEST_HOME");
    if (!home.isEmpty())
        QDir().mkpath(home);
    // node writes a diagnostic report (where every thread stands, the JavaScript stack) on SIGUSR2:
    // asked for when a start never ends.
    const QString report = home.isEmpty() || authlib
            ? QString()
            : home + QLatin1String("/oidc-server-report.json");
    QStringList arguments = { script, QStringLiteral("--port"), QStringLiteral("0"),
                              QStringLiteral("--access-ttl"),
                              QString::number(options.accessTtlSeconds) };
    if (!report.isEmpty()) {
        QFile::remove(report);
        arguments = QStringList{ QStringLiteral("--report-on-signal"),
                                 QStringLiteral("--report-signal=SIGUSR2"),
                                 QStringLiteral("--report-directory=") + home,
                                 QStringLiteral("--report-filename=oidc-server-report.json") }
                + arguments;
    }
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // The server's own log (never token values; oidc-provider's says each step of its start-up)
    // goes beside the test's files, and into the error when the start fails.
    const QString logFile = home.isEmpty() ? QString()
                                           : home
                    + (authlib ? QLatin1String("/authlib-server.log")
                               : QLatin1String("/oidc-server.log"));
    const qint64 logStart = logFile.isEmpty() ? 0 : QFileInfo(logFile).size();
    const auto failure = [&](const QString &what) {
        QString text = what;
        QFile log(logFile);
        if (!logFile.isEmpty() && log.open(QIODevice::ReadOnly) && log.seek(logStart))
            text += QLatin1String("; the server's log (") + logFile + QLatin1String("):\n")
                    + QString::fromUtf8(log.readAll().right(4096));
        stop();
        return text;
    };
    m_process.setStandardErrorFile(logFile.isEmpty() ? QProcess::nullDevice() : logFile,
                                   QIODevice::Append);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return failure(QStringLiteral("the test server did not start: ") + m_process.errorString());
    // Generous: the first start after a fresh npm ci loads oidc-provider cold, on a loaded 2-core
    // machine.
    QDeadlineTimer deadline(90000);
    QByteArray line;
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine()) {
            line = m_process.readLine().trimmed();
            break;
        }
        if (m_process.state() != QProcess::Running)
            return failure(QStringLiteral("the test server exited early"));
        m_process.waitForReadyRead(200);
    }
    const QJsonObject info = QJsonDocument::fromJson(line).object();
    m_issuer = QUrl(info.value(QLatin1String("issuer")).toString());
    m_port = quint16(info.value(QLatin1String("port")).toInt());
    if (!m_issuer.isValid() || m_port == 0) {
        QString what =
                QStringLiteral("the test server did not say where it listens within 90 seconds");
        if (!report.isEmpty() && m_process.state() == QProcess::Running) {
            ::kill(pid_t(m_process.processId()), SIGUSR2);
            QDeadlineTimer written(10000);
            while (!written.hasExpired() && QFileInfo(report).size() == 0)
                QThread::msleep(100);
            what += QFileInfo(report).size() > 0
                    ? QStringLiteral(" (node's report of where it stood: %1)").arg(report)
                    : QStringLiteral(" (node wrote no report: its main thread is blocked outside "
                                     "JavaScript; "
                                     "gdb -p PID -batch -ex 'thread apply all bt' shows where)");
        }
        return failure(what);
    }
    return {};
}

void TestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool TestServer::revokeAccessToken(const QString &token) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(url(QStringLiteral("/test/revoke-access-token")));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = network.post(request, "token=" + QUrl::toPercentEncoding(token));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const bool ok = reply->isFinished()
            && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2;
    delete reply;
    return ok;
}

int TestServer::resourceStatus(const QString &accessToken) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(url(QStringLiteral("/api/me")));
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->isFinished()
            ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
            : -1;
    delete reply;
    return status;
}

QUrl TestServer::url(const QString &path) const
{
    QUrl u = m_issuer;
    u.setPath(path);
    return u;
}

} // namespace OAuthDesk::Test
