// SECURITY.md end to end against a server that misbehaves on purpose
// (tests/common/hostileserver.h). Each row runs the real oauthdesk binary -- `account add`
// (discovery), `login` (authorization code with PKCE, through a fetch-only $BROWSER and the
// loopback listener), `request` -- against one hostile mode, with every logging category on and the
// HTTP exchange log exported, and asserts the four conditions of a pass:
//   1. the command fails with the row's exit status and a specific message on stderr;
//   2. nothing is stored: the keychain entries of the test's accounts and the accounts file are as
//      they were;
//   3. no secret is printed: the canary code, tokens, MAC key and ID token (and its CANARY- jti)
//   the
//      server hands out and the state, code challenge, nonce and code verifier the client sent are
//      in no stdout, stderr, exported exchange log or file under the test's homes;
//   4. the loopback listener is closed: a connection to the redirect_uri's port is refused.
// Row names start with the SECURITY.md row they prove. The ID rows sign in with scope "openid api",
// so that the client sends a nonce and must check the ID token that comes with the tokens;
// openIdSignIn() is their baseline: the same server with a correct ID token, and the sign-in works.

#include "accounts/accountstore.h"
#include "cli.h"
#include "hostileserver.h"
#include "keychain/secretstore.h"
#include "registration/clientregistration.h"
#include "testenvironment.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

using namespace OAuthDesk;
using namespace OAuthDesk::Test;

