// oauthdesk account export / import, between two "machines" (two config directories) sharing the
// real keychain (scripts/with-keyring provides it). No server and no sign-in: endpoints are given.

#include "cli.h"
#include "testenvironment.h"

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

    static QStringList add(const QString &name, const QString &clientId)
    {
        return { QStringLiteral("account"),
                 QStringLiteral("add"),
                 name,
                 QStringLiteral("--issuer"),
                 QStringLiteral("https://login.example.com"),
                 QStringLiteral("--authorization-endpoint"),
                 QStringLiteral("https://login.example.com/authorize"),
                 QStringLiteral("--token-endpoint"),
                 QStringLiteral("https://login.example.com/token"),
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
                 QStringLiteral("https://login.example.com/token"));
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
};

QTEST_GUILESS_MAIN(tst_AccountTransfer)
#include "tst_accounttransfer.moc"
