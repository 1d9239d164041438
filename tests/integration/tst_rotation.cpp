// Refresh-token rotation under stress (SECURITY.md rows T2 and T4), with real parts: oidc-provider,
// whose refresh tokens rotate and whose reuse detection ends the whole grant when an old one comes
// back; the real oauthdesk binary as the command line; this process's TokenManager as the window's
// core; and a gnome-keyring of this test's own on a private session bus, so that the test can take
// the keychain away without disturbing the tests running beside it.

#include "accounts/accountstore.h"
#include "cli.h"
#include "forwardingproxy.h"
#include "http/httpclient.h"
#include "keychain/secretstore.h"
#include "session/tokenmanager.h"
#include "testenvironment.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <csignal>
#include <optional>

using namespace OAuthDesk;
using namespace OAuthDesk::Test;

namespace {

/// The real keychain (gnome-keyring through QtKeychain), except for one write the test picks:
/// refused, as a locked or stopped Secret Service would. (Stopping the real one for exactly one
/// write is not possible: this process's libsecret keeps its Secret Service session, which a
/// restarted gnome-keyring-daemon no longer knows, so every later write fails too.)
class OneWriteRefused : public SecretStore
{
public:
    bool refuseNextWrite = false;
    int refused = 0;

protected:
    void writeRaw(const QString &key, const QByteArray &data, QObject *context,
                  DoneCallback callback) override
    {
        if (!std::exchange(refuseNextWrite, false))
            return SecretStore::writeRaw(key, data, context, std::move(callback));
        ++refused;
        QTimer::singleShot(0, context, [callback] {
            callback(Error(Error::Kind::Keychain, QStringLiteral("refused by the test")));
        });
    }
};

} // namespace

class tst_Rotation : public QObject
{
    Q_OBJECT
private:
    TestServer m_server;
    QNetworkAccessManager m_network;
    QTemporaryDir m_keyringDir;
    QProcess m_bus;
    QProcess m_keyring;
    std::unique_ptr<ForwardingProxy> m_proxy;
    int m_lockWaitsHere = 0;

    static inline tst_Rotation *s_self = nullptr;
    static inline QtMessageHandler s_previousHandler = nullptr;
    static void countLockWaits(QtMsgType type, const QMessageLogContext &context,
                               const QString &message)
    {
        if (s_self && message.contains(QLatin1String("waiting for another OAuthDesk process")))
            ++s_self->m_lockWaitsHere;
        if (s_previousHandler)
            s_previousHandler(type, context, message);
    }

