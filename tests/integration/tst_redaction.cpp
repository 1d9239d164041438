// SECURITY.md row LG, end to end: real flows through the command line with every logging category
// on (QT_LOGGING_RULES="*=true") and the HTTP exchange log exported (--exchange-log), against
// oidc-provider (authorization code + PKCE in a real Chromium, refresh, introspection, resource,
// revocation, client credentials) and Authlib (password grant). Then every secret that went over
// the wire -- tokens, client secret, password, state, PKCE challenge, nonce -- is looked for in
// every run's output, every exported log and every file under the test's homes: zero hits.

#include "cli.h"
#include "testenvironment.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace OAuthDesk;
using namespace OAuthDesk::Test;

namespace {

const QByteArray ServiceSecret = "fake-test-secret-not-real";
const QByteArray Password = "demo-password-not-secret";

} // namespace

class tst_Redaction : public QObject
{
    Q_OBJECT
private:
    TestServer m_oidc;
    TestServer m_authlib;
    QTemporaryDir
            m_dir; ///< outside the test's homes: the browser's URL record and the exported logs
    QString m_browser;
    int m_runs = 0;
    /// Everything OAuthDesk printed or exported, by where it came from.
    QList<QPair<QString, QByteArray>> m_texts;
    QByteArray m_exported;
    QSet<QByteArray> m_secrets;
    static constexpr int AccessTtl = 5;

    /// Runs oauthdesk with every logging category on and the exchange log exported.
    CliRun run(const QStringList &arguments, const QByteArray &stdinData = {},
               bool stdoutIsSecret = false)
    {
        const QString logFile = m_dir.filePath(QStringLiteral("exchange-%1.log").arg(++m_runs));
        const CliRun result = runOAuthDesk(
                QStringList{ QStringLiteral("--exchange-log"), logFile } + arguments, stdinData,
                { { QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=true") },
                  { QStringLiteral("BROWSER"), m_browser } });
        const QString what = arguments.join(QLatin1Char(' '));
        m_texts.append({ what + QStringLiteral(" (stderr)"), result.err });
        // `token` prints the access token: that is its job, not a leak.
        if (!stdoutIsSecret)
            m_texts.append({ what + QStringLiteral(" (stdout)"), result.out });
        QFile file(logFile);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("no exchange log from: %s", qPrintable(what));
            m_texts.append({ what + QStringLiteral(" (no exchange log!)"),
                             QByteArray("MISSING EXCHANGE LOG") });
            return result;
        }
        const QByteArray exported = file.readAll();
        // Owner-only, like every file OAuthDesk writes.
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther
                | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        if (file.permissions() & others)
            m_texts.append({ logFile, QByteArray("EXCHANGE LOG READABLE BY OTHERS") });
        m_texts.append({ what + QStringLiteral(" (exchange log)"), exported });
        m_exported += exported + '\n';
        return result;
    }

    void addSecret(const QByteArray &value)
    {
        if (value.size() >= 8)
            m_secrets.insert(value);
    }

    void addTokens(const TokenSet &tokens)
    {
        addSecret(tokens.accessToken.toUtf8());
        addSecret(tokens.refreshToken.toUtf8());
        addSecret(tokens.idToken.toUtf8());
        // A JWT's payload and signature apart: a leak of a part is a leak.
        const QList<QByteArray> parts = tokens.idToken.toUtf8().split('.');
        for (qsizetype i = 1; i < parts.size(); ++i)
            addSecret(parts.at(i));
    }

    /// The values of the authorization requests the browser was handed (through the wrapper).
    void addAuthorizationRequestSecrets()
    {
        QFile urls(m_dir.filePath(QStringLiteral("browser-urls.txt")));
        QVERIFY2(urls.open(QIODevice::ReadOnly), "the browser was never opened");
        int seen = 0;
        for (const QByteArray &line : urls.readAll().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QUrlQuery query(QUrl::fromEncoded(line.trimmed()));
            for (const char *name : { "state", "code_challenge", "nonce" }) {
                const QString value = query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
                if (!value.isEmpty()) {
                    addSecret(value.toUtf8());
                    ++seen;
                }
            }
        }
        QVERIFY2(seen >= 2, "state and code_challenge were in the authorization URL");
    }

    void add(const QStringList &arguments, const QByteArray &stdinData = {})
    {
        const CliRun added =
                run(QStringList{ QStringLiteral("account"), QStringLiteral("add") } + arguments,
                    stdinData);
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }

private Q_SLOTS:
    void cleanup() { printBrowserLogIfFailed(); }

