// AccountSetup, the one add-account workflow of the window and the command line, against a keychain
// of the test's own (FakeKeychain) that can refuse writes: the account first and the credentials
// after it, in the keychain only; nothing kept when the account is refused; the account kept, and
// the failure told, when the keychain refuses the credentials. And its registration step
// (ClientRegistrationStep) against a scripted registration endpoint: its rules refuse before
// anything is sent, a refusal keeps nothing, and a registered account takes the client.

#include "accounts/accountstore.h"
#include "fakekeychain.h"
#include "http/httpclient.h"
#include "scriptedserver.h"
#include "session/tokenmanager.h"
#include "workflows/accountsetup.h"
#include "workflows/clientregistrationstep.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace OAuthDesk;
using OAuthDesk::Test::ScriptedServer;

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
    a.grantType = GrantType::ClientCredentials;
    a.clientAuthMethod = ClientAuthentication::Method::SecretBasic;
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

/// An account a person left without a client ID, at a server whose registration endpoint is
/// `registrationEndpoint`.
Account unregisteredAccount(const QUrl &registrationEndpoint)
{
    Account a;
    a.name = QStringLiteral("Registered");
    a.scope = QStringLiteral("openid");
    a.redirectPort = 8400;
    a.server.issuer = QUrl(QStringLiteral("https://as.example"));
    a.server.authorizationEndpoint = QUrl(QStringLiteral("https://as.example/authorize"));
    a.server.tokenEndpoint = QUrl(QStringLiteral("https://as.example/token"));
    a.server.registrationEndpoint = registrationEndpoint;
    return a;
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

    /// Runs the registration step and waits for its answer.
    Result<ClientRegistrationStep::Registration> registerClient(const Account &draft)
    {
        std::optional<Result<ClientRegistrationStep::Registration>> result;
        ClientRegistrationStep(&http).registerClient(
                draft, &context,
                [&result](const Result<ClientRegistrationStep::Registration> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            return Error(Error::Kind::Timeout, QStringLiteral("no answer"));
        return *result;
    }

    QByteArray accountsFile() const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

} // namespace

Q_DECLARE_METATYPE(OAuthDesk::ClientRegistrationStep::Unmet)

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
        account.grantType = GrantType::AuthorizationCode;
        account.server.authorizationEndpoint = QUrl(QStringLiteral("https://as.example/authorize"));
        account.clientAuthMethod = ClientAuthentication::Method::None;
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

    void registrationRulesRefuseBeforeAnythingIsSent_data()
    {
        QTest::addColumn<bool>("endpoint");
        QTest::addColumn<QString>("grant");
        QTest::addColumn<QString>("method");
        QTest::addColumn<ClientRegistrationStep::Unmet>("unmet");
        const QString code = QStringLiteral("authorization_code");
        const QString none = QStringLiteral("none");
        QTest::newRow("no registration endpoint")
                << false << code << none << ClientRegistrationStep::Unmet::RegistrationEndpoint;
        QTest::newRow("device grant") << true << QStringLiteral("device") << none
                                      << ClientRegistrationStep::Unmet::AuthorizationCodeGrant;
        QTest::newRow("implicit grant") << true << QStringLiteral("implicit") << none
                                        << ClientRegistrationStep::Unmet::AuthorizationCodeGrant;
        QTest::newRow("confidential client")
                << true << code << QStringLiteral("client_secret_basic")
                << ClientRegistrationStep::Unmet::PublicClient;
        QTest::newRow("no endpoint comes first")
                << false << QStringLiteral("device") << QStringLiteral("client_secret_post")
                << ClientRegistrationStep::Unmet::RegistrationEndpoint;
    }
    void registrationRulesRefuseBeforeAnythingIsSent()
    {
        QFETCH(bool, endpoint);
        QFETCH(QString, grant);
        QFETCH(QString, method);
        QFETCH(ClientRegistrationStep::Unmet, unmet);
        ScriptedServer server([](const ScriptedServer::Request &) {
            return ScriptedServer::json(201, "{\"client_id\":\"must-not-be-asked\"}");
        });
        QVERIFY(server.start());
        Fixture f;
        Account draft =
                unregisteredAccount(endpoint ? QUrl(server.url(QStringLiteral("/reg"))) : QUrl());
        draft.grantType = *grantTypeFromName(grant);
        draft.clientAuthMethod = ClientAuthentication::methodFromString(method);
        QCOMPARE(ClientRegistrationStep::unmet(draft), unmet);
        QVERIFY(!ClientRegistrationStep::canRegister(draft));
        const Error checked = ClientRegistrationStep::check(draft);
        QCOMPARE(checked.kind(), Error::Kind::Configuration);
        QVERIFY(!checked.message().isEmpty());

        const Result<ClientRegistrationStep::Registration> result = f.registerClient(draft);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::Configuration);
        QCOMPARE(result.error().message(), checked.message());
        runQueued();
        QVERIFY(server.requests().isEmpty());
        QVERIFY(f.store.accounts().isEmpty());
        QCOMPARE(f.keychain.writes, 0);
    }

    void registrationRefusedByTheServerKeepsNothing()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            return ScriptedServer::json(400,
                                        "{\"error\":\"invalid_client_metadata\","
                                        "\"error_description\":\"no natives here\"}");
        });
        QVERIFY(server.start());
        Fixture f;
        const Account draft = unregisteredAccount(QUrl(server.url(QStringLiteral("/reg"))));
        QVERIFY(ClientRegistrationStep::canRegister(draft));
        QVERIFY(!ClientRegistrationStep::check(draft));

        const Result<ClientRegistrationStep::Registration> result = f.registerClient(draft);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::OAuth);
        QCOMPARE(result.error().oauthError(), QStringLiteral("invalid_client_metadata"));
        QCOMPARE(server.requests().size(), 1);
        runQueued();
        QVERIFY(f.store.accounts().isEmpty());
        QCOMPARE(f.keychain.writes, 0);
        QVERIFY(f.accountsFile().isEmpty());
    }

    void registeredAccountTakesTheClientAndKeepsItsRegistration_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("secret");
        QTest::newRow("public client")
                << QByteArray("{\"client_id\":\"registered-client\","
                              "\"registration_access_token\":\"registration-access-token-1\"}")
                << QStringLiteral("none") << QString();
        // The server may settle on a confidential client: the account follows it.
        QTest::newRow("server settles on a secret")
                << QByteArray("{\"client_id\":\"registered-client\","
                              "\"client_secret\":\"s3cret-of-the-client\","
                              "\"token_endpoint_auth_method\":\"client_secret_post\","
                              "\"registration_access_token\":\"registration-access-token-1\"}")
                << QStringLiteral("client_secret_post") << Secret;
    }
    void registeredAccountTakesTheClientAndKeepsItsRegistration()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, method);
        QFETCH(QString, secret);
        ScriptedServer server([answer](const ScriptedServer::Request &r) {
            if (r.method == "POST" && r.target == "/reg")
                return ScriptedServer::json(201, answer);
            return ScriptedServer::json(404, "{}");
        });
        QVERIFY(server.start());
        Fixture f;
        const Account draft = unregisteredAccount(QUrl(server.url(QStringLiteral("/reg"))));

        const Result<ClientRegistrationStep::Registration> result = f.registerClient(draft);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(server.requests().size(), 1);
        // The draft's fixed redirect port is the one registered.
        QVERIFY(server.requests().first().body.contains("http://127.0.0.1:8400/callback"));
        const ClientRegistrationStep::Registration &registration = result.value();
        QCOMPARE(registration.client.clientId, QStringLiteral("registered-client"));
        Account account = registration.account;
        QCOMPARE(account.clientId, QStringLiteral("registered-client"));
        QCOMPARE(ClientAuthentication::methodName(account.clientAuthMethod), method);
        QCOMPARE(account.name, draft.name);
        QCOMPARE(account.server.tokenEndpoint, draft.server.tokenEndpoint);
        QVERIFY(account.id.isEmpty());
        // Registering stored nothing yet.
        QVERIFY(f.store.accounts().isEmpty());
        QCOMPARE(f.keychain.writes, 0);

        const Fixture::Outcome outcome = f.add(account, registration.credentials());
        QVERIFY2(!outcome.added, qPrintable(outcome.added.message()));
        QCOMPARE(outcome.kept, AccountSetup::Kept::Registration);
        QVERIFY2(!outcome.keychain, qPrintable(outcome.keychain.message()));
        const auto stored = f.store.findById(account.id);
        QVERIFY(stored);
        QCOMPARE(stored->clientId, QStringLiteral("registered-client"));
        QCOMPARE(ClientAuthentication::methodName(stored->clientAuthMethod), method);
        QCOMPARE(f.keychain.entries.value(
                         ClientRegistration::registrationAccessTokenKey(account.id)),
                 RegistrationToken.toUtf8());
        QCOMPARE(f.keychain.entries.value(AbstractSecretStore::clientSecretKey(account.id)),
                 secret.toUtf8());
        QVERIFY(!f.accountsFile().contains(RegistrationToken.toUtf8()));
        QVERIFY(!f.accountsFile().contains(Secret.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(tst_AccountSetup)
#include "tst_accountsetup.moc"
