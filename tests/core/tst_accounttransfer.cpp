#include "accounts/accountstore.h"
#include "accounts/accounttransfer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace OAuthDesk;

/// Account export and import: a faithful round trip of the settings, nothing secret or per-machine.
class tst_AccountTransfer : public QObject
{
    Q_OBJECT

private:
    // Obviously fake values that must never appear in an export.
    static inline const QString FakeSubject = QStringLiteral("fake-subject-248163264");
    static inline const QString FakeScopeHint = QStringLiteral("fake-granted-scope-hint");

    static Account full(const QString &name)
    {
        Account a;
        a.id = QStringLiteral("6f1c8a52-fake-id-0000-000000000000");
        a.name = name;
        a.presetId = QStringLiteral("keycloak");
        a.clientId = QStringLiteral("desk-client");
        a.scope = QStringLiteral("openid profile offline_access");
        a.grantType = GrantType::Password;
        a.clientAuthMethod = ClientAuthentication::Method::SecretPost;
        a.username = QStringLiteral("alice");
        a.redirectPort = 8411;
        a.server.issuer = QUrl(QStringLiteral("https://sso.example.com/realms/dev"));
        a.server.authorizationEndpoint = QUrl(
                QStringLiteral("https://sso.example.com/realms/dev/protocol/openid-connect/auth"));
        a.server.tokenEndpoint = QUrl(
                QStringLiteral("https://sso.example.com/realms/dev/protocol/openid-connect/token"));
        a.server.revocationEndpoint = QUrl(QStringLiteral(
                "https://sso.example.com/realms/dev/protocol/openid-connect/revoke"));
        a.server.deviceAuthorizationEndpoint = QUrl(QStringLiteral(
                "https://sso.example.com/realms/dev/protocol/openid-connect/auth/device"));
        a.server.jwksUri = QUrl(
                QStringLiteral("https://sso.example.com/realms/dev/protocol/openid-connect/certs"));
        a.server.scopesSupported = { QStringLiteral("openid"), QStringLiteral("profile") };
        // The session hint and the subject belong to this machine's sign-in, not to the settings.
        a.signedIn = true;
        a.expiresAt = QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC);
        a.grantedScope = FakeScopeHint;
        a.subject = FakeSubject;
        return a;
    }

    static Account simple(const QString &name)
    {
        Account a;
        a.name = name;
        a.clientId = QStringLiteral("client");
        a.scope = QStringLiteral("openid");
        a.server.issuer = QUrl(QStringLiteral("https://login.example.com"));
        a.server.authorizationEndpoint =
                QUrl(QStringLiteral("https://login.example.com/authorize"));
        a.server.tokenEndpoint = QUrl(QStringLiteral("https://login.example.com/token"));
        return a;
    }

    static QByteArray document(const QJsonArray &accounts)
    {
        QJsonObject o;
        o.insert(QLatin1String("format"), AccountTransfer::Format);
        o.insert(QLatin1String("version"), AccountTransfer::Version);
        o.insert(QLatin1String("accounts"), accounts);
        return QJsonDocument(o).toJson();
    }

