#pragma once

#include "common/error.h"
#include "resource/resourceclient.h"
#include "session/signin.h"

#include <QJsonObject>

#include <functional>

class QObject;

namespace OAuthDesk {

class AccountStore;

/**
 * OpenID Connect UserInfo (Core §5.3): who signed in, asked with the account's access token. The
 * call goes through ResourceClient, so it keeps a resource call's rules: the bearer token only to
 * the UserInfo endpoint's origin, a 401 invalid_token refreshes once and asks again. It is logged
 * as Other: no resource of the person's choosing (ExchangeLog::Kind).
 */
class UserInfo
{
public:
    using Callback = std::function<void(const Result<QJsonObject> &)>;

    UserInfo(const AccountStore *accounts, ResourceClient *resources);

    /// The claims UserInfo answers for the account. `callback` is called once, while `context`
    /// lives.
    void fetch(const QString &accountId, QObject *context, Callback callback) const;
    /// The answer: a JSON object from a 200, else an error.
    static Result<QJsonObject> parse(const Result<ResourceClient::Response> &answer);
    /// For TokenManager::setUserInfoLookup: a sign-in asks UserInfo through `resources`.
    static SignIn::UserInfoLookup lookupFor(const AccountStore *accounts,
                                            ResourceClient *resources);

private:
    const AccountStore *m_accounts;
    ResourceClient *m_resources;
};

} // namespace OAuthDesk
