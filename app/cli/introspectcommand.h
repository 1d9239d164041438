#pragma once

#include "command.h"

namespace OAuthDesk {

/// `oauthdesk introspect NAME`: the server's RFC 7662 answer about the access token.
class IntrospectCommand : public Command
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
