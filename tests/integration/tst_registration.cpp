// Dynamic client registration (RFC 7591) end to end: `account add` without a client ID registers
// OAuthDesk at oidc-provider's registration endpoint, the registered native client signs in through
// the real browser on a runtime loopback port, its registration access token lives in the keychain
// only, and the next sign-in names the remembered user (login_hint).

#include "cli.h"
#include "testenvironment.h"
#include "testserver.h"
#include "tokens/tokenset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace OAuthDesk;
using namespace OAuthDesk::Test;

class tst_Registration : public QObject
{
    Q_OBJECT
private:
    TestServer m_oidc;
    QTemporaryDir m_dir; ///< outside the test's homes: the exported exchange logs

    QJsonObject listed(const QString &name)
    {
        const CliRun list = runOAuthDesk(
                { QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
        const QJsonArray accounts = QJsonDocument::fromJson(list.out).array();
        for (const QJsonValue &a : accounts) {
            if (a.toObject().value(QLatin1String("name")).toString() == name)
                return a.toObject();
        }
        return {};
    }

    /// The parameters of the authorization requests in an exported exchange log: the query of a URL
    /// opened in the browser with response_type, or the body of a pushed authorization request (RFC
    /// 9126).
    static QList<QUrlQuery> authorizationRequests(const QByteArray &log)
    {
        QList<QUrlQuery> requests;
        const QList<QByteArray> lines = log.split('\n');
        for (const QByteArray &line : lines) {
            QByteArray query;
            if (line.startsWith("opened in the browser: ") && line.contains("response_type="))
                query = line.mid(line.indexOf('?') + 1);
            else if (line.startsWith("> response_type="))
                query = line.mid(2);
            if (!query.isEmpty())
                requests.append(QUrlQuery(QString::fromUtf8(query)));
        }
        return requests;
    }

private Q_SLOTS:
    void cleanup() { printBrowserLogIfFailed(); }

    void initTestCase()
    {
        if (!keychainAvailable())
            QSKIP("needs a session bus with a Secret Service: run through scripts/test");
        QVERIFY(m_dir.isValid());
        resetTestHome();
        const QString error = m_oidc.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void addWithoutClientIdRegisters()
    {
        const CliRun add = runOAuthDesk({ QStringLiteral("account"), QStringLiteral("add"),
                                          QStringLiteral("Reg"), QStringLiteral("--issuer"),
                                          m_oidc.issuer().toString(), QStringLiteral("--scope"),
                                          QStringLiteral("openid email offline_access api:read") });
        QVERIFY2(add.exitCode == 0, add.err.constData());
        QVERIFY(add.err.contains("RFC 7591"));
        const QJsonObject account = listed(QStringLiteral("Reg"));
        const QString clientId = account.value(QLatin1String("client_id")).toString();
        QVERIFY(!clientId.isEmpty());
        // A new client, not one of the test server's built-in ones.
        QVERIFY(!clientId.startsWith(QLatin1String("oauthdesk-")));
        const QString id = account.value(QLatin1String("id")).toString();
        const QByteArray rat = secretToolLookup(id + QStringLiteral("/registration_access_token"));
        QVERIFY(rat.size() > 20);
        // The registration access token is in the keychain and nowhere else.
        QCOMPARE(filesContaining(rat), QStringList());
        QVERIFY(!add.err.contains(rat) && !add.out.contains(rat));
        // A public native client: no client secret was stored.
        QVERIFY(secretToolLookup(id + QStringLiteral("/client_secret")).isEmpty());
    }

    void registeredClientSignsInAndCallsTheApi()
    {
        const QString logFile = m_dir.filePath(QStringLiteral("first.log"));
        const CliRun login = runOAuthDesk({ QStringLiteral("--exchange-log"), logFile,
                                            QStringLiteral("login"), QStringLiteral("Reg") });
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const QString id = accountIdByName(QStringLiteral("Reg"));
        const TokenSet stored = storedTokens(id);
        QVERIFY(stored.hasAccessToken());
        QVERIFY(!stored.refreshToken.isEmpty());
        const QString clientId =
                listed(QStringLiteral("Reg")).value(QLatin1String("client_id")).toString();

        const CliRun get = runOAuthDesk({ QStringLiteral("request"), QStringLiteral("Reg"),
                                          m_oidc.url(QStringLiteral("/api/me")).toString() });
        QVERIFY2(get.exitCode == 0, get.err.constData());
        const QJsonObject me = QJsonDocument::fromJson(get.out).object();
        QCOMPARE(me.value(QLatin1String("sub")).toString(), QStringLiteral("demo"));
        QCOMPARE(me.value(QLatin1String("client_id")).toString(), clientId);

        // The list says who the account is (from UserInfo: the ID token has no email here).
        QCOMPARE(listed(QStringLiteral("Reg")).value(QLatin1String("identity")).toString(),
                 QStringLiteral("demo@example.test"));
        const CliRun list = runOAuthDesk({ QStringLiteral("account"), QStringLiteral("list") });
        QVERIFY(list.out.contains("demo@example.test"));

        // The first sign-in knew nobody: no login_hint; oidc-provider lists no select_account: no
        // such prompt.
        QFile file(logFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray log = file.readAll();
        const QList<QUrlQuery> requests = authorizationRequests(log);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().queryItemValue(QStringLiteral("client_id")), clientId);
        QCOMPARE(requests.first().queryItemValue(QStringLiteral("response_type")),
                 QStringLiteral("code"));
        QVERIFY(!requests.first().hasQueryItem(QStringLiteral("login_hint")));
        QCOMPARE(requests.first().queryItemValue(QStringLiteral("prompt")),
                 QStringLiteral("consent"));
    }

    void nextSignInCarriesTheLoginHint()
    {
        const QString logFile = m_dir.filePath(QStringLiteral("second.log"));
        const CliRun login = runOAuthDesk({ QStringLiteral("--exchange-log"), logFile,
                                            QStringLiteral("login"), QStringLiteral("Reg") });
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QFile file(logFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray log = file.readAll();
        const QList<QUrlQuery> requests = authorizationRequests(log);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded),
                 QStringLiteral("demo@example.test"));
        // And the registration access token never shows in an exchange log or a file.
        const QByteArray rat = secretToolLookup(accountIdByName(QStringLiteral("Reg"))
                                                + QStringLiteral("/registration_access_token"));
        QVERIFY(!rat.isEmpty());
        QVERIFY(!log.contains(rat));
        QCOMPARE(filesContaining(rat), QStringList());
    }

    void noRegistrationEndpointAndNoClientIdIsAClearError()
    {
        // Authlib's test server offers no registration endpoint.
        TestServer authlib;
        TestServer::Options options;
        options.kind = TestServer::Kind::Authlib;
        const QString error = authlib.start(options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const CliRun add = runOAuthDesk({ QStringLiteral("account"), QStringLiteral("add"),
                                          QStringLiteral("NoReg"), QStringLiteral("--issuer"),
                                          authlib.issuer().toString() });
        QVERIFY(add.exitCode != 0);
        QVERIFY2(add.err.contains("registration endpoint") && add.err.contains("--client-id"),
                 add.err.constData());
        QVERIFY(listed(QStringLiteral("NoReg")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Registration)
#include "tst_registration.moc"
