#include "tokenendpoint.h"

#include "common/logging.h"
#include "http/taggedrequest.h"
#include "http/urlpolicy.h"
#include "tokens/tokenresponse.h"

namespace OAuthDesk {

TokenEndpoint::TokenEndpoint(const HttpClient *http, QUrl url, ClientAuthentication client,
                             Clock clock)
    : m_http(http), m_url(std::move(url)), m_client(std::move(client)), m_clock(std::move(clock))
{
}

void TokenEndpoint::request(FormFields form, const QString &requestedScope, QObject *context,
                            Callback callback) const
{
    send(std::move(form), requestedScope, ExchangeLog::Kind::Token, context, std::move(callback));
}

void TokenEndpoint::send(FormFields form, const QString &requestedScope, ExchangeLog::Kind kind,
                         QObject *context, Callback callback) const
{
    if (!UrlPolicy::isSecureOrLoopback(m_url)) {
        callback(Error(Error::Kind::InsecureUrl,
                       m_url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
        return;
    }
    QList<QPair<QByteArray, QByteArray>> headers;
    m_client.apply(form, headers);
    const Clock clock = m_clock;
    TaggedRequest::postForm(
            m_http, m_url, form, headers, kind, m_accountName, context,
            [callback, requestedScope, clock](const HttpResponse &response) {
                callback(TokenResponse::parse(response, requestedScope, clock.now()));
            });
}

void TokenEndpoint::refresh(const QString &refreshToken, const QString &scope,
                            const QString &grantedScope, QObject *context, Callback callback) const
{
    FormFields form = { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                        { QStringLiteral("refresh_token"), refreshToken } };
    if (!scope.isEmpty())
        form.append({ QStringLiteral("scope"), scope });
    send(form, scope.isEmpty() ? grantedScope : scope, ExchangeLog::Kind::Refresh, context,
         std::move(callback));
}

} // namespace OAuthDesk
