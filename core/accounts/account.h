#pragma once

#include "common/error.h"
#include "discovery/servermetadata.h"
#include "granttype.h"
#include "tokens/clientauthentication.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace OAuthDesk {

/**
 * One account: who to talk to and how. Everything here is configuration and may sit in a plain
 * file; secrets (refresh and access tokens, client secrets) never do: they live in the keychain
 * under `id`.
 */
struct Account
{
    QString id; ///< stable key (a UUID), also the keychain entry's name
    QString name; ///< what the user calls it; unique
    QString clientId;
    QString scope; ///< space-separated, as requested
    GrantType grantType = GrantType::AuthorizationCode;
    /// A public client, or client_secret_basic or client_secret_post; the secret is in the
    /// keychain.
    ClientAuthentication::Method clientAuthMethod = ClientAuthentication::Method::None;
    QString username; ///< the password grant's user name (never the password)
    /// A grant type read from the accounts file, an import or a flag that OAuthDesk does not know,
    /// word for word (unset for every account OAuthDesk made). Nothing acts on it: validate()
    /// refuses the account naming it, and writing the file back keeps it.
    std::optional<QString> unknownGrantType;
    /// Likewise for the client authentication: never taken for a public client that sends no
    /// secret (see needsClientSecret() and unsupportedClientAuth()).
    std::optional<QString> unknownClientAuthMethod;
    int redirectPort = 0; ///< 0: an ephemeral port chosen per sign-in
    QString presetId; ///< the ProviderPreset it was made from, if any (empty: "Other")
    ServerMetadata server;

    // A hint for the account list, so that start-up need not read the keychain for every account.
    // Not a secret, and never trusted for a decision: the keychain is.
    bool signedIn = false;
    QDateTime expiresAt;
    QString grantedScope;
    /// Who signed in: the ID token's `sub` at this issuer (OpenID Connect), kept so that a sign-in
    /// as somebody else to the same account is noticed. An identifier, not a secret.
    QString subject;
    /// Who that is, for the account list: the `email`, `preferred_username` or `name` claim of the
    /// ID token (or UserInfo). Also not a secret.
    QString identity;
    /// A `login_hint` for the next sign-in (email or preferred_username), remembered from the last
    /// one.
    QString loginHint;
    /// Signed out while the server could not revoke (RFC 7009 §2.2: 503 means "try again later"):
    /// the tokens to revoke wait in the keychain (SecretStore::pendingRevocationKey).
    bool revocationPending = false;

    /// The account's scope with `more` added (both space-separated): what to sign in again for
    /// when a resource answers insufficient_scope (RFC 6750 §3.1). Order kept, nothing twice.
    QString scopeWith(const QString &more) const;

    /// What to send as `login_hint`: the user name, else the remembered hint (may be empty).
    QString effectiveLoginHint() const { return username.isEmpty() ? loginHint : username; }

    /// Every grant type's name (grantTypeNames()), for messages and the UI.
    static QStringList grantTypes();
    /// Reads a grant type's name from a file or a flag; an unknown one goes to unknownGrantType.
    void setGrantTypeName(const QString &typeName);
    /// The grant type's name to write or show: the unknown one as it was read, if any.
    QString grantTypeString() const;
    /// Reads a client authentication's name from a file or a flag (an unknown one into
    /// unknownClientAuthMethod).
    void setClientAuthMethodName(const QString &methodName);
    /// The client authentication's name to write or show: the unknown one as it was read, if any.
    QString clientAuthMethodString() const;
    /// Empty unless the client authentication is one OAuthDesk does not know: then why it is
    /// refused.
    Error unsupportedClientAuth() const;
    bool needsClientSecret() const
    {
        return clientAuthMethod != ClientAuthentication::Method::None || unknownClientAuthMethod;
    }
    bool usesBrowser() const;

    /// Empty when the account can be used; otherwise what is missing or unsafe.
    Error validate() const;

    QJsonObject toJson() const;
    static Account fromJson(const QJsonObject &object);
};

} // namespace OAuthDesk
