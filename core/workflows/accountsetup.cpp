#include "workflows/accountsetup.h"

#include "accounts/accountstore.h"
#include "session/tokenmanager.h"

#include <QTimer>

namespace OAuthDesk {

AccountSetup::AccountSetup(TokenManager *tokens) : m_tokens(tokens) { }

Error AccountSetup::add(Account &account, const Credentials &credentials, QObject *context,
                        Callback done) const
{
    if (const Error error = m_tokens->accounts()->add(account))
        return error;
    const QString id = account.id;
    if (credentials.registered) {
        ClientRegistration::keep(m_tokens->secrets(), id, *credentials.registered, context,
                                 [done](const Error &error) { done(Kept::Registration, error); });
    } else if (!credentials.clientSecret.isEmpty()) {
        m_tokens->setClientSecret(id, credentials.clientSecret, context,
                                  [done](const Error &error) { done(Kept::ClientSecret, error); });
    } else {
        // Called from the event loop, as the other two are: the caller's code after add() runs
        // first either way.
        QTimer::singleShot(0, context, [done] { done(Kept::Nothing, {}); });
    }
    return {};
}

} // namespace OAuthDesk
