#pragma once

#include "flows/oauthflow.h"

#include <QTimer>

namespace OAuthDesk {

/** What the user needs to approve a device sign-in (RFC 8628 §3.2). */
struct DeviceCode
{
    QString userCode;
    QUrl verificationUri;
    QUrl verificationUriComplete; ///< with the code in it, when the server offers one
    QDateTime expiresAt;
    int intervalSeconds = 5;
};

/** The device authorization endpoint's answer (RFC 8628 §3.2): what to show, and the device code.
 */
struct DeviceAuthorization
{
    DeviceCode code;
    QString deviceCode; ///< a secret of the flow: never shown, logged or stored
};

/**
 * Device authorization grant (RFC 8628), for when the browser is on another machine or the user
 * prefers typing a code.
 *
 *   grant() ──POST device_authorization_endpoint──▶ device_code, user_code, verification_uri
 *     ├─ deviceCodeReceived(): show the code and the address to the user
 *     └─ every `interval` s: POST token endpoint
 * grant_type=urn:ietf:params:oauth:grant-type:device_code authorization_pending ─▶ keep polling
 * slow_down ─▶ interval += 5 s (§3.5) access_denied / expired_token ─▶ failed()    tokens ─▶
 * granted()
 *
 * The interval only ever grows (§3.5): slow_down adds 5 s, a network failure doubles it up to a
 * minute and never lowers one the server set higher. It is at most MaxPollInterval.
 *
 * The device code is a secret of this flow only: never shown, logged or stored.
 */
class DeviceFlow : public OAuthFlow
{
    Q_OBJECT
public:
    using OAuthFlow::OAuthFlow;

    /// The longest wait between two polls, in seconds, whatever the server asks: an interval
    /// beyond the code's life would never poll, and one beyond INT_MAX/1000 s overflowed the timer.
    static constexpr int MaxPollInterval = 300;
    /// The longest a network failure alone stretches the interval to (§3.5's back-off); a longer
    /// interval from the server stays as it is.
    static constexpr int MaxBackOff = 60;

    DeviceCode deviceCode() const { return m_code; }
    int interval() const { return m_code.intervalSeconds; }
    /// How long one of the protocol's seconds lasts on the poll timer: one second, except in tests,
    /// which make the intervals pass quickly (with a Clock that agrees, setClock()).
    void setPollSecond(std::chrono::milliseconds second) { m_pollSecond = second; }

    /// Reads the device authorization endpoint's answer (RFC 8628 §3.2, errors §3.5); the code
    /// expires `expires_in` seconds after `now`.
    static Result<DeviceAuthorization> parseAuthorization(const HttpResponse &response,
                                                          const QDateTime &now);

Q_SIGNALS:
    void deviceCodeReceived(const OAuthDesk::DeviceCode &code);

protected:
    void start() override;
    void cleanUp() override;

private:
    void poll();
    void pollAnswered(const Result<TokenSet> &result);
    void schedulePoll();

    DeviceCode m_code;
    QString m_deviceCode;
    QTimer m_pollTimer;
    std::chrono::milliseconds m_pollSecond{ 1000 };
};

} // namespace OAuthDesk

Q_DECLARE_METATYPE(OAuthDesk::DeviceCode)
