#include "revokecommand.h"

#include "output.h"
#include "session/tokenmanager.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace OAuthDesk {

QString RevokeCommand::description() const
{
    return tr("Revokes the account's refresh and access tokens at the server (RFC 7009) and "
              "forgets the local copies "
              "— those are deleted even when the server cannot be reached, and you are told.");
}

void RevokeCommand::define(QCommandLineParser &parser) const
{
    addAccountArgument(parser);
}

void RevokeCommand::execute(const QCommandLineParser &parser)
{
    const auto id = namedAccount(parser, tr("revoke takes one NAME."));
    if (!id)
        return;
    tokens()->revokeAndSignOut(*id, this, [this](const TokenManager::SignOutResult &result) {
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
        finish(ExitStatus::Ok);
    });
}

} // namespace OAuthDesk
