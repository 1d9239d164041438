#pragma once

#include "command.h"

namespace OAuthDesk {

/// `oauthdesk decode [--issuer URL] < token`: a JWT decoded, and verified with the issuer's keys.
class DecodeCommand : public Command
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
