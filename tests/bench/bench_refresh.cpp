// Refresh throughput and memory over time, for scripts/bench (issue 8, measurements 3 and 6),
// against the real test server (tests/server, oidc-provider, which rotates refresh tokens).
//   bench_refresh core ISSUER FILE CONCURRENCY
//   bench_refresh account ISSUER FILE CONCURRENCY
//   bench_refresh cycles ISSUER FILE CYCLES
//   bench_refresh core-cycles ISSUER FILE CYCLES
//   bench_refresh keychain ISSUER FILE COUNT
// FILE holds one refresh token a line of the public client oauthdesk-test
// (tests/bench/authorize.mjs grants). Discovery and the server's key set are fetched first and not
// timed: an account has them already. Every mode rewrites FILE with the rotated refresh tokens
// (mode 0600), so that the next run, of this program or of tests/bench/refresh.mjs (openid-client),
// refreshes the same grants.
//
// - core: what a client library does with a refresh (the same work as openid-client's
//   refreshTokenGrant, plus the ID token's signature): TokenEndpoint::refresh (the form POST, the
//   strict answer parse) and IdTokenValidator on the new ID token, at most CONCURRENCY in flight.
//   Prints "core <refreshes> <seconds> <refreshes per second>".
// - account: what OAuthDesk does to refresh an account: one account per token in a fresh accounts
//   file and its session in the keychain (set up first, not timed), then TokenManager::refreshNow
//   for each, at most CONCURRENCY at a time: the cross-process lock, the keychain read, the
//   write-back before the refresh token is spent, the POST, the ID token check, the new session
//   written to the keychain, the account's hint in the accounts file. Run it with XDG_* pointing at
//   a throwaway home and a private keychain (scripts/with-keyring). Prints "account <refreshes>
//   <seconds> <rate>".
// - cycles: one account refreshed CYCLES times in a row through TokenManager::refreshNow, the
//   session kept in the keychain; the resident memory (Platform::residentKib) after the first tenth
//   of the cycles (warm-up: caches, connection pool, keychain connection) and at the end.
//   Prints "cycles <cycles> <seconds> rss-after-warmup-kib=<k> rss-end-kib=<k> peak-kib=<k>".
// - core-cycles: the same with the core alone (TokenEndpoint and IdTokenValidator, no keychain, no
//   accounts file), the memory of OAuthDesk's own code; prints "core-cycles …" likewise.
// - keychain: the Secret Service's own rates, the floor under `account` (runKeychain). Prints
//   "keychain-<create|read|replace|remove> <count> <seconds> <rate> rss-before-kib=<k>
//   rss-after-kib=<k>".
// Nothing here prints a token.

#include "accounts/accountstore.h"
#include "discovery/discovery.h"
#include "http/httpclient.h"
#include "jwt/idtokenvalidator.h"
#include "jwt/jwkset.h"
#include "keychain/secretstore.h"
#include "platform/platform.h"
#include "session/tokenmanager.h"
#include "tokens/tokenendpoint.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QUuid>

#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace OAuthDesk;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_refresh: %s\n", qPrintable(message));
    std::exit(1);
}

QStringList readTokens(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read ") + path);
    QStringList tokens;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            tokens.append(QString::fromLatin1(line.trimmed()));
    }
    if (tokens.isEmpty())
        fail(path + QStringLiteral(" holds no refresh token"));
    return tokens;
}

void writeTokens(const QString &path, const QStringList &tokens)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot write ") + path);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(tokens.join(QLatin1Char('\n')).toLatin1() + '\n');
    if (!file.commit())
        fail(QStringLiteral("cannot write ") + path);
}

/// Runs the event loop until `done` is called.
template <typename T>
T await(const std::function<void(std::function<void(const T &)>)> &start)
{
    QEventLoop loop;
    std::optional<T> value;
    start([&](const T &result) {
        value = result;
        loop.quit();
    });
    if (!value)
        loop.exec();
    return *value;
}

/// Calls `one(i, next)` for i in [0, count), at most `concurrency` unfinished at a time; returns
/// when every one has called its `next`.
void bounded(int count, int concurrency, const std::function<void(int, std::function<void()>)> &one)
{
    QEventLoop loop;
    int started = 0;
    int finished = 0;
    std::function<void()> startNext = [&] {
        if (started >= count)
            return;
        const int index = started++;
        one(index, [&] {
            ++finished;
            if (finished == count)
                loop.quit();
            else
                startNext();
        });
    };
    for (int i = 0; i < concurrency && i < count; ++i)
        startNext();
    if (finished < count)
        loop.exec();
}

