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
 * The device code is a secret of this flow only: never shown, logged or stored.
 */
class DeviceFlow : public OAuthFlow
{
    Q_OBJECT
public:
    using OAuthFlow::OAuthFlow;

    DeviceCode deviceCode() const { return m_code; }
    int interval() const { return m_code.intervalSeconds; }

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
    void schedulePoll();

    DeviceCode m_code;
    QString m_deviceCode;
    QTimer m_pollTimer;
};

} // namespace OAuthDesk

Q_DECLARE_METATYPE(OAuthDesk::DeviceCode)
