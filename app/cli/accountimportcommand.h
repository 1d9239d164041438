#pragma once

#include "command.h"
#include "workflows/accountimport.h"

namespace OAuthDesk {

/// `oauthdesk account import FILE [--rename] [--accept-endpoints]`: adds the accounts of an export,
/// with endpoints from discovery (AccountImport).
class AccountImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OAuthDesk::CommandLine)
public:
    using Command::Command;
    QString description() const override;

protected:
    void define(QCommandLineParser &parser) const override;
    void execute(const QCommandLineParser &parser) override;

private:
    void import(const Result<QList<AccountImport::Checked>> &checked);

    bool m_rename = false;
};

} // namespace OAuthDesk
