#pragma once

#include "flows/oauthflow.h"
#include "loopback/loopbacklistener.h"
#include "pkce/pkce.h"
#include "platform/platform.h"

namespace OAuthDesk {

/**
 * Authorization code grant with PKCE through the system browser and a loopback redirect
 * (RFC 6749 §4.1, RFC 7636, RFC 8252, RFC 9700 §2.1, RFC 9207).
 *
 *   grant()
 *     ├─ listener on 127.0.0.1:PORT, fresh state (256 bits), PKCE S256 verifier, nonce for `openid`
 *     ├─ [server offers PAR, RFC 9126] POST the request ─▶ request_uri   (errors surface here,
 *     │                                                                  before any browser opens)
 *     ├─ authorizeWithBrowser(url) ──▶ system browser ──▶ user signs in and consents
 *     │                                                     │
 *     │   GET /callback?code&state[&iss] ◀──────────────────┘
 *     ├─ state compared first; then iss; then error or code      (anything else: rejected, keep
 * waiting) ├─ POST token endpoint: code, redirect_uri, client_id, code_verifier └─ granted() or
 * failed(Error) — exactly once
 *
 * It speaks Qt NetworkAuth's vocabulary but is not a QAbstractOAuth2: in 6.4 a subclass cannot set
 * `expiration`, the base offers get()/post() that use the default redirect policy and
 * createAuthenticatedUrl() that puts the token in a URL, and its `state` is the weak one of
 * CVE-2024-36048.
 */
class AuthorizationCodeFlow : public OAuthFlow
{
    Q_OBJECT
public:
    AuthorizationCodeFlow(Account account, ClientAuthentication client, const HttpClient *http,
                          QObject *parent = nullptr);
    /// A public client (RFC 8252 §8.4): client_id alone.
    AuthorizationCodeFlow(Account account, const HttpClient *http, QObject *parent = nullptr);
    ~AuthorizationCodeFlow() override;

    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }
    /// The nonce sent with this attempt (empty without `openid`), for ID token validation.
    QByteArray nonce() const { return m_nonce; }
    LoopbackListener *listener() const { return m_listener; }

Q_SIGNALS:
    /// The URL to open; already handed to the browser opener when one is set.
    void authorizeWithBrowser(const QUrl &url);
    /// The browser came back with a valid answer; tokens are on their way.
    void authorizationCallbackReceived();

protected:
    void start() override;
    void cleanUp() override;

    /// The front-channel response type: "code" here.
    virtual QString responseType() const { return QStringLiteral("code"); }
    virtual bool usesPkce() const { return true; }
    /// A callback whose state (and iss) matched and which is not an error answer.
    virtual LoopbackListener::Verdict
    onAuthorizationResponse(const QMap<QString, QString> &parameters);
    /// Sets the listener up before it listens (the implicit grant relays the fragment).
    virtual void configureListener(LoopbackListener *) { }

    QString redirectUri() const { return m_redirectUri; }

private:
    LoopbackListener::Verdict onCallback(const QMap<QString, QString> &parameters);
    FormFields authorizationParameters() const;
    void openBrowser(const QUrl &url);
    void pushAuthorizationRequest();

    BrowserOpener m_opener;
    LoopbackListener *m_listener = nullptr;
    QByteArray m_state;
    QByteArray m_nonce;
    Pkce m_pkce;
    QString m_redirectUri;
};

} // namespace OAuthDesk
