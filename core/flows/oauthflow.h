#pragma once

#include "accounts/account.h"
#include "common/clock.h"
#include "common/error.h"
#include "http/httpclient.h"
#include "tokens/clientauthentication.h"
#include "tokens/tokenset.h"

#include <QAbstractOAuth>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace OAuthDesk {

/**
 * What every grant flow has in common, in Qt NetworkAuth's words: grant() starts it, it ends
 * exactly once with granted() (then token(), refreshToken(), expiration(), scope()) or
 * failed(Error), cancel() ends it early, and a time-out ends it when nothing happens.
 *
 * A flow stores nothing: keeping the tokens is the caller's decision once granted() came.
 */
class OAuthFlow : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QAbstractOAuth::Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString token READ token NOTIFY granted)
    Q_PROPERTY(QString refreshToken READ refreshToken NOTIFY granted)
    Q_PROPERTY(QDateTime expiration READ expiration NOTIFY granted)
    Q_PROPERTY(QString scope READ scope NOTIFY granted)
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
public:
    OAuthFlow(Account account, ClientAuthentication client, const HttpClient *http,
              QObject *parent = nullptr);
    ~OAuthFlow() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    /// How long the whole attempt may take (default 5 minutes).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    QAbstractOAuth::Status status() const { return m_status; }
    bool isActive() const { return m_active; }
    QString token() const { return m_tokens.accessToken; }
    QString refreshToken() const { return m_tokens.refreshToken; }
    QDateTime expiration() const { return m_tokens.expiresAt; }
    QString scope() const { return m_tokens.scope; }
    TokenSet tokens() const { return m_tokens; }
    const Account &account() const { return m_account; }

public Q_SLOTS:
    /// Starts a new attempt; a running one is ended first.
    void grant();
    /// Ends the attempt with Error::Kind::Cancelled.
    void cancel();

Q_SIGNALS:
    void statusChanged(QAbstractOAuth::Status status);
    void activeChanged(bool active);
    void granted();
    void failed(const OAuthDesk::Error &error);

protected:
    /// The grant's own start; call finish() (now or later) to end it.
    virtual void start() = 0;
    /// Releases what the attempt holds (listener, timers); called once per attempt by finish().
    virtual void cleanUp() { }

    /// Ends the attempt: with tokens when `error` is empty.
    void finish(const Error &error, const TokenSet &tokens = {});
    /// The token endpoint with this flow's client authentication; the answer arrives only while
    /// the same attempt is still running.
    void requestToken(const FormFields &form, std::function<void(const TokenSet &)> onTokens);
    quint64 attempt() const { return m_attempt; }
    bool isCurrent(quint64 attempt) const { return m_active && attempt == m_attempt; }

    Account m_account;
    ClientAuthentication m_client;
    const HttpClient *m_http;
    Clock m_clock;

private:
    std::chrono::milliseconds m_timeout{ std::chrono::minutes(5) };
    QTimer m_timer;
    QAbstractOAuth::Status m_status = QAbstractOAuth::Status::NotAuthenticated;
    bool m_active = false;
    quint64 m_attempt = 0;
    TokenSet m_tokens;
};

} // namespace OAuthDesk
