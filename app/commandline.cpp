#include "commandline.h"

#include "accounts/accountremoval.h"
#include "accounts/accountstore.h"
#include "accounts/accounttransfer.h"
#include "discovery/discovery.h"
#include "flows/deviceflow.h"
#include "http/httpclient.h"
#include "http/urlpolicy.h"
#include "inspect/tokeninspector.h"
#include "platform/platform.h"
#include "registration/clientregistration.h"
#include "resource/curlexport.h"
#include "resource/requesthistory.h"
#include "resource/resourceclient.h"
#include "session/tokenmanager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace OAuthDesk {

static QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

static QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

static const QString Program = QStringLiteral("oauthdesk");

CommandLine::CommandLine(TokenManager *tokens, ResourceClient *resources, const HttpClient *http,
                         QObject *parent)
    : QObject(parent), m_tokens(tokens), m_resources(resources), m_http(http)
{
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    static const QStringList verbs = { QStringLiteral("account"),    QStringLiteral("login"),
                                       QStringLiteral("token"),      QStringLiteral("get"),
                                       QStringLiteral("request"),    QStringLiteral("help"),
                                       QStringLiteral("--help"),     QStringLiteral("inspect"),
                                       QStringLiteral("introspect"), QStringLiteral("revoke"),
                                       QStringLiteral("decode"),     QStringLiteral("-h"),
                                       QStringLiteral("--version") };
    return !arguments.isEmpty() && verbs.contains(arguments.first());
}

static QString overview()
{
    return QCoreApplication::translate(
            "OAuthDesk::CommandLine",
            "Usage: oauthdesk [VERB …]\n"
            "\n"
            "Without a verb, opens the window. Verbs:\n"
            "  account add NAME --issuer URL [--client-id ID] [--scope \"a b\"] [--grant GRANT]\n"
            "                   [--client-auth METHOD --client-secret-stdin] [--username USER]\n"
            "                   [--redirect-port N] [--authorization-endpoint URL --token-endpoint "
            "URL]\n"
            "  account secret NAME   set the account's client secret from stdin (kept in the "
            "keychain)\n"
            "  account list [--json]\n"
            "  account remove NAME\n"
            "  account export [FILE]   write the accounts' settings as JSON (never tokens or "
            "secrets)\n"
            "  account import FILE [--rename]   add the accounts of an export; a taken name is "
            "skipped\n"
            "                   (--rename: added as \"NAME (2)\"); an existing account is never "
            "replaced\n"
            "  login NAME [--scope \"a b\"]  run the account's grant and keep the session in the "
            "system keychain\n"
            "  token NAME [--scope \"a\"] [--refresh]  print a valid access token, refreshing it "
            "first if\n"
            "                    needed (--refresh: always)\n"
            "  request NAME URL [-X METHOD] [-H 'Name: value']... [-d BODY | --data-file F] "
            "[--include]\n"
            "                    call a protected URL with the account's token, curl-like\n"
            "  get NAME URL      the short form: GET, the body to stdout\n"
            "  inspect NAME [--json]   decoded tokens, signature check, expiry, scopes, identity\n"
            "  introspect NAME   the server's RFC 7662 answer about the access token\n"
            "  revoke NAME       revoke at the server (RFC 7009) and forget the local copies\n"
            "  decode [--issuer URL] < token   decode a JWT, and verify it against the issuer's "
            "keys\n"
            "\n"
            "\n"
            "Grants: authorization_code (PKCE through the browser; the default and the one to "
            "use),\n"
            "device (a code to enter on any device), client_credentials (a confidential client "
            "acting\n"
            "for itself), and the legacy implicit and password grants, which RFC 9700 deprecates.\n"
            "\n"
            "Each verb takes --help. Exit status: 0 success, 2 usage, 3 sign-in required, 4 the "
            "server\n"
            "refused, 5 network, 6 keychain, 7 HTTP error status, 8 inactive token, 130 cancelled, "
            "1 anything\n"
            "else.\n"
            "--exchange-log FILE (before the verb) writes the redacted HTTP exchange log to FILE "
            "at exit.\n"
            "The browser is $BROWSER when set (a command that gets the URL), else the system's "
            "default.\n");
}

void CommandLine::run(const QStringList &arguments, std::function<void(int)> done)
{
    m_done = std::move(done);
    if (const Error error = m_tokens->accounts()->load()) {
        fail(error);
        return;
    }
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")
        || verb == QLatin1String("help")) {
        out() << overview();
        out().flush();
        return finish(Ok);
    }
    if (verb == QLatin1String("--version")) {
        out() << Program << ' ' << QCoreApplication::applicationVersion() << '\n';
        return finish(Ok);
    }
    if (verb == QLatin1String("account")) {
        const QString sub = rest.value(0);
        if (sub == QLatin1String("add"))
            return accountAdd(rest.mid(1));
        if (sub == QLatin1String("list"))
            return accountList(rest.mid(1));
        if (sub == QLatin1String("remove"))
            return accountRemove(rest.mid(1));
        if (sub == QLatin1String("secret"))
            return accountSecret(rest.mid(1));
        if (sub == QLatin1String("export"))
            return accountExport(rest.mid(1));
        if (sub == QLatin1String("import"))
            return accountImport(rest.mid(1));
        return usage(
                tr("Unknown account verb \"%1\": use add, list, secret, remove, export or import.")
                        .arg(sub));
    }
    if (verb == QLatin1String("login"))
        return login(rest);
    if (verb == QLatin1String("token"))
        return token(rest);
    if (verb == QLatin1String("get"))
        return get(rest);
    if (verb == QLatin1String("request"))
        return request(rest);
    if (verb == QLatin1String("inspect"))
        return inspect(rest);
    if (verb == QLatin1String("introspect"))
        return introspect(rest);
    if (verb == QLatin1String("revoke"))
        return revoke(rest);
    if (verb == QLatin1String("decode"))
        return decode(rest);
    usage(tr("Unknown verb \"%1\".").arg(verb));
}

void CommandLine::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    out().flush();
    err().flush();
    if (m_done)
        m_done(code);
}

void CommandLine::usage(const QString &text)
{
    err() << Program << ": " << text << " (see oauthdesk --help)\n";
    finish(Usage);
}

