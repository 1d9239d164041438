#pragma once

#include "accounts/account.h"
#include "common/clock.h"
#include "common/error.h"
#include "http/httpclient.h"
#include "loopback/loopbacklistener.h"
#include "pkce/pkce.h"
#include "platform/platform.h"
#include "tokens/tokenset.h"

#include <QAbstractOAuth>
#include <QObject>
#include <QTimer>

#include <chrono>

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
 *     ├─ state compared first; then iss; then error or code      (anything else: rejected, keep waiting)
 *     ├─ POST token endpoint: code, redirect_uri, client_id, code_verifier
 *     └─ granted() with token()/refreshToken()/expiration()/scope(), or failed(Error) — exactly once
 *
 * It speaks Qt NetworkAuth's vocabulary (status, token, refreshToken, expiration, scope, granted,
 * authorizeWithBrowser) but is not a QAbstractOAuth2: in 6.4 a subclass cannot set `expiration`,
 * the base offers get()/post() that use the default redirect policy and createAuthenticatedUrl()
 * that puts the token in a URL, and its `state` is the weak one of CVE-2024-36048.
 *
 * The flow stores nothing: keeping the tokens is the caller's decision once granted() came.
 */
class AuthorizationCodeFlow : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QAbstractOAuth::Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString token READ token NOTIFY granted)
    Q_PROPERTY(QString refreshToken READ refreshToken NOTIFY granted)
    Q_PROPERTY(QDateTime expiration READ expiration NOTIFY granted)
    Q_PROPERTY(QString scope READ scope NOTIFY granted)
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
public:
    AuthorizationCodeFlow(Account account, const HttpClient *http, QObject *parent = nullptr);
    ~AuthorizationCodeFlow() override;

    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /// How long to wait for the browser to come back (default 5 minutes).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    QAbstractOAuth::Status status() const { return m_status; }
    bool isActive() const { return m_active; }
    QString token() const { return m_tokens.accessToken; }
    QString refreshToken() const { return m_tokens.refreshToken; }
    QDateTime expiration() const { return m_tokens.expiresAt; }
    QString scope() const { return m_tokens.scope; }
    TokenSet tokens() const { return m_tokens; }
    /// The nonce sent with this attempt (empty without `openid`), for ID token validation.
    QByteArray nonce() const { return m_nonce; }

    LoopbackListener *listener() const { return m_listener; }

public Q_SLOTS:
    /// Starts a new attempt: fresh state, verifier and nonce, a new listener.
    void grant();
    /// Ends the attempt with Error::Kind::Cancelled; the listener closes.
    void cancel();

Q_SIGNALS:
    void statusChanged(QAbstractOAuth::Status status);
    void activeChanged(bool active);
    /// The URL to open; already handed to the browser opener when one is set.
    void authorizeWithBrowser(const QUrl &url);
    /// The browser came back with a valid code; the token request is under way.
    void authorizationCallbackReceived();
    void granted();
    void failed(const OAuthDesk::Error &error);

private:
    LoopbackListener::Verdict onCallback(const QMap<QString, QString> &parameters);
    void exchange(const QString &code);
    void finish(const Error &error);
    FormFields authorizationParameters() const;
    void openBrowser(const QUrl &url);
    void pushAuthorizationRequest();

    Account m_account;
    const HttpClient *m_http;
    BrowserOpener m_opener;
    Clock m_clock;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(5)};

    LoopbackListener *m_listener = nullptr;
    QTimer m_timer;
    QAbstractOAuth::Status m_status = QAbstractOAuth::Status::NotAuthenticated;
    bool m_active = false;
    quint64 m_attempt = 0;
    QByteArray m_state;
    QByteArray m_nonce;
    Pkce m_pkce;
    QString m_redirectUri;
    TokenSet m_tokens;
};

} // namespace OAuthDesk