namespace {

/// Where the row's failure happens.
enum class Phase {
    AddAccount, ///< `account add NAME --issuer URL` (discovery)
    Login, ///< `login NAME` after a good `account add`
    Request, ///< `request NAME URL` after a good `account add` and `login`
};

/// One run of oauthdesk, to its end.
struct Run
{
    int exitCode = -1; ///< -1: it crashed or had to be killed
    QByteArray out;
    QByteArray err;
    std::optional<QByteArray> exchangeLog; ///< the exported log; none when it was not written
};

/// The accounts file's bytes (none while it does not exist).
std::optional<QByteArray> accountsFile()
{
    QFile file(AccountStore::defaultPath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

/// The ids of the accounts in the test's accounts file.
QStringList accountIds()
{
    AccountStore accounts;
    if (accounts.load())
        return { QStringLiteral("(the accounts file cannot be read)") };
    QStringList ids;
    for (const Account &account : accounts.accounts())
        ids.append(account.id);
    return ids;
}

/**
 * The keychain entries of these accounts, key -> value, read from outside with secret-tool.
 * OAuthDesk keys every entry by account id: the session, the client secret and the registration
 * access token (SecretStore, ClientRegistration). Looked up by key, not listed: the keyring is
 * shared with the tests that scripts/test runs beside this one, and a listing (secret-tool search)
 * stops short when one of their entries goes away under it.
 */
QMap<QString, QByteArray> keychainEntries(const QStringList &ids)
{
    QMap<QString, QByteArray> entries;
    for (const QString &id : ids) {
        for (const QString &key :
             QStringList{ id, SecretStore::clientSecretKey(id),
                          ClientRegistration::registrationAccessTokenKey(id) }) {
            const QByteArray value = secretToolLookup(key);
            if (!value.isEmpty())
                entries.insert(key, value);
        }
    }
    return entries;
}

/// Keys and value sizes, for a failure message (the values are secrets, if fake ones).
QString describe(const QMap<QString, QByteArray> &entries)
{
    QStringList parts;
    for (auto it = entries.begin(); it != entries.end(); ++it)
        parts.append(QStringLiteral("%1 (%2 bytes)").arg(it.key()).arg(it.value().size()));
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

/// The subject (`sub`) the accounts file keeps for this account (empty when none or no such
/// account).
QString accountSubject(const QString &id)
{
    AccountStore accounts;
    if (accounts.load())
        return {};
    for (const Account &account : accounts.accounts()) {
        if (account.id == id)
            return account.subject;
    }
    return {};
}

/// What the fetch-only browser wrote about its visit (empty until it has).
QJsonObject readRecord(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

Q_DECLARE_METATYPE(OAuthDesk::Test::HostileServer::Mode)
Q_DECLARE_METATYPE(Phase)

class tst_Hostile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir; ///< outside the test's homes: exported logs and the browser's records
    int m_runs = 0;
    QString m_browserRecord;

    /**
     * Runs oauthdesk with every logging category on, the exchange log exported and the fetch-only
     * browser. When `interruptWhen` turns true, it gets SIGINT (Ctrl-C), once.
     */
    Run run(const QStringList &arguments, const std::function<bool()> &interruptWhen = {},
            int timeoutMs = 30000)
    {
        const QString logFile = m_dir.filePath(QStringLiteral("exchange-%1.log").arg(++m_runs));
        const CliRun cli = runOAuthDesk(
                QStringList{ QStringLiteral("--exchange-log"), logFile } + arguments, {},
                { { QStringLiteral("BROWSER"),
                    QStringLiteral(OAUTHDESK_SOURCE_DIR "/tests/browser/fetch") },
                  { QStringLiteral("OAUTHDESK_TEST_BROWSER_RECORD"), m_browserRecord },
                  { QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=true") } },
                timeoutMs, interruptWhen);
        Run result{ cli.exitCode, cli.out, cli.err, std::nullopt };
        QFile log(logFile);
        if (log.open(QIODevice::ReadOnly))
            result.exchangeLog = log.readAll();
        return result;
    }

    /// `account add NAME --issuer … --client-id oauthdesk-hostile --scope …`, with openid or
    /// without.
    static QStringList addAccount(const QString &name, const HostileServer &server, bool openId)
    {
        return { QStringLiteral("account"),
                 QStringLiteral("add"),
                 name,
                 QStringLiteral("--issuer"),
                 server.issuer(),
                 QStringLiteral("--client-id"),
                 QStringLiteral("oauthdesk-hostile"),
                 QStringLiteral("--scope"),
                 openId ? QStringLiteral("openid api") : QStringLiteral("api") };
    }

    /// Condition 3: none of `secrets` on any run's stdout, stderr or exported exchange log, nor in
    /// any file under the test's homes.
    static void verifyNoSecretShown(const QList<Run> &runs, const QList<QByteArray> &secrets)
    {
        for (qsizetype r = 0; r < runs.size(); ++r) {
            const Run &each = runs.at(r);
            QVERIFY2(each.exchangeLog,
                     qPrintable(QStringLiteral("run %1 wrote no exchange log").arg(r + 1)));
            for (const QByteArray &secret : secrets) {
                // Named in a failure, but only by its canary name or what it is.
                const QString what =
                        QStringLiteral("%1 (run %2)")
                                .arg(secret.startsWith("CANARY-") ? QString::fromLatin1(secret)
                                             : secret.startsWith("eyJ")
                                             ? QStringLiteral("the ID token")
                                             : QStringLiteral("a value the client sent"))
                                .arg(r + 1);
                QVERIFY2(!each.out.contains(secret),
                         qPrintable(what + QStringLiteral(" on stdout")));
                QVERIFY2(!each.err.contains(secret),
                         qPrintable(what + QStringLiteral(" on stderr")));
                QVERIFY2(!each.exchangeLog->contains(secret),
                         qPrintable(what + QStringLiteral(" in the exchange log")));
            }
        }
        for (const QByteArray &secret : secrets)
            QCOMPARE(filesContaining(secret), QStringList());
    }

private Q_SLOTS:
    void cleanup() { printBrowserLogIfFailed(); }

    void initTestCase()
    {
        if (!keychainAvailable())
            QSKIP("needs scripts/with-keyring's private keyring: run through scripts/test");
        QVERIFY(m_dir.isValid());
        resetTestHome();
        // Same accounts file as the oauthdesk processes it starts.
        QCoreApplication::setApplicationName(QStringLiteral("oauthdesk"));
    }

    void hostileServer_data()
    {
        using Mode = HostileServer::Mode;
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<Phase>("phase");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message"); // on stderr
        QTest::addColumn<int>("pageStatus"); // of the loopback page the browser got; 0: no browser
        QTest::addColumn<int>("tokenRequests"); // at the server's token endpoint, in all
        QTest::addColumn<int>("canaryRequests"); // at the second server

        // S1, S2: a callback that is not ours is rejected before anything else and ends nothing --
        // the sign-in keeps waiting for its own callback (else anybody could break it off) until
        // the person gives up with Ctrl-C. The person sees why in the browser and on stderr.
        const QByteArray rejectedState = "callback rejected: state does not match";
        const QByteArray rejectedNoState = "callback rejected: no state";
        QTest::newRow("S1 state mismatch")
                << Mode::StateMismatch << Phase::Login << 130 << rejectedState << 400 << 0 << 0;
        QTest::newRow("S1 state missing")
                << Mode::StateMissing << Phase::Login << 130 << rejectedNoState << 400 << 0 << 0;
        QTest::newRow("S2 error without state") << Mode::ErrorWithoutState << Phase::Login << 130
                                                << rejectedNoState << 400 << 0 << 0;

        // M1 (RFC 9207): the right state, the wrong or no issuer: the sign-in fails, no code is
        // redeemed.
        QTest::newRow("M1 iss of another issuer")
                << Mode::IssOfAnotherIssuer << Phase::Login << 1
                << QByteArray("The sign-in answer came from another issuer "
                              "(https://other-issuer.example.test) than "
                              "this account's.")
                << 200 << 0 << 0;
        QTest::newRow("M1 iss missing but advertised")
                << Mode::IssMissingButAdvertised << Phase::Login << 1
                << QByteArray("The sign-in answer does not name its issuer, although the server "
                              "promises to (RFC 9207).")
                << 200 << 0 << 0;

        // M2: discovery refuses the document, so no account is made and no flow ever starts.
        QTest::newRow("M2 discovery issuer mismatch")
                << Mode::DiscoveryIssuerMismatch << Phase::AddAccount << 1
                << QByteArray("The server calls itself \"https://other-issuer.example.test\", not "
                              "\"http://127.0.0.1:")
                << 0 << 0 << 0;
        QTest::newRow("M2 http endpoint")
                << Mode::HttpTokenEndpoint << Phase::AddAccount << 1
                << QByteArray("The server's token_endpoint is not an https address.") << 0 << 0
                << 0;
        QTest::newRow("M2 javascript: endpoint")
                << Mode::JavascriptEndpoint << Phase::AddAccount << 1
                << QByteArray("The server's authorization_endpoint is not an https address.") << 0
                << 0 << 0;
        QTest::newRow("M2 file: endpoint")
                << Mode::FileEndpoint << Phase::AddAccount << 1
                << QByteArray("The server's authorization_endpoint is not an https address.") << 0
                << 0 << 0;

        // T1: a good callback, then a token answer that must not become a session. The loopback
        // page was written before the code was redeemed, so the browser saw the success page.
        QTest::newRow("T1 token answer as HTML")
                << Mode::TokenAsHtml << Phase::Login << 1
                << QByteArray("The token endpoint's answer (HTTP 200) is text/html, not JSON.")
                << 200 << 1 << 0;
        QTest::newRow("T1 JSON array")
                << Mode::TokenAsJsonArray << Phase::Login << 1
                << QByteArray("The token endpoint's answer is JSON but not an object.") << 200 << 1
                << 0;
        QTest::newRow("T1 10 MB") << Mode::TokenTenMegabytes << Phase::Login << 1
                                  << QByteArray("The answer is larger than 1024 KiB.") << 200 << 1
                                  << 0;
        QTest::newRow("T1 307 to another port")
                << Mode::TokenRedirectToAnotherPort << Phase::Login << 1
                << QByteArray("The token endpoint answered with a redirect (HTTP 307), which is "
                              "never followed.")
                << 200 << 1 << 0;
        // HttpClient's transfer time-out (30 s; no knob: it is the product's own default that is
        // proved).
        QTest::newRow("T1 never answers")
                << Mode::TokenNeverAnswers << Phase::Login << 5
                << QByteArray("No answer in time. 127.0.0.1 did not answer in time.") << 200 << 1
                << 0;
        QTest::newRow("T1 token_type mac")
                << Mode::TokenTypeMac << Phase::Login << 1
                << QByteArray("The token type \"mac\" is not supported; only Bearer is.") << 200
                << 1 << 0;
        const QByteArray badExpiry =
                "The answer's expires_in is not a non-negative whole number of seconds.";
        QTest::newRow("T1 negative expires_in")
                << Mode::TokenNegativeExpiresIn << Phase::Login << 1 << badExpiry << 200 << 1 << 0;
        QTest::newRow("T1 string expires_in")
                << Mode::TokenStringExpiresIn << Phase::Login << 1 << badExpiry << 200 << 1 << 0;
        QTest::newRow("T1 invalid_grant")
                << Mode::TokenInvalidGrant << Phase::Login << 4
                << QByteArray("The server no longer accepts this sign-in: sign in again. "
                              "(invalid_grant): The code was "
                              "already used.")
                << 200 << 1 << 0;

        // R1: after a good sign-in, the resource redirects to another origin, which asks for a
        // token (401 invalid_token): it gets the request without one, and no refresh follows.
        QTest::newRow("R1 resource cross-origin 302")
                << Mode::ResourceCrossOriginRedirect << Phase::Request << 7
                << QByteArray("Note: a redirect went to another origin; the access token was not "
                              "sent there.")
                << 200 << 1 << 1;

        // ID (OpenID Connect Core §3.1.3.7): a good callback and good tokens, but an ID token that
        // must not be believed: the sign-in fails with what is wrong with it and keeps nothing.
        QTest::newRow("ID bad signature")
                << Mode::IdTokenBadSignature << Phase::Login << 1
                << QByteArray("ID token refused: The ES256 signature does not match the key kid "
                              "\"hostile-es256\".")
                << 200 << 1 << 0;
        QTest::newRow("ID kid not in the JWKS")
                << Mode::IdTokenUnknownKid << Phase::Login << 1
                << QByteArray("ID token refused: No key in the issuer's key set has kid "
                              "\"hostile-es256-retired\"")
                << 200 << 1 << 0;
        QTest::newRow("ID alg none")
                << Mode::IdTokenAlgNone << Phase::Login << 1
                << QByteArray("ID token refused: alg none (an unsigned token) is never accepted.")
                << 200 << 1 << 0;
        QTest::newRow("ID HS256 keyed with the client_id")
                << Mode::IdTokenHs256ClientId << Phase::Login << 1
                << QByteArray("ID token refused: alg HS256 is a shared-secret MAC; only public-key "
                              "signatures")
                << 200 << 1 << 0;
        QTest::newRow("ID wrong aud")
                << Mode::IdTokenWrongAudience << Phase::Login << 1
                << QByteArray("ID token refused: its audience (aud) does not include this client.")
                << 200 << 1 << 0;
        QTest::newRow("ID several aud, no azp")
                << Mode::IdTokenSeveralAudiencesNoAzp << Phase::Login << 1
                << QByteArray("ID token refused: it has several audiences but no authorized party "
                              "(azp).")
                << 200 << 1 << 0;
        QTest::newRow("ID several aud, azp another client")
                << Mode::IdTokenSeveralAudiencesBadAzp << Phase::Login << 1
                << QByteArray("ID token refused: its authorized party (azp) is another client.")
                << 200 << 1 << 0;
        QTest::newRow("ID wrong iss") << Mode::IdTokenWrongIssuer << Phase::Login << 1
                                      << QByteArray("ID token refused: it was issued by "
                                                    "\"https://other-issuer.example.test\", not by "
                                                    "\"http://127.0.0.1:")
                                      << 200 << 1 << 0;
        QTest::newRow("ID expired")
                << Mode::IdTokenExpired << Phase::Login << 1
                << QByteArray("ID token refused: it expired at ") << 200 << 1 << 0;
        QTest::newRow("ID iat an hour ahead")
                << Mode::IdTokenIssuedInFuture << Phase::Login << 1
                << QByteArray("ID token refused: it claims to be issued in the future (") << 200
                << 1 << 0;
        QTest::newRow("ID wrong nonce")
                << Mode::IdTokenWrongNonce << Phase::Login << 1
                << QByteArray("ID token refused: its nonce is not the one sent with this sign-in.")
                << 200 << 1 << 0;
        QTest::newRow("ID nonce missing")
                << Mode::IdTokenNonceMissing << Phase::Login << 1
                << QByteArray("ID token refused: it carries no nonce, but one was sent.") << 200
                << 1 << 0;
        // A token answer to an openid sign-in without the ID token (OpenID Connect Core §3.1.3.3):
        // nothing to check, so nothing proves who signed in -- and without a subject the "different
        // user" check of a later sign-in has nothing to compare with.
        QTest::newRow("ID token missing") << Mode::IdTokenMissing << Phase::Login << 1
                                          << QByteArray("no ID token") << 200 << 1 << 0;
    }

    void hostileServer()
    {
        QFETCH(HostileServer::Mode, mode);
        QFETCH(Phase, phase);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        QFETCH(int, pageStatus);
        QFETCH(int, tokenRequests);
        QFETCH(int, canaryRequests);

        HostileServer server(mode);
        QVERIFY(server.start());
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        m_browserRecord = m_dir.filePath(QStringLiteral("browser-%1.json").arg(m_runs));
        QList<Run> runs; // every run of the row, for the secret search

        const bool openId = HostileServer::isOpenIdMode(mode);
        const QStringList add = addAccount(name, server, openId);
        QString id;
        if (phase != Phase::AddAccount) {
            runs.append(run(add));
            QVERIFY2(runs.last().exitCode == 0, runs.last().err.constData());
            id = accountIdByName(name);
            QVERIFY(!id.isEmpty());
        }
        if (phase == Phase::Request) {
            const QMap<QString, QByteArray> signedOut = keychainEntries({ id });
            runs.append(run({ QStringLiteral("login"), name }));
            QVERIFY2(runs.last().exitCode == 0, runs.last().err.constData());
            QVERIFY2(runs.last().err.contains("Signed in"), runs.last().err.constData());
            QCOMPARE(storedTokens(id).accessToken.toUtf8(), server.accessToken());
            // The control of condition 2: a session that is kept shows in the snapshot.
            QVERIFY(keychainEntries({ id }) != signedOut);
        }

        // Whose keychain entries to watch: the row's account, or, where no account is made, all.
        const QStringList watched = phase == Phase::AddAccount ? accountIds() : QStringList{ id };
        const std::optional<QByteArray> accountsBefore = accountsFile();
        const QMap<QString, QByteArray> keychainBefore = keychainEntries(watched);

        // A rejected callback leaves the sign-in waiting: once the browser has had its page, the
        // listener must still be there, and then the person presses Ctrl-C.
        std::optional<bool> listeningBeforeInterrupt;
        std::function<bool()> interruptWhen;
        if (exitCode == 130) {
            interruptWhen = [&] {
                if (readRecord(m_browserRecord).isEmpty())
                    return false;
                listeningBeforeInterrupt = !HostileServer::connectionRefused(server.loopbackPort());
                return true;
            };
        }
        QElapsedTimer timer;
        timer.start();
        switch (phase) {
        case Phase::AddAccount:
            runs.append(run(add));
            break;
        case Phase::Login:
            runs.append(run({ QStringLiteral("login"), name }, interruptWhen, 60000));
            break;
        case Phase::Request:
            runs.append(run(
                    { QStringLiteral("request"), name, server.url(QStringLiteral("/resource")) }));
            break;
        }
        const Run &failing = runs.last();
        qInfo("%s: exit %d after %lld ms", qPrintable(name), failing.exitCode, timer.elapsed());

        // 1. It fails, with a specific message.
        QVERIFY2(failing.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit %1, not %2; stderr:\n")
                                    .arg(failing.exitCode)
                                    .arg(exitCode)
                            + QString::fromUtf8(failing.err)));
        QVERIFY2(failing.err.contains(message), failing.err.constData());
        if (openId && mode != HostileServer::Mode::IdTokenMissing) {
            // The ID token, not something before it, is what failed: it was issued for a sign-in
            // that sent a nonce, the whole refusal names it, and the issuer's keys were fetched to
            // check it (only an unsigned or MAC'd token can be refused without them).
            QVERIFY(!server.nonce().isEmpty());
            QVERIFY(!server.idToken().isEmpty());
            QVERIFY2(failing.err.contains("The ID token failed validation; nothing was stored."),
                     failing.err.constData());
            if (mode != HostileServer::Mode::IdTokenAlgNone
                && mode != HostileServer::Mode::IdTokenHs256ClientId)
                QVERIFY(server.requestsTo("/jwks") >= 1);
        }
        if (mode == HostileServer::Mode::ErrorWithoutState) {
            // A state-less error is somebody else's: not shown as this sign-in's outcome.
            QVERIFY(!failing.err.contains("Access was denied"));
            QVERIFY(!failing.err.contains("Forged"));
        }
        if (pageStatus) {
            // What the person saw in the browser: a fixed page, rejected or not.
            QTRY_VERIFY_WITH_TIMEOUT(!readRecord(m_browserRecord).isEmpty(), 10000);
            const QJsonObject record = readRecord(m_browserRecord);
            QCOMPARE(record.value(QLatin1String("status")).toInt(), pageStatus);
            const QString page = record.value(QLatin1String("page")).toString();
            const QString expected = pageStatus == 400
                    ? QStringLiteral("This sign-in response was not expected.")
                    : tokenRequests > 0
                    ? QStringLiteral("you can close this tab and return to OAuthDesk")
                    : QStringLiteral("Sign-in was not completed.");
            QVERIFY2(page.contains(expected), qPrintable(page));
        } else {
            QCOMPARE(server.requestsTo("/authorize"), 0);
            QVERIFY(!QFile::exists(m_browserRecord)); // the browser was never opened
        }
        QCOMPARE(server.requestsTo("/token"), tokenRequests);
        QCOMPARE(server.canary().requests().size(), qsizetype(canaryRequests));
        for (const ScriptedServer::Request &request : server.canary().requests()) {
            QVERIFY2(!request.headers.toLower().contains("authorization:"),
                     request.headers.constData());
            QVERIFY(!request.headers.contains(server.accessToken()));
            QVERIFY(!request.target.contains(server.accessToken()));
        }

        // 2. Nothing is stored.
        const QMap<QString, QByteArray> keychainAfter = keychainEntries(watched);
        QVERIFY2(keychainAfter == keychainBefore,
                 qPrintable(QStringLiteral("the keychain entries of the test's accounts changed: "
                                           "%1 before, %2 after")
                                    .arg(describe(keychainBefore), describe(keychainAfter))));
        QVERIFY2(accountsFile() == accountsBefore, "the accounts file changed");
        if (phase == Phase::AddAccount)
            QVERIFY(accountIdByName(name).isEmpty());
        if (phase == Phase::Login)
            QVERIFY_NOTHING_STORED(id);

        // 3. No secret is printed, logged or written.
        if (pageStatus) {
            QVERIFY(!server.state().isEmpty());
            QVERIFY(!server.codeChallenge().isEmpty());
        }
        if (tokenRequests > 0)
            QVERIFY(!server.codeVerifier().isEmpty());
        verifyNoSecretShown(runs, server.secrets());
        if (QTest::currentTestFailed())
            return;
        // The exchange log did record the exchanges (so that its check above means something).
        QVERIFY(failing.exchangeLog->contains(phase == Phase::AddAccount
                                                      ? "/.well-known/openid-configuration"
                                                      : phase == Phase::Request ? "/resource"
                                                      : tokenRequests > 0       ? "/token"
                                                                                : "/authorize"));

        // 4. The loopback listener is closed.
        if (pageStatus) {
            const quint16 port = server.loopbackPort();
            QVERIFY(port != 0);
            QVERIFY2(HostileServer::connectionRefused(port),
                     "the loopback listener still accepts connections");
        }
        if (tokenRequests > 0) {
            // Closed as soon as the valid callback came, not only when the process ended.
            QVERIFY2(server.listenerClosedAtTokenRequest() == std::optional<bool>(true),
                     "the loopback listener still accepted connections when the code was redeemed");
        }
        if (interruptWhen) {
            // The rejected callback did not end the sign-in; Ctrl-C did, and it closed the
            // listener.
            QVERIFY2(listeningBeforeInterrupt == std::optional<bool>(true),
                     "the loopback listener was gone before Ctrl-C: the rejected callback ended "
                     "the sign-in");
            QVERIFY2(failing.err.contains("Sign-in was cancelled."), failing.err.constData());
        }
    }

    /**
     * The ID rows' baseline, so that their refusals mean something: the same server with a correct
     * ID token (Mode::IdTokenValid). The sign-in works, the ID token was checked with the issuer's
     * keys against the nonce sent, the tokens and the ID token are kept, the account learns its
     * user (sub), and no secret -- the ID token included -- is printed, logged or written to a
     * file.
     */
    void openIdSignIn()
    {
        HostileServer server(HostileServer::Mode::IdTokenValid);
        QVERIFY(server.start());
        const QString name = QStringLiteral("ID valid token");
        m_browserRecord = m_dir.filePath(QStringLiteral("browser-openid.json"));
        QList<Run> runs;
        runs.append(run(addAccount(name, server, true)));
        QVERIFY2(runs.last().exitCode == 0, runs.last().err.constData());
        const QString id = accountIdByName(name);
        QVERIFY(!id.isEmpty());
        QVERIFY_NOTHING_STORED(id);
        QVERIFY(accountSubject(id).isEmpty());

        runs.append(run({ QStringLiteral("login"), name }));
        const Run &login = runs.last();
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QVERIFY2(login.err.contains("Signed in"), login.err.constData());
        QVERIFY2(!login.err.contains("failed validation"), login.err.constData());
        QVERIFY(!server.nonce().isEmpty());
        QVERIFY(!server.idToken().isEmpty());
        QVERIFY(server.requestsTo("/jwks") >= 1);
        QVERIFY(login.exchangeLog && login.exchangeLog->contains("/jwks"));

        const TokenSet stored = storedTokens(id);
        QCOMPARE(stored.accessToken.toUtf8(), server.accessToken());
        QCOMPARE(stored.refreshToken.toUtf8(), server.refreshToken());
        QCOMPARE(stored.idToken.toUtf8(), server.idToken());
        QCOMPARE(accountSubject(id), HostileServer::subject());

        QTRY_VERIFY_WITH_TIMEOUT(!readRecord(m_browserRecord).isEmpty(), 10000);
        QCOMPARE(readRecord(m_browserRecord).value(QLatin1String("status")).toInt(), 200);
        QVERIFY(server.listenerClosedAtTokenRequest() == std::optional<bool>(true));
        QVERIFY(HostileServer::connectionRefused(server.loopbackPort()));
        verifyNoSecretShown(runs, server.secrets());
    }
};

QTEST_GUILESS_MAIN(tst_Hostile)
#include "tst_hostile.moc"