void CommandLine::fail(const Error &error)
{
    err() << Program << ": " << error.message() << '\n';
    switch (error.kind()) {
    case Error::Kind::OAuth:
        return finish(ServerError);
    case Error::Kind::SignInRequired:
        return finish(SignInRequired);
    case Error::Kind::Network:
    case Error::Kind::Timeout:
        return finish(NetworkError);
    case Error::Kind::Keychain:
        return finish(KeychainError);
    case Error::Kind::Cancelled:
        return finish(Cancelled);
    case Error::Kind::DifferentUser:
        err() << Program << ": "
              << tr("Run oauthdesk login NAME --switch-user to switch the account to that user.")
              << '\n';
        return finish(Failure);
    default:
        return finish(Failure);
    }
}

void CommandLine::interrupt()
{
    if (!m_signingInAccount.isEmpty() && m_tokens->isSigningIn(m_signingInAccount)) {
        m_tokens->cancelSignIn(m_signingInAccount);
        return;
    }
    err() << Program << ": " << tr("Interrupted.") << '\n';
    finish(Cancelled);
}

std::optional<QString> CommandLine::accountIdFor(const QString &name)
{
    const auto account = m_tokens->accounts()->findByName(name);
    if (!account) {
        fail(Error(Error::Kind::Configuration,
                   tr("There is no account named \"%1\" (oauthdesk account list shows them).")
                           .arg(name)));
        return std::nullopt;
    }
    return account->id;
}

/// Parses `arguments` with `parser`; on --help prints it, on errors reports usage. False: stop.
static bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &verb,
                  CommandLine *self, const std::function<void(const QString &)> &usage,
                  const std::function<void()> &helped)
{
    Q_UNUSED(self);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    if (!parser.parse(QStringList{ Program + QLatin1Char(' ') + verb } + arguments)) {
        usage(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(
                Program + QLatin1Char(' ') + verb + QLatin1String(" [options]"),
                Program + QLatin1Char(' ') + verb + QLatin1String(" [options]"));
        helped();
        return false;
    }
    return true;
}

void CommandLine::accountAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Adds an account. With --issuer alone, its endpoints are discovered "
               "(RFC 8414 / OpenID Connect Discovery, exact issuer match)."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("What to call the account."));
    const QCommandLineOption issuer(QStringLiteral("issuer"),
                                    tr("The authorization server's issuer URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption clientId(
            QStringLiteral("client-id"),
            tr("The client ID registered at the server. Without it, OAuthDesk registers "
               "itself at the server's registration endpoint (RFC 7591)."),
            QStringLiteral("ID"));
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   tr("Space-separated scopes to ask for."),
                                   QStringLiteral("SCOPES"));
    const QCommandLineOption grant(QStringLiteral("grant"),
                                   tr("The grant: authorization_code (default), device, "
                                      "client_credentials, or the legacy implicit and "
                                      "password (RFC 9700 deprecates both)."),
                                   QStringLiteral("GRANT"), QStringLiteral("authorization_code"));
    const QCommandLineOption clientAuth(QStringLiteral("client-auth"),
                                        tr("How the client authenticates: none (public client, "
                                           "default), client_secret_basic or "
                                           "client_secret_post."),
                                        QStringLiteral("METHOD"));
    const QCommandLineOption secretStdin(
            QStringLiteral("client-secret-stdin"),
            tr("Read the client secret from stdin; it is kept in the keychain."));
    const QCommandLineOption username(QStringLiteral("username"),
                                      tr("The user name, for the password grant."),
                                      QStringLiteral("USER"));
    const QCommandLineOption port(
            QStringLiteral("redirect-port"),
            tr("A fixed loopback port for servers that match redirect URIs exactly."),
            QStringLiteral("N"));
    const QCommandLineOption authorization(
            QStringLiteral("authorization-endpoint"),
            tr("The authorization endpoint, for servers without discovery."),
            QStringLiteral("URL"));
    const QCommandLineOption tokenEndpoint(QStringLiteral("token-endpoint"),
                                           tr("The token endpoint, for servers without discovery."),
                                           QStringLiteral("URL"));
    parser.addOptions({ issuer, clientId, scope, grant, clientAuth, secretStdin, username, port,
                        authorization, tokenEndpoint });
    if (!parse(
                parser, arguments, QStringLiteral("account add"), this,
                [this](const QString &t) { usage(t); }, [this] { finish(Ok); }))
        return;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("account add takes one NAME."));
    // Without --client-id, OAuthDesk registers itself at the server's registration endpoint (RFC
    // 7591).
    const bool registerClient = !parser.isSet(clientId);
    if (registerClient && (parser.isSet(clientAuth) || parser.isSet(secretStdin)))
        return usage(tr("--client-auth and --client-secret-stdin need --client-id."));
    const bool explicitEndpoints = parser.isSet(authorization) || parser.isSet(tokenEndpoint);
    if (explicitEndpoints && !(parser.isSet(authorization) && parser.isSet(tokenEndpoint)))
        return usage(tr("--authorization-endpoint and --token-endpoint go together."));
    if (!explicitEndpoints && !parser.isSet(issuer))
        return usage(tr("Give --issuer, or both --authorization-endpoint and --token-endpoint."));

    Account account;
    account.name = parser.positionalArguments().first();
    account.clientId = parser.value(clientId);
    account.scope = parser.value(scope).simplified();
    account.grantType = parser.value(grant);
    account.username = parser.value(username);
    account.clientAuthMethod = parser.isSet(clientAuth) ? parser.value(clientAuth)
            : parser.isSet(secretStdin)                 ? QStringLiteral("client_secret_basic")
                                                        : QStringLiteral("none");
    if (account.needsClientSecret() != parser.isSet(secretStdin))
        return usage(account.needsClientSecret()
                             ? tr("--client-auth %1 needs --client-secret-stdin.")
                                       .arg(account.clientAuthMethod)
                             : tr("--client-secret-stdin needs a --client-auth with a secret."));
    if (account.grantType == QLatin1String("password") && account.username.isEmpty())
        return usage(tr("The password grant needs --username."));
    QString secret;
    if (parser.isSet(secretStdin)) {
        secret = Platform::readLineFromStdin().value_or(QString());
        if (secret.isEmpty())
            return usage(tr("No client secret came on stdin."));
    }
    if (parser.isSet(port)) {
        bool ok = false;
        account.redirectPort = parser.value(port).toInt(&ok);
        if (!ok || account.redirectPort <= 0 || account.redirectPort > 65535)
            return usage(tr("--redirect-port must be a number from 1 to 65535."));
    }
    if (m_tokens->accounts()->findByName(account.name))
        return fail(Error(Error::Kind::Configuration,
                          tr("An account named \"%1\" already exists.").arg(account.name)));

    auto save = [this, secret](Account a) {
        if (const Error error = m_tokens->accounts()->add(a))
            return fail(error);
        if (Account::isLegacyGrant(a.grantType))
            err() << tr("Note: the %1 grant is legacy (RFC 9700 deprecates it); prefer "
                        "authorization_code with PKCE.")
                             .arg(a.grantType)
                  << '\n';
        if (secret.isEmpty()) {
            err() << tr("Added account \"%1\".").arg(a.name) << '\n';
            return finish(Ok);
        }
        m_tokens->setClientSecret(a.id, secret, this, [this, name = a.name](const Error &error) {
            if (error)
                return fail(Error(
                        Error::Kind::Keychain,
                        tr("Added account \"%1\", but its client secret could not be kept: %2 "
                           "(try again with oauthdesk account secret)")
                                .arg(name, error.message())));
            err() << tr("Added account \"%1\"; its client secret is in the system keychain.")
                             .arg(name)
                  << '\n';
            finish(Ok);
        });
    };
    if (explicitEndpoints && registerClient)
        return usage(tr(
                "--client-id is required with explicit endpoints (registration needs discovery)."));
    if (explicitEndpoints) {
        account.server.issuer = QUrl(parser.value(issuer), QUrl::StrictMode);
        account.server.authorizationEndpoint = QUrl(parser.value(authorization), QUrl::StrictMode);
        account.server.tokenEndpoint = QUrl(parser.value(tokenEndpoint), QUrl::StrictMode);
        return save(account);
    }
    const QUrl issuerUrl(parser.value(issuer), QUrl::StrictMode);
    Discovery(m_http).discover(
            issuerUrl, this,
            [this, account, save, registerClient](const Result<ServerMetadata> &metadata) mutable {
                if (!metadata.ok())
                    return fail(metadata.error());
                account.server = metadata.value();
                if (!registerClient)
                    return save(account);
                if (account.server.registrationEndpoint.isEmpty())
                    return fail(Error(Error::Kind::Configuration,
                                      tr("The server offers no client registration endpoint: give "
                                         "the client ID of an "
                                         "application registered there (--client-id).")));
                if (!account.usesBrowser())
                    return fail(Error(Error::Kind::Configuration,
                                      tr("A registered client uses the authorization code grant: "
                                         "give --client-id for "
                                         "the %1 grant.")
                                              .arg(account.grantType)));
                ClientRegistration(m_http, account.name)
                        .registerClient(
                                account.server.registrationEndpoint, account.redirectPort, this,
                                [this, account](const Result<RegisteredClient> &client) mutable {
                                    if (!client.ok())
                                        return fail(client.error());
                                    account.clientId = client.value().clientId;
                                    account.clientAuthMethod =
                                            client.value().tokenEndpointAuthMethod;
                                    if (const Error error = m_tokens->accounts()->add(account))
                                        return fail(error);
                                    ClientRegistration::keep(
                                            m_tokens->secrets(), account.id, client.value(), this,
                                            [this, name = account.name,
                                             clientId = account.clientId](const Error &error) {
                                                if (error)
                                                    return fail(
                                                            Error(Error::Kind::Keychain,
                                                                  tr("Registered client %1 for "
                                                                     "account \"%2\", but the "
                                                                     "keychain could not keep "
                                                                     "its registration: %3")
                                                                          .arg(clientId, name,
                                                                               error.message())));
                                                err() << tr("Added account \"%1\" with the newly "
                                                            "registered client %2 (RFC 7591).")
                                                                 .arg(name, clientId)
                                                      << '\n';
                                                finish(Ok);
                                            });
                                });
            });
}

