#include "deviceflow.h"

#include "common/logging.h"
#include "http/taggedrequest.h"
#include "http/urlpolicy.h"
#include "tokens/tokenendpoint.h"
#include "tokens/tokenresponse.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace OAuthDesk {

static constexpr auto DeviceGrantType = "urn:ietf:params:oauth:grant-type:device_code";
/// The longest a device code is taken to live, whatever expires_in says (RFC 8628's example: 1800
/// s).
static constexpr int MaxDeviceCodeLifetime = 24 * 3600;

Result<DeviceAuthorization> DeviceFlow::parseAuthorization(const HttpResponse &response,
                                                           const QDateTime &now)
{
    if (response.error)
        return response.error;
    if (response.status != 200)
        return TokenResponse::parseError(response);
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    const QJsonValue deviceCode = o.value(QLatin1String("device_code"));
    const QJsonValue userCode = o.value(QLatin1String("user_code"));
    const QUrl uri(o.value(QLatin1String("verification_uri")).toString(), QUrl::StrictMode);
    const QJsonValue expiresIn = o.value(QLatin1String("expires_in"));
    if (!deviceCode.isString() || deviceCode.toString().isEmpty() || !userCode.isString()
        || userCode.toString().isEmpty() || !expiresIn.isDouble() || expiresIn.toDouble() <= 0)
        return Error(
                Error::Kind::InvalidResponse,
                tr("The device authorization answer lacks device_code, user_code or expires_in."));
    // Only addresses a browser may safely be sent to (SECURITY.md, row M2).
    if (!UrlPolicy::isSecureOrLoopback(uri))
        return Error(Error::Kind::InsecureUrl,
                     tr("The verification address is not an https address."));
    const QUrl complete(o.value(QLatin1String("verification_uri_complete")).toString(),
                        QUrl::StrictMode);
    DeviceAuthorization answer;
    answer.deviceCode = deviceCode.toString();
    answer.code.userCode = userCode.toString().left(64);
    answer.code.verificationUri = uri;
    answer.code.verificationUriComplete =
            UrlPolicy::isSecureOrLoopback(complete) ? complete : QUrl();
    // Bounded while still doubles: a larger one does not fit a whole number (found by
    // fuzz_device_authorization: an interval of 1e300 was undefined behaviour).
    const double lifetime = qMin(expiresIn.toDouble(), double(MaxDeviceCodeLifetime));
    answer.code.expiresAt = now.addSecs(qint64(lifetime));
    // §3.2: interval is optional; 5 s when absent. One longer than MaxPollInterval would poll
    // first when the code is (nearly) gone, or never: the wait is cut to MaxPollInterval.
    const QJsonValue interval = o.value(QLatin1String("interval"));
    answer.code.intervalSeconds = interval.isDouble() && interval.toDouble() >= 1
            ? int(qMin(interval.toDouble(), double(MaxPollInterval)))
            : 5;
    return answer;
}

void DeviceFlow::start()
{
    const QUrl endpoint = m_account.server.deviceAuthorizationEndpoint;
    if (endpoint.isEmpty()) {
        finish(Error(Error::Kind::Configuration,
                     tr("The server offers no device authorization endpoint.")));
        return;
    }
    FormFields form;
    if (!m_account.scope.isEmpty())
        form.append({ QStringLiteral("scope"), m_account.scope });
    QList<QPair<QByteArray, QByteArray>> headers;
    m_client.apply(form, headers);
    // The device authorization request (RFC 8628 §3.1) starts the authorization, as opening the
    // browser does in the other flows: logged as Authorization.
    TaggedRequest::postForm(m_http, endpoint, form, headers, ExchangeLog::Kind::Authorization,
                            m_account.name, this,
                            [this, attempt = attempt()](const HttpResponse &response) {
                                if (!isCurrent(attempt))
                                    return;
                                const Result<DeviceAuthorization> answer =
                                        parseAuthorization(response, m_clock.now());
                                if (!answer.ok())
                                    return finish(answer.error());
                                m_deviceCode = answer.value().deviceCode;
                                m_code = answer.value().code;
                                qCInfo(lcFlow) << "device code received; polling every"
                                               << m_code.intervalSeconds << "s";
                                Q_EMIT deviceCodeReceived(m_code);
                                schedulePoll();
                            });
}

void DeviceFlow::schedulePoll()
{
    m_pollTimer.setSingleShot(true);
    disconnect(&m_pollTimer, nullptr, this, nullptr);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceFlow::poll);
    // In 64 bits: the interval is at most MaxPollInterval, but a test's second may be anything.
    const qint64 wait = qint64(m_code.intervalSeconds) * m_pollSecond.count();
    m_pollTimer.start(int(qBound(qint64(0), wait, qint64(std::numeric_limits<int>::max()))));
}

void DeviceFlow::poll()
{
    if (!isActive())
        return;
    if (m_clock.now() >= m_code.expiresAt) {
        finish(Error::oauth(QStringLiteral("expired_token"),
                            tr("The code expired before it was approved.")));
        return;
    }
    TokenEndpoint endpoint(m_http, m_account.server.tokenEndpoint, m_client, m_clock);
    endpoint.setAccountName(m_account.name);
    const FormFields form = { { QStringLiteral("grant_type"), QLatin1String(DeviceGrantType) },
                              { QStringLiteral("device_code"), m_deviceCode } };
    endpoint.request(form, m_account.scope, this,
                     [this, attempt = attempt()](const Result<TokenSet> &result) {
                         if (isCurrent(attempt))
                             pollAnswered(result);
                     });
}

void DeviceFlow::pollAnswered(const Result<TokenSet> &result)
{
    if (result.ok())
        return finish({}, result.value());
    const Error &error = result.error();
    if (error.kind() == Error::Kind::OAuth
        && error.oauthError() == QLatin1String("authorization_pending"))
        return schedulePoll();
    // The interval only ever grows (§3.5), and never beyond MaxPollInterval.
    if (error.kind() == Error::Kind::OAuth && error.oauthError() == QLatin1String("slow_down")) {
        m_code.intervalSeconds =
                qMax(m_code.intervalSeconds, qMin(m_code.intervalSeconds + 5, MaxPollInterval));
        return schedulePoll();
    }
    // A passing network failure is not the end: the user may still be approving (§3.5 advises
    // backing off). Backing off doubles the interval up to MaxBackOff; one the server set longer
    // stays as it is.
    if (error.kind() == Error::Kind::Network || error.kind() == Error::Kind::Timeout) {
        m_code.intervalSeconds =
                qMax(m_code.intervalSeconds, qMin(m_code.intervalSeconds * 2, MaxBackOff));
        return schedulePoll();
    }
    finish(error); // access_denied, expired_token, invalid_client, …
}

void DeviceFlow::cleanUp()
{
    m_pollTimer.stop();
    m_deviceCode.clear();
}

} // namespace OAuthDesk
