// SessionVault against a keychain of the test's own (FakeKeychain) that can fail a chosen read or
// write: one keychain write per change, the unkept (memory-only) session, and the T2 proof that the
// keychain takes writes before a refresh token is spent.

#include "accounts/accountstore.h"
#include "fakekeychain.h"
#include "session/sessionvault.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace OAuthDesk;

namespace {

TokenSet session(const QString &suffix)
{
    TokenSet tokens;
    tokens.accessToken = QStringLiteral("at-") + suffix;
    tokens.refreshToken = QStringLiteral("rt-") + suffix;
    tokens.tokenType = QStringLiteral("Bearer");
    tokens.scope = QStringLiteral("api.read");
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(900);
    return tokens;
}

struct Fixture
{
    QTemporaryDir dir;
    AccountStore store{ dir.filePath(QStringLiteral("accounts.json")) };
    Test::FakeKeychain keychain;
    SessionVault vault{ &store, &keychain };
    QString id;

    Fixture()
    {
        Account a;
        a.name = QStringLiteral("Work");
        a.clientId = QStringLiteral("desk");
        a.grantType = GrantType::Password;
        a.username = QStringLiteral("alice");
        a.server.tokenEndpoint = QUrl(QStringLiteral("https://as.example/token"));
        if (const Error error = store.add(a))
            qFatal("cannot add the account: %s", qPrintable(error.message()));
        id = a.id;
    }

    Error keepSignedIn(const TokenSet &tokens)
    {
        std::optional<Error> kept;
        vault.keepSignedIn(
                id, tokens, {}, [] {}, [&](const Error &error) { kept = error; });
        return QTest::qWaitFor([&] { return kept.has_value(); }, 5000)
                ? *kept
                : Error(Error::Kind::Timeout, QStringLiteral("no answer"));
    }
    Error keepRefreshed(const TokenSet &tokens)
    {
        std::optional<Error> kept;
        vault.keepRefreshed(id, tokens, [&](const Error &error) { kept = error; });
        return QTest::qWaitFor([&] { return kept.has_value(); }, 5000)
                ? *kept
                : Error(Error::Kind::Timeout, QStringLiteral("no answer"));
    }
    SessionVault::Stored read()
    {
        std::optional<SessionVault::Stored> stored;
        vault.read(id, [&](const SessionVault::Stored &s) { stored = s; });
        if (!QTest::qWaitFor([&] { return stored.has_value(); }, 5000))
            qFatal("the vault did not answer");
        return *stored;
    }
    Error proveWritable(const SessionVault::Stored &stored)
    {
        std::optional<Error> proven;
        vault.proveWritable(id, stored, [&](const Error &error) { proven = error; });
        return QTest::qWaitFor([&] { return proven.has_value(); }, 5000)
                ? *proven
                : Error(Error::Kind::Timeout, QStringLiteral("no answer"));
    }
};

} // namespace