void CommandLine::accountList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the accounts."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print JSON (no secrets are ever included)."));
    parser.addOption(json);
    if (!parse(
                parser, arguments, QStringLiteral("account list"), this,
                [this](const QString &t) { usage(t); }, [this] { finish(Ok); }))
        return;
    const QList<Account> &accounts = m_tokens->accounts()->accounts();
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const Account &a : accounts) {
            QJsonObject o;
            o.insert(QLatin1String("name"), a.name);
            o.insert(QLatin1String("id"), a.id);
            o.insert(QLatin1String("issuer"), a.server.issuer.toString());
            o.insert(QLatin1String("client_id"), a.clientId);
            o.insert(QLatin1String("scope"), a.scope);
            o.insert(QLatin1String("grant_type"), a.grantType);
            o.insert(QLatin1String("signed_in"), a.signedIn);
            if (!a.identity.isEmpty())
                o.insert(QLatin1String("identity"),
                         a.identity); // who signed in last (not a secret)
            if (a.expiresAt.isValid())
                o.insert(QLatin1String("expires_at"), a.expiresAt.toString(Qt::ISODate));
            list.append(o);
        }
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return finish(Ok);
    }
    if (accounts.isEmpty())
        err() << tr("No accounts yet: oauthdesk account add NAME --issuer URL --client-id ID")
              << '\n';
    for (const Account &a : accounts) {
        const QString where = a.server.issuer.isEmpty() ? a.server.authorizationEndpoint.host()
                                                        : a.server.issuer.toString();
        out() << a.name << '\t' << where << '\t';
        if (!a.identity.isEmpty())
            out() << a.identity << '\t'; // who signed in last
        out() << (a.signedIn ? tr("signed in") : tr("signed out")) << '\n';
    }
    finish(Ok);
}

