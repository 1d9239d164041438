#pragma once

#include "command.h"
#include "resource/resourceclient.h"

namespace OAuthDesk {

/// `oauthdesk request NAME URL …` (curl-like) and its short form `oauthdesk get NAME URL`: a call
/// to a protected URL with the account's token, through ResourceClient's redirect and 401 rules.
class RequestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OAuthDesk::CommandLine)
public:
    enum class Form { Get, Request };
    RequestCommand(Form form, QString name, const Services &services, Finish finish,
                   QObject *parent = nullptr);
    QString description() const override;

protected:
    void define(QCommandLineParser &parser) const override;
    void execute(const QCommandLineParser &parser) override;

private:
    /// `request`'s options as a request; nothing when they are wrong (reported).
    std::optional<ResourceRequest> requestFrom(const QCommandLineParser &parser);
    void send(const ResourceRequest &request);
    void answered(const Result<ResourceClient::Response> &result);
    /// After a 403 insufficient_scope: how to sign in again asking for the missing scope.
    void suggestScope(const ResourceClient::Response &response);

    Form m_form;
    QString m_accountName;
    bool m_include = false;
};

} // namespace OAuthDesk
