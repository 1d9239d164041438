#pragma once

#include "accounts/account.h"
#include "common/error.h"
#include "registration/clientregistration.h"
#include "workflows/accountsetup.h"

#include <functional>

class QObject;

namespace OAuthDesk {

class HttpClient;

/**
 * The registration step of adding an account, for the window and the command line alike: when the
 * person gives no client ID, OAuthDesk registers itself at the discovered server (RFC 7591, as
 * ClientRegistration does it) and the account takes the registered client's ID and the client
 * authentication method the server settled on.
 *
 * Its rules live here only: the server offers a registration endpoint, the account uses the
 * authorization code grant (OAuthDesk registers for it alone), and it is a public client (a
 * confidential one brings its own client ID and secret). A face asks canRegister() to decide what
 * to offer, and may phrase unmet() in its own words; registerClient() checks the rules again.
 *
 * Nothing is stored: the registration's secrets go to the keychain with the account, through
 * AccountSetup::add (Credentials::registered).
 */
class ClientRegistrationStep
{
public:
    /// The first rule a draft account does not meet, in the order they are checked.
    enum class Unmet {
        Nothing, ///< the account can have OAuthDesk registered for it
        RegistrationEndpoint, ///< the server offers no registration endpoint
        AuthorizationCodeGrant, ///< the account uses another grant
        PublicClient, ///< the account authenticates with a client secret
    };
    /// What the step gives: the account with the registered client in it, and the client itself.
    struct Registration
    {
        Account account;
        RegisteredClient client;
        /// What AccountSetup::add is to keep in the keychain: the registration.
        AccountSetup::Credentials credentials() const;
    };
    using Callback = std::function<void(const Result<Registration> &)>;

    explicit ClientRegistrationStep(const HttpClient *http);

    static Unmet unmet(const Account &draft);
    static bool canRegister(const Account &draft) { return unmet(draft) == Unmet::Nothing; }
    /// unmet() as an error a person can act on (Error::Kind::Configuration); none when all is met.
    static Error check(const Account &draft);
    /// The account takes the registered client: its ID, and the client authentication method the
    /// server settled on.
    static void adopt(Account &account, const RegisteredClient &client);

    /// Registers OAuthDesk at `draft`'s registration endpoint for its redirect port. `done` is
    /// called once, while `context` lives: with the Registration, or with an error: the server's
    /// refusal, or (before this returns, as ClientRegistration does, and nothing sent) check()'s
    /// error or an endpoint the URL policy refuses.
    void registerClient(const Account &draft, QObject *context, Callback done) const;

private:
    const HttpClient *m_http;
};

} // namespace OAuthDesk