void CommandLine::accountRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Removes an account and forgets its tokens from the keychain."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The account."));
    if (!parse(
                parser, arguments, QStringLiteral("account remove"), this,
                [this](const QString &t) { usage(t); }, [this] { finish(Ok); }))
        return;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("account remove takes one NAME."));
    const auto id = accountIdFor(parser.positionalArguments().first());
    if (!id)
        return;
    auto *history = new RequestHistory(RequestHistory::defaultPath(), this);
    const Error unread = history->load();
    AccountRemoval(m_tokens, history)
            .remove(*id, this, [this, unread](const AccountRemoval::Outcome &outcome) {
                // When the keychain fails, the account stays, so that its entries are not
                // orphaned.
                if (outcome.keychain)
                    return fail(outcome.keychain);
                if (outcome.account)
                    return fail(outcome.account);
                if (const Error error = outcome.history ? outcome.history : unread)
                    return fail(Error(error.kind(),
                                      tr("The account was removed, but its request history could "
                                         "not be: %1")
                                              .arg(error.message())));
                finish(Ok);
            });
}

void CommandLine::accountExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes the settings of all accounts as JSON, to FILE or "
                                        "to stdout: name, issuer, endpoints, client ID, "
                                        "scope, grant, client authentication method, user name, "
                                        "redirect port and preset. Never tokens, client "
                                        "secrets or who signed in."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Where to write (default: stdout)."),
                                 QStringLiteral("[FILE]"));
    if (!parse(
                parser, arguments, QStringLiteral("account export"), this,
                [this](const QString &t) { usage(t); }, [this] { finish(Ok); }))
        return;
    if (parser.positionalArguments().size() > 1)
        return usage(tr("account export takes at most one FILE."));
    const QByteArray json = AccountTransfer::exportAccounts(m_tokens->accounts()->accounts());
    const QString path = parser.positionalArguments().value(0);
    if (path.isEmpty() || path == QLatin1String("-")) {
        out().flush();
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return finish(Ok);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return fail(Error(Error::Kind::Configuration,
                          tr("Could not write \"%1\": %2").arg(path, file.errorString())));
    err() << tr("Exported %n account(s) to %1.", nullptr,
                int(m_tokens->accounts()->accounts().size()))
                     .arg(path)
          << '\n';
    finish(Ok);
}

void CommandLine::accountImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Adds the accounts of an export (oauthdesk account "
                                        "export). Every account is checked before any is "
                                        "added. An existing account is never replaced: one whose "
                                        "name is taken is skipped, or added under a "
                                        "free name with --rename. Client secrets are not in the "
                                        "file: set them with oauthdesk account secret."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The export to read (- for stdin)."));
    const QCommandLineOption rename(
            QStringLiteral("rename"),
            tr("Add an account whose name is taken as \"NAME (2)\" instead of skipping it."));
    parser.addOption(rename);
    if (!parse(
                parser, arguments, QStringLiteral("account import"), this,
                [this](const QString &t) { usage(t); }, [this] { finish(Ok); }))
        return;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("account import takes one FILE."));
    const QString path = parser.positionalArguments().first();
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return fail(Error(Error::Kind::Configuration,
                          tr("Could not read \"%1\": %2").arg(path, file.errorString())));
    const Result<QList<Account>> accounts = AccountTransfer::parse(file.readAll());
    if (!accounts.ok())
        return fail(accounts.error());
    const auto report =
            AccountTransfer::importInto(*m_tokens->accounts(), accounts.value(),
                                        parser.isSet(rename) ? AccountTransfer::OnConflict::Rename
                                                             : AccountTransfer::OnConflict::Skip);
    if (!report.ok())
        return fail(report.error());
    for (const QString &name : report.value().skipped)
        err() << tr("Skipped \"%1\": an account with that name exists (not replaced; --rename adds "
                    "it under a "
                    "free name).")
                         .arg(name)
              << '\n';
    for (const QString &change : report.value().renamed)
        err() << tr("Renamed %1.").arg(change) << '\n';
    for (const QString &name : report.value().added)
        err() << tr("Imported \"%1\".").arg(name) << '\n';
    bool needSecret = false;
    for (const Account &a : accounts.value())
        needSecret = needSecret || a.needsClientSecret();
    if (needSecret && !report.value().added.isEmpty())
        err() << tr("Accounts with client authentication need their secret: oauthdesk account "
                    "secret NAME.")
              << '\n';
    finish(Ok);
}

void CommandLine::accountSecret(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sets the account's client secret from the first line of "
                                        "stdin. It is kept in the system keychain, "
                                        "never in the accounts file."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The account."));
    if (!parse(
                parser, arguments, QStringLiteral("account secret"), this,
                [this](const QString &t) { usage(t); }, [this] { finish(Ok); }))
        return;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("account secret takes one NAME."));
    const auto id = accountIdFor(parser.positionalArguments().first());
    if (!id)
        return;
    const QString secret = Platform::readLineFromStdin().value_or(QString());
    if (secret.isEmpty())
        return usage(tr("No client secret came on stdin."));
    m_tokens->setClientSecret(*id, secret, this, [this](const Error &error) {
        if (error)
            return fail(error);
        finish(Ok);
    });
}

