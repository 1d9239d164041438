#pragma once

#include "command.h"

namespace OAuthDesk {

/// `oauthdesk account import FILE [--rename]`: adds the accounts of an export.
class AccountImportCommand : public Command
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