struct Server
{
    ServerMetadata metadata;
    JwkSet keys;
};

Server discover(const HttpClient &http, const QUrl &issuer)
{
    Server server;
    const auto metadata = await<Result<ServerMetadata>>(
            [&](auto done) { Discovery(&http).discover(issuer, qApp, done); });
    if (!metadata.ok())
        fail(QStringLiteral("discovery: ") + metadata.error().message());
    server.metadata = metadata.value();
    const auto jwks =
            await<HttpResponse>([&](auto done) { http.get(server.metadata.jwksUri, qApp, done); });
    const auto keys = JwkSet::fromJson(jwks.body);
    if (jwks.error || !keys.ok())
        fail(QStringLiteral("the server's key set could not be read"));
    server.keys = keys.value();
    return server;
}

const QString ClientId = QStringLiteral("oauthdesk-test");

/// What a client library holds to refresh: the token endpoint and the ID token's checks.
struct CoreClient
{
    TokenEndpoint endpoint;
    IdTokenValidator validator;
};

CoreClient coreClient(const HttpClient &http, const Server &server)
{
    ClientAuthentication client;
    client.id = ClientId;
    return { TokenEndpoint(&http, server.metadata.tokenEndpoint, client),
             IdTokenValidator(server.metadata.issuer.toString(), ClientId) };
}

/// Runs `refreshOnce(i)` (it returns the new refresh token) `cycles` times and prints the time and
/// the resident memory after the first tenth (the warm-up) and at the end, as `<name> …`.
void overCycles(const char *name, int cycles, QStringList &tokens,
                const std::function<QString(int)> &refreshOnce)
{
    const int warmup = qMax(1, cycles / 10);
    long afterWarmup = -1;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < cycles; ++i) {
        tokens[0] = refreshOnce(i);
        if (i + 1 == warmup)
            afterWarmup = Platform::residentKib();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("%s %d %.3f rss-after-warmup-kib=%ld rss-end-kib=%ld peak-kib=%ld\n", name, cycles,
                seconds, afterWarmup, Platform::residentKib(), Platform::peakResidentKib());
}

int runCore(const HttpClient &http, const Server &server, const QString &file, int concurrency)
{
    QStringList tokens = readTokens(file);
    const CoreClient core = coreClient(http, server);
    const TokenEndpoint &endpoint = core.endpoint;
    const IdTokenValidator &validator = core.validator;
    int failed = 0;
    QElapsedTimer timer;
    timer.start();
    bounded(int(tokens.size()), concurrency, [&](int i, std::function<void()> next) {
        endpoint.refresh(tokens.at(i), {}, {}, qApp, [&, i, next](const Result<TokenSet> &result) {
            if (!result.ok()) {
                if (failed++ == 0)
                    std::fprintf(stderr, "bench_refresh: a refresh failed: %s\n",
                                 qPrintable(result.error().message()));
            } else {
                const TokenSet &set = result.value();
                if (!set.idToken.isEmpty()) {
                    const auto checked = validator.decodeAndValidate(
                            set.idToken.toLatin1(), server.keys, QDateTime::currentDateTimeUtc());
                    if (!checked.ok() && failed++ == 0)
                        std::fprintf(stderr, "bench_refresh: an ID token failed: %s\n",
                                     qPrintable(checked.error().message()));
                }
                if (!set.refreshToken.isEmpty())
                    tokens[i] = set.refreshToken;
            }
            next();
        });
    });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    writeTokens(file, tokens);
    if (failed)
        fail(QString::number(failed) + QStringLiteral(" refreshes failed"));
    std::printf("core %lld %.3f %.1f\n", static_cast<long long>(tokens.size()), seconds,
                double(tokens.size()) / seconds);
    return 0;
}

