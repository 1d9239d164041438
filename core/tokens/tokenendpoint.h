#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "http/httpclient.h"
#include "tokens/clientauthentication.h"
#include "tokens/tokenset.h"

namespace OAuthDesk {

/**
 * The token endpoint (RFC 6749 §3.2): one form POST with the client's authentication, one strictly
 * parsed answer.
 *
 * Refuses non-https endpoints off this computer before sending anything; never follows a redirect
 * (the HttpClient's manual policy, and a 3xx is an error); the answer is capped and parsed by
 * TokenResponse.
 */
class TokenEndpoint
{
public:
    using Callback = std::function<void(const Result<TokenSet> &)>;

    TokenEndpoint(const HttpClient *http, QUrl url, ClientAuthentication client, Clock clock = {});

    /// The account the requests are for, as the HTTP exchange log shows it.
    void setAccountName(const QString &name) { m_accountName = name; }

    /// `form` holds the grant's own parameters; client authentication is added here.
    void request(FormFields form, const QString &requestedScope, QObject *context,
                 Callback callback) const;

    /// RFC 6749 §6. `scope` empty: the same as granted; otherwise identical or narrower.
    void refresh(const QString &refreshToken, const QString &scope, const QString &grantedScope,
                 QObject *context, Callback callback) const;

private:
    void send(FormFields form, const QString &requestedScope, ExchangeLog::Kind kind,
              QObject *context, Callback callback) const;

    const HttpClient *m_http;
    QUrl m_url;
    ClientAuthentication m_client;
    Clock m_clock;
    QString m_accountName;
};

} // namespace OAuthDesk
