#include "userinfo.h"

#include "accounts/accountstore.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace OAuthDesk {

static QString tr(const char *text)
{
    return QCoreApplication::translate("OAuthDesk::UserInfo", text);
}

UserInfo::UserInfo(const AccountStore *accounts, ResourceClient *resources)
    : m_accounts(accounts), m_resources(resources)
{
}

void UserInfo::fetch(const QString &accountId, QObject *context, Callback callback) const
{
    const auto account = m_accounts->findById(accountId);
    if (!account)
        return callback(Error(Error::Kind::Configuration, tr("The account no longer exists.")));
    if (account->server.userinfoEndpoint.isEmpty())
        return callback(
                Error(Error::Kind::Configuration, tr("The server offers no UserInfo endpoint.")));
    ResourceRequest request;
    request.url = account->server.userinfoEndpoint;
    request.headers = { { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") } };
    request.logAs = ExchangeLog::Kind::Other;
    m_resources->send(accountId, request, context,
                      [callback](const Result<ResourceClient::Response> &answer) {
                          callback(parse(answer));
                      });
}

SignIn::UserInfoLookup UserInfo::lookupFor(const AccountStore *accounts, ResourceClient *resources)
{
    return [accounts, resources](const QString &accountId, QObject *context,
                                 SignIn::ClaimsCallback callback) {
        UserInfo(accounts, resources).fetch(accountId, context, std::move(callback));
    };
}

Result<QJsonObject> UserInfo::parse(const Result<ResourceClient::Response> &answer)
{
    if (!answer.ok())
        return answer.error();
    const HttpResponse &response = answer.value().http;
    if (response.error)
        return response.error;
    if (response.status != 200)
        return Error::http(response.status, tr("UserInfo did not answer."));
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (!doc.isObject())
        return Error(Error::Kind::InvalidResponse, tr("UserInfo did not answer with JSON."));
    return doc.object();
}

} // namespace OAuthDesk
