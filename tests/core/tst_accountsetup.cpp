// AccountSetup, the one add-account workflow of the window and the command line, against a keychain
// of the test's own (FakeKeychain) that can refuse writes: the account first and the credentials
// after it, in the keychain only; nothing kept when the account is refused; the account kept, and
// the failure told, when the keychain refuses the credentials.

#include "accounts/accountstore.h"
#include "fakekeychain.h"
#include "http/httpclient.h"
#include "session/tokenmanager.h"
#include "workflows/accountsetup.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace OAuthDesk;

namespace {

/// Runs what the event loop has queued so far: a callback still to come would have come by now.
void runQueued()
{
    bool reached = false;
    QTimer::singleShot(0, [&reached] { reached = true; });
    QVERIFY(QTest::qWaitFor([&reached] { return reached; }, 5000));
}

const QString Secret = QStringLiteral("s3cret-of-the-client");
const QString RegistrationToken = QStringLiteral("registration-access-token-1");

Account confidentialAccount(const QString &name)
{
    Account a;
    a.name = name;
    a.clientId = QStringLiteral("desk");
    a.grantType = QStringLiteral("client_credentials");
    a.clientAuthMethod = QStringLiteral("client_secret_basic");
    a.server.tokenEndpoint = QUrl(QStringLiteral("https://as.example/token"));
    return a;
}

/// A confidential client's credentials: registered (with a registration access token), or a
/// client secret the person gave.
AccountSetup::Credentials credentialsFor(const Account &account, bool registered)
{
    AccountSetup::Credentials credentials;
    if (!registered) {
        credentials.clientSecret = Secret;
        return credentials;
    }
    RegisteredClient client;
    client.clientId = account.clientId;
    client.clientSecret = Secret;
    client.tokenEndpointAuthMethod = account.clientAuthMethod;
    client.registrationAccessToken = RegistrationToken;
    credentials.registered = client;
    return credentials;
}

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("accounts.json"));
    AccountStore store{ path };
    Test::FakeKeychain keychain;
    QNetworkAccessManager manager;
    HttpClient http{ &manager };
    TokenManager tokens{ &store, &keychain, &http };
    QObject context;

    struct Outcome
    {
        Error added; ///< step 1
        std::optional<AccountSetup::Kept> kept; ///< step 2, once it answered
        Error keychain;
        int calls = 0;
    };

    /// Runs the workflow and waits for step 2 when step 1 succeeded.
    Outcome add(Account &account, const AccountSetup::Credentials &credentials)
    {
        Outcome outcome;
        outcome.added =
                AccountSetup(&tokens).add(account, credentials, &context,
                                          [&outcome](AccountSetup::Kept kept, const Error &error) {
                                              outcome.kept = kept;
                                              outcome.keychain = error;
                                              ++outcome.calls;
                                          });
        if (!outcome.added && !QTest::qWaitFor([&] { return outcome.kept.has_value(); }, 5000))
            outcome.keychain = Error(Error::Kind::Timeout, QStringLiteral("no answer"));
        return outcome;
    }

    QByteArray accountsFile() const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

} // namespace

