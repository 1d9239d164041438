#include "passwordflow.h"

namespace OAuthDesk {

void PasswordFlow::setCredentials(const QString &username, const QString &password)
{
    m_username = username;
    m_password = password;
}

void PasswordFlow::start()
{
    if (m_username.isEmpty() || m_password.isEmpty()) {
        finish(Error(Error::Kind::Configuration,
                     tr("A user name and a password are needed for this sign-in.")));
        return;
    }
    FormFields form = { { QStringLiteral("grant_type"), QStringLiteral("password") },
                        { QStringLiteral("username"), m_username },
                        { QStringLiteral("password"), m_password } };
    if (!m_account.scope.isEmpty())
        form.append({ QStringLiteral("scope"), m_account.scope });
    // Used once: the request body holds the only copy from here on.
    m_password.fill(QLatin1Char('\0'));
    m_password.clear();
    requestToken(form, [this](const TokenSet &tokens) { finish({}, tokens); });
}

void PasswordFlow::cleanUp()
{
    m_password.fill(QLatin1Char('\0'));
    m_password.clear();
}

} // namespace OAuthDesk
