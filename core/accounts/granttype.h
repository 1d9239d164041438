#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace OAuthDesk {

/**
 * How an account gets its tokens (RFC 6749 §4, RFC 8628). Inside OAuthDesk a grant type is this
 * enum; its name (`authorization_code`, `implicit`, `password`, `client_credentials`, `device`)
 * exists only where it is read from or written to a file, a flag or a message.
 */
enum class GrantType { AuthorizationCode, Implicit, Password, ClientCredentials, Device };

/// Every grant type, in the order the UI and the messages list them.
QList<GrantType> allGrantTypes();
/// The name in the accounts file, exports, presets and the command line.
QString grantTypeName(GrantType grantType);
/// The grant type with this exact name; nothing for any other string.
std::optional<GrantType> grantTypeFromName(const QString &name);
/// Every grant type's name, in the order of allGrantTypes().
QStringList grantTypeNames();
/// The legacy grants RFC 9700 deprecates (implicit, password): the UI and help warn about them.
bool isLegacyGrant(GrantType grantType);
/// The grants whose sign-in happens in the browser (authorization code, implicit).
bool grantUsesBrowser(GrantType grantType);

} // namespace OAuthDesk