class tst_AccountSetup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clientSecretGoesToTheKeychainOnly()
    {
        Fixture f;
        Account account = confidentialAccount(QStringLiteral("Work"));
        const Fixture::Outcome outcome = f.add(account, credentialsFor(account, false));
        QVERIFY2(!outcome.added, qPrintable(outcome.added.message()));
        QCOMPARE(outcome.kept, AccountSetup::Kept::ClientSecret);
        QVERIFY2(!outcome.keychain, qPrintable(outcome.keychain.message()));
        QVERIFY(!account.id.isEmpty());
        QVERIFY(f.store.findById(account.id));
        QCOMPARE(f.keychain.entries.value(AbstractSecretStore::clientSecretKey(account.id)),
                 Secret.toUtf8());
        QVERIFY(!f.accountsFile().isEmpty());
        QVERIFY(!f.accountsFile().contains(Secret.toUtf8()));
        runQueued();
        QCOMPARE(outcome.calls, 1);
    }

    void registrationGoesToTheKeychainOnly()
    {
        Fixture f;
        Account account = confidentialAccount(QStringLiteral("Registered"));
        const Fixture::Outcome outcome = f.add(account, credentialsFor(account, true));
        QVERIFY2(!outcome.added, qPrintable(outcome.added.message()));
        QCOMPARE(outcome.kept, AccountSetup::Kept::Registration);
        QVERIFY2(!outcome.keychain, qPrintable(outcome.keychain.message()));
        QCOMPARE(f.keychain.entries.value(
                         ClientRegistration::registrationAccessTokenKey(account.id)),
                 RegistrationToken.toUtf8());
        QCOMPARE(f.keychain.entries.value(AbstractSecretStore::clientSecretKey(account.id)),
                 Secret.toUtf8());
        QVERIFY(!f.accountsFile().contains(Secret.toUtf8()));
        QVERIFY(!f.accountsFile().contains(RegistrationToken.toUtf8()));
    }

    void publicClientKeepsNothing()
    {
        Fixture f;
        Account account = confidentialAccount(QStringLiteral("Public"));
        account.grantType = QStringLiteral("authorization_code");
        account.server.authorizationEndpoint = QUrl(QStringLiteral("https://as.example/authorize"));
        account.clientAuthMethod = QStringLiteral("none");
        const Fixture::Outcome outcome = f.add(account, {});
        QVERIFY2(!outcome.added, qPrintable(outcome.added.message()));
        QCOMPARE(outcome.kept, AccountSetup::Kept::Nothing);
        QVERIFY(!outcome.keychain);
        QVERIFY(f.store.findById(account.id));
        QCOMPARE(f.keychain.writes, 0);
    }

    void refusedAccountKeepsNothing_data()
    {
        QTest::addColumn<bool>("registered");
        QTest::newRow("client secret") << false;
        QTest::newRow("registration") << true;
    }
    void refusedAccountKeepsNothing()
    {
        // A name already taken: the account is refused, and no keychain item is written for it
        // (it would name an account that does not exist).
        QFETCH(bool, registered);
        Fixture f;
        Account first = confidentialAccount(QStringLiteral("Work"));
        QVERIFY(!f.store.add(first));
        const QByteArray before = f.accountsFile();
        Account second = confidentialAccount(QStringLiteral("Work"));
        const Fixture::Outcome outcome = f.add(second, credentialsFor(second, registered));
        QVERIFY(outcome.added);
        QVERIFY2(outcome.added.message().contains(QLatin1String("already exists")),
                 qPrintable(outcome.added.message()));
        runQueued();
        QCOMPARE(outcome.calls, 0);
        QCOMPARE(f.keychain.writes, 0);
        QCOMPARE(f.store.accounts().size(), 1);
        QCOMPARE(f.accountsFile(), before);
    }

    void keychainRefusalKeepsTheAccountAndSaysSo_data()
    {
        QTest::addColumn<bool>("registered");
        QTest::newRow("client secret") << false;
        QTest::newRow("registration") << true;
    }
    void keychainRefusalKeepsTheAccountAndSaysSo()
    {
        QFETCH(bool, registered);
        Fixture f;
        f.keychain.failWrites = true;
        Account account = confidentialAccount(QStringLiteral("Work"));
        const Fixture::Outcome outcome = f.add(account, credentialsFor(account, registered));
        QVERIFY2(!outcome.added, qPrintable(outcome.added.message()));
        QCOMPARE(outcome.kept,
                 registered ? AccountSetup::Kept::Registration : AccountSetup::Kept::ClientSecret);
        QCOMPARE(outcome.keychain.kind(), Error::Kind::Keychain);
        QVERIFY(f.keychain.writes >= 1);
        QVERIFY(f.keychain.entries.isEmpty());
        // The account is the person's configuration: it stays, so that the secret can be set again.
        QVERIFY(f.store.findById(account.id));
        QVERIFY(!f.accountsFile().contains(Secret.toUtf8()));
        QVERIFY(!outcome.keychain.message().contains(Secret));
    }

    void goneContextIsNotCalled()
    {
        Fixture f;
        Account account = confidentialAccount(QStringLiteral("Work"));
        AccountSetup::Credentials credentials;
        credentials.clientSecret = Secret;
        int calls = 0;
        auto *context = new QObject;
        const Error added = AccountSetup(&f.tokens).add(
                account, credentials, context,
                [&calls](AccountSetup::Kept, const Error &) { ++calls; });
        QVERIFY(!added);
        delete context;
        // The keychain still takes the write; its answer, queued then, would have called back.
        QVERIFY(QTest::qWaitFor([&] { return f.keychain.entries.size() == 1; }, 5000));
        runQueued();
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(tst_AccountSetup)
#include "tst_accountsetup.moc"
