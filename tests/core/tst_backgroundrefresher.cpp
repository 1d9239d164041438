// BackgroundRefresher with a real TokenManager against a scripted token endpoint. Time is the
// test's: the clock moves, and checkNow() stands in for the timer firing.

#include "http/httpclient.h"
#include "keychain/secretstore.h"
#include "scriptedserver.h"
#include "session/backgroundrefresher.h"
#include "session/tokenmanager.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OAuthDesk;

namespace {

QDateTime start()
{
    return QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
}

/// How the scripted token endpoint answers refresh_token grants.
enum class RefreshAnswer { Grant, Unavailable, InvalidGrant };

struct Fixture
{
    QTemporaryDir dir;
    AccountStore store{ dir.filePath(QStringLiteral("accounts.json")) };
    QNetworkAccessManager manager;
    HttpClient http{ &manager };
    SecretStore secrets{ QStringLiteral("OAuthDesk-tst_backgroundrefresher") };
    TokenManager tokens{ &store, &secrets, &http };
    std::shared_ptr<QDateTime> now = std::make_shared<QDateTime>(start());
    RefreshAnswer answer = RefreshAnswer::Grant;
    int refreshes = 0; ///< refresh_token grants the server saw
    int issued = 0;
    Test::ScriptedServer server{ [this](const Test::ScriptedServer::Request &request)
                                         -> QByteArray {
        if (!request.target.startsWith("/token"))
            return Test::ScriptedServer::json(404, "{}");
        if (request.body.contains("grant_type=refresh_token")) {
            ++refreshes;
            if (answer == RefreshAnswer::Unavailable)
                return Test::ScriptedServer::json(503, "{\"error\":\"temporarily_unavailable\"}");
            if (answer == RefreshAnswer::InvalidGrant)
                return Test::ScriptedServer::json(400, "{\"error\":\"invalid_grant\"}");
        }
        ++issued;
        return Test::ScriptedServer::json(
                200,
                "{\"access_token\":\"at-" + QByteArray::number(issued)
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":900,"
                          "\"refresh_token\":\"rt-"
                        + QByteArray::number(issued) + "\"}");
    } };
    BackgroundRefresher refresher{ &tokens, &store };
    QString id;

    Fixture()
    {
        secrets.setTimeout(std::chrono::seconds(2));
        tokens.setClock(Clock([n = now] { return *n; }));
        if (!server.start())
            qFatal("the scripted server did not start");
        Account a;
        a.name = QStringLiteral("Work");
        a.clientId = QStringLiteral("desk");
        a.scope = QStringLiteral("api.read");
        a.grantType = GrantType::Password;
        a.username = QStringLiteral("alice");
        a.server.tokenEndpoint = QUrl(server.url(QStringLiteral("/token")));
        if (const Error error = store.add(a))
            qFatal("cannot add the account: %s", qPrintable(error.message()));
        id = a.id;
    }
    ~Fixture()
    {
        bool done = false;
        secrets.removeTokens(id, nullptr, [&](const Error &) { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("the test keychain entry was not removed");
    }

    bool signIn()
    {
        TokenManager::SignInOptions options;
        options.password = QStringLiteral("secret");
        bool done = false;
        bool ok = false;
        tokens.signIn(id, options, nullptr, [&](const Result<TokenManager::SignInResult> &result) {
            done = true;
            ok = result.ok();
        });
        return QTest::qWaitFor([&] { return done; }, 20000) && ok
                && tokens.cachedTokens(id).has_value();
    }

    void advance(qint64 seconds) { *now = now->addSecs(seconds); }
};

} // namespace

class TestBackgroundRefresher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void armsTheTimerLeadTimeBeforeExpiry()
    {
        Fixture f;
        QVERIFY(f.signIn());
        QCOMPARE(f.tokens.cachedTokens(f.id)->expiresAt, start().addSecs(900));
        f.refresher.setLeadTime(std::chrono::seconds(300));
        QVERIFY(!f.refresher.timer().isActive()); // not started yet
        f.refresher.start();
        QCOMPARE(f.refresher.dueAt(f.id), start().addSecs(600));
        QVERIFY(f.refresher.timer().isActive());
        QCOMPARE(f.refresher.timer().interval(), 600 * 1000);

        // A longer lead time re-plans at once.
        f.refresher.setLeadTime(std::chrono::seconds(400));
        QCOMPARE(f.refresher.dueAt(f.id), start().addSecs(500));
        QCOMPARE(f.refresher.timer().interval(), 500 * 1000);
    }

    void refreshesWhenTheClockReachesTheLeadTime()
    {
        Fixture f;
        QVERIFY(f.signIn());
        f.refresher.setLeadTime(std::chrono::seconds(300));
        f.refresher.start();
        QSignalSpy refreshed(&f.refresher, &BackgroundRefresher::refreshed);

        f.advance(599);
        f.refresher.checkNow();
        QVERIFY(!f.refresher.isRefreshing(f.id));
        QCOMPARE(f.refreshes, 0);

        f.advance(1);
        f.refresher.checkNow();
        QVERIFY(f.refresher.isRefreshing(f.id));
        // One at a time: asking again while it runs starts nothing more.
        f.refresher.checkNow();
        f.refresher.checkNow();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(refreshed.at(0).at(0).toString(), f.id);
        QCOMPARE(f.refreshes, 1);
        QCOMPARE(f.tokens.cachedTokens(f.id)->accessToken, QStringLiteral("at-2"));

        // The new token (900 s from now) is due 300 s before its expiry, and the timer follows.
        QCOMPARE(f.refresher.dueAt(f.id), start().addSecs(600 + 600));
        QCOMPARE(f.refresher.timer().interval(), 600 * 1000);
        f.refresher.checkNow();
        QCOMPARE(f.refreshes, 1);
    }

