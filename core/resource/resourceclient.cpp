#include "resourceclient.h"

#include "common/logging.h"
#include "http/urlpolicy.h"
#include "session/tokenmanager.h"

#include <QPointer>

namespace OAuthDesk {

struct ResourceClient::Call
{
    QString accountId;
    QUrl originUrl; ///< the URL the user asked for: its origin is the one the token is for
    QUrl url;       ///< the current hop
    QString token;
    bool retried = false;
    Response response;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback callback;

    void done(const Result<Response> &result)
    {
        if (!hasContext || context)
            callback(result);
    }
};

ResourceClient::ResourceClient(TokenManager *tokens, const HttpClient *http, QObject *parent)
    : QObject(parent), m_tokens(tokens), m_http(http)
{
}

void ResourceClient::get(const QString &accountId, const QUrl &url, QObject *context, Callback callback)
{
    auto call = std::make_shared<Call>();
    call->accountId = accountId;
    call->originUrl = url;
    call->url = url;
    call->context = context;
    call->hasContext = context != nullptr;
    call->callback = std::move(callback);
    if (!UrlPolicy::isSecureOrLoopback(url) || !url.userInfo().isEmpty()) {
        call->done(Error(Error::Kind::InsecureUrl, url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
        return;
    }
    m_tokens->validToken(accountId, this, [this, call](const Result<TokenSet> &token) {
        if (!token.ok())
            return call->done(token.error());
        call->token = token.value().accessToken;
        send(call);
    });
}

void ResourceClient::send(std::shared_ptr<Call> call)
{
    QNetworkRequest request = m_http->createRequest(call->url);
    const bool withToken = UrlPolicy::isSameOrigin(call->url, call->originUrl);
    if (withToken)
        request.setRawHeader("Authorization", "Bearer " + call->token.toUtf8());
    else
        call->response.tokenWithheld = true;
    request.setRawHeader("Accept", "application/json, */*;q=0.8");
    qCDebug(lcResource) << "GET" << call->url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                        << (withToken ? "with token" : "without token");

    m_http->send("GET", request, {}, this, [this, call, withToken](const HttpResponse &http) {
        if (http.error)
            return call->done(http.error);
        if (http.isRedirect()) {
            const QUrl next = http.redirectTarget();
            if (!next.isValid() || call->response.redirects.size() >= MaxRedirects)
                return call->done(Error(Error::Kind::InvalidResponse, tr("Too many or invalid redirects.")));
            if (!UrlPolicy::isSecureOrLoopback(next))
                return call->done(Error(Error::Kind::InsecureUrl,
                                        tr("A redirect pointed to an insecure address: %1")
                                            .arg(next.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo))));
            call->response.redirects.append(next);
            call->url = next;
            return send(call);
        }
        call->response.http = http;
        if (http.status == 401 || http.status == 403)
            call->response.challenge = WwwAuthenticate::bearer(http.headerValues("WWW-Authenticate"));
        const bool invalidToken = http.status == 401 && withToken && call->response.challenge &&
                                  call->response.challenge->error() == QLatin1String("invalid_token");
        if (!invalidToken || call->retried)
            return call->done(call->response);

        // Seed diagram (F)→(G)→(H): refresh once, then the same request once more.
        call->retried = true;
        m_tokens->refreshAfterRejection(call->accountId, call->token, this,
                                        [this, call](const Result<TokenSet> &token) {
                                            if (!token.ok())
                                                return call->done(token.error());
                                            call->token = token.value().accessToken;
                                            call->response.refreshed = true;
                                            call->response.redirects.clear();
                                            call->response.tokenWithheld = false;
                                            call->url = call->originUrl;
                                            send(call);
                                        });
    });
}

} // namespace OAuthDesk
