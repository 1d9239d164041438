#pragma once

#include "common/error.h"
#include "http/exchangelog.h"
#include "http/httpclient.h"
#include "resource/wwwauthenticate.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace OAuthDesk {

class TokenManager;

/// What the user asks a protected resource: method, URL, headers and body. Never the token: the
/// client adds that itself.
struct ResourceRequest
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    Headers headers; ///< in order; sent as given (a Content-Type for the body belongs here)
    QByteArray body;
    /// How the exchange log files the call: Resource for the person's own requests, Other for the
    /// calls OAuthDesk makes itself with the account's token (OpenID Connect UserInfo).
    ExchangeLog::Kind logAs = ExchangeLog::Kind::Resource;

    /// GET, POST, PUT, PATCH, DELETE, HEAD: the methods the request editor and the CLI offer.
    static const QList<QByteArray> &methods();
    /// Checks what can be checked before anything is sent: a known method, a secure or loopback
    /// URL without user info, header names and values that are valid and no Authorization header
    /// of the user's own (the account's token is the Authorization), no body on GET or HEAD.
    Error validate() const;
    /// The first header with this name (case-insensitive), or empty.
    QByteArray header(const QByteArray &name) const;
};

/**
 * Calls a protected resource with an account's access token (RFC 6750), the seed's steps C–H:
 *
 *   METHOD url, Authorization: Bearer AT ──▶ 2xx …                               done
 *                                        └─▶ 401 Bearer error="invalid_token"
 *                                              ─▶ refresh once ─▶ send again, once   done
 *
 * - the token goes only in the Authorization header, never in a URL;
 * - only to https, or http on loopback;
 * - redirects are followed by hand: to the same origin with the token, to another origin without
 *   it (RFC 6750 §5.3, gh CVE-2024-53858), and the exchange log says so. 307/308 keep the method
 *   and body; 301/302 turn a POST into a GET; 303 turns everything but HEAD into a GET;
 * - a 403 with error="insufficient_scope" comes back as a response whose challenge names the scope
 *   to sign in again for (neededScope()).
 *
 * Each send() returns an id to cancel() it with; progress() reports large downloads.
 */
class ResourceClient : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        HttpResponse http;
        bool refreshed = false; ///< a refresh and a retry happened
        std::optional<Challenge> challenge; ///< the Bearer challenge of a 401/403, if any
        QList<Challenge> challenges; ///< every challenge of a 401/403's WWW-Authenticate
        QList<QUrl> redirects; ///< every hop followed
        bool tokenWithheld = false; ///< a hop went to another origin without the token
        QByteArray method; ///< the method of the last hop (a redirect can change it)

        bool isInsufficientScope() const;
        /// For insufficient_scope: the scope the challenge asks for (may be empty if it names
        /// none).
        QString neededScope() const;
    };
    using Callback = std::function<void(const Result<Response> &)>;

    static constexpr int MaxRedirects = 5;
    /// Resource answers can be large (the response viewer opens 50 MB documents); OAuth ones stay
    /// at 1 MiB.
    static constexpr qint64 MaxBodySize = 256LL * 1024 * 1024;

    ResourceClient(TokenManager *tokens, const HttpClient *http, QObject *parent = nullptr);

    /// Sends `request` with the account's token. The callback runs once unless `context` is gone
    /// (or the call was cancelled, then it gets Error::Kind::Cancelled). Returns the call's id.
    int send(const QString &accountId, const ResourceRequest &request, QObject *context,
             Callback callback);
    int get(const QString &accountId, const QUrl &url, QObject *context, Callback callback);
    /// Stops a call; its callback gets Error::Kind::Cancelled. Unknown or finished ids are ignored.
    void cancel(int callId);
    bool isRunning(int callId) const { return m_calls.contains(callId); }

Q_SIGNALS:
    /// Bytes of the answer received so far for a call, and the total (-1 when not known).
    void progress(int callId, qint64 received, qint64 total);

private:
    struct Call;
    void start(std::shared_ptr<Call> call);
    void sendHop(std::shared_ptr<Call> call);
    void finish(const std::shared_ptr<Call> &call, const Result<Response> &result);

    TokenManager *m_tokens;
    const HttpClient *m_http;
    QHash<int, std::shared_ptr<Call>> m_calls;
    int m_nextId = 1;
};

} // namespace OAuthDesk
