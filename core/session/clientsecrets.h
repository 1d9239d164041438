#pragma once

#include "accounts/account.h"
#include "common/error.h"
#include "keychain/abstractsecretstore.h"
#include "tokens/clientauthentication.h"

#include <QObject>

#include <functional>

namespace OAuthDesk {

/**
 * A confidential client's secret (RFC 6749 §2.3), kept in the keychain beside the account's
 * session and never in the accounts file; and the client identity every request to the server
 * authenticates with.
 */
class ClientSecrets : public QObject
{
    Q_OBJECT
public:
    using ClientCallback = std::function<void(const Result<ClientAuthentication> &)>;

    explicit ClientSecrets(AbstractSecretStore *secrets, QObject *parent = nullptr);

    /// The account's client identity, with its secret from the keychain when it has one.
    void withClient(const Account &account, ClientCallback callback);
    /// Keeps a confidential client's secret in the keychain.
    void setClientSecret(const QString &accountId, const QString &secret, QObject *context,
                         AbstractSecretStore::DoneCallback callback);

private:
    AbstractSecretStore *m_secrets;
};

} // namespace OAuthDesk
