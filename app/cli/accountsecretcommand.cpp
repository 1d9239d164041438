#include "accountsecretcommand.h"

#include "platform/platform.h"
#include "session/tokenmanager.h"

#include <QCommandLineParser>

namespace OAuthDesk {

QString AccountSecretCommand::description() const
{
    return tr("Sets the account's client secret from the first line of "
              "stdin. It is kept in the system keychain, "
              "never in the accounts file.");
}

void AccountSecretCommand::define(QCommandLineParser &parser) const
{
    addAccountArgument(parser);
}

void AccountSecretCommand::execute(const QCommandLineParser &parser)
{
    const auto id = namedAccount(parser, tr("account secret takes one NAME."));
    if (!id)
        return;
    const QString secret = Platform::readLineFromStdin().value_or(QString());
    if (secret.isEmpty())
        return usage(tr("No client secret came on stdin."));
    tokens()->setClientSecret(*id, secret, this, [this](const Error &error) {
        if (error)
            return fail(error);
        finish(ExitStatus::Ok);
    });
}

} // namespace OAuthDesk
