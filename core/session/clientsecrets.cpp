#include "clientsecrets.h"

namespace OAuthDesk {

ClientSecrets::ClientSecrets(AbstractSecretStore *secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets)
{
}

void ClientSecrets::withClient(const Account &account, ClientCallback callback)
{
    if (const Error unsupported = account.unsupportedClientAuth())
        return callback(unsupported);
    ClientAuthentication client{ account.clientId, {}, account.clientAuthMethod };
    if (!client.isConfidential())
        return callback(client);
    m_secrets->readSecret(
            AbstractSecretStore::clientSecretKey(account.id), this,
            [callback, client](const Error &error,
                               const std::optional<QByteArray> &secret) mutable {
                if (error)
                    return callback(error);
                if (!secret || secret->isEmpty())
                    return callback(Error(Error::Kind::Configuration,
                                          tr("No client secret is stored for this account: set it "
                                             "first (oauthdesk account secret NAME).")));
                client.secret = QString::fromUtf8(*secret);
                callback(client);
            });
}

void ClientSecrets::setClientSecret(const QString &accountId, const QString &secret,
                                    QObject *context, AbstractSecretStore::DoneCallback callback)
{
    m_secrets->writeSecret(AbstractSecretStore::clientSecretKey(accountId), secret.toUtf8(),
                           context, std::move(callback));
}

} // namespace OAuthDesk