void CommandLine::login(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Runs the account's grant and keeps the session in the system keychain. Ctrl-C "
               "cancels.\n"
               "  authorization_code: the browser opens; a 127.0.0.1 listener takes the answer "
               "(PKCE).\n"
               "  device: the code and the address to enter it at go to stderr.\n"
               "  client_credentials: no interaction.\n"
               "  implicit (legacy, RFC 9700 deprecates it): like authorization_code, token in the "
               "URL fragment.\n"
               "  password (legacy, RFC 9700 deprecates it): the password is asked for (no echo) "
               "or read with\n"
               "  --password-stdin, used once and never stored."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The account."));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           tr("Password grant: read the password from stdin."));
    const QCommandLineOption open(
            QStringLiteral("open"),
            tr("Device grant: also open the verification address in the browser."));
    const QCommandLineOption switchUser(
            QStringLiteral("switch-user"),
            tr("Accept signing in as a different user than the account had."));
    const QCommandLineOption scope(
            QStringLiteral("scope"),
            tr("Ask for this scope instead of the account's; it becomes the account's "
               "scope when the sign-in succeeds."),
            QStringLiteral("SCOPE"));
    parser.addOptions({ passwordStdin, open, switchUser, scope });
    if (!parse(
                parser, arguments, QStringLiteral("login"), this,
                [this](const QString &t) { usage(t); }, [this] { finish(Ok); }))
        return;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("login takes one NAME."));
    const auto id = accountIdFor(parser.positionalArguments().first());
    if (!id)
        return;
    m_signingInAccount = *id;
    const Account account = *m_tokens->accounts()->findById(*id);
    if (Account::isLegacyGrant(account.grantType))
        err() << tr("Warning: the %1 grant is legacy; RFC 9700 deprecates it. Prefer "
                    "authorization_code with PKCE.")
                         .arg(account.grantType)
              << '\n';
    TokenManager::SignInOptions options;
    options.allowDifferentUser = parser.isSet(switchUser);
    options.scope = parser.value(scope);
    if (account.grantType == QLatin1String("password")) {
        const auto password = parser.isSet(passwordStdin)
                ? Platform::readLineFromStdin()
                : Platform::readSecretFromTerminal(tr("Password for %1: ").arg(account.username));
        if (!password || password->isEmpty())
            return usage(tr("No password: give it at the prompt or with --password-stdin."));
        options.password = *password;
    }
    BrowserOpener opener = Platform::browserFromEnvironment();
    if (!opener)
        opener = Platform::systemUrlOpener();
    m_tokens->setBrowserOpener([opener](const QUrl &url) {
        err() << tr("Opening the browser to sign in at %1 … (Ctrl-C cancels)")
                         .arg(url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo
                                           | QUrl::RemovePath))
              << '\n';
        err().flush();
        const Error error = opener(url);
        if (error) {
            // Without a browser the person can still open the address by hand.
            err() << tr("Could not open a browser; open this address yourself:") << '\n'
                  << url.toString(QUrl::FullyEncoded) << '\n';
            err().flush();
        }
        return Error();
    });
    connect(m_tokens, &TokenManager::deviceCodeReceived, this,
            [this, openIt = parser.isSet(open)](const QString &, const DeviceCode &code) {
                err() << tr("To sign in, open %1 and enter the code %2")
                                 .arg(code.verificationUri.toString(), code.userCode)
                      << '\n';
                if (code.verificationUriComplete.isValid())
                    err() << tr("or open %1").arg(code.verificationUriComplete.toString()) << '\n';
                err() << tr("The code expires at %1. Waiting for approval… (Ctrl-C cancels)")
                                 .arg(code.expiresAt.toLocalTime().toString(
                                         QStringLiteral("HH:mm")))
                      << '\n';
                err().flush();
                if (openIt) {
                    BrowserOpener browser = Platform::browserFromEnvironment();
                    if (!browser)
                        browser = Platform::systemUrlOpener();
                    browser(code.verificationUriComplete.isValid() ? code.verificationUriComplete
                                                                   : code.verificationUri);
                }
            });
    m_tokens->signIn(*id, options, this, [this](const Result<TokenManager::SignInResult> &result) {
        if (!result.ok())
            return fail(result.error());
        const TokenSet &tokens = result.value().tokens;
        if (result.value().notRemembered) {
            return fail(Error(Error::Kind::Keychain,
                              tr("Signed in, but the session cannot be kept: %1")
                                      .arg(result.value().notRemembered.message())));
        }
        QString expiry = tokens.expiresAt.isValid()
                ? tr("the access token expires at %1")
                          .arg(tokens.expiresAt.toLocalTime().toString(QStringLiteral("HH:mm")))
                : tr("the access token has no stated expiry");
        err() << tr("Signed in; %1; scopes: %2; refresh token: %3.")
                         .arg(expiry, tokens.scope.isEmpty() ? tr("(none)") : tokens.scope,
                              tokens.refreshToken.isEmpty() ? tr("not issued")
                                                            : tr("kept in the system keychain"))
              << '\n';
        finish(Ok);
    });
}

void CommandLine::token(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Prints a valid access token on stdout, refreshing it first when it has expired."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The account."));
    const QCommandLineOption scope(
            QStringLiteral("scope"),
            tr("An additional token with identical or narrower scope (RFC 6749 §6); the "
               "account's own token is not replaced."),
            QStringLiteral("SCOPES"));
    parser.addOption(scope);
    const QCommandLineOption refresh(
            QStringLiteral("refresh"),
            tr("Refresh first, even when the access token is still valid (for example after "
               "your rights changed at the server)."));
    parser.addOption(refresh);
    if (!parse(
                parser, arguments, QStringLiteral("token"), this,
                [this](const QString &t) { usage(t); }, [this] { finish(Ok); }))
        return;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("token takes one NAME."));
    const auto id = accountIdFor(parser.positionalArguments().first());
    if (!id)
        return;
    auto print = [this](const Result<TokenSet> &result) {
        if (!result.ok())
            return fail(result.error());
        out() << result.value().accessToken << '\n';
        finish(Ok);
    };
    if (parser.isSet(scope) && parser.isSet(refresh))
        return usage(
                tr("--scope always asks the server; --refresh is for the account's own token."));
    if (parser.isSet(scope))
        m_tokens->additionalToken(*id, parser.value(scope).simplified(), this, print);
    else if (parser.isSet(refresh))
        m_tokens->refreshNow(*id, this, print);
    else
        m_tokens->validToken(*id, this, print);
}

void CommandLine::get(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("GETs a protected URL with the account's access token (Authorization: Bearer). When "
               "the resource "
               "answers invalid_token, refreshes once and retries once. The body goes to stdout. "
               "The short form of: oauthdesk request NAME URL"));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The account."));
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 tr("An https URL (or http on this computer)."));
    if (!parse(
                parser, arguments, QStringLiteral("get"), this,
                [this](const QString &t) { usage(t); }, [this] { finish(Ok); }))
        return;
    if (parser.positionalArguments().size() != 2)
        return usage(tr("get takes NAME and URL."));
    ResourceRequest request;
    request.url = QUrl(parser.positionalArguments().at(1), QUrl::StrictMode);
    sendRequest(parser.positionalArguments().first(), request, false);
}

