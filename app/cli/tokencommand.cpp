#include "tokencommand.h"

#include "output.h"
#include "session/tokenmanager.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace OAuthDesk {

QString TokenCommand::description() const
{
    return tr("Prints a valid access token on stdout, refreshing it first when it has expired.");
}

void TokenCommand::define(QCommandLineParser &parser) const
{
    addAccountArgument(parser);
    parser.addOption(QCommandLineOption(
            QStringLiteral("scope"),
            tr("An additional token with identical or narrower scope (RFC 6749 §6); the "
               "account's own token is not replaced."),
            QStringLiteral("SCOPES")));
    parser.addOption(QCommandLineOption(
            QStringLiteral("refresh"),
            tr("Refresh first, even when the access token is still valid (for example after "
               "your rights changed at the server).")));
}

void TokenCommand::execute(const QCommandLineParser &parser)
{
    const auto id = namedAccount(parser, tr("token takes one NAME."));
    if (!id)
        return;
    auto print = [this](const Result<TokenSet> &result) {
        if (!result.ok())
            return fail(result.error());
        out() << result.value().accessToken << '\n';
        finish(ExitStatus::Ok);
    };
    const QString scope = QStringLiteral("scope");
    const QString refresh = QStringLiteral("refresh");
    if (parser.isSet(scope) && parser.isSet(refresh))
        return usage(
                tr("--scope always asks the server; --refresh is for the account's own token."));
    if (parser.isSet(scope))
        tokens()->additionalToken(*id, parser.value(scope).simplified(), this, print);
    else if (parser.isSet(refresh))
        tokens()->refreshNow(*id, this, print);
    else
        tokens()->validToken(*id, this, print);
}

} // namespace OAuthDesk
