#pragma once

#include "accounts/account.h"
#include "command.h"
#include "inspect/tokeninspector.h"
#include "tokens/tokenset.h"

#include <QJsonObject>

namespace OAuthDesk {

/// `oauthdesk inspect NAME [--json]`: the account's tokens decoded and checked, never printed.
class InspectCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OAuthDesk::CommandLine)
public:
    using Command::Command;
    QString description() const override;

protected:
    void define(QCommandLineParser &parser) const override;
    void execute(const QCommandLineParser &parser) override;

private:
    struct Item
    {
        QString key;
        QString title;
        QString token;
    };
    void loaded(const Result<std::optional<TokenSet>> &read);
    /// Inspects the next token, else asks who the account is, else prints.
    void next();
    void print();
    void printJson();

    Account m_account;
    bool m_asJson = false;
    TokenSet m_session;
    QList<Item> m_items;
    QList<TokenInspection> m_results;
    std::optional<QJsonObject> m_userInfo;
};

} // namespace OAuthDesk