void CommandLine::request(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sends a request to a protected URL with the account's "
                                        "access token (Authorization: Bearer), "
                                        "curl-like. When the resource answers invalid_token, "
                                        "refreshes once and retries once. Redirects "
                                        "are followed; to another origin without the token. The "
                                        "body goes to stdout; a non-2xx status "
                                        "exits with 7."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The account."));
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 tr("An https URL (or http on this computer)."));
    const QCommandLineOption method(
            { QStringLiteral("X"), QStringLiteral("request") },
            tr("GET, POST, PUT, PATCH, DELETE or HEAD (default GET, or POST with a body)."),
            QStringLiteral("METHOD"));
    const QCommandLineOption header({ QStringLiteral("H"), QStringLiteral("header") },
                                    tr("A request header, \"Name: value\"; repeat for more."),
                                    QStringLiteral("HEADER"));
    const QCommandLineOption data(
            { QStringLiteral("d"), QStringLiteral("data") },
            tr("The request body (Content-Type application/x-www-form-urlencoded unless a "
               "-H gives one)."),
            QStringLiteral("BODY"));
    const QCommandLineOption dataFile(QStringLiteral("data-file"),
                                      tr("Read the request body from a file (- for stdin)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption include(
            { QStringLiteral("i"), QStringLiteral("include") },
            tr("Print the status line and the response headers before the body."));
    parser.addOptions({ method, header, data, dataFile, include });
    if (!parse(
                parser, arguments, QStringLiteral("request"), this,
                [this](const QString &t) { usage(t); }, [this] { finish(Ok); }))
        return;
    if (parser.positionalArguments().size() != 2)
        return usage(tr("request takes NAME and URL."));
    if (parser.isSet(data) && parser.isSet(dataFile))
        return usage(tr("Give -d or --data-file, not both."));

    ResourceRequest request;
    request.url = QUrl(parser.positionalArguments().at(1), QUrl::StrictMode);
    const QStringList headers = parser.values(header);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString &line = headers.at(i);
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        // Not quoted back: a malformed header can be a pasted token without its name.
        if (colon <= 0)
            return usage(tr("Header %1 (-H) is not \"Name: value\".").arg(i + 1));
        request.headers.append(
                { line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toUtf8() });
    }
    bool hasBody = false;
    if (parser.isSet(data)) {
        request.body = parser.value(data).toUtf8();
        hasBody = true;
    } else if (parser.isSet(dataFile)) {
        const QString path = parser.value(dataFile);
        QFile file;
        const bool opened = path == QLatin1String("-")
                ? file.open(stdin, QIODevice::ReadOnly)
                : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened)
            return usage(tr("Cannot read %1: %2").arg(path, file.errorString()));
        request.body = file.readAll();
        hasBody = true;
    }
    if (parser.isSet(method))
        request.method = parser.value(method).toUpper().toLatin1();
    else if (hasBody)
        request.method = "POST";
    if (hasBody && request.header("Content-Type").isEmpty())
        request.headers.append({ QByteArrayLiteral("Content-Type"),
                                 QByteArrayLiteral("application/x-www-form-urlencoded") });
    sendRequest(parser.positionalArguments().first(), request, parser.isSet(include));
}

void CommandLine::sendRequest(const QString &name, const ResourceRequest &request, bool include)
{
    if (const Error invalid = request.validate())
        return invalid.kind() == Error::Kind::Configuration ? usage(invalid.message())
                                                            : fail(invalid);
    const auto id = accountIdFor(name);
    if (!id)
        return;
    m_resources->send(
            *id, request, this,
            [this, name, include](const Result<ResourceClient::Response> &result) {
                if (!result.ok())
                    return fail(result.error());
                const auto &response = result.value();
                if (response.tokenWithheld)
                    err() << tr("Note: a redirect went to another origin; the access token was not "
                                "sent there.")
                          << '\n';
                if (include) {
                    out() << "HTTP/1.1 " << response.http.status;
                    if (!response.http.reasonPhrase.isEmpty())
                        out() << ' ' << QString::fromLatin1(response.http.reasonPhrase);
                    out() << "\r\n";
                    for (const auto &h : response.http.headers)
                        out() << QString::fromLatin1(h.first) << ": "
                              << QString::fromLatin1(h.second) << "\r\n";
                    out() << "\r\n";
                }
                out().flush();
                std::fwrite(response.http.body.constData(), 1, size_t(response.http.body.size()),
                            stdout);
                std::fflush(stdout);
                if (response.http.status >= 200 && response.http.status <= 299)
                    return finish(Ok);
                QString line = tr("HTTP %1").arg(response.http.status);
                if (response.challenge && !response.challenge->error().isEmpty())
                    line += QLatin1String(": ") + response.challenge->error();
                if (response.challenge
                    && response.challenge->params.contains(QStringLiteral("error_description")))
                    line += QLatin1String(" (")
                            + response.challenge->params.value(QStringLiteral("error_description"))
                            + QLatin1Char(')');
                err() << Program << ": " << line << '\n';
                if (response.isInsufficientScope()) {
                    const auto account = m_tokens->accounts()->findByName(name);
                    const QString needed = response.neededScope();
                    if (!needed.isEmpty() && account) {
                        QStringList scopes =
                                account->scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                        const QStringList more = needed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                        for (const QString &scope : more) {
                            if (!scopes.contains(scope))
                                scopes.append(scope);
                        }
                        err() << tr("The token lacks the scope \"%1\". Sign in again asking for "
                                    "it:")
                                         .arg(needed)
                              << '\n'
                              << "  " << Program << " login " << CurlExport::shellQuote(name)
                              << " --scope "
                              << CurlExport::shellQuote(scopes.join(QLatin1Char(' '))) << '\n';
                    }
                }
                finish(HttpError);
            });
}

} // namespace OAuthDesk

