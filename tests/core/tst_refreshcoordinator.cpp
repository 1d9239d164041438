// RefreshCoordinator against a scripted token endpoint and a keychain of the test's own
// (FakeKeychain) that can fail a chosen write: one refresh in flight per account, rotation when the
// keychain refuses the new set (SECURITY.md T2, T4), invalid_grant against a network or server
// error.

#include "accounts/accountstore.h"
#include "fakekeychain.h"
#include "http/httpclient.h"
#include "inspect/keysetcache.h"
#include "scriptedserver.h"
#include "session/backgroundrefresher.h"
#include "session/clientsecrets.h"
#include "session/idtokencheck.h"
#include "session/refreshcoordinator.h"
#include "session/sessionvault.h"
#include "session/tokenmanager.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace OAuthDesk;

namespace {

/// How the scripted token endpoint answers refresh_token grants.
enum class Answer { Rotate, InvalidGrant, Unavailable, ServerError };

struct Fixture
{
    QTemporaryDir dir;
    AccountStore store{ dir.filePath(QStringLiteral("accounts.json")) };
    Test::FakeKeychain keychain;
    QNetworkAccessManager manager;
    HttpClient http{ &manager };
    SessionVault vault{ &store, &keychain };
    ClientSecrets clients{ &keychain };
    KeySetCache keySets{ &http };
    IdTokenCheck idTokens{ &keySets };
    RefreshCoordinator coordinator{ &store, &vault, &clients, &idTokens, &http };
    Answer answer = Answer::Rotate;
    QStringList refreshTokensSent; ///< the refresh_token of every refresh the server saw
    Test::ScriptedServer server{ [this](const Test::ScriptedServer::Request &request)
                                         -> QByteArray {
        const QRegularExpression rt(QStringLiteral("refresh_token=([^&]*)"));
        const auto match = rt.match(QString::fromUtf8(request.body));
        if (!request.target.startsWith("/token") || !match.hasMatch())
            return Test::ScriptedServer::json(404, "{}");
        refreshTokensSent.append(match.captured(1));
        switch (answer) {
        case Answer::InvalidGrant:
            return Test::ScriptedServer::json(400, "{\"error\":\"invalid_grant\"}");
        case Answer::Unavailable:
            return Test::ScriptedServer::json(503, "{\"error\":\"temporarily_unavailable\"}");
        case Answer::ServerError:
            return Test::ScriptedServer::json(500, "{\"error\":\"server_error\"}");
        case Answer::Rotate:
            break;
        }
        const QByteArray n = QByteArray::number(refreshTokensSent.size());
        return Test::ScriptedServer::json(200,
                                          "{\"access_token\":\"at-" + n
                                                  + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                                                    "900,\"refresh_token\":\"rt-"
                                                  + n + "\"}");
    } };
    QString id;

    Fixture()
    {
        // T4's back-off, short: the tests wait for the outcome, not for the time.
        coordinator.setKeepRetryDelays(
                { std::chrono::milliseconds(10), std::chrono::milliseconds(20) });
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
        // Signed in earlier (by this or another process); the access token has expired.
        TokenSet stale;
        stale.accessToken = QStringLiteral("at-0");
        stale.refreshToken = QStringLiteral("rt-0");
        stale.tokenType = QStringLiteral("Bearer");
        stale.scope = a.scope;
        stale.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        keychain.seed(id, stale);
    }

    Result<TokenSet> refresh(RefreshCoordinator::Mode mode = RefreshCoordinator::Mode::IfStale)
    {
        return refreshBy(coordinator, mode);
    }
    /// A refresh by `by` (this fixture's coordinator, or another process's over the same keychain).
    Result<TokenSet> refreshBy(RefreshCoordinator &by,
                               RefreshCoordinator::Mode mode = RefreshCoordinator::Mode::IfStale)
    {
        std::optional<Result<TokenSet>> result;
        by.refresh(id, mode, {}, nullptr, [&](const Result<TokenSet> &r) {
            result = r;
            // What the keychain holds the moment the caller gets the answer.
            storedAtHandOut = keychain.stored(id);
        });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return Error(Error::Kind::Timeout, QStringLiteral("no answer"));
        return *result;
    }
    Result<TokenSet> additionalToken(const QString &scope)
    {
        std::optional<Result<TokenSet>> result;
        coordinator.additionalToken(id, scope, nullptr, [&](const Result<TokenSet> &r) {
            result = r;
            storedAtHandOut = keychain.stored(id);
        });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return Error(Error::Kind::Timeout, QStringLiteral("no answer"));
        return *result;
    }
    std::optional<TokenSet> storedAtHandOut; ///< the keychain's session when the last answer came
};

/// Another OAuthDesk process (or this one started again) over the same keychain and accounts
/// file: nothing in memory, everything read from what is stored.
struct OtherProcess
{
    explicit OtherProcess(Fixture &f)
        : vault(&f.store, &f.keychain),
          clients(&f.keychain),
          keySets(&f.http),
          idTokens(&keySets),
          coordinator(&f.store, &vault, &clients, &idTokens, &f.http)
    {
    }
    SessionVault vault;
    ClientSecrets clients;
    KeySetCache keySets;
    IdTokenCheck idTokens;
    RefreshCoordinator coordinator;
};

} // namespace

