// Sign-out when the server cannot revoke (SECURITY.md row RV, RFC 7009 §2.2.1: 503 means "try
// again later"), with real parts: oidc-provider does the revoking, the real oauthdesk binary is the
// command line, this process's TokenManager and BackgroundRefresher are the window's core, and
// gnome-keyring is the keychain. A proxy in front of oidc-provider's revocation endpoint plays the
// server being unavailable for a while.

#include "accounts/accountstore.h"
#include "cli.h"
#include "forwardingproxy.h"
#include "http/httpclient.h"
#include "keychain/secretstore.h"
#include "scriptedserver.h"
#include "session/backgroundrefresher.h"
#include "session/tokenmanager.h"
#include "testenvironment.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace OAuthDesk;
using namespace OAuthDesk::Test;

class tst_Revocation : public QObject
{
    Q_OBJECT
private:
    TestServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ForwardingProxy> m_proxy;

    static std::optional<Account> account(const QString &id)
    {
        AccountStore accounts;
        if (accounts.load())
            return std::nullopt;
        return accounts.findById(id);
    }

    void unavailable()
    {
        m_proxy->answerInstead = [](const QByteArray &) {
            return ScriptedServer::json(503, "{}", "Retry-After: 120\r\n");
        };
    }

    /// Signs the account in through the browser; returns its stored session.
    TokenSet signIn(const QString &name)
    {
        const CliRun login = runOAuthDesk({ QStringLiteral("login"), name });
        if (login.exitCode != 0)
            qWarning("%s", login.err.constData());
        return storedTokens(accountIdByName(name));
    }

private Q_SLOTS:
    void cleanup() { printBrowserLogIfFailed(); }

    void initTestCase()
    {
        if (!keychainAvailable())
            QSKIP("needs scripts/with-keyring's private keyring: run through scripts/test");
        resetTestHome();
        QCoreApplication::setApplicationName(QStringLiteral("oauthdesk"));
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_proxy = std::make_unique<ForwardingProxy>(m_server.port());
        QVERIFY(m_proxy->start());

        const CliRun add = runOAuthDesk(
                { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("Leaving"),
                  QStringLiteral("--issuer"), m_server.issuer().toString(),
                  QStringLiteral("--client-id"), QStringLiteral("oauthdesk-test"),
                  QStringLiteral("--scope"), QStringLiteral("openid offline_access api:read") });
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const QString id = accountIdByName(QStringLiteral("Leaving"));
        AccountStore accounts;
        QVERIFY(!accounts.load());
        auto stored = accounts.findById(id);
        QVERIFY(stored);
        QCOMPARE(stored->server.revocationEndpoint.path(), QStringLiteral("/token/revocation"));
        stored->server.revocationEndpoint =
                QUrl(m_proxy->url(stored->server.revocationEndpoint.path()));
        QVERIFY(!accounts.update(*stored));
    }