    /// A private session bus that starts no services by itself: when the test stops the keyring,
    /// nothing brings it back.
    QString startPrivateKeychain()
    {
        const QString dir = m_keyringDir.path();
        QDir().mkpath(dir + QLatin1String("/run"));
        QDir().mkpath(dir + QLatin1String("/data"));
        QFile::setPermissions(dir + QLatin1String("/run"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile config(dir + QLatin1String("/bus.conf"));
        if (!config.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the bus configuration");
        config.write(
                "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                "1.0//EN\"\n"
                " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                "<busconfig><type>session</type><listen>unix:dir="
                + dir.toUtf8()
                + "</listen><auth>EXTERNAL</auth>"
                  "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                  "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
        config.close();
        m_bus.start(QStringLiteral("dbus-daemon"),
                    { QStringLiteral("--config-file=") + config.fileName(),
                      QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
        if (!m_bus.waitForStarted(5000)
            || !QTest::qWaitFor([this] { return m_bus.canReadLine(); }, 10000))
            return QStringLiteral("dbus-daemon did not start");
        const QByteArray address = m_bus.readLine().trimmed();
        // Before anything in this process touches D-Bus; the oauthdesk and secret-tool processes
        // inherit it.
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QLatin1String("/data"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir + QLatin1String("/run"));
        m_keyring.setProcessEnvironment(env);
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        { QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                          QStringLiteral("--components=secrets") });
        if (!m_keyring.waitForStarted(5000))
            return QStringLiteral("gnome-keyring-daemon did not start");
        m_keyring.write("oauthdesk-test");
        m_keyring.closeWriteChannel();
        const bool up = QTest::qWaitFor(
                [] {
                    QProcess ask;
                    ask.start(QStringLiteral("dbus-send"),
                              { QStringLiteral("--session"), QStringLiteral("--print-reply"),
                                QStringLiteral("--dest=org.freedesktop.DBus"),
                                QStringLiteral("/org/freedesktop/DBus"),
                                QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                                QStringLiteral("string:org.freedesktop.secrets") });
                    return ask.waitForFinished(5000)
                            && ask.readAllStandardOutput().contains("boolean true");
                },
                15000);
        return up ? QString() : QStringLiteral("no Secret Service appeared on the private bus");
    }

    void addAccount(const QString &name)
    {
        const CliRun add = runOAuthDesk(
                { QStringLiteral("account"), QStringLiteral("add"), name,
                  QStringLiteral("--issuer"), m_server.issuer().toString(),
                  QStringLiteral("--client-id"), QStringLiteral("oauthdesk-test"),
                  QStringLiteral("--scope"), QStringLiteral("openid offline_access api:read") });
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const CliRun login = runOAuthDesk({ QStringLiteral("login"), name });
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QVERIFY(!storedTokens(accountIdByName(name)).refreshToken.isEmpty());
    }

private Q_SLOTS:
    void cleanup() { printBrowserLogIfFailed(); }

    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
            QSKIP("needs dbus-daemon and gnome-keyring (scripts/setup installs them)");
        resetTestHome();
        QCoreApplication::setApplicationName(QStringLiteral("oauthdesk")); // the CLI's lock files
        const QString keychain = startPrivateKeychain();
        QVERIFY2(keychain.isEmpty(), qPrintable(keychain));
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // In front of the token endpoint: kills the command line after oidc-provider answered a
        // refresh but before the answer arrives, as a crash, a power cut or a `kill -9` would.
        m_proxy = std::make_unique<ForwardingProxy>(m_server.port());
        QVERIFY(m_proxy->start());
        s_self = this;
        s_previousHandler = qInstallMessageHandler(countLockWaits);
        QLoggingCategory::setFilterRules(QStringLiteral("oauthdesk.session.info=true"));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(s_previousHandler);
        s_self = nullptr;
        m_keyring.kill();
        m_keyring.waitForFinished(5000);
        m_bus.kill();
        m_bus.waitForFinished(5000);
    }

    void windowAndCommandLineRotateAHundredTimes()
    {
        // Every round, the command line (another process) and the window's core (this one) each
        // force a refresh of the same account. Each refresh spends the current refresh token and
        // gets a new one; if both ever sent the same one, oidc-provider would see the reuse and
        // revoke the whole grant, and every later round would fail. Half the rounds start the
        // window's refresh the moment the command line says it is refreshing, so that the window
        // must wait for the other process's lock.
        addAccount(QStringLiteral("Rotating"));
        const QString id = accountIdByName(QStringLiteral("Rotating"));
        AccountStore accounts;
        QVERIFY(!accounts.load());
        SecretStore secrets;
        HttpClient http(&m_network);
        TokenManager window(&accounts, &secrets, &http);

        const QMap<QString, QString> env = { { QStringLiteral("QT_LOGGING_RULES"),
                                               QStringLiteral("oauthdesk.session.info=true") } };
        int cliWaited = 0;
        const int windowWaitsBefore = m_lockWaitsHere;
        QSet<QString> refreshTokensSeen{ storedTokens(id).refreshToken };
        for (int round = 0; round < 100; ++round) {
            OAuthDeskProcess cli({ QStringLiteral("token"), QStringLiteral("Rotating"),
                                   QStringLiteral("--refresh") },
                                 env);
            std::optional<Result<TokenSet>> mine;
            bool started = false;
            const auto startWindow = [&] {
                if (std::exchange(started, true))
                    return;
                window.refreshNow(id, this, [&](const Result<TokenSet> &r) { mine = r; });
            };
            if (round % 2 == 0) {
                connect(&cli.process(), &QProcess::readyReadStandardError, this, [&] {
                    if (cli.err().contains("refreshing"))
                        startWindow();
                });
            }
            QVERIFY(cli.process().waitForStarted());
            if (round % 2 == 1)
                QTimer::singleShot((round * 37) % 250, this, startWindow);
            QVERIFY2(QTest::qWaitFor([&] { return mine.has_value() && !cli.running(); }, 60000),
                     qPrintable(QStringLiteral("round %1 did not finish").arg(round)));
            QVERIFY(cli.waitForExit(0));
            const QByteArray cliErr = cli.err();
            QVERIFY2(mine->ok(),
                     qPrintable(QStringLiteral("round %1, window: %2")
                                        .arg(round)
                                        .arg(mine->error().message())));
            QVERIFY2(cli.exitCode() == 0,
                     qPrintable(QStringLiteral("round %1, command line: %2")
                                        .arg(round)
                                        .arg(QString::fromUtf8(cliErr))));
            const QString theirs = QString::fromUtf8(cli.out().trimmed());
            QVERIFY(!theirs.isEmpty());
            QVERIFY(theirs != mine->value().accessToken); // two refreshes, one after the other
            if (cliErr.contains("waiting for another OAuthDesk process"))
                ++cliWaited;
            // The keychain holds the newest refresh token, never one seen before.
            const TokenSet stored = storedTokens(id);
            QVERIFY2(!refreshTokensSeen.contains(stored.refreshToken),
                     qPrintable(QStringLiteral("round %1").arg(round)));
            refreshTokensSeen.insert(stored.refreshToken);
        }
        const int windowWaited = m_lockWaitsHere - windowWaitsBefore;
        qInfo("lock waits over 100 rounds: window %d, command line %d", windowWaited, cliWaited);
        // The rounds did overlap: one process had to wait for the other's refresh, many times.
        QVERIFY2(windowWaited + cliWaited >= 10,
                 qPrintable(QStringLiteral("%1 waits").arg(windowWaited + cliWaited)));

        // The session survived: the stored tokens work, and the stored refresh token refreshes
        // again.
        QCOMPARE(m_server.resourceStatus(storedTokens(id).accessToken), 200);
        const CliRun again = runOAuthDesk({ QStringLiteral("token"), QStringLiteral("Rotating"),
                                            QStringLiteral("--refresh") });
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(m_server.resourceStatus(QString::fromUtf8(again.out.trimmed())), 200);
    }

    void killedBetweenTokenAnswerAndKeychainWrite()
    {
        // The account's token endpoint is the proxy, which kills the command line after
        // oidc-provider has answered a refresh (and rotated) but before the answer arrives.
        addAccount(QStringLiteral("Killed"));
        const QString id = accountIdByName(QStringLiteral("Killed"));
        {
            AccountStore accounts;
            QVERIFY(!accounts.load());
            auto account = accounts.findById(id);
            QVERIFY(account);
            QCOMPARE(account->server.tokenEndpoint, m_server.url(QStringLiteral("/token")));
            account->server.tokenEndpoint = QUrl(m_proxy->url(QStringLiteral("/token")));
            QVERIFY(!accounts.update(*account));
        }
        const TokenSet before = storedTokens(id);
        QVERIFY(!before.refreshToken.isEmpty());

        OAuthDeskProcess cli(
                { QStringLiteral("token"), QStringLiteral("Killed"), QStringLiteral("--refresh") });
        QVERIFY(cli.process().waitForStarted());
        bool killed = false;
        m_proxy->loseNextAnswer = [&] {
            ::kill(pid_t(cli.process().processId()), SIGKILL);
            killed = true;
        };
        QVERIFY(cli.waitForExit(30000));
        QVERIFY(killed);
        QCOMPARE(cli.process().exitStatus(), QProcess::CrashExit);

        // The keychain holds the session exactly as it was: nothing half-written.
        const TokenSet after = storedTokens(id);
        QCOMPARE(after.refreshToken, before.refreshToken);
        QCOMPARE(after.accessToken, before.accessToken);

        // oidc-provider has spent that refresh token; sending it again is a reuse, which ends the
        // grant at the server (RFC 9700 §4.14.2). The client says so once, forgets the dead token,
        // and sends exactly one request: no retry loop.
        const int requestsBefore = m_proxy->requests();
        const CliRun next = runOAuthDesk(
                { QStringLiteral("token"), QStringLiteral("Killed"), QStringLiteral("--refresh") });
        QCOMPARE(next.exitCode, 3);
        QVERIFY2(next.err.contains("sign in again"), next.err.constData());
        QCOMPARE(m_proxy->requests() - requestsBefore, 1);
        QVERIFY(secretToolLookup(id).isEmpty());
        QVERIFY(!next.err.contains(before.refreshToken.toUtf8()));

        // A new sign-in brings it back, and the other account never noticed.
        const CliRun login = runOAuthDesk({ QStringLiteral("login"), QStringLiteral("Killed") });
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const CliRun other = runOAuthDesk({ QStringLiteral("token"), QStringLiteral("Rotating") });
        QVERIFY2(other.exitCode == 0, other.err.constData());
    }

    void aRotatedSessionTheKeychainRefusesOnceIsWrittenAgainAndSurvives()
    {
        // T4 against oidc-provider, which rotates the refresh token and ends the whole grant when
        // a spent one comes back (RFC 9700 §4.14.2): the keychain refuses the write of the
        // rotated set, once. Nothing may be handed out before that set is in the real keychain,
        // and no process may send the spent refresh token afterwards.
        addAccount(QStringLiteral("Refused"));
        const QString id = accountIdByName(QStringLiteral("Refused"));
        AccountStore accounts;
        QVERIFY(!accounts.load());
        {
            auto account = accounts.findById(id);
            QVERIFY(account);
            account->server.tokenEndpoint = QUrl(m_proxy->url(QStringLiteral("/token")));
            QVERIFY(!accounts.update(*account));
        }
        OneWriteRefused secrets;
        HttpClient http(&m_network);
        TokenManager window(&accounts, &secrets, &http);
        const TokenSet before = storedTokens(id);
        QVERIFY(!before.refreshToken.isEmpty());

        QStringList refreshTokensSent; // what oidc-provider was sent, through the proxy
        QString rotated; // what it answered first
        m_proxy->passAnswer = [&](const QByteArray &request, const QByteArray &answer) {
            const QUrlQuery form(QString::fromUtf8(request.mid(request.indexOf("\r\n\r\n") + 4)));
            if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("refresh_token"))
                return answer;
            refreshTokensSent.append(
                    form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded));
            if (rotated.isEmpty()) {
                rotated = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4))
                                  .object()
                                  .value(QLatin1String("refresh_token"))
                                  .toString();
                secrets.refuseNextWrite = true; // the next write is the rotated set's
            }
            return answer;
        };
        std::optional<Result<TokenSet>> result;
        TokenSet storedAtHandOut;
        window.refreshNow(id, this, [&](const Result<TokenSet> &r) {
            result = r;
            storedAtHandOut = storedTokens(id); // what the real keychain holds at that moment
        });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
        QVERIFY2(result->ok(), qPrintable(result->error().message()));
        QCOMPARE(secrets.refused, 1);
        QVERIFY(!rotated.isEmpty() && rotated != before.refreshToken);
        // Written again, and kept, before the access token was handed out.
        QCOMPARE(storedAtHandOut.refreshToken, rotated);
        QCOMPARE(storedAtHandOut.accessToken, result->value().accessToken);
        QCOMPARE(m_server.resourceStatus(result->value().accessToken), 200);

        // Another process refreshes from the keychain: it sends the rotated refresh token, not
        // the spent one, and oidc-provider (which would end the grant on a reuse) takes it.
        const CliRun cli = runOAuthDesk({ QStringLiteral("token"), QStringLiteral("Refused"),
                                          QStringLiteral("--refresh") });
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
        QCOMPARE(m_server.resourceStatus(QString::fromUtf8(cli.out.trimmed())), 200);
        // And this process again, from what the command line left in the keychain.
        std::optional<Result<TokenSet>> again;
        window.refreshNow(id, this, [&](const Result<TokenSet> &r) { again = r; });
        QTRY_VERIFY_WITH_TIMEOUT(again.has_value(), 30000);
        QVERIFY2(again->ok(), qPrintable(again->error().message()));
        QCOMPARE(m_server.resourceStatus(again->value().accessToken), 200);
        m_proxy->passAnswer = {};
        QCOMPARE(refreshTokensSent.size(), 3);
        QCOMPARE(refreshTokensSent.at(0), before.refreshToken);
        QCOMPARE(refreshTokensSent.at(1), rotated);
        QCOMPARE(QSet<QString>(refreshTokensSent.cbegin(), refreshTokensSent.cend()).size(), 3);
    }