/// One grant refreshed `cycles` times in a row through the core alone (no keychain, no accounts
/// file): the memory of OAuthDesk's own code, to set against `cycles`.
int runCoreCycles(const HttpClient &http, const Server &server, const QString &file, int cycles)
{
    QStringList tokens = readTokens(file);
    const CoreClient core = coreClient(http, server);
    overCycles("core-cycles", cycles, tokens, [&](int i) {
        const auto result = await<Result<TokenSet>>(
                [&](auto done) { core.endpoint.refresh(tokens.first(), {}, {}, qApp, done); });
        if (!result.ok())
            fail(QStringLiteral("refresh %1 failed: %2").arg(i + 1).arg(result.error().message()));
        const auto checked = core.validator.decodeAndValidate(
                result.value().idToken.toLatin1(), server.keys, QDateTime::currentDateTimeUtc());
        if (!checked.ok())
            fail(QStringLiteral("an ID token failed: ") + checked.error().message());
        return result.value().refreshToken;
    });
    writeTokens(file, tokens);
    return 0;
}

/// A fresh accounts file with one signed-in account per token, each session in the keychain.
QStringList setUpAccounts(AccountStore &store, SecretStore &secrets, const Server &server,
                          const QStringList &tokens)
{
    if (QFileInfo::exists(store.path()))
        fail(store.path()
             + QStringLiteral(" exists: run with XDG_CONFIG_HOME set to a throwaway directory"));
    QStringList ids;
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-60);
    QJsonArray accounts;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        Account account;
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        account.name = QStringLiteral("Bench %1").arg(i);
        account.clientId = ClientId;
        account.scope = QStringLiteral("openid offline_access api:read");
        account.server = server.metadata;
        account.signedIn = true;
        account.expiresAt = past;
        account.grantedScope = account.scope;
        account.subject = QStringLiteral("bench-user-%1").arg(i);
        accounts.append(account.toJson());
        ids.append(account.id);
    }
    // Written as a whole, in the store's own format (one add() each would rewrite it a thousand
    // times).
    QDir().mkpath(QFileInfo(store.path()).absolutePath());
    QSaveFile out(store.path());
    if (!out.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot write ") + store.path());
    out.write(QJsonDocument(QJsonObject{ { QStringLiteral("version"), 1 },
                                         { QStringLiteral("accounts"), accounts } })
                      .toJson());
    if (!out.commit())
        fail(QStringLiteral("cannot write ") + store.path());
    if (const Error loaded = store.load())
        fail(QStringLiteral("accounts file: ") + loaded.message());
    if (store.accounts().size() != tokens.size())
        fail(QStringLiteral("the accounts file did not take every account"));
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        TokenSet set;
        set.refreshToken = tokens.at(i);
        set.tokenType = QStringLiteral("Bearer");
        set.scope = QStringLiteral("openid offline_access api:read");
        set.obtainedAt = past.addSecs(-3600);
        set.expiresAt = past; // stale: refreshNow refreshes anyway, this only keeps it honest
        const Error written =
                await<Error>([&](auto done) { secrets.writeTokens(ids.at(i), set, qApp, done); });
        if (written)
            fail(QStringLiteral("keychain: ") + written.message());
    }
    return ids;
}

void removeSessions(SecretStore &secrets, const QStringList &ids)
{
    for (const QString &id : ids)
        await<Error>([&](auto done) { secrets.removeTokens(id, qApp, done); });
}

int runAccount(TokenManager &manager, SecretStore &secrets, const Server &server,
               const QString &file, int concurrency)
{
    QStringList tokens = readTokens(file);
    const QStringList ids = setUpAccounts(*manager.accounts(), secrets, server, tokens);
    int failed = 0;
    QElapsedTimer timer;
    timer.start();
    bounded(int(ids.size()), concurrency, [&](int i, std::function<void()> next) {
        manager.refreshNow(ids.at(i), qApp, [&, i, next](const Result<TokenSet> &result) {
            if (!result.ok()) {
                if (failed++ == 0)
                    std::fprintf(stderr, "bench_refresh: a refresh failed: %s\n",
                                 qPrintable(result.error().message()));
            } else {
                tokens[i] = result.value().refreshToken;
            }
            next();
        });
    });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    writeTokens(file, tokens);
    removeSessions(secrets, ids);
    if (failed)
        fail(QString::number(failed) + QStringLiteral(" refreshes failed"));
    std::printf("account %lld %.3f %.1f\n", static_cast<long long>(ids.size()), seconds,
                double(ids.size()) / seconds);
    return 0;
}

