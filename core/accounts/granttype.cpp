#include "granttype.h"

namespace OAuthDesk {

QList<GrantType> allGrantTypes()
{
    return { GrantType::AuthorizationCode, GrantType::Implicit, GrantType::Password,
             GrantType::ClientCredentials, GrantType::Device };
}

QString grantTypeName(GrantType grantType)
{
    switch (grantType) {
    case GrantType::AuthorizationCode:
        return QStringLiteral("authorization_code");
    case GrantType::Implicit:
        return QStringLiteral("implicit");
    case GrantType::Password:
        return QStringLiteral("password");
    case GrantType::ClientCredentials:
        return QStringLiteral("client_credentials");
    case GrantType::Device:
        return QStringLiteral("device");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<GrantType> grantTypeFromName(const QString &name)
{
    for (const GrantType grantType : allGrantTypes()) {
        if (name == grantTypeName(grantType))
            return grantType;
    }
    return std::nullopt;
}

QStringList grantTypeNames()
{
    QStringList names;
    for (const GrantType grantType : allGrantTypes())
        names.append(grantTypeName(grantType));
    return names;
}

bool isLegacyGrant(GrantType grantType)
{
    return grantType == GrantType::Implicit || grantType == GrantType::Password;
}

bool grantUsesBrowser(GrantType grantType)
{
    return grantType == GrantType::AuthorizationCode || grantType == GrantType::Implicit;
}

} // namespace OAuthDesk