    void keychainGoneIsDetectedBeforeTheRefreshIsSent()
    {
        // Last: this takes the keychain away. The window's core has the session in memory; then the
        // Secret Service stops (a crash, a locked session). A refresh now would spend the refresh
        // token and leave the rotated one nowhere safe: it must not be sent.
        const QString id = accountIdByName(QStringLiteral("Killed"));
        AccountStore accounts;
        QVERIFY(!accounts.load());
        SecretStore secrets;
        secrets.setTimeout(std::chrono::seconds(5));
        HttpClient http(&m_network);
        TokenManager window(&accounts, &secrets, &http);
        std::optional<Result<TokenSet>> loaded;
        window.validToken(id, this, [&](const Result<TokenSet> &r) { loaded = r; });
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 20000);
        QVERIFY2(loaded->ok(), qPrintable(loaded->error().message()));
        QVERIFY(!secrets.tookWriteWithin(std::chrono::hours(1))); // only read so far

        // A refresh now writes the rotated session: that write is the proof for the next refresh,
        // within TokenManager::KeychainProofWindow, so it needs no write-back of its own...
        std::optional<Result<TokenSet>> rotated;
        window.refreshNow(id, this, [&](const Result<TokenSet> &r) { rotated = r; });
        QTRY_VERIFY_WITH_TIMEOUT(rotated.has_value(), 20000);
        QVERIFY2(rotated->ok(), qPrintable(rotated->error().message()));
        QVERIFY(secrets.tookWriteWithin(TokenManager::KeychainProofWindow));
        loaded = rotated;

