#pragma once

#include "common/error.h"
#include "registration/clientregistration.h"

#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace OAuthDesk {

struct Account;
class TokenManager;

/**
 * Adding an account: one workflow for the window and the command line, which gather what the
 * person chose (the Add Account dialog, the options of `oauthdesk account add`), discover and
 * register the client as they need to, and show the outcome. In this order:
 *
 *   1. the account itself, into the accounts file; when that fails (a name already taken, an
 *      account that does not validate, a file that cannot be written), nothing is kept anywhere;
 *   2. its client credentials, into the keychain and nowhere else: either what a registration
 *      returned (RFC 7591: the registration access token and a confidential client's secret), or
 *      the client secret the person gave. The secret goes to the keychain only for an account that
 *      exists, so no keychain item names an account that was never added. When the keychain cannot
 *      keep them, the account stays (it is the person's configuration, and the secret can be set
 *      again with `oauthdesk account secret`) and the outcome says what was not kept.
 *
 * The token manager must outlive the context given to add().
 */
class AccountSetup
{
public:
    /// What the keychain is to keep for the new account: at most one of the two.
    struct Credentials
    {
        std::optional<RegisteredClient> registered; ///< from ClientRegistration
        QString clientSecret; ///< given by the person, for a confidential client
    };
    /// What step 2 kept, for the caller's message.
    enum class Kept {
        Nothing, ///< a public client given by the person: nothing to keep
        Registration, ///< the registration (and its client secret, if any)
        ClientSecret, ///< the client secret the person gave
    };
    using Callback = std::function<void(Kept kept, const Error &keychain)>;

    explicit AccountSetup(TokenManager *tokens);

    /// Step 1 now: returns its error, and then nothing was kept and `done` is never called.
    /// Otherwise `account` has its id, and step 2 runs: `done` is called once, while `context`
    /// lives, with what was to be kept and the keychain's error if it could not keep it.
    Error add(Account &account, const Credentials &credentials, QObject *context,
              Callback done) const;

private:
    TokenManager *m_tokens;
};

} // namespace OAuthDesk
