#pragma once

#include "command.h"

namespace OAuthDesk {

/// `oauthdesk account list [--json]`: the accounts, never a secret.
class AccountListCommand : public Command
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
