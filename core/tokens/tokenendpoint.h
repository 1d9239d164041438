#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "http/httpclient.h"
#include "tokens/tokenset.h"


namespace OAuthDesk {

/**
 * The token endpoint (RFC 6749 §3.2): one form POST, one strictly parsed answer.
 *
 * Refuses non-https endpoints off this computer before sending anything; never follows a redirect
 * (the HttpClient's manual policy, and a 3xx is an error); the answer is capped and parsed by
 * TokenResponse.
 */
class TokenEndpoint
{
public:
    using Callback = std::function<void(const Result<TokenSet> &)>;

    TokenEndpoint(const HttpClient *http, QUrl url, Clock clock = {});

    void request(const FormFields &form, const QString &requestedScope, QObject *context, Callback callback) const;

    /// RFC 6749 §6: grant_type=refresh_token for a public client. Scope is omitted (same as granted).
    void refresh(const QString &refreshToken, const QString &clientId, const QString &scope, QObject *context,
                 Callback callback) const;

private:
    const HttpClient *m_http;
    QUrl m_url;
    Clock m_clock;
};

} // namespace OAuthDesk