    void initTestCase()
    {
        if (!keychainAvailable())
            QSKIP("needs scripts/with-keyring's private keyring: run through scripts/test");
        QVERIFY(m_dir.isValid());
        resetTestHome();
        QCoreApplication::setApplicationName(QStringLiteral("oauthdesk"));
        TestServer::Options oidc;
        oidc.accessTtlSeconds = AccessTtl;
        QString error = m_oidc.start(oidc);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        TestServer::Options authlib;
        authlib.kind = TestServer::Kind::Authlib;
        error = m_authlib.start(authlib);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // $BROWSER: note the URL it is handed (state, challenge, nonce), then the real Chromium.
        m_browser = m_dir.filePath(QStringLiteral("browser"));
        QFile script(m_browser);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '"
                     + m_dir.filePath(QStringLiteral("browser-urls.txt")).toUtf8() + "'\nexec '"
                     + TestServer::browserCommand().toUtf8() + "' \"$1\"\n");
        script.close();
        QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner));
        addSecret(ServiceSecret);
        addSecret(Password);
    }

    void authorizationCodeSession()
    {
        const QString name = QStringLiteral("Canary");
        add({ name, QStringLiteral("--issuer"), m_oidc.issuer().toString(),
              QStringLiteral("--client-id"), QStringLiteral("oauthdesk-test"),
              QStringLiteral("--scope"),
              QStringLiteral("openid profile offline_access api:read") });
        const QString id = accountIdByName(name);
        QVERIFY(!id.isEmpty());

        const CliRun login = run({ QStringLiteral("login"), name });
        QVERIFY2(login.exitCode == 0, login.err.constData());
        // oidc-provider offers PAR (RFC 9126): the state, challenge and nonce went in a POST.
        QVERIFY(login.err.contains("Opening the browser"));
        const TokenSet first = storedTokens(id);
        QVERIFY(first.hasAccessToken());
        QVERIFY(!first.refreshToken.isEmpty());
        QVERIFY(!first.idToken.isEmpty());
        addTokens(first);

        const CliRun token = run({ QStringLiteral("token"), name }, {}, true);
        QCOMPARE(token.exitCode, 0);
        // `token` prints the access token the keychain holds: the first one, or, when the machine
        // was slow enough for it to go stale (it lives AccessTtl seconds), the one it refreshed to.
        // (QVERIFY2, not QCOMPARE: a failed comparison would print both tokens.)
        const TokenSet current = storedTokens(id);
        QVERIFY2(token.out.trimmed() == current.accessToken.toUtf8(),
                 "`oauthdesk token` printed something other than the stored access token");
        QVERIFY2(current.accessToken == first.accessToken
                         || first.isStale(QDateTime::currentDateTimeUtc()),
                 "the access token was replaced while it was still fresh");
        if (current.accessToken != first.accessToken)
            addTokens(current);

        const CliRun get = run(
                { QStringLiteral("get"), name, m_oidc.url(QStringLiteral("/api/me")).toString() });
        QVERIFY2(get.exitCode == 0, get.err.constData());
        QCOMPARE(QJsonDocument::fromJson(get.out).object().value(QLatin1String("sub")).toString(),
                 QStringLiteral("demo"));

        const CliRun introspect = run({ QStringLiteral("introspect"), name });
        QVERIFY2(introspect.exitCode == 0, introspect.err.constData());

        // Past the access token's lifetime `token` refreshes: a Refresh exchange with a new pair.
        // (Waiting until the client counts the token stale, and the server has let it go.)
        QTRY_VERIFY_WITH_TIMEOUT(first.isStale(QDateTime::currentDateTimeUtc())
                                         && m_oidc.resourceStatus(first.accessToken) == 401,
                                 (AccessTtl + 30) * 1000);
        const CliRun refreshed = run({ QStringLiteral("token"), name }, {}, true);
        QVERIFY2(refreshed.exitCode == 0, refreshed.err.constData());
        const TokenSet second = storedTokens(id);
        QVERIFY(second.accessToken != first.accessToken);
        addTokens(second);

        const CliRun revoke = run({ QStringLiteral("revoke"), name });
        QVERIFY2(revoke.exitCode == 0, revoke.err.constData());
        QVERIFY_NOTHING_STORED(id);
    }

    void authorizationCodeWithoutPar()
    {
        // Endpoints given by hand, no discovery and so no PAR: the browser is handed state and
        // code_challenge in the URL, where the test's $BROWSER wrapper notes them.
        const QString name = QStringLiteral("Canary by hand");
        add({ name, QStringLiteral("--issuer"), m_oidc.issuer().toString(),
              QStringLiteral("--client-id"), QStringLiteral("oauthdesk-test"),
              QStringLiteral("--scope"), QStringLiteral("api:read"),
              QStringLiteral("--authorization-endpoint"),
              m_oidc.url(QStringLiteral("/auth")).toString(), QStringLiteral("--token-endpoint"),
              m_oidc.url(QStringLiteral("/token")).toString() });
        const CliRun login = run({ QStringLiteral("login"), name });
        QVERIFY2(login.exitCode == 0, login.err.constData());
        addAuthorizationRequestSecrets();
        const TokenSet tokens = storedTokens(accountIdByName(name));
        QVERIFY(tokens.hasAccessToken());
        addTokens(tokens);
    }

    void clientCredentials()
    {
        const QString name = QStringLiteral("Canary service");
        add({ name, QStringLiteral("--issuer"), m_oidc.issuer().toString(),
              QStringLiteral("--client-id"), QStringLiteral("oauthdesk-service"),
              QStringLiteral("--grant"), QStringLiteral("client_credentials"),
              QStringLiteral("--client-secret-stdin"), QStringLiteral("--scope"),
              QStringLiteral("api:read") },
            ServiceSecret + '\n');
        const CliRun login = run({ QStringLiteral("login"), name });
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const TokenSet tokens = storedTokens(accountIdByName(name));
        QVERIFY(tokens.hasAccessToken());
        addTokens(tokens);
        const CliRun get = run(
                { QStringLiteral("get"), name, m_oidc.url(QStringLiteral("/api/me")).toString() });
        QVERIFY2(get.exitCode == 0, get.err.constData());
    }

    void passwordGrant()
    {
        const QString name = QStringLiteral("Canary password");
        add({ name, QStringLiteral("--issuer"), m_authlib.issuer().toString(),
              QStringLiteral("--client-id"), QStringLiteral("oauthdesk-password"),
              QStringLiteral("--grant"), QStringLiteral("password"), QStringLiteral("--username"),
              QStringLiteral("demo"), QStringLiteral("--scope"), QStringLiteral("api:read") });
        const CliRun login =
                run({ QStringLiteral("login"), name, QStringLiteral("--password-stdin") },
                    Password + '\n');
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const TokenSet tokens = storedTokens(accountIdByName(name));
        QVERIFY(tokens.hasAccessToken());
        addTokens(tokens);
    }

    void noSecretAnywhere()
    {
        QVERIFY(m_secrets.size() >= 10);
        // The logging really was on, and the exchange logs really were written.
        bool debugSeen = false;
        for (const auto &text : std::as_const(m_texts))
            debugSeen = debugSeen
                    || (text.first.endsWith(QLatin1String("(stderr)"))
                        && text.second.contains("POST"));
        QVERIFY2(debugSeen, "QT_LOGGING_RULES=*=true printed the HTTP debug lines");

        for (const QByteArray &secret : std::as_const(m_secrets)) {
            for (const auto &text : std::as_const(m_texts))
                QVERIFY2(!text.second.contains(secret),
                         qPrintable(QStringLiteral("a secret (%1 bytes) is in %2")
                                            .arg(secret.size())
                                            .arg(text.first)));
            QCOMPARE(filesContaining(secret), QStringList());
        }
        for (const auto &text : std::as_const(m_texts)) {
            QVERIFY2(!text.second.contains("MISSING EXCHANGE LOG"), qPrintable(text.first));
            QVERIFY2(!text.second.contains("READABLE BY OTHERS"), qPrintable(text.first));
        }
    }

    void secretParametersAreRedactedWherePrinted()
    {
        // The authorization code and the PKCE verifier are never seen by the test; wherever such a
        // parameter is printed at all, its value must be the placeholder.
        static const QRegularExpression pair(QStringLiteral(
                "(?<![A-Za-z0-9_])(code|code_verifier|code_challenge|state|nonce|client_secret|"
                "password|access_token|"
                "refresh_token|id_token|device_code)(=|\"\\s*:\\s*\")([^&\\s\"',;)]*)"));
        int checked = 0;
        for (const auto &text : std::as_const(m_texts)) {
            const QString content = QString::fromUtf8(text.second);
            QRegularExpressionMatchIterator it = pair.globalMatch(content);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                const QString value = match.captured(3);
                ++checked;
                QVERIFY2(value.isEmpty() || value == QLatin1String("[redacted]")
                                 || value == QLatin1String("%5Bredacted%5D"),
                         qPrintable(QStringLiteral(
                                            "%1 in %2 is not redacted (a value of %3 characters)")
                                            .arg(match.captured(1), text.first)
                                            .arg(value.size())));
            }
        }
        QVERIFY2(checked >= 4,
                 "the token request's code and code_verifier are in the exchange log, redacted");
        QVERIFY(m_exported.contains("code=[redacted]"));
        QVERIFY(m_exported.contains("code_verifier=[redacted]"));
        QVERIFY(m_exported.contains("\"access_token\":\"[redacted]\""));
    }

    void exportHasEveryKind()
    {
        static const QRegularExpression entry(QStringLiteral("^#\\d+ \\S+ (\\w+)"),
                                              QRegularExpression::MultilineOption);
        QSet<QString> kinds;
        QRegularExpressionMatchIterator it = entry.globalMatch(QString::fromUtf8(m_exported));
        while (it.hasNext())
            kinds.insert(it.next().captured(1));
        for (const char *kind : { "Discovery", "Authorization", "Token", "Refresh", "Introspection",
                                  "Resource", "Revocation" })
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        // Entries of the sign-in name their account.
        QVERIFY(m_exported.contains("Token account \"Canary\""));
        QVERIFY(m_exported.contains("Authorization account \"Canary\""));
        QVERIFY(m_exported.contains("Revocation account \"Canary\""));
        QVERIFY(m_exported.contains("Token account \"Canary service\""));
        QVERIFY(m_exported.contains("Token account \"Canary password\""));
        QVERIFY(m_exported.contains("opened in the browser: "));
    }
};

QTEST_GUILESS_MAIN(tst_Redaction)
#include "tst_redaction.moc"