namespace OAuthDesk {

static QJsonObject inspectionJson(const TokenInspection &inspection)
{
    QJsonObject o;
    o.insert(QLatin1String("format"),
             inspection.jwt                     ? QStringLiteral("jwt")
                     : inspection.shape.isJwe() ? QStringLiteral("jwe")
                                                : QStringLiteral("opaque"));
    if (inspection.jwt) {
        o.insert(QLatin1String("header"), inspection.jwt->header());
        o.insert(QLatin1String("claims"), inspection.jwt->claims());
    }
    if (inspection.decodeError)
        o.insert(QLatin1String("decode_error"), inspection.decodeError.message());
    static const char *const names[] = { "not_checked", "verified", "invalid" };
    o.insert(QLatin1String("signature"), QLatin1String(names[int(inspection.signature)]));
    if (!inspection.keyId.isEmpty())
        o.insert(QLatin1String("kid"), inspection.keyId);
    o.insert(QLatin1String("verification"), inspection.badgeText());
    return o;
}

static void printInspection(QTextStream &stream, const QString &title,
                            const TokenInspection &inspection, const QDateTime &now)
{
    stream << title << ": ";
    if (!inspection.jwt) {
        stream << (inspection.shape.isJwe()
                           ? QCoreApplication::translate("OAuthDesk::CommandLine",
                                                         "encrypted (JWE)")
                           : QCoreApplication::translate("OAuthDesk::CommandLine", "opaque"));
        if (inspection.decodeError)
            stream << " — " << inspection.decodeError.message();
        stream << '\n';
        return;
    }
    const Jwt &jwt = *inspection.jwt;
    stream << "JWT, alg " << jwt.alg()
           << (jwt.kid().isEmpty() ? QString() : QStringLiteral(", kid ") + jwt.kid()) << '\n';
    stream << "  " << inspection.badgeText() << '\n';
    if (!jwt.issuer().isEmpty())
        stream << "  iss  " << jwt.issuer() << '\n';
    if (!jwt.subject().isEmpty())
        stream << "  sub  " << jwt.subject() << '\n';
    if (!jwt.audiences().isEmpty())
        stream << "  aud  " << jwt.audiences().join(QLatin1String(", ")) << '\n';
    if (jwt.expiry().isValid())
        stream << "  exp  " << jwt.expiry().toLocalTime().toString(Qt::ISODate) << " ("
               << (jwt.expiry() > now ? QStringLiteral("in %1 s").arg(now.secsTo(jwt.expiry()))
                                      : QStringLiteral("%1 s ago").arg(jwt.expiry().secsTo(now)))
               << ")\n";
    if (jwt.issuedAt().isValid())
        stream << "  iat  " << jwt.issuedAt().toLocalTime().toString(Qt::ISODate) << '\n';
}

void CommandLine::inspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows the account's tokens decoded (JWTs: header and "
                                        "claims, with the signature checked against the "
                                        "issuer's keys), their expiry, scopes and who is signed "
                                        "in. Token values are never printed."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The account."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (!parse(
                parser, arguments, QStringLiteral("inspect"), this,
                [this](const QString &t) { usage(t); }, [this] { finish(Ok); }))
        return;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("inspect takes one NAME."));
    const auto id = accountIdFor(parser.positionalArguments().first());
    if (!id)
        return;
    const Account account = *m_tokens->accounts()->findById(*id);
    const bool asJson = parser.isSet(json);
    m_tokens->loadTokens(
            *id, this, [this, account, asJson](const Result<std::optional<TokenSet>> &read) {
                if (!read.ok())
                    return fail(read.error());
                if (!read.value())
                    return fail(Error(Error::Kind::SignInRequired,
                                      tr("This account is not signed in.")));
                const TokenSet tokens = *read.value();
                struct Item
                {
                    QString key;
                    QString title;
                    QString token;
                };
                auto items = std::make_shared<QList<Item>>();
                items->append(
                        { QStringLiteral("access_token"), tr("Access token"), tokens.accessToken });
                if (!tokens.idToken.isEmpty())
                    items->append({ QStringLiteral("id_token"), tr("ID token"), tokens.idToken });
                if (!tokens.refreshToken.isEmpty())
                    items->append({ QStringLiteral("refresh_token"), tr("Refresh token"),
                                    tokens.refreshToken });
                auto results = std::make_shared<QList<TokenInspection>>();
                auto userInfo = std::make_shared<std::optional<QJsonObject>>();
                auto step = std::make_shared<std::function<void()>>();
                // The step refers to itself weakly (a strong self-reference would never be freed:
                // found by LeakSanitizer); the callback waiting for the next answer keeps it alive.
                *step = [this, account, tokens, asJson, items, results, userInfo,
                         weakStep = std::weak_ptr(step)] {
                    const std::shared_ptr<std::function<void()>> self = weakStep.lock();
                    if (results->size() < items->size()) {
                        const Item &item = items->at(results->size());
                        m_tokens->inspector()->inspect(
                                item.token.toUtf8(), account.server.jwksUri, this,
                                [results, self](const TokenInspection &inspection) {
                                    results->append(inspection);
                                    (*self)();
                                });
                        return;
                    }
                    if (!account.server.userinfoEndpoint.isEmpty()
                        && tokens.scope.split(QLatin1Char(' ')).contains(QStringLiteral("openid"))
                        && !userInfo->has_value()) {
                        // Who the account is (OpenID Connect UserInfo); not fatal when it fails.
                        m_tokens->userInfo(account.id, this,
                                           [userInfo, self](const Result<QJsonObject> &answer) {
                                               *userInfo =
                                                       answer.ok() ? answer.value() : QJsonObject();
                                               (*self)();
                                           });
                        return;
                    }
                    const QDateTime now = m_tokens->clock().now();
                    if (asJson) {
                        QJsonObject o;
                        o.insert(QLatin1String("account"), account.name);
                        o.insert(QLatin1String("issuer"), account.server.issuer.toString());
                        if (!account.subject.isEmpty())
                            o.insert(QLatin1String("subject"), account.subject);
                        o.insert(QLatin1String("token_type"), tokens.tokenType);
                        o.insert(QLatin1String("scope"), tokens.scope);
                        if (tokens.expiresAt.isValid())
                            o.insert(QLatin1String("expires_at"),
                                     tokens.expiresAt.toString(Qt::ISODate));
                        for (qsizetype i = 0; i < items->size(); ++i)
                            o.insert(items->at(i).key, inspectionJson(results->at(i)));
                        if (userInfo->has_value() && !(*userInfo)->isEmpty())
                            o.insert(QLatin1String("userinfo"), **userInfo);
                        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
                        return finish(Ok);
                    }
                    out() << tr("Account: %1 (%2)")
                                     .arg(account.name, account.server.issuer.toString())
                          << '\n';
                    if (!account.subject.isEmpty())
                        out() << tr("Signed in as: %1").arg(account.subject) << '\n';
                    if (userInfo->has_value()) {
                        for (const char *key : { "name", "email", "picture" }) {
                            const QString value = (*userInfo)->value(QLatin1String(key)).toString();
                            if (!value.isEmpty())
                                out() << "  " << key << ": " << value << '\n';
                        }
                    }
                    out() << tr("Scopes: %1").arg(tokens.scope) << '\n';
                    if (tokens.expiresAt.isValid())
                        out() << tr("Access token expires: %1 (in %2 s)")
                                         .arg(tokens.expiresAt.toLocalTime().toString(Qt::ISODate))
                                         .arg(now.secsTo(tokens.expiresAt))
                              << '\n';
                    for (qsizetype i = 0; i < items->size(); ++i)
                        printInspection(out(), items->at(i).title, results->at(i), now);
                    finish(Ok);
                };
                (*step)();
            });
}