int runCycles(TokenManager &manager, SecretStore &secrets, const Server &server,
              const QString &file, int cycles)
{
    QStringList tokens = readTokens(file);
    const QStringList ids = setUpAccounts(*manager.accounts(), secrets, server, tokens.mid(0, 1));
    overCycles("cycles", cycles, tokens, [&](int i) {
        const auto result = await<Result<TokenSet>>(
                [&](auto done) { manager.refreshNow(ids.first(), qApp, done); });
        if (!result.ok())
            fail(QStringLiteral("refresh %1 failed: %2").arg(i + 1).arg(result.error().message()));
        return result.value().refreshToken;
    });
    writeTokens(file, tokens);
    removeSessions(secrets, ids);
    return 0;
}

/// The Secret Service's own rates, the floor under `account`: COUNT session-sized entries written
/// one after another (each a new item), then each read back, then each rewritten (an item replaced,
/// as a refresh does), then removed; resident memory around the reads and the rewrites.
int runKeychain(SecretStore &secrets, const QString &file, int count)
{
    const QStringList tokens = readTokens(file);
    TokenSet set;
    set.refreshToken = tokens.first(); // a real token's size; written under throwaway keys only
    set.accessToken = QString(43, QLatin1Char('a'));
    set.tokenType = QStringLiteral("Bearer");
    set.scope = QStringLiteral("openid offline_access api:read");
    set.obtainedAt = QDateTime::currentDateTimeUtc();
    set.expiresAt = set.obtainedAt.addSecs(3600);
    QStringList keys;
    for (int i = 0; i < count; ++i)
        keys.append(QStringLiteral("bench-keychain-%1").arg(i));
    const auto phase = [&](const char *name, const std::function<Error(const QString &)> &one) {
        const long before = Platform::residentKib();
        QElapsedTimer timer;
        timer.start();
        for (const QString &key : keys) {
            if (const Error error = one(key))
                fail(QStringLiteral("keychain: ") + error.message());
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::printf("keychain-%s %d %.3f %.1f rss-before-kib=%ld rss-after-kib=%ld\n", name, count,
                    seconds, double(count) / seconds, before, Platform::residentKib());
    };
    const auto write = [&](const QString &key) {
        return await<Error>([&](auto done) { secrets.writeTokens(key, set, qApp, done); });
    };
    phase("create", write);
    phase("read", [&](const QString &key) {
        const auto read = await<Result<std::optional<TokenSet>>>(
                [&](auto done) { secrets.readTokens(key, qApp, done); });
        return read.ok()
                ? (read.value()
                           ? Error()
                           : Error(Error::Kind::Keychain, QStringLiteral("an entry is missing")))
                : read.error();
    });
    phase("replace", write);
    phase("remove", [&](const QString &key) {
        return await<Error>([&](auto done) { secrets.removeTokens(key, qApp, done); });
    });
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("oauthdesk"));
    const QStringList args = app.arguments().mid(1);
    bool numeric = false;
    const int number = args.size() == 4 ? args.at(3).toInt(&numeric) : 0;
    if (args.size() != 4 || !numeric || number < 1
        || !QStringList{ QStringLiteral("core"), QStringLiteral("account"),
                         QStringLiteral("cycles"), QStringLiteral("core-cycles"),
                         QStringLiteral("keychain") }
                    .contains(args.at(0))) {
        std::fprintf(stderr,
                     "usage: bench_refresh core|account ISSUER FILE CONCURRENCY\n"
                     "       bench_refresh cycles|core-cycles ISSUER FILE CYCLES\n"
                     "       bench_refresh keychain ISSUER FILE COUNT\n");
        return 2;
    }
    const QString mode = args.at(0);
    const QUrl issuer(args.at(1));
    const QString file = args.at(2);

    QNetworkAccessManager network;
    HttpClient http(&network);
    const Server server = discover(http, issuer);
    if (mode == QLatin1String("core"))
        return runCore(http, server, file, number);
    if (mode == QLatin1String("core-cycles"))
        return runCoreCycles(http, server, file, number);

    SecretStore secrets;
    if (mode == QLatin1String("keychain"))
        return runKeychain(secrets, file, number);
    AccountStore accounts;
    TokenManager manager(&accounts, &secrets, &http);
    if (mode == QLatin1String("account"))
        return runAccount(manager, secrets, server, file, number);
    return runCycles(manager, secrets, server, file, number);
}
