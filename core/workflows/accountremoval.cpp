#include "workflows/accountremoval.h"

#include "accounts/accountstore.h"
#include "resource/requesthistory.h"
#include "session/tokenmanager.h"

namespace OAuthDesk {

AccountRemoval::AccountRemoval(TokenManager *tokens, RequestHistory *history)
    : m_tokens(tokens), m_history(history)
{
}

void AccountRemoval::remove(const QString &accountId, QObject *context, Callback done) const
{
    m_tokens->forgetAccount(accountId, context,
                            [self = *this, accountId, done = std::move(done)](const Error &error) {
                                if (error)
                                    return done(Outcome{ error, {}, {} });
                                done(self.removeRecords(accountId));
                            });
}

AccountRemoval::Outcome AccountRemoval::removeRecords(const QString &accountId) const
{
    Outcome outcome;
    outcome.account = m_tokens->accounts()->remove(accountId);
    if (!outcome.account)
        outcome.history = m_history->removeAccount(accountId);
    return outcome;
}

} // namespace OAuthDesk
