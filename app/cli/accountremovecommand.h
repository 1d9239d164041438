#pragma once

#include "command.h"

namespace OAuthDesk {

/// `oauthdesk account remove NAME`: AccountRemoval, as the window's Remove Account does.
class AccountRemoveCommand : public Command
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