class TestSessionVault : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signInWritesOnceAndUpdatesTheHint()
    {
        Fixture f;
        QSignalSpy changed(&f.vault, &SessionVault::sessionChanged);
        QVERIFY(!f.keepSignedIn(session(QStringLiteral("1"))));
        QCOMPARE(f.keychain.writes, 1);
        QCOMPARE(f.keychain.stored(f.id)->refreshToken, QStringLiteral("rt-1"));
        QCOMPARE(f.vault.cached(f.id)->accessToken, QStringLiteral("at-1"));
        QVERIFY(f.store.findById(f.id)->signedIn);
        QCOMPARE(changed.count(), 1);
    }

    void refreshWritesOnceAndTheProofRidesOnIt()
    {
        Fixture f;
        QVERIFY(!f.keepSignedIn(session(QStringLiteral("1"))));
        QVERIFY(!f.keepRefreshed(session(QStringLiteral("2"))));
        QCOMPARE(f.keychain.writes, 2);
        QCOMPARE(f.keychain.stored(f.id)->refreshToken, QStringLiteral("rt-2"));
        // A write just now proves the keychain takes writes (KeychainProofWindow): no write-back.
        // (Asked at once, without a keychain read between, to stay well within the window.)
        QVERIFY(f.keychain.tookWriteWithin(SessionVault::KeychainProofWindow));
        QVERIFY(!f.proveWritable(SessionVault::Stored{ f.vault.cached(f.id), {} }));
        QCOMPARE(f.keychain.writes, 2);
    }

    void withoutARecentWriteTheProofIsOneWriteBack()
    {
        Fixture f;
        f.keychain.seed(f.id, session(QStringLiteral("1"))); // written by another process
        const SessionVault::Stored stored = f.read();
        QVERIFY(!stored.readError);
        QVERIFY(!f.proveWritable(stored));
        QCOMPARE(f.keychain.writes, 1);
        QCOMPARE(f.keychain.stored(f.id)->refreshToken, QStringLiteral("rt-1"));
    }

    void aKeychainThatRefusesWritesStopsTheRefreshBeforeItIsSent()
    {
        Fixture f;
        f.keychain.seed(f.id, session(QStringLiteral("1")));
        const SessionVault::Stored stored = f.read();
        f.keychain.failWrites = true;
        const Error error = f.proveWritable(stored);
        QCOMPARE(error.kind(), Error::Kind::Keychain);
        QVERIFY(error.message().contains(QLatin1String("nothing was sent")));
        QCOMPARE(f.keychain.stored(f.id)->refreshToken, QStringLiteral("rt-1")); // as it was
    }

    void aKeychainThatDoesNotAnswerLeavesThisProcessItsCopy()
    {
        Fixture f;
        QVERIFY(!f.keepSignedIn(session(QStringLiteral("1"))));
        f.keychain.failReads = true;
        const SessionVault::Stored stored = f.read();
        QCOMPARE(stored.readError.kind(), Error::Kind::Keychain);
        QCOMPARE(stored.tokens->refreshToken, QStringLiteral("rt-1"));
        // ... but proves nothing about writes: no refresh token is spent on it.
        const int writes = f.keychain.writes;
        QCOMPARE(f.proveWritable(stored).kind(), Error::Kind::Keychain);
        QCOMPARE(f.keychain.writes, writes);
    }

    void aSessionSignedOutElsewhereIsForgottenHere()
    {
        Fixture f;
        QVERIFY(!f.keepSignedIn(session(QStringLiteral("1"))));
        f.keychain.entries.clear(); // another process signed out
        QVERIFY(!f.read().tokens);
        QVERIFY(!f.vault.cached(f.id));
    }

    void aSessionTheKeychainCannotKeepLivesInMemoryOnly()
    {
        Fixture f;
        f.keychain.failWrites = true;
        const Error notRemembered = f.keepSignedIn(session(QStringLiteral("1")));
        QCOMPARE(notRemembered.kind(), Error::Kind::Keychain);
        QVERIFY(!f.keychain.stored(f.id));
        QCOMPARE(f.vault.cached(f.id)->refreshToken, QStringLiteral("rt-1"));
        // The keychain's "no session" does not end it, and it needs no proof of writes.
        const SessionVault::Stored stored = f.read();
        QCOMPARE(stored.tokens->refreshToken, QStringLiteral("rt-1"));
        const int writes = f.keychain.writes;
        QVERIFY(!f.proveWritable(stored));
        QCOMPARE(f.keychain.writes, writes);
        // A refresh the keychain cannot keep either is no error: memory was always its only copy.
        QVERIFY(!f.keepRefreshed(session(QStringLiteral("2"))));
        QCOMPARE(f.vault.cached(f.id)->refreshToken, QStringLiteral("rt-2"));
    }

    void anUnwrittenRotationIsTheTruthUntilTheKeychainTakesIt()
    {
        // T4: a rotated session that the keychain did not take, however often asked.
        Fixture f;
        QVERIFY(!f.keepSignedIn(session(QStringLiteral("1"))));
        std::optional<Error> removed;
        f.vault.keepUnwritten(f.id, session(QStringLiteral("2")), QStringLiteral("rt-1"),
                              [&](const Error &error) { removed = error; });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(!*removed);
        QVERIFY(f.vault.isUnwritten(f.id));
        QVERIFY(!f.keychain.stored(f.id)); // the spent refresh token is gone
        // Under the lock, memory is the truth: neither "no session" nor the spent one ends it.
        QCOMPARE(f.read().tokens->refreshToken, QStringLiteral("rt-2"));
        f.keychain.seed(f.id, session(QStringLiteral("1")));
        const SessionVault::Stored stored = f.read();
        QCOMPARE(stored.tokens->refreshToken, QStringLiteral("rt-2"));
        // The proof is always the write of that session, however recent the last write: while the
        // keychain refuses it, nothing may be sent; once it takes it, it is kept again.
        f.keychain.failWrites = true;
        QCOMPARE(f.proveWritable(stored).kind(), Error::Kind::Keychain);
        QVERIFY(f.vault.isUnwritten(f.id));
        f.keychain.failWrites = false;
        QVERIFY(!f.proveWritable(stored));
        QCOMPARE(f.keychain.stored(f.id)->refreshToken, QStringLiteral("rt-2"));
        QVERIFY(!f.vault.isUnwritten(f.id));
        QVERIFY(f.store.findById(f.id)->signedIn);
    }

    void anUnwrittenRotationGivesWayToANewSignInElsewhere()
    {
        Fixture f;
        QVERIFY(!f.keepSignedIn(session(QStringLiteral("1"))));
        std::optional<Error> removed;
        f.vault.keepUnwritten(f.id, session(QStringLiteral("2")), QStringLiteral("rt-1"),
                              [&](const Error &error) { removed = error; });
        QTRY_VERIFY(removed.has_value());
        f.keychain.seed(f.id, session(QStringLiteral("9"))); // another process signed in anew
        QCOMPARE(f.read().tokens->refreshToken, QStringLiteral("rt-9"));
        QVERIFY(!f.vault.isUnwritten(f.id));
    }

    void forgetClearsMemoryKeychainAndHint()
    {
        Fixture f;
        QVERIFY(!f.keepSignedIn(session(QStringLiteral("1"))));
        bool done = false;
        f.vault.forget(f.id, [&](const Error &error) {
            QVERIFY(!error);
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        QVERIFY(!f.keychain.stored(f.id));
        QVERIFY(!f.vault.cached(f.id));
        QVERIFY(!f.store.findById(f.id)->signedIn);
    }
};

QTEST_GUILESS_MAIN(TestSessionVault)
#include "tst_sessionvault.moc"
