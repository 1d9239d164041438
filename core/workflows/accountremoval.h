#pragma once

#include "common/error.h"

#include <QString>

#include <functional>

class QObject;

namespace OAuthDesk {

class RequestHistory;
class TokenManager;

/**
 * Removing an account: one workflow for the window and the command line, which only ask first and
 * show the outcome. In this order:
 *
 *   1. the session and everything the keychain holds for the account (TokenManager::forgetAccount:
 *      its tokens, client secret and pending revocation); when the keychain cannot delete them,
 *      nothing else is removed, so that no keychain item outlives the account that names it
 *      unnoticed;
 *   2. the account itself, from the accounts file;
 *   3. its request history and saved requests (RequestHistory::removeAccount).
 *
 * The token manager and the history must outlive the context given to remove().
 */
class AccountRemoval
{
public:
    struct Outcome
    {
        Error keychain; ///< step 1 failed: nothing was removed
        Error account; ///< step 2 failed: the account and its history stay
        Error history; ///< step 3 failed: the account is gone, its history is not
    };
    using Callback = std::function<void(const Outcome &)>;

    AccountRemoval(TokenManager *tokens, RequestHistory *history);

    /// Runs the three steps; `done` is called once while `context` lives.
    void remove(const QString &accountId, QObject *context, Callback done) const;
    /// Steps 2 and 3 only: for when the person chose to remove the account although its keychain
    /// items could not be deleted.
    Outcome removeRecords(const QString &accountId) const;

private:
    TokenManager *m_tokens;
    RequestHistory *m_history;
};

} // namespace OAuthDesk