        // ...but the keychain is read under the lock first, and a keychain that fails there stops
        // the refresh however recent that write was.
        m_keyring.kill();
        QVERIFY(m_keyring.waitForFinished(5000));
        const int requestsBefore = m_proxy->requests();
        std::optional<Result<TokenSet>> refreshed;
        window.refreshNow(id, this, [&](const Result<TokenSet> &r) { refreshed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 20000);
        QVERIFY(!refreshed->ok());
        QCOMPARE(refreshed->error().kind(), Error::Kind::Keychain);
        QVERIFY2(refreshed->error().message().contains(QLatin1String("nothing was sent")),
                 qPrintable(refreshed->error().message()));
        QCOMPARE(m_proxy->requests(), requestsBefore);
        QVERIFY(!secrets.tookWriteWithin(std::chrono::hours(1))); // a failed read voids the proof
        // The window keeps the session it had (the access token still works until it expires).
        QCOMPARE(window.cachedTokens(id)->refreshToken, loaded->value().refreshToken);

        // The command line likewise: it cannot even read the session, and says it is the keychain.
        const CliRun cli = runOAuthDesk(
                { QStringLiteral("token"), QStringLiteral("Killed"), QStringLiteral("--refresh") });
        QCOMPARE(cli.exitCode, 6);
        QCOMPARE(m_proxy->requests(), requestsBefore);
    }
};

QTEST_GUILESS_MAIN(tst_Rotation)
#include "tst_rotation.moc"