void CommandLine::introspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Asks the server about the account's access token (RFC "
                                        "7662) and prints its JSON answer. Only "
                                        "\"active\": true means the server still accepts it; exit "
                                        "status 8 when it is inactive."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The account."));
    const QCommandLineOption refresh(QStringLiteral("refresh-token"),
                                     tr("Ask about the refresh token instead."));
    parser.addOption(refresh);
    if (!parse(
                parser, arguments, QStringLiteral("introspect"), this,
                [this](const QString &t) { usage(t); }, [this] { finish(Ok); }))
        return;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("introspect takes one NAME."));
    const auto id = accountIdFor(parser.positionalArguments().first());
    if (!id)
        return;
    m_tokens->introspect(
            *id, this,
            [this](const Result<QJsonObject> &answer) {
                if (!answer.ok())
                    return fail(answer.error());
                out() << QJsonDocument(answer.value()).toJson(QJsonDocument::Indented);
                if (answer.value().value(QLatin1String("active")).toBool() != true) {
                    err() << Program << ": " << tr("The server says the token is not active.")
                          << '\n';
                    return finish(Inactive);
                }
                finish(Ok);
            },
            parser.isSet(refresh));
}

void CommandLine::revoke(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Revokes the account's refresh and access tokens at the server (RFC 7009) and "
               "forgets the local copies "
               "— those are deleted even when the server cannot be reached, and you are told."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The account."));
    if (!parse(
                parser, arguments, QStringLiteral("revoke"), this,
                [this](const QString &t) { usage(t); }, [this] { finish(Ok); }))
        return;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("revoke takes one NAME."));
    const auto id = accountIdFor(parser.positionalArguments().first());
    if (!id)
        return;
    m_tokens->revokeAndSignOut(*id, this, [this](const TokenManager::SignOutResult &result) {
        if (result.keychain)
            return fail(result.keychain);
        if (result.retryLater)
            return fail(Error(Error::Kind::Network,
                              tr("Signed out locally (the session is gone from this computer), but "
                                 "the server could "
                                 "not revoke the tokens now: %1 They wait in the system keychain "
                                 "and are sent again by "
                                 "the next \"oauthdesk revoke\" of this account, and every few "
                                 "minutes while the "
                                 "window is open.")
                                      .arg(result.revocation.message())));
        if (result.revocation)
            return fail(Error(result.revocation.kind() == Error::Kind::Configuration
                                      ? Error::Kind::Configuration
                                      : Error::Kind::Network,
                              tr("Signed out locally (the tokens are gone from this computer), but "
                                 "the server was not "
                                 "told: %1")
                                      .arg(result.revocation.message())));
        err() << tr("Revoked at the server and signed out.") << '\n';
        finish(Ok);
    });
}

void CommandLine::decode(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Decodes a JWT read from stdin and, with --issuer, verifies its signature against "
               "that issuer's keys "
               "(discovered from the issuer, exact match) — jwt.io, offline."));
    const QCommandLineOption issuer(QStringLiteral("issuer"),
                                    tr("The issuer whose keys should have signed it."),
                                    QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({ issuer, json });
    if (!parse(
                parser, arguments, QStringLiteral("decode"), this,
                [this](const QString &t) { usage(t); }, [this] { finish(Ok); }))
        return;
    const QByteArray token = Platform::readLineFromStdin().value_or(QString()).trimmed().toUtf8();
    if (token.isEmpty())
        return usage(tr("No token came on stdin."));
    const bool asJson = parser.isSet(json);
    auto show = [this, asJson](const TokenInspection &inspection) {
        if (inspection.shape.isJws() && !inspection.jwt)
            return fail(inspection.decodeError);
        if (!inspection.jwt && !inspection.shape.isJwe())
            return fail(Error(Error::Kind::InvalidResponse,
                              tr("This is not a JWT (it may be an opaque token).")));
        if (asJson) {
            out() << QJsonDocument(inspectionJson(inspection)).toJson(QJsonDocument::Indented);
        } else {
            printInspection(out(), tr("Token"), inspection, m_tokens->clock().now());
            if (inspection.jwt) {
                out() << tr("Header: ")
                      << QJsonDocument(inspection.jwt->header()).toJson(QJsonDocument::Compact)
                      << '\n';
                out() << tr("Claims: ")
                      << QJsonDocument(inspection.jwt->claims()).toJson(QJsonDocument::Indented);
            }
        }
        finish(inspection.signature == TokenInspection::Signature::Invalid ? int(Failure)
                                                                           : int(Ok));
    };
    if (!parser.isSet(issuer))
        return show(TokenInspector::decode(token));
    const QUrl issuerUrl(parser.value(issuer), QUrl::StrictMode);
    Discovery(m_http).discover(
            issuerUrl, this, [this, token, show](const Result<ServerMetadata> &metadata) {
                if (!metadata.ok())
                    return fail(metadata.error());
                m_tokens->inspector()->inspect(token, metadata.value().jwksUri, this, show);
            });
}

} // namespace OAuthDesk