private Q_SLOTS:
    void roundTrip()
    {
        const Account original = full(QStringLiteral("Work"));
        const QByteArray exported =
                AccountTransfer::exportAccounts({ original, simple(QStringLiteral("Home")) });
        const Result<QList<Account>> parsed = AccountTransfer::parse(exported);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
        QCOMPARE(parsed.value().size(), 2);
        const Account &a = parsed.value().first();
        QCOMPARE(a.name, original.name);
        QCOMPARE(a.presetId, original.presetId);
        QCOMPARE(a.clientId, original.clientId);
        QCOMPARE(a.scope, original.scope);
        QCOMPARE(a.grantType, original.grantType);
        QCOMPARE(a.clientAuthMethod, original.clientAuthMethod);
        QCOMPARE(a.username, original.username);
        QCOMPARE(a.redirectPort, original.redirectPort);
        QCOMPARE(a.server.issuer, original.server.issuer);
        QCOMPARE(a.server.authorizationEndpoint, original.server.authorizationEndpoint);
        QCOMPARE(a.server.tokenEndpoint, original.server.tokenEndpoint);
        QCOMPARE(a.server.revocationEndpoint, original.server.revocationEndpoint);
        QCOMPARE(a.server.deviceAuthorizationEndpoint, original.server.deviceAuthorizationEndpoint);
        QCOMPARE(a.server.jwksUri, original.server.jwksUri);
        QCOMPARE(a.server.scopesSupported, original.server.scopesSupported);
        // What belongs to this machine does not travel.
        QVERIFY(a.id.isEmpty());
        QVERIFY(!a.signedIn);
        QVERIFY(!a.expiresAt.isValid());
        QVERIFY(a.grantedScope.isEmpty());
        QVERIFY(a.subject.isEmpty());
        QCOMPARE(parsed.value().at(1).name, QStringLiteral("Home"));
        QCOMPARE(parsed.value().at(1).clientAuthMethod, ClientAuthentication::Method::None);
    }

    void exportHoldsOnlySettings()
    {
        const Account a = full(QStringLiteral("Work"));
        const QByteArray exported = AccountTransfer::exportAccounts({ a });
        QVERIFY(!exported.contains(a.id.toUtf8()));
        QVERIFY(!exported.contains(FakeSubject.toUtf8()));
        QVERIFY(!exported.contains(FakeScopeHint.toUtf8()));
        QVERIFY(!exported.contains("session_hint"));
        QVERIFY(!exported.contains("secret\""));
        // The exact set of keys, so that a field added to Account later does not slip in unnoticed.
        const QJsonObject entry = QJsonDocument::fromJson(exported)
                                          .object()
                                          .value(QLatin1String("accounts"))
                                          .toArray()
                                          .first()
                                          .toObject();
        QStringList keys = entry.keys();
        keys.sort();
        const QStringList expected = { QStringLiteral("client_auth_method"),
                                       QStringLiteral("client_id"),
                                       QStringLiteral("grant_type"),
                                       QStringLiteral("name"),
                                       QStringLiteral("preset"),
                                       QStringLiteral("redirect_port"),
                                       QStringLiteral("scope"),
                                       QStringLiteral("server"),
                                       QStringLiteral("username") };
        QCOMPARE(keys, expected);
    }

    void importIgnoresSecretsInTheFile()
    {
        // A hand-made file may carry a secret; the import never takes it anywhere.
        QJsonObject entry;
        entry.insert(QLatin1String("name"), QStringLiteral("Home"));
        entry.insert(QLatin1String("client_id"), QStringLiteral("client"));
        entry.insert(QLatin1String("client_secret"), QStringLiteral("fake-secret-not-real"));
        entry.insert(QLatin1String("refresh_token"), QStringLiteral("fake-refresh-not-real"));
        entry.insert(QLatin1String("id"), QStringLiteral("fake-id"));
        QJsonObject server;
        simple(QStringLiteral("x")).server.writeTo(server);
        entry.insert(QLatin1String("server"), server);
        const Result<QList<Account>> parsed = AccountTransfer::parse(document({ entry }));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
        QVERIFY(parsed.value().first().id.isEmpty());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        AccountStore store(path);
        QVERIFY(!store.load());
        QVERIFY(AccountTransfer::importInto(store, parsed.value(),
                                            AccountTransfer::OnConflict::Skip)
                        .ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("\"Home\""));
        QVERIFY(!stored.contains("fake-secret-not-real"));
        QVERIFY(!stored.contains("fake-refresh-not-real"));
        QVERIFY(!stored.contains("fake-id"));
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");

        QJsonObject good;
        good.insert(QLatin1String("name"), QStringLiteral("Home"));
        good.insert(QLatin1String("client_id"), QStringLiteral("client"));
        QJsonObject server;
        simple(QStringLiteral("x")).server.writeTo(server);
        good.insert(QLatin1String("server"), server);
        QJsonObject insecure = good;
        QJsonObject httpServer = server;
        httpServer.insert(QLatin1String("token_endpoint"),
                          QStringLiteral("http://login.example.com/token"));
        insecure.insert(QLatin1String("server"), httpServer);
        QJsonObject noClient = good;
        noClient.remove(QLatin1String("client_id"));
        QJsonObject noName = good;
        noName.remove(QLatin1String("name"));

        QTest::newRow("not JSON") << QByteArray("accounts")
                                  << QStringLiteral("not an OAuthDesk account export");
        QTest::newRow("the accounts file itself")
                << QByteArray("{\"accounts\": []}") << QStringLiteral("\"format\" is not");
        QTest::newRow("future version") << QByteArray(
                "{\"format\": \"oauthdesk-accounts\", \"version\": 2, \"accounts\": []}")
                                        << QStringLiteral("version is not 1");
        QTest::newRow("no list") << QByteArray(
                "{\"format\": \"oauthdesk-accounts\", \"version\": 1}")
                                 << QStringLiteral("no \"accounts\" list");
        QTest::newRow("nameless") << document({ noName })
                                  << QStringLiteral("Account 1 in the file has no name");
        QTest::newRow("no client id")
                << document({ noClient }) << QStringLiteral("\"Home\" in the file is not usable");
        QTest::newRow("http endpoint")
                << document({ insecure }) << QStringLiteral("\"Home\" in the file is not usable");
        QTest::newRow("twice the same name")
                << document({ good, good }) << QStringLiteral("two accounts named \"Home\"");
    }

    void refusedFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const Result<QList<Account>> parsed = AccountTransfer::parse(json);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message().contains(error), qPrintable(parsed.error().message()));
    }

    void importNeverOverwrites()
    {
        QTemporaryDir dir;
        AccountStore store(dir.filePath(QStringLiteral("accounts.json")));
        QVERIFY(!store.load());
        Account existing = simple(QStringLiteral("Work"));
        existing.clientId = QStringLiteral("the-original");
        QVERIFY(!store.add(existing));

        Account incoming = full(QStringLiteral("Work"));
        const QList<Account> imported = { incoming, simple(QStringLiteral("Home")) };
        const auto skipped =
                AccountTransfer::importInto(store, imported, AccountTransfer::OnConflict::Skip);
        QVERIFY(skipped.ok());
        QCOMPARE(skipped.value().skipped, QStringList{ QStringLiteral("Work") });
        QCOMPARE(skipped.value().added, QStringList{ QStringLiteral("Home") });
        QCOMPARE(store.findByName(QStringLiteral("Work"))->clientId,
                 QStringLiteral("the-original"));
        QCOMPARE(store.findByName(QStringLiteral("Work"))->id, existing.id);

        const auto renamed = AccountTransfer::importInto(store, { incoming, incoming },
                                                         AccountTransfer::OnConflict::Rename);
        QVERIFY(renamed.ok());
        QCOMPARE(renamed.value().added,
                 (QStringList{ QStringLiteral("Work (2)"), QStringLiteral("Work (3)") }));
        QCOMPARE(renamed.value().renamed.size(), 2);
        QCOMPARE(store.findByName(QStringLiteral("Work"))->clientId,
                 QStringLiteral("the-original"));
        QCOMPARE(store.findByName(QStringLiteral("Work (2)"))->clientId,
                 QStringLiteral("desk-client"));
        QVERIFY(store.findByName(QStringLiteral("Work (2)"))->id
                != incoming.id); // a fresh keychain key
        QCOMPARE(store.accounts().size(), 4);
    }
};

QTEST_GUILESS_MAIN(tst_AccountTransfer)
#include "tst_accounttransfer.moc"
