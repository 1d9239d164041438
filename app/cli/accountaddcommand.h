#pragma once

#include "accounts/account.h"
#include "command.h"
#include "workflows/accountsetup.h"
#include "workflows/clientregistrationstep.h"

#include <QCommandLineOption>

namespace OAuthDesk {

struct ServerMetadata;

/// `oauthdesk account add NAME --issuer URL …`: discovers the server (or takes its endpoints),
/// registers a client when no client ID is given (RFC 7591), and keeps a client secret.
class AccountAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OAuthDesk::CommandLine)
public:
    AccountAddCommand(QString name, const Services &services, Finish finish,
                      QObject *parent = nullptr);
    QString description() const override;

protected:
    void define(QCommandLineParser &parser) const override;
    void execute(const QCommandLineParser &parser) override;

private:
    void discovered(const Result<ServerMetadata> &metadata);
    void registered(const Result<ClientRegistrationStep::Registration> &registration);
    AccountSetup::Credentials givenCredentials() const;
    /// AccountSetup: the account, then what the keychain is to keep.
    void save(const AccountSetup::Credentials &credentials);
    void kept(AccountSetup::Kept kept, const Error &error);

    const QCommandLineOption m_issuer;
    const QCommandLineOption m_clientId;
    const QCommandLineOption m_scope;
    const QCommandLineOption m_grant;
    const QCommandLineOption m_clientAuth;
    const QCommandLineOption m_secretStdin;
    const QCommandLineOption m_username;
    const QCommandLineOption m_port;
    const QCommandLineOption m_authorization;
    const QCommandLineOption m_tokenEndpoint;

    Account m_account;
    QString m_secret;
    bool m_registerClient = false;
};

} // namespace OAuthDesk
