#include "commandline.h"

#include "accounts/accountstore.h"
#include "cli/accountaddcommand.h"
#include "cli/accountexportcommand.h"
#include "cli/accountimportcommand.h"
#include "cli/accountlistcommand.h"
#include "cli/accountremovecommand.h"
#include "cli/accountsecretcommand.h"
#include "cli/decodecommand.h"
#include "cli/exitstatus.h"
#include "cli/inspectcommand.h"
#include "cli/introspectcommand.h"
#include "cli/logincommand.h"
#include "cli/output.h"
#include "cli/requestcommand.h"
#include "cli/revokecommand.h"
#include "cli/tokencommand.h"
#include "session/tokenmanager.h"

#include <QCoreApplication>
#include <QTextStream>

namespace OAuthDesk {

namespace {

using Factory = Command *(*)(const QString &name, const Command::Services &services,
                             Command::Finish finish, QObject *parent);

template <typename T>
Command *make(const QString &name, const Command::Services &services, Command::Finish finish,
              QObject *parent)
{
    return new T(name, services, std::move(finish), parent);
}

template <RequestCommand::Form form>
Command *makeRequest(const QString &name, const Command::Services &services, Command::Finish finish,
                     QObject *parent)
{
    return new RequestCommand(form, name, services, std::move(finish), parent);
}

/// Every verb, as typed: the one table the dispatcher looks in.
struct Verb
{
    const char *name;
    Factory make;
};
const Verb Verbs[] = {
    { "account add", make<AccountAddCommand> },
    { "account list", make<AccountListCommand> },
    { "account remove", make<AccountRemoveCommand> },
    { "account secret", make<AccountSecretCommand> },
    { "account export", make<AccountExportCommand> },
    { "account import", make<AccountImportCommand> },
    { "login", make<LoginCommand> },
    { "token", make<TokenCommand> },
    { "get", makeRequest<RequestCommand::Form::Get> },
    { "request", makeRequest<RequestCommand::Form::Request> },
    { "inspect", make<InspectCommand> },
    { "introspect", make<IntrospectCommand> },
    { "revoke", make<RevokeCommand> },
    { "decode", make<DecodeCommand> },
};

const Verb *findVerb(const QString &name)
{
    for (const Verb &verb : Verbs) {
        if (name == QLatin1String(verb.name))
            return &verb;
    }
    return nullptr;
}

bool isHelp(const QString &word)
{
    return word == QLatin1String("--help") || word == QLatin1String("-h")
            || word == QLatin1String("help");
}

} // namespace

CommandLine::CommandLine(TokenManager *tokens, ResourceClient *resources, const HttpClient *http,
                         QObject *parent)
    : QObject(parent), m_services{ tokens, resources, http }
{
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString first = arguments.first();
    if (isHelp(first) || first == QLatin1String("--version"))
        return true;
    for (const Verb &verb : Verbs) {
        if (QString::fromLatin1(verb.name).section(QLatin1Char(' '), 0, 0) == first)
            return true;
    }
    return false;
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
    if (const Error error = m_services.tokens->accounts()->load())
        return finish(ExitStatus::reportFailure(error));
    const QString verb = arguments.value(0);
    if (isHelp(verb)) {
        out() << overview();
        out().flush();
        return finish(ExitStatus::Ok);
    }
    if (verb == QLatin1String("--version")) {
        out() << Program << ' ' << QCoreApplication::applicationVersion() << '\n';
        return finish(ExitStatus::Ok);
    }
    // `account` takes a second word: `account add`, `account list` …
    const qsizetype words = verb == QLatin1String("account") ? 2 : 1;
    const QString name = arguments.mid(0, words).join(QLatin1Char(' '));
    const Verb *found = findVerb(name);
    if (!found) {
        return finish(ExitStatus::reportUsage(
                words == 2 ? tr("Unknown account verb \"%1\": use add, list, secret, remove, "
                                "export or import.")
                                     .arg(arguments.value(1))
                           : tr("Unknown verb \"%1\".").arg(verb)));
    }
    m_command = found->make(
            name, m_services, [this](int code) { finish(code); }, this);
    m_command->run(arguments.mid(words));
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

void CommandLine::interrupt()
{
    if (m_command)
        return m_command->interrupt();
    err() << Program << ": " << tr("Interrupted.") << '\n';
    finish(ExitStatus::Cancelled);
}

} // namespace OAuthDesk
