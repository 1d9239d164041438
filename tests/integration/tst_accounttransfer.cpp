// oauthdesk account export / import, between two "machines" (two config directories) sharing the
// real keychain (scripts/with-keyring provides it). No sign-in; an import discovers each account's
// endpoints at its issuer, the real oidc-provider on 127.0.0.1.

#include "cli.h"
#include "scriptedserver.h"
#include "testenvironment.h"
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace OAuthDesk::Test;

class tst_AccountTransfer : public QObject
{
    Q_OBJECT
private:
    // Obviously fake, and distinctive enough to be found anywhere it leaks.
    static inline const QByteArray FakeSecret = "fake-client-secret-for-export-test-7f3a";

    QTemporaryDir m_machineA;
    QTemporaryDir m_machineB;
    TestServer m_server;

    static QMap<QString, QString> on(const QTemporaryDir &machine)
    {
        return { { QStringLiteral("XDG_CONFIG_HOME"), machine.filePath(QStringLiteral("config")) },
                 { QStringLiteral("XDG_DATA_HOME"), machine.filePath(QStringLiteral("data")) } };
    }

    static CliRun run(const QTemporaryDir &machine, const QStringList &arguments,
                      const QByteArray &stdinData = {})
    {
        return runOAuthDesk(arguments, stdinData, on(machine), 60000);
    }

