// RefreshCoordinator against a scripted token endpoint and a keychain of the test's own
// (FakeKeychain) that can fail a chosen write: one refresh in flight per account, rotation when the
// keychain refuses the new set (SECURITY.md T2), invalid_grant against a network or server error.

#include "accounts/accountstore.h"
#include "fakekeychain.h"
#include "http/httpclient.h"
#include "inspect/keysetcache.h"
#include "scriptedserver.h"
#include "session/clientsecrets.h"
#include "session/idtokencheck.h"
#include "session/refreshcoordinator.h"
#include "session/sessionvault.h"

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
        std::optional<Result<TokenSet>> result;
        coordinator.refresh(id, mode, {}, nullptr, [&](const Result<TokenSet> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return Error(Error::Kind::Timeout, QStringLiteral("no answer"));
        return *result;
    }
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

    void aRotatedSessionTheKeychainRefusesIsReportedAndNotLost()
    {
        Fixture f;
        // Write 1 proves the keychain takes writes (T2); write 2, the rotated set, fails.
        f.keychain.failWriteNumber = 2;
        QSignalSpy failed(&f.coordinator, &RefreshCoordinator::refreshFailed);
        const Result<TokenSet> result = f.refresh();
        QCOMPARE(result.error().kind(), Error::Kind::Keychain);
        QVERIFY(result.error().message().contains(QLatin1String("could not save")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(f.keychain.writes, 2);
        QCOMPARE(f.refreshTokensSent, QStringList{ QStringLiteral("rt-0") });
        // Nothing is lost: the keychain keeps the session it had, and this process keeps the
        // rotated one (the only copy of the new refresh token) in memory.
        QCOMPARE(f.keychain.stored(f.id)->refreshToken, QStringLiteral("rt-0"));
        QCOMPARE(f.vault.cached(f.id)->refreshToken, QStringLiteral("rt-1"));
        QCOMPARE(f.vault.cached(f.id)->accessToken, QStringLiteral("at-1"));
        // T4 asks more: the rotated set written again until it is kept, and the spent refresh
        // token never sent again. Today the next refresh under the lock takes the keychain's
        // (spent) one.
        f.keychain.failWriteNumber = 0;
        QVERIFY(f.refresh(RefreshCoordinator::Mode::Force).ok());
        QEXPECT_FAIL("", "T4: the rotated refresh token is not written again until it is kept",
                     Continue);
        QCOMPARE(f.refreshTokensSent.last(), QStringLiteral("rt-1"));
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