    void unavailableServerIsAskedAgainByTheWindow()
    {
        const QString id = accountIdByName(QStringLiteral("Leaving"));
        const TokenSet session = signIn(QStringLiteral("Leaving"));
        QVERIFY(!session.refreshToken.isEmpty());
        QCOMPARE(m_server.resourceStatus(session.accessToken), 200);

        unavailable();
        const CliRun revoke = runOAuthDesk({ QStringLiteral("revoke"), QStringLiteral("Leaving") });
        // The person is told: signed out here, not revoked there, asked again later.
        QCOMPARE(revoke.exitCode, 5);
        QVERIFY2(revoke.err.contains("could not revoke the tokens now"), revoke.err.constData());
        QVERIFY2(revoke.err.contains("503"), revoke.err.constData());
        QVERIFY2(revoke.err.contains("sent again"), revoke.err.constData());
        QVERIFY(!revoke.err.contains(session.refreshToken.toUtf8()));
        // The session is gone from this computer whatever the server said…
        QVERIFY_NOTHING_STORED(id);
        QCOMPARE(runOAuthDesk({ QStringLiteral("token"), QStringLiteral("Leaving") }).exitCode, 3);
        // …and what is still to revoke waits in the keychain, never in a file.
        const QByteArray pending = secretToolLookup(SecretStore::pendingRevocationKey(id));
        QVERIFY(pending.contains(session.refreshToken.toUtf8()));
        QVERIFY(pending.contains(session.accessToken.toUtf8()));
        QCOMPARE(filesContaining(session.refreshToken.toUtf8()), QStringList());
        QVERIFY(account(id)->revocationPending);
        QVERIFY(!account(id)->signedIn);
        // The server has not revoked anything yet.
        QCOMPARE(m_server.resourceStatus(session.accessToken), 200);

        // The window starts while the server is still unavailable: it tries, and keeps it pending.
        AccountStore accounts;
        QVERIFY(!accounts.load());
        SecretStore secrets;
        HttpClient http(&m_network);
        TokenManager window(&accounts, &secrets, &http);
        QSignalSpy finished(&window, &TokenManager::pendingRevocationFinished);
        BackgroundRefresher refresher(&window, &accounts);
        const int asked = m_proxy->requests();
        refresher.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_proxy->requests(), asked + 1, 10000);
        // A later round, while the server is still unavailable: it reads the pending revocation
        // from the keychain before it asks. Its request proves that the first round's 503 left the
        // pending revocation where it was (had that round ended it, this one would find nothing to
        // send).
        window.retryPendingRevocations();
        QTRY_COMPARE_WITH_TIMEOUT(m_proxy->requests(), asked + 2, 10000);
        QCOMPARE(finished.count(), 0);
        QVERIFY(account(id)->revocationPending);
        QCOMPARE(m_server.resourceStatus(session.accessToken), 200);

        // The server is back: the next round revokes both tokens at oidc-provider.
        m_proxy->answerInstead = nullptr;
        QCOMPARE(refresher.pendingRevocationInterval, std::chrono::minutes(5));
        window.retryPendingRevocations(); // what the refresher's timer does every five minutes
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toString(), id);
        QVERIFY(!finished.at(0).at(1).value<Error>());
        QCOMPARE(m_server.resourceStatus(session.accessToken), 401);
        QVERIFY_NOTHING_STORED(SecretStore::pendingRevocationKey(id));
        QVERIFY(!account(id)->revocationPending);
    }

    void unavailableServerIsAskedAgainByTheCommandLine()
    {
        const QString id = accountIdByName(QStringLiteral("Leaving"));
        const TokenSet session = signIn(QStringLiteral("Leaving"));
        QVERIFY(!session.refreshToken.isEmpty());
        unavailable();
        QCOMPARE(runOAuthDesk({ QStringLiteral("revoke"), QStringLiteral("Leaving") }).exitCode, 5);
        // Still unavailable: told again, still pending.
        const CliRun again = runOAuthDesk({ QStringLiteral("revoke"), QStringLiteral("Leaving") });
        QCOMPARE(again.exitCode, 5);
        QVERIFY(account(id)->revocationPending);

        m_proxy->answerInstead = nullptr;
        const CliRun later = runOAuthDesk({ QStringLiteral("revoke"), QStringLiteral("Leaving") });
        QVERIFY2(later.exitCode == 0, later.err.constData());
        QVERIFY2(later.err.contains("Revoked at the server"), later.err.constData());
        QCOMPARE(m_server.resourceStatus(session.accessToken), 401);
        QVERIFY_NOTHING_STORED(SecretStore::pendingRevocationKey(id));
        QVERIFY(!account(id)->revocationPending);
    }

    void removingTheAccountLeavesNothingInTheKeychain()
    {
        const QString id = accountIdByName(QStringLiteral("Leaving"));
        QVERIFY(!signIn(QStringLiteral("Leaving")).refreshToken.isEmpty());
        unavailable();
        QCOMPARE(runOAuthDesk({ QStringLiteral("revoke"), QStringLiteral("Leaving") }).exitCode, 5);
        QVERIFY(!secretToolLookup(SecretStore::pendingRevocationKey(id)).isEmpty());
        const CliRun remove = runOAuthDesk(
                { QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Leaving") });
        QVERIFY2(remove.exitCode == 0, remove.err.constData());
        // The account is gone from the file: the lookups' controls without it.
        for (const QString &key : { SecretStore::pendingRevocationKey(id), id }) {
            const QString problem = nothingFoundProblem(key);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        m_proxy->answerInstead = nullptr;
    }
};

QTEST_GUILESS_MAIN(tst_Revocation)
#include "tst_revocation.moc"
