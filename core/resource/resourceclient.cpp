#include "resourceclient.h"

#include "accounts/accountstore.h"
#include "common/logging.h"
#include "http/exchangelog.h"
#include "http/urlpolicy.h"
#include "session/tokenmanager.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace OAuthDesk {

static QString tr(const char *text)
{
    return QCoreApplication::translate("OAuthDesk::ResourceClient", text);
}

static QString printable(const QUrl &url)
{
    return url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

// RFC 9110 §5.1 token characters.
static bool isToken(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

const QList<QByteArray> &ResourceRequest::methods()
{
    static const QList<QByteArray> list{ "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD" };
    return list;
}

QByteArray ResourceRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

Error ResourceRequest::validate() const
{
    if (!methods().contains(method))
        return Error(Error::Kind::Configuration,
                     tr("Unsupported method \"%1\": use GET, POST, PUT, PATCH, DELETE or HEAD.")
                             .arg(QString::fromLatin1(method.left(20))));
    if (!url.isValid() || url.host().isEmpty())
        return Error(Error::Kind::Configuration,
                     tr("Enter a full URL, such as https://api.example.com/me."));
    if (!UrlPolicy::isSecureOrLoopback(url) || !url.userInfo().isEmpty())
        return Error(Error::Kind::InsecureUrl,
                     tr("The token is sent only to https addresses or to this computer: %1")
                             .arg(printable(url)));
    for (const auto &h : headers) {
        if (!isToken(h.first))
            return Error(Error::Kind::Configuration,
                         tr("\"%1\" is not a valid header name.")
                                 .arg(QString::fromLatin1(h.first.left(40))));
        if (h.second.contains('\r') || h.second.contains('\n') || h.second.contains('\0'))
            return Error(Error::Kind::Configuration,
                         tr("The value of header %1 contains a line break.")
                                 .arg(QString::fromLatin1(h.first)));
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            return Error(Error::Kind::Configuration,
                         tr("Remove the Authorization header: OAuthDesk sends the account's token "
                            "in it."));
        if (h.first.compare("Host", Qt::CaseInsensitive) == 0
            || h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            return Error(
                    Error::Kind::Configuration,
                    tr("The %1 header is set by OAuthDesk.").arg(QString::fromLatin1(h.first)));
    }
    if ((method == "GET" || method == "HEAD") && !body.isEmpty())
        return Error(Error::Kind::Configuration,
                     tr("A %1 request has no body.").arg(QString::fromLatin1(method)));
    return {};
}

bool ResourceClient::Response::isInsufficientScope() const
{
    return http.status == 403 && challenge
            && challenge->error() == QLatin1String("insufficient_scope");
}

QString ResourceClient::Response::neededScope() const
{
    return isInsufficientScope() ? challenge->params.value(QStringLiteral("scope")) : QString();
}

struct ResourceClient::Call
{
    int id = 0;
    QString accountId;
    QString accountName;
    ResourceRequest request; ///< the current hop: method, URL and body can change on redirects
    QUrl originUrl; ///< the URL the user asked for: its origin is the one the token is for
    ResourceRequest original;
    QString token;
    bool retried = false;
    Response response;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback callback;
    QPointer<QNetworkReply> reply;
    bool finished = false;
};

ResourceClient::ResourceClient(TokenManager *tokens, const HttpClient *http, QObject *parent)
    : QObject(parent), m_tokens(tokens), m_http(http)
{
}

int ResourceClient::get(const QString &accountId, const QUrl &url, QObject *context,
                        Callback callback)
{
    ResourceRequest request;
    request.url = url;
    return send(accountId, request, context, std::move(callback));
}

int ResourceClient::send(const QString &accountId, const ResourceRequest &request, QObject *context,
                         Callback callback)
{
    auto call = std::make_shared<Call>();
    call->id = m_nextId++;
    call->accountId = accountId;
    if (const auto account = m_tokens->accounts()->findById(accountId))
        call->accountName = account->name;
    call->request = request;
    call->original = request;
    call->originUrl = request.url;
    call->context = context;
    call->hasContext = context != nullptr;
    call->callback = std::move(callback);
    m_calls.insert(call->id, call);
    if (const Error invalid = request.validate()) {
        // Delivered from the event loop like every other answer, so callers see one order.
        QMetaObject::invokeMethod(
                this, [this, call, invalid] { finish(call, invalid); }, Qt::QueuedConnection);
        return call->id;
    }
    start(call);
    return call->id;
}

void ResourceClient::cancel(int callId)
{
    const auto call = m_calls.value(callId);
    if (!call)
        return;
    if (call->reply)
        HttpClient::cancel(call->reply); // its callback finishes the call
    else
        finish(call, Error(Error::Kind::Cancelled, tr("The request was cancelled.")));
}

void ResourceClient::finish(const std::shared_ptr<Call> &call, const Result<Response> &result)
{
    if (call->finished)
        return;
    call->finished = true;
    m_calls.remove(call->id);
    if (!call->hasContext || call->context)
        call->callback(result);
}

void ResourceClient::start(std::shared_ptr<Call> call)
{
    m_tokens->validToken(call->accountId, this, [this, call](const Result<TokenSet> &token) {
        if (call->finished)
            return;
        if (!token.ok())
            return finish(call, token.error());
        call->token = token.value().accessToken;
        sendHop(call);
    });
}

void ResourceClient::sendHop(std::shared_ptr<Call> call)
{
    const ResourceRequest &hop = call->request;
    QNetworkRequest request = m_http->createRequest(hop.url);
    request.setRawHeader("Accept", "application/json, */*;q=0.8");
    const bool withToken = UrlPolicy::isSameOrigin(hop.url, call->originUrl);
    for (const auto &h : hop.headers) {
        // The user's own cookies are for the origin they asked; they do not follow a redirect away.
        if (!withToken && h.first.compare("Cookie", Qt::CaseInsensitive) == 0)
            continue;
        request.setRawHeader(h.first, h.second);
    }
    if (withToken) {
        request.setRawHeader("Authorization", "Bearer " + call->token.toUtf8());
    } else {
        call->response.tokenWithheld = true;
        request.setAttribute(
                ExchangeLog::NoteAttribute,
                tr("Redirected from %1 to another origin: the access token was not sent.")
                        .arg(printable(call->originUrl.adjusted(QUrl::RemovePath))));
    }
    ExchangeLog::tag(request, hop.logAs, call->accountName);
    qCDebug(lcResource) << hop.method.constData() << printable(hop.url)
                        << (withToken ? "with token" : "without token");

    HttpClient::SendOptions options;
    options.maxBodySize = MaxBodySize;
    // A resource is what the person asked for, and may rightly take long (the response viewer
    // opens 256 MiB answers, with progress and a Cancel button): only the transfer time-out
    // applies, which ends a silent connection. The overall deadline is for the OAuth endpoints,
    // whose answers are small and which other steps (a refresh, its lock) wait for.
    options.overallDeadline = false;
    const int id = call->id;
    QPointer<ResourceClient> self(this);
    options.progress = [self, id](qint64 received, qint64 total) {
        if (self)
            Q_EMIT self->progress(id, received, total);
    };
    call->reply = m_http->send(
            hop.method, request, hop.body, options, this,
            [this, call, withToken](const HttpResponse &http) {
                call->reply = nullptr;
                if (call->finished)
                    return;
                if (http.error)
                    return finish(call, http.error);
                call->response.method = call->request.method;
                if (http.isRedirect()) {
                    const QUrl next = http.redirectTarget();
                    if (!next.isValid() || call->response.redirects.size() >= MaxRedirects)
                        return finish(call,
                                      Error(Error::Kind::InvalidResponse,
                                            tr("Too many or invalid redirects.")));
                    if (!UrlPolicy::isSecureOrLoopback(next) || !next.userInfo().isEmpty())
                        return finish(call,
                                      Error(Error::Kind::InsecureUrl,
                                            tr("A redirect pointed to an insecure address: %1")
                                                    .arg(printable(next))));
                    call->response.redirects.append(next);
                    ResourceRequest &redirected = call->request;
                    redirected.url = next;
                    // RFC 9110 §15.4: 303 → GET (HEAD stays HEAD); 301/302 → GET for a POST, as
                    // every client does; 307/308 repeat the method and the body.
                    const bool toGet = (http.status == 303 && redirected.method != "HEAD")
                            || ((http.status == 301 || http.status == 302)
                                && redirected.method == "POST");
                    if (toGet) {
                        redirected.method = "GET";
                        redirected.body.clear();
                        redirected.headers.removeIf([](const QPair<QByteArray, QByteArray> &h) {
                            return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
                        });
                    }
                    return sendHop(call);
                }
                call->response.http = http;
                if (http.status == 401 || http.status == 403) {
                    call->response.challenges =
                            WwwAuthenticate::parse(http.headerValues("WWW-Authenticate"));
                    call->response.challenge =
                            WwwAuthenticate::bearer(http.headerValues("WWW-Authenticate"));
                }
                const bool invalidToken = http.status == 401 && withToken
                        && call->response.challenge
                        && call->response.challenge->error() == QLatin1String("invalid_token");
                if (!invalidToken || call->retried)
                    return finish(call, call->response);

                // Seed diagram (F)→(G)→(H): refresh once, then the same request once more.
                call->retried = true;
                m_tokens->refreshAfterRejection(call->accountId, call->token, this,
                                                [this, call](const Result<TokenSet> &token) {
                                                    if (call->finished)
                                                        return;
                                                    if (!token.ok())
                                                        return finish(call, token.error());
                                                    call->token = token.value().accessToken;
                                                    call->response = Response{};
                                                    call->response.refreshed = true;
                                                    call->request = call->original;
                                                    sendHop(call);
                                                });
            });
}

} // namespace OAuthDesk