    static QJsonArray list(const QTemporaryDir &machine)
    {
        const CliRun listed = run(
                machine,
                { QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
        if (listed.exitCode != 0)
            qFatal("account list failed: %s", listed.err.constData());
        return QJsonDocument::fromJson(listed.out).array();
    }

    static QJsonObject byName(const QJsonArray &accounts, const QString &name)
    {
        for (const QJsonValue &v : accounts) {
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }

    /// The accounts file of a machine, as an export shows it.
    static QJsonArray exported(const QTemporaryDir &machine)
    {
        const CliRun out = run(machine, { QStringLiteral("account"), QStringLiteral("export") });
        if (out.exitCode != 0)
            qFatal("account export failed: %s", out.err.constData());
        return QJsonDocument::fromJson(out.out).object().value(QLatin1String("accounts")).toArray();
    }

    static QString serverField(const QJsonObject &account, const char *field)
    {
        return account.value(QLatin1String("server"))
                .toObject()
                .value(QLatin1String(field))
                .toString();
    }

    static QString writeFile(const QTemporaryDir &machine, const QString &name,
                             const QByteArray &content)
    {
        const QString path = machine.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    /// An account at the test server's issuer, with the endpoints given (no discovery at add).
    QStringList add(const QString &name, const QString &clientId) const
    {
        return { QStringLiteral("account"),
                 QStringLiteral("add"),
                 name,
                 QStringLiteral("--issuer"),
                 m_server.issuer().toString(),
                 QStringLiteral("--authorization-endpoint"),
                 m_server.url(QStringLiteral("/auth")).toString(),
                 QStringLiteral("--token-endpoint"),
                 m_server.url(QStringLiteral("/token")).toString(),
                 QStringLiteral("--client-id"),
                 clientId,
                 QStringLiteral("--scope"),
                 QStringLiteral("openid profile") };
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!keychainAvailable())
            QSKIP("needs scripts/with-keyring's private keyring: run through scripts/test");
        QVERIFY(m_machineA.isValid());
        QVERIFY(m_machineB.isValid());
        const QString started = m_server.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        // Machine A: a confidential client (its secret goes to the keychain) and a password-grant
        // account.
        QStringList work = add(QStringLiteral("Work"), QStringLiteral("desk-work"));
        work << QStringLiteral("--client-auth") << QStringLiteral("client_secret_post")
             << QStringLiteral("--client-secret-stdin") << QStringLiteral("--redirect-port")
             << QStringLiteral("8411");
        const CliRun added = run(m_machineA, work, FakeSecret + '\n');
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QStringList home = add(QStringLiteral("Home"), QStringLiteral("desk-home"));
        home << QStringLiteral("--grant") << QStringLiteral("password")
             << QStringLiteral("--username") << QStringLiteral("alice");
        const CliRun addedHome = run(m_machineA, home);
        QVERIFY2(addedHome.exitCode == 0, addedHome.err.constData());
    }

    void exportToStdoutHasSettingsAndNoSecret()
    {
        const CliRun exported =
                run(m_machineA, { QStringLiteral("account"), QStringLiteral("export") });
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY(!exported.out.contains(FakeSecret));
        QVERIFY(!exported.err.contains(FakeSecret));
        const QJsonObject document = QJsonDocument::fromJson(exported.out).object();
        QCOMPARE(document.value(QLatin1String("format")).toString(),
                 QStringLiteral("oauthdesk-accounts"));
        const QJsonArray accounts = document.value(QLatin1String("accounts")).toArray();
        QCOMPARE(accounts.size(), 2);
        const QJsonObject work = byName(accounts, QStringLiteral("Work"));
        QCOMPARE(work.value(QLatin1String("client_id")).toString(), QStringLiteral("desk-work"));
        QCOMPARE(work.value(QLatin1String("client_auth_method")).toString(),
                 QStringLiteral("client_secret_post"));
        QCOMPARE(work.value(QLatin1String("redirect_port")).toInt(), 8411);
        QCOMPARE(work.value(QLatin1String("server"))
                         .toObject()
                         .value(QLatin1String("token_endpoint"))
                         .toString(),
                 m_server.url(QStringLiteral("/token")).toString());
        // The keychain key and the session hint stay on this machine.
        const QString workId = byName(list(m_machineA), QStringLiteral("Work"))
                                       .value(QLatin1String("id"))
                                       .toString();
        QVERIFY(!workId.isEmpty());
        QVERIFY(!exported.out.contains(workId.toUtf8()));
        QVERIFY(!work.contains(QLatin1String("id")));
        QVERIFY(!work.contains(QLatin1String("session_hint")));
        QCOMPARE(byName(accounts, QStringLiteral("Home"))
                         .value(QLatin1String("username"))
                         .toString(),
                 QStringLiteral("alice"));
    }

    void importSkipsTakenNamesAndRenamesOnRequest()
    {
        const QString file = m_machineA.filePath(QStringLiteral("accounts-export.json"));
        const CliRun exported =
                run(m_machineA, { QStringLiteral("account"), QStringLiteral("export"), file });
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains(FakeSecret));

        // Machine B already has a "Home" of its own.
        const CliRun own =
                run(m_machineB, add(QStringLiteral("Home"), QStringLiteral("b-own-home")));
        QVERIFY2(own.exitCode == 0, own.err.constData());

        const CliRun imported =
                run(m_machineB, { QStringLiteral("account"), QStringLiteral("import"), file });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.err.contains("Skipped \"Home\""), imported.err.constData());
        QVERIFY2(imported.err.contains("Imported \"Work\""), imported.err.constData());
        QVERIFY2(imported.err.contains("oauthdesk account secret"), imported.err.constData());
        QJsonArray accounts = list(m_machineB);
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(byName(accounts, QStringLiteral("Home"))
                         .value(QLatin1String("client_id"))
                         .toString(),
                 QStringLiteral("b-own-home")); // not replaced
        QCOMPARE(byName(accounts, QStringLiteral("Work"))
                         .value(QLatin1String("client_id"))
                         .toString(),
                 QStringLiteral("desk-work"));
        QVERIFY(!byName(accounts, QStringLiteral("Work"))
                         .value(QLatin1String("signed_in"))
                         .toBool());

        const CliRun renamed = run(m_machineB,
                                   { QStringLiteral("account"), QStringLiteral("import"), file,
                                     QStringLiteral("--rename") });
        QVERIFY2(renamed.exitCode == 0, renamed.err.constData());
        accounts = list(m_machineB);
        QCOMPARE(accounts.size(), 4);
        QCOMPARE(byName(accounts, QStringLiteral("Home (2)"))
                         .value(QLatin1String("client_id"))
                         .toString(),
                 QStringLiteral("desk-home"));
        QCOMPARE(byName(accounts, QStringLiteral("Work (2)"))
                         .value(QLatin1String("client_id"))
                         .toString(),
                 QStringLiteral("desk-work"));
        QCOMPARE(byName(accounts, QStringLiteral("Home"))
                         .value(QLatin1String("client_id"))
                         .toString(),
                 QStringLiteral("b-own-home"));
    }

    void importFromStdin()
    {
        QTemporaryDir machineC;
        const CliRun exported =
                run(m_machineA, { QStringLiteral("account"), QStringLiteral("export") });
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const CliRun imported =
                run(machineC,
                    { QStringLiteral("account"), QStringLiteral("import"), QStringLiteral("-") },
                    exported.out);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(list(machineC).size(), 2);
    }

    void badImportsChangeNothing()
    {
        QTemporaryDir machineD;
        // One good account and one with an http token endpoint: nothing is imported.
        const QByteArray mixed =
                "{\"format\": \"oauthdesk-accounts\", \"version\": 1, \"accounts\": ["
                "{\"name\": \"Good\", \"client_id\": \"c\", \"server\": "
                "{\"authorization_endpoint\": "
                "\"https://as.example/a\", \"token_endpoint\": \"https://as.example/t\"}},"
                "{\"name\": \"Bad\", \"client_id\": \"c\", \"server\": "
                "{\"authorization_endpoint\": "
                "\"https://as.example/a\", \"token_endpoint\": \"http://as.example/t\"}}]}";
        const QString path = machineD.filePath(QStringLiteral("mixed.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(mixed);
        file.close();
        const CliRun refused =
                run(machineD, { QStringLiteral("account"), QStringLiteral("import"), path });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("\"Bad\" in the file is not usable"),
                 refused.err.constData());
        QCOMPARE(list(machineD).size(), 0);

        const CliRun missing = run(machineD,
                                   { QStringLiteral("account"), QStringLiteral("import"),
                                     machineD.filePath(QStringLiteral("nothing-here.json")) });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("Could not read"), missing.err.constData());

        const CliRun noFile =
                run(machineD, { QStringLiteral("account"), QStringLiteral("import") });
        QCOMPARE(noFile.exitCode, 2);
        const CliRun twoFiles = run(machineD,
                                    { QStringLiteral("account"), QStringLiteral("export"),
                                      QStringLiteral("a"), QStringLiteral("b") });
        QCOMPARE(twoFiles.exitCode, 2);
    }

    void importTakesEndpointsFromDiscoveryNotTheFile()
    {
        // Issue 17: the real issuer and authorization endpoint, and a token endpoint of someone
        // else's, which would receive the code, the PKCE verifier and the client secret.
        ScriptedServer elsewhere(
                [](const ScriptedServer::Request &) { return ScriptedServer::json(200, "{}"); });
        QVERIFY(elsewhere.start());
        QTemporaryDir machine;
        const QString issuer = m_server.issuer().toString();
        const QByteArray file =
                QJsonDocument(
                        QJsonObject{
                                { QStringLiteral("format"), QStringLiteral("oauthdesk-accounts") },
                                { QStringLiteral("version"), 1 },
                                { QStringLiteral("accounts"),
                                  QJsonArray{ QJsonObject{
                                          { QStringLiteral("name"), QStringLiteral("Mixed") },
                                          { QStringLiteral("client_id"),
                                            QStringLiteral("oauthdesk-test") },
                                          { QStringLiteral("server"),
                                            QJsonObject{
                                                    { QStringLiteral("issuer"), issuer },
                                                    { QStringLiteral("authorization_endpoint"),
                                                      m_server.url(QStringLiteral("/auth"))
                                                              .toString() },
                                                    { QStringLiteral("token_endpoint"),
                                                      elsewhere.url(QStringLiteral("/token")) },
                                                    { QStringLiteral("revocation_endpoint"),
                                                      elsewhere.url(QStringLiteral(
                                                              "/revoke")) } } } } } } })
                        .toJson();
        const QString path = writeFile(machine, QStringLiteral("mixed.json"), file);
        QVERIFY(!path.isEmpty());

        const CliRun imported =
                run(machine, { QStringLiteral("account"), QStringLiteral("import"), path });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.err.contains("\"Mixed\": endpoints discovered from"),
                 imported.err.constData());
        const QJsonObject mixed = byName(exported(machine), QStringLiteral("Mixed"));
        // What oidc-provider's metadata says, nothing of the file's.
        QCOMPARE(serverField(mixed, "issuer"), issuer);
        QCOMPARE(serverField(mixed, "token_endpoint"),
                 m_server.url(QStringLiteral("/token")).toString());
        QVERIFY(serverField(mixed, "revocation_endpoint").startsWith(m_server.issuer().toString()));
        QVERIFY(!QJsonDocument(mixed).toJson().contains(elsewhere.url().toUtf8()));
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    void endpointsWithoutDiscoveryAreTakenOnlyWhenAccepted()
    {
        // A server that publishes no discovery document, and an account without an issuer.
        ScriptedServer noDiscovery(
                [](const ScriptedServer::Request &) { return ScriptedServer::json(404, "{}"); });
        QVERIFY(noDiscovery.start());
        QTemporaryDir machine;
        auto account = [&noDiscovery](const QString &name, bool withIssuer) {
            QJsonObject server{ { QStringLiteral("authorization_endpoint"),
                                  noDiscovery.url(QStringLiteral("/authorize")) },
                                { QStringLiteral("token_endpoint"),
                                  noDiscovery.url(QStringLiteral("/token")) } };
            if (withIssuer)
                server.insert(QStringLiteral("issuer"), noDiscovery.url());
            return QJsonObject{ { QStringLiteral("name"), name },
                                { QStringLiteral("client_id"), QStringLiteral("c") },
                                { QStringLiteral("server"), server } };
        };
        const QByteArray file =
                QJsonDocument(
                        QJsonObject{
                                { QStringLiteral("format"), QStringLiteral("oauthdesk-accounts") },
                                { QStringLiteral("version"), 1 },
                                { QStringLiteral("accounts"),
                                  QJsonArray{ account(QStringLiteral("Undiscoverable"), true),
                                              account(QStringLiteral("No issuer"), false) } } })
                        .toJson();
        const QString path = writeFile(machine, QStringLiteral("manual.json"), file);
        QVERIFY(!path.isEmpty());

        const CliRun refused =
                run(machine, { QStringLiteral("account"), QStringLiteral("import"), path });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("\"Undiscoverable\": its issuer's endpoints could not be "
                                      "discovered"),
                 refused.err.constData());
        QVERIFY2(refused.err.contains("Nothing was imported"), refused.err.constData());
        // The person sees what they would be accepting.
        QVERIFY2(refused.err.contains(noDiscovery.url(QStringLiteral("/token")).toUtf8()),
                 refused.err.constData());
        QVERIFY2(refused.err.contains("--accept-endpoints"), refused.err.constData());
        QCOMPARE(list(machine).size(), 0);

        const CliRun accepted = run(machine,
                                    { QStringLiteral("account"), QStringLiteral("import"), path,
                                      QStringLiteral("--accept-endpoints") });
        QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
        QVERIFY2(accepted.err.contains("\"No issuer\": the file's endpoints, as accepted:"),
                 accepted.err.constData());
        const QJsonArray accounts = exported(machine);
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(serverField(byName(accounts, QStringLiteral("No issuer")), "token_endpoint"),
                 noDiscovery.url(QStringLiteral("/token")));
    }
};

QTEST_GUILESS_MAIN(tst_AccountTransfer)
#include "tst_accounttransfer.moc"