    void theTimerItselfStartsTheRefresh()
    {
        Fixture f;
        QVERIFY(f.signIn());
        f.refresher.setLeadTime(std::chrono::seconds(300));
        f.advance(600); // already due: the timer is armed for 0 ms
        f.refresher.start();
        QCOMPARE(f.refresher.timer().interval(), 0);
        QSignalSpy refreshed(&f.refresher, &BackgroundRefresher::refreshed);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(f.refreshes, 1);
    }

    void retriesWithBackoffOnServerTrouble()
    {
        Fixture f;
        QVERIFY(f.signIn());
        f.refresher.setLeadTime(std::chrono::seconds(300));
        f.refresher.start();
        QSignalSpy failed(&f.refresher, &BackgroundRefresher::refreshFailed);
        QSignalSpy refreshed(&f.refresher, &BackgroundRefresher::refreshed);
        QSignalSpy attention(&f.refresher, &BackgroundRefresher::attentionNeeded);
        f.answer = RefreshAnswer::Unavailable;

        f.advance(600);
        f.refresher.checkNow();
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(2).toDateTime(), start().addSecs(600 + 30));
        QCOMPARE(f.refresher.dueAt(f.id), start().addSecs(630));
        QCOMPARE(f.refresher.timer().interval(), 30 * 1000);
        QVERIFY(f.tokens.cachedTokens(f.id).has_value()); // the session is as it was

        f.advance(29);
        f.refresher.checkNow();
        QCOMPARE(f.refreshes, 1);

        // The second failure waits twice as long and is not announced again.
        f.advance(1);
        f.refresher.checkNow();
        QVERIFY(QTest::qWaitFor([&] { return f.refreshes == 2 && !f.refresher.isRefreshing(f.id); },
                                20000));
        QCOMPARE(f.refresher.dueAt(f.id), start().addSecs(630 + 60));
        QCOMPARE(failed.count(), 1);

        f.answer = RefreshAnswer::Grant;
        f.advance(60);
        f.refresher.checkNow();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(f.refreshes, 3);
        QCOMPARE(attention.count(), 0);
        QCOMPARE(f.refresher.dueAt(f.id), start().addSecs(690 + 600));
    }

    void invalidGrantAsksForSignInAndStops()
    {
        Fixture f;
        QVERIFY(f.signIn());
        f.refresher.setLeadTime(std::chrono::seconds(300));
        f.refresher.start();
        QSignalSpy attention(&f.refresher, &BackgroundRefresher::attentionNeeded);
        f.answer = RefreshAnswer::InvalidGrant;

        f.advance(600);
        f.refresher.checkNow();
        QVERIFY(attention.wait(20000));
        QCOMPARE(attention.at(0).at(0).toString(), f.id);
        QCOMPARE(attention.at(0).at(1).value<Error>().kind(), Error::Kind::SignInRequired);
        QVERIFY(!f.store.findById(f.id)->signedIn);
        QVERIFY(!f.refresher.dueAt(f.id).isValid());
        QVERIFY(!f.refresher.timer().isActive());

        // No retry loop, however late it gets: nothing is started (a refresh says so at once)...
        QSignalSpy started(&f.refresher, &BackgroundRefresher::refreshStarted);
        f.advance(3600);
        f.refresher.checkNow();
        QCOMPARE(started.count(), 0);
        // ...and a later request for the account's token, which waits for any refresh of the
        // account under way, finds it signed out: had checkNow() sent a refresh, the server would
        // have seen it.
        std::optional<Result<TokenSet>> later;
        f.tokens.validToken(f.id, nullptr, [&](const Result<TokenSet> &r) { later = r; });
        QTRY_VERIFY_WITH_TIMEOUT(later.has_value(), 20000);
        QVERIFY(!later->ok());
        QCOMPARE(later->error().kind(), Error::Kind::SignInRequired);
        QCOMPARE(f.refreshes, 1);
        QCOMPARE(attention.count(), 1);
    }

    void aShortLivedTokenIsNotRefreshedInALoop()
    {
        Fixture f;
        QVERIFY(f.signIn());
        f.refresher.setLeadTime(std::chrono::seconds(3600)); // longer than the token lives
        f.refresher.start();
        // Half-way between now and the expiry, not at once.
        QCOMPARE(f.refresher.dueAt(f.id), start().addSecs(450));
        f.refresher.checkNow();
        QCOMPARE(f.refreshes, 0);
    }

    void backoffGrowsAndIsCapped()
    {
        QCOMPARE(BackgroundRefresher::backoff(1), std::chrono::seconds(30));
        QCOMPARE(BackgroundRefresher::backoff(2), std::chrono::seconds(60));
        QCOMPARE(BackgroundRefresher::backoff(3), std::chrono::seconds(120));
        QCOMPARE(BackgroundRefresher::backoff(20), std::chrono::seconds(900));
        QVERIFY(BackgroundRefresher::isTransient(
                Error(Error::Kind::Network, QStringLiteral("down"))));
        QVERIFY(BackgroundRefresher::isTransient(Error::http(503)));
        QVERIFY(!BackgroundRefresher::isTransient(Error::http(400)));
        QVERIFY(!BackgroundRefresher::isTransient(Error::oauth(QStringLiteral("invalid_client"))));
        QVERIFY(!BackgroundRefresher::isTransient(Error(Error::Kind::SignInRequired, QString())));
    }
};

QTEST_GUILESS_MAIN(TestBackgroundRefresher)
#include "tst_backgroundrefresher.moc"
