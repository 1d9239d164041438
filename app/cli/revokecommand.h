#pragma once

#include "command.h"

namespace OAuthDesk {

/// `oauthdesk revoke NAME`: revokes at the server (RFC 7009) and forgets the local copies.
class RevokeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OAuthDesk::CommandLine)
public:
    using Command::Command;
    QString description() const override;

protected:
    void define(QCommandLineParser &parser) const override;
    void execute(const QCommandLineParser &parser) override;
};

} // namespace OAuthDesk
