#include "tokenendpoint.h"

#include "common/logging.h"
#include "http/urlpolicy.h"
#include "tokens/tokenresponse.h"

namespace OAuthDesk {

TokenEndpoint::TokenEndpoint(const HttpClient *http, QUrl url, Clock clock)
    : m_http(http), m_url(std::move(url)), m_clock(std::move(clock))
{
}

void TokenEndpoint::request(const FormFields &form, const QString &requestedScope, QObject *context,
                            Callback callback) const
{
    if (!UrlPolicy::isSecureOrLoopback(m_url)) {
        callback(Error(Error::Kind::InsecureUrl, m_url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
        return;
    }
    const Clock clock = m_clock;
    m_http->postForm(m_url, form, {}, context, [callback, requestedScope, clock](const HttpResponse &response) {
        callback(TokenResponse::parse(response, requestedScope, clock.now()));
    });
}

void TokenEndpoint::refresh(const QString &refreshToken, const QString &clientId, const QString &scope,
                            QObject *context, Callback callback) const
{
    const FormFields form = {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                             {QStringLiteral("refresh_token"), refreshToken},
                             {QStringLiteral("client_id"), clientId}};
    request(form, scope, context, std::move(callback));
}

} // namespace OAuthDesk
