#pragma once

#include "common/error.h"
#include "http/httpclient.h"
#include "resource/wwwauthenticate.h"

#include <QObject>

namespace OAuthDesk {

class TokenManager;

/**
 * Calls a protected resource with an account's access token (RFC 6750), the seed's steps C–H:
 *
 *   GET url, Authorization: Bearer AT ──▶ 200 …                                  done
 *                                     └─▶ 401 Bearer error="invalid_token"
 *                                           ─▶ refresh once ─▶ GET again, once   done
 *
 * - the token goes only in the Authorization header, never in a URL;
 * - only to https, or http on loopback;
 * - redirects are followed by hand: to the same origin with the token, to another origin without
 *   it (RFC 6750 §5.3, gh CVE-2024-53858).
 */
class ResourceClient : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        HttpResponse http;
        bool refreshed = false;            ///< a refresh and a retry happened
        std::optional<Challenge> challenge; ///< the Bearer challenge of a 401/403, if any
        QList<QUrl> redirects;             ///< every hop followed
        bool tokenWithheld = false;        ///< a hop went to another origin without the token
    };
    using Callback = std::function<void(const Result<Response> &)>;

    static constexpr int MaxRedirects = 5;

    ResourceClient(TokenManager *tokens, const HttpClient *http, QObject *parent = nullptr);

    void get(const QString &accountId, const QUrl &url, QObject *context, Callback callback);

private:
    struct Call;
    void send(std::shared_ptr<Call> call);

    TokenManager *m_tokens;
    const HttpClient *m_http;
};

} // namespace OAuthDesk