class TestRefreshCoordinator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void callersShareTheOneRefreshInFlight()
    {
        Fixture f;
        QSignalSpy refreshing(&f.coordinator, &RefreshCoordinator::refreshing);
        QList<Result<TokenSet>> results;
        for (int i = 0; i < 3; ++i)
            f.coordinator.validToken(f.id, nullptr,
                                     [&](const Result<TokenSet> &r) { results.append(r); });
        QVERIFY(QTest::qWaitFor([&] { return results.size() == 3; }, 20000));
        QCOMPARE(f.refreshTokensSent, QStringList{ QStringLiteral("rt-0") });
        for (const Result<TokenSet> &r : results) {
            QVERIFY(r.ok());
            QCOMPARE(r.value().accessToken, QStringLiteral("at-1"));
        }
        QCOMPARE(refreshing.count(), 2); // busy once, idle once
        QCOMPARE(refreshing.at(0).at(1).toBool(), true);
        QCOMPARE(refreshing.at(1).at(1).toBool(), false);
        // Rotation: the new refresh token is in the keychain.
        QCOMPARE(f.keychain.stored(f.id)->refreshToken, QStringLiteral("rt-1"));
        // The next caller gets the fresh token from memory, without a request.
        bool done = false;
        f.coordinator.validToken(f.id, nullptr, [&](const Result<TokenSet> &r) {
            QCOMPARE(r.value().accessToken, QStringLiteral("at-1"));
            done = true;
        });
        QVERIFY(done);
        QCOMPARE(f.refreshTokensSent.size(), 1);
    }

    void aFreshTokenAnotherProcessStoredIsUsedWithoutARequest()
    {
        Fixture f;
        TokenSet fresh = *f.keychain.stored(f.id);
        fresh.accessToken = QStringLiteral("at-other");
        fresh.expiresAt = QDateTime::currentDateTimeUtc().addSecs(900);
        f.keychain.seed(f.id, fresh);
        const Result<TokenSet> result = f.refresh();
        QVERIFY(result.ok());
        QCOMPARE(result.value().accessToken, QStringLiteral("at-other"));
        QVERIFY(f.refreshTokensSent.isEmpty());
    }

    void aRotatedSetTheKeychainRefusesOnceIsWrittenAgainBeforeItIsHandedOut()
    {
        Fixture f;
        // Write 1 proves the keychain takes writes (T2); write 2, the rotated set, fails (T4).
        f.keychain.failWriteNumber = 2;
        QSignalSpy failed(&f.coordinator, &RefreshCoordinator::refreshFailed);
        const Result<TokenSet> result = f.refresh();
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value().accessToken, QStringLiteral("at-1"));
        // Written again, and kept, before the caller got the access token.
        QCOMPARE(f.keychain.writes, 3);
        QVERIFY(f.storedAtHandOut);
        QCOMPARE(f.storedAtHandOut->refreshToken, QStringLiteral("rt-1"));
        QCOMPARE(f.storedAtHandOut->accessToken, QStringLiteral("at-1"));
        QCOMPARE(f.vault.cached(f.id)->refreshToken, QStringLiteral("rt-1"));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(f.refreshTokensSent, QStringList{ QStringLiteral("rt-0") });
        // The spent refresh token is never sent again: the next refresh sends the rotated one.
        QVERIFY(f.refresh(RefreshCoordinator::Mode::Force).ok());
        QCOMPARE(f.refreshTokensSent.last(), QStringLiteral("rt-1"));
        QCOMPARE(f.keychain.stored(f.id)->refreshToken, QStringLiteral("rt-2"));
    }

    void aRotatedSetTheKeychainRefusesOnceIsWhatAnotherProcessFinds()
    {
        Fixture f;
        f.keychain.failWriteNumber = 2;
        QVERIFY(f.refresh().ok());
        // Another process, or this one started again, reads the keychain under the lock: it finds
        // the rotated set, and sends its refresh token, never the spent one.
        OtherProcess other(f);
        const Result<TokenSet> theirs =
                f.refreshBy(other.coordinator, RefreshCoordinator::Mode::Force);
        QVERIFY2(theirs.ok(), qPrintable(theirs.error().message()));
        QCOMPARE(f.refreshTokensSent,
                 (QStringList{ QStringLiteral("rt-0"), QStringLiteral("rt-1") }));
        QCOMPARE(f.keychain.stored(f.id)->refreshToken, QStringLiteral("rt-2"));
    }

    void aRotatedSetTheKeychainNeverTakesLivesInMemoryAndTheSpentOneIsGone()
    {
        Fixture f;
        // Write 1 proves the keychain; from write 2 on it refuses: the rotated set and both tries
        // again.
        f.keychain.failWritesFrom = 2;
        QSignalSpy failed(&f.coordinator, &RefreshCoordinator::refreshFailed);
        const Result<TokenSet> result = f.refresh();
        QCOMPARE(result.error().kind(), Error::Kind::Keychain);
        QVERIFY2(result.error().message().contains(QLatin1String("memory only")),
                 qPrintable(result.error().message()));
        QCOMPARE(f.keychain.writes, 1 + 1 + f.coordinator.keepRetryDelays().size());
        // The person is told, whoever asked for the refresh.
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(1).value<Error>().kind(), Error::Kind::Keychain);
        QCOMPARE(f.refreshTokensSent, QStringList{ QStringLiteral("rt-0") });
        // The rotated set is the only truth: in this process's memory; the spent refresh token is
        // no longer in the keychain for anyone to send.
        QCOMPARE(f.vault.cached(f.id)->refreshToken, QStringLiteral("rt-1"));
        QVERIFY(!f.keychain.stored(f.id));

        // Another process (or this one started again) finds no session and asks for a sign-in,
        // without a request.
        {
            OtherProcess other(f);
            const Result<TokenSet> theirs =
                    f.refreshBy(other.coordinator, RefreshCoordinator::Mode::Force);
            QCOMPARE(theirs.error().kind(), Error::Kind::SignInRequired);
            QCOMPARE(f.refreshTokensSent.size(), 1);
        }

        // While the keychain still refuses, a refresh here sends nothing: the rotated set is
        // written first, and that fails.
        const int requests = f.refreshTokensSent.size();
        QCOMPARE(f.refresh(RefreshCoordinator::Mode::Force).error().kind(), Error::Kind::Keychain);
        QCOMPARE(f.refreshTokensSent.size(), requests);
        QCOMPARE(f.vault.cached(f.id)->refreshToken, QStringLiteral("rt-1"));

        // Once the keychain takes writes, the next refresh keeps the rotated set first, then sends
        // its refresh token (never the spent rt-0) and keeps the new one.
        f.keychain.failWritesFrom = 0;
        const int writes = f.keychain.writes;
        const Result<TokenSet> again = f.refresh(RefreshCoordinator::Mode::Force);
        QVERIFY2(again.ok(), qPrintable(again.error().message()));
        QCOMPARE(f.refreshTokensSent.last(), QStringLiteral("rt-1"));
        QVERIFY(!f.refreshTokensSent.mid(1).contains(QStringLiteral("rt-0")));
        QCOMPARE(f.keychain.writes, writes + 2); // the kept rotated set, then the new one
        QCOMPARE(f.keychain.stored(f.id)->refreshToken, QStringLiteral("rt-%1").arg(requests + 1));
        QVERIFY(f.store.findById(f.id)->signedIn);
    }

    void aNarrowerTokensRotatedRefreshTokenIsKeptLikeARefresh()
    {
        Fixture f;
        f.keychain.failWriteNumber = 2; // the proof, then the rotated refresh token: refused once
        const Result<TokenSet> narrower = f.additionalToken(QStringLiteral("api.read"));
        QVERIFY2(narrower.ok(), qPrintable(narrower.error().message()));
        QCOMPARE(narrower.value().accessToken, QStringLiteral("at-1"));
        QVERIFY(narrower.value().refreshToken.isEmpty());
        QCOMPARE(f.keychain.writes, 3);
        QCOMPARE(f.storedAtHandOut->refreshToken, QStringLiteral("rt-1"));
        QCOMPARE(f.storedAtHandOut->accessToken, QStringLiteral("at-0")); // the account's own
        // Never sent again, also by another process.
        OtherProcess other(f);
        QVERIFY(f.refreshBy(other.coordinator, RefreshCoordinator::Mode::Force).ok());
        QCOMPARE(f.refreshTokensSent,
                 (QStringList{ QStringLiteral("rt-0"), QStringLiteral("rt-1") }));
    }

    void aNarrowerTokensRotatedRefreshTokenTheKeychainNeverTakesIsTold()
    {
        Fixture f;
        f.keychain.failWritesFrom = 2;
        QSignalSpy failed(&f.coordinator, &RefreshCoordinator::refreshFailed);
        const Result<TokenSet> narrower = f.additionalToken(QStringLiteral("api.read"));
        QCOMPARE(narrower.error().kind(), Error::Kind::Keychain);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!f.keychain.stored(f.id)); // the spent refresh token is gone
        QCOMPARE(f.vault.cached(f.id)->refreshToken, QStringLiteral("rt-1"));
        QCOMPARE(f.vault.cached(f.id)->accessToken, QStringLiteral("at-0"));
        // Once the keychain works, the next refresh sends the rotated refresh token.
        f.keychain.failWritesFrom = 0;
        QVERIFY(f.refresh(RefreshCoordinator::Mode::Force).ok());
        QCOMPARE(f.refreshTokensSent,
                 (QStringList{ QStringLiteral("rt-0"), QStringLiteral("rt-1") }));
        QCOMPARE(f.keychain.stored(f.id)->refreshToken, QStringLiteral("rt-2"));
    }

    void theBackgroundRefresherCountsAnUnkeptRotationAsAFailure()
    {
        Fixture f;
        TokenManager tokens(&f.store, &f.keychain, &f.http);
        tokens.setKeychainRetryDelays({ std::chrono::milliseconds(10) });
        std::optional<Result<std::optional<TokenSet>>> loaded;
        tokens.loadTokens(f.id, nullptr, [&](const auto &r) { loaded = r; });
        QTRY_VERIFY(loaded.has_value());
        BackgroundRefresher refresher(&tokens, &f.store);
        QSignalSpy failed(&refresher, &BackgroundRefresher::refreshFailed);
        QSignalSpy refreshed(&refresher, &BackgroundRefresher::refreshed);
        f.keychain.failWritesFrom = 2; // the proof is taken; the rotated set never is
        refresher.start();
        refresher.checkNow(); // the stored access token has expired: due now
        QVERIFY(failed.wait(20000));
        QCOMPARE(refreshed.count(), 0);
        QCOMPARE(failed.at(0).at(1).value<Error>().kind(), Error::Kind::Keychain);
        QVERIFY(failed.at(0).at(2).toDateTime().isValid()); // tried again later
        QCOMPARE(f.refreshTokensSent, QStringList{ QStringLiteral("rt-0") });
    }

    void aKeychainThatRefusesTheProofStopsTheRefreshBeforeItIsSent()
    {
        Fixture f;
        f.keychain.failWrites = true;
        const Result<TokenSet> result = f.refresh();
        QCOMPARE(result.error().kind(), Error::Kind::Keychain);
        QVERIFY(f.refreshTokensSent.isEmpty());
        QCOMPARE(f.keychain.stored(f.id)->refreshToken, QStringLiteral("rt-0"));
    }

    void invalidGrantForgetsTheDeadRefreshTokenOnce()
    {
        Fixture f;
        f.answer = Answer::InvalidGrant;
        const Result<TokenSet> result = f.refresh();
        QCOMPARE(result.error().kind(), Error::Kind::SignInRequired);
        QVERIFY(!f.keychain.stored(f.id));
        QVERIFY(!f.vault.cached(f.id));
        QVERIFY(!f.store.findById(f.id)->signedIn);
        // No retry loop: the next refresh finds no session and sends nothing.
        QCOMPARE(f.refresh(RefreshCoordinator::Mode::Force).error().kind(),
                 Error::Kind::SignInRequired);
        QCOMPARE(f.refreshTokensSent, QStringList{ QStringLiteral("rt-0") });
    }

    void networkAndServerErrorsChangeNothing_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("unreachable");
        QTest::newRow("503") << int(Answer::Unavailable) << false;
        QTest::newRow("500 server_error") << int(Answer::ServerError) << false;
        QTest::newRow("connection refused") << int(Answer::Rotate) << true;
    }
    void networkAndServerErrorsChangeNothing()
    {
        QFETCH(int, answer);
        QFETCH(bool, unreachable);
        Fixture f;
        f.answer = Answer(answer);
        if (unreachable) {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            Account a = *f.store.findById(f.id);
            a.server.tokenEndpoint =
                    QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(closed.serverPort()));
            closed.close();
            QVERIFY(!f.store.update(a));
        }
        const TokenSet before = *f.keychain.stored(f.id);
        const Result<TokenSet> result = f.refresh();
        QVERIFY(!result.ok());
        QVERIFY(result.error().kind() != Error::Kind::SignInRequired);
        QCOMPARE(f.keychain.stored(f.id)->refreshToken, before.refreshToken);
        QCOMPARE(f.keychain.stored(f.id)->accessToken, before.accessToken);
        QCOMPARE(f.refreshTokensSent.size(), unreachable ? 0 : 1);
    }
};

QTEST_GUILESS_MAIN(TestRefreshCoordinator)
#include "tst_refreshcoordinator.moc"
