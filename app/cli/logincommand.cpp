#include "logincommand.h"

#include "accounts/accountstore.h"
#include "flows/deviceflow.h"
#include "output.h"
#include "platform/platform.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace OAuthDesk {

QString LoginCommand::description() const
{
    return tr("Runs the account's grant and keeps the session in the system keychain. Ctrl-C "
              "cancels.\n"
              "  authorization_code: the browser opens; a 127.0.0.1 listener takes the answer "
              "(PKCE).\n"
              "  device: the code and the address to enter it at go to stderr.\n"
              "  client_credentials: no interaction.\n"
              "  implicit (legacy, RFC 9700 deprecates it): like authorization_code, token in the "
              "URL fragment.\n"
              "  password (legacy, RFC 9700 deprecates it): the password is asked for (no echo) "
              "or read with\n"
              "  --password-stdin, used once and never stored.");
}

void LoginCommand::define(QCommandLineParser &parser) const
{
    addAccountArgument(parser);
    parser.addOptions(
            { QCommandLineOption(QStringLiteral("password-stdin"),
                                 tr("Password grant: read the password from stdin.")),
              QCommandLineOption(
                      QStringLiteral("open"),
                      tr("Device grant: also open the verification address in the browser.")),
              QCommandLineOption(QStringLiteral("switch-user"),
                                 tr("Accept signing in as a different user than the account had.")),
              QCommandLineOption(
                      QStringLiteral("scope"),
                      tr("Ask for this scope instead of the account's; it becomes the account's "
                         "scope when the sign-in succeeds."),
                      QStringLiteral("SCOPE")) });
}

void LoginCommand::interrupt()
{
    if (!m_accountId.isEmpty() && tokens()->isSigningIn(m_accountId)) {
        tokens()->cancelSignIn(m_accountId);
        return;
    }
    Command::interrupt();
}

void LoginCommand::execute(const QCommandLineParser &parser)
{
    const auto id = namedAccount(parser, tr("login takes one NAME."));
    if (!id)
        return;
    m_accountId = *id;
    const Account account = *tokens()->accounts()->findById(*id);
    if (isLegacyGrant(account.grantType))
        err() << tr("Warning: the %1 grant is legacy; RFC 9700 deprecates it. Prefer "
                    "authorization_code with PKCE.")
                         .arg(grantTypeName(account.grantType))
              << '\n';
    TokenManager::SignInOptions options;
    options.allowDifferentUser = parser.isSet(QStringLiteral("switch-user"));
    options.scope = parser.value(QStringLiteral("scope"));
    if (account.grantType == GrantType::Password) {
        const auto password = parser.isSet(QStringLiteral("password-stdin"))
                ? Platform::readLineFromStdin()
                : Platform::readSecretFromTerminal(tr("Password for %1: ").arg(account.username));
        if (!password || password->isEmpty())
            return usage(tr("No password: give it at the prompt or with --password-stdin."));
        options.password = *password;
    }
    BrowserOpener opener = Platform::browserFromEnvironment();
    if (!opener)
        opener = Platform::systemUrlOpener();
    tokens()->setBrowserOpener([opener](const QUrl &url) { return openBrowser(opener, url); });
    m_openVerificationPage = parser.isSet(QStringLiteral("open"));
    connect(tokens(), &TokenManager::deviceCodeReceived, this,
            [this](const QString &, const DeviceCode &code) { showDeviceCode(code); });
    tokens()->signIn(*id, options, this, [this](const Result<TokenManager::SignInResult> &result) {
        signedIn(result);
    });
}

Error LoginCommand::openBrowser(const BrowserOpener &opener, const QUrl &url)
{
    err() << tr("Opening the browser to sign in at %1 … (Ctrl-C cancels)")
                     .arg(url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemovePath))
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
}

void LoginCommand::showDeviceCode(const DeviceCode &code)
{
    err() << tr("To sign in, open %1 and enter the code %2")
                     .arg(code.verificationUri.toString(), code.userCode)
          << '\n';
    if (code.verificationUriComplete.isValid())
        err() << tr("or open %1").arg(code.verificationUriComplete.toString()) << '\n';
    err() << tr("The code expires at %1. Waiting for approval… (Ctrl-C cancels)")
                     .arg(code.expiresAt.toLocalTime().toString(QStringLiteral("HH:mm")))
          << '\n';
    err().flush();
    if (m_openVerificationPage) {
        BrowserOpener browser = Platform::browserFromEnvironment();
        if (!browser)
            browser = Platform::systemUrlOpener();
        browser(code.verificationUriComplete.isValid() ? code.verificationUriComplete
                                                       : code.verificationUri);
    }
}

void LoginCommand::signedIn(const Result<TokenManager::SignInResult> &result)
{
    if (!result.ok())
        return fail(result.error());
    const TokenSet &session = result.value().tokens;
    if (result.value().notRemembered) {
        return fail(Error(Error::Kind::Keychain,
                          tr("Signed in, but the session cannot be kept: %1")
                                  .arg(result.value().notRemembered.message())));
    }
    QString expiry = session.expiresAt.isValid()
            ? tr("the access token expires at %1")
                      .arg(session.expiresAt.toLocalTime().toString(QStringLiteral("HH:mm")))
            : tr("the access token has no stated expiry");
    err() << tr("Signed in; %1; scopes: %2; refresh token: %3.")
                     .arg(expiry, session.scope.isEmpty() ? tr("(none)") : session.scope,
                          session.refreshToken.isEmpty() ? tr("not issued")
                                                         : tr("kept in the system keychain"))
          << '\n';
    finish(ExitStatus::Ok);
}

} // namespace OAuthDesk
