#include "oauthflow.h"

#include "common/logging.h"
#include "tokens/tokenendpoint.h"

namespace OAuthDesk {

OAuthFlow::OAuthFlow(Account account, ClientAuthentication client, const HttpClient *http,
                     QObject *parent)
    : QObject(parent), m_account(std::move(account)), m_client(std::move(client)), m_http(http)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_timeout).count();
        finish(Error(Error::Kind::Timeout,
                     minutes >= 1 ? tr("Sign-in was stopped after %1 minutes.").arg(minutes)
                                  : tr("Sign-in was stopped: it took too long.")));
    });
}

OAuthFlow::~OAuthFlow() = default;

void OAuthFlow::grant()
{
    if (m_active)
        finish(Error(Error::Kind::Cancelled, tr("A new sign-in was started.")));
    if (const Error invalid = m_account.validate()) {
        Q_EMIT failed(invalid);
        return;
    }
    ++m_attempt;
    m_tokens = {};
    m_active = true;
    Q_EMIT activeChanged(true);
    m_timer.start(m_timeout);
    qCInfo(lcFlow) << "sign-in started for" << m_account.name << "with"
                   << m_account.grantTypeString();
    start();
}

void OAuthFlow::cancel()
{
    if (m_active)
        finish(Error(Error::Kind::Cancelled, tr("Sign-in was cancelled.")));
}

void OAuthFlow::requestToken(const FormFields &form, std::function<void(const TokenSet &)> onTokens)
{
    TokenEndpoint endpoint(m_http, m_account.server.tokenEndpoint, m_client, m_clock);
    endpoint.setAccountName(m_account.name);
    endpoint.request(form, m_account.scope, this,
                     [this, attempt = m_attempt, onTokens](const Result<TokenSet> &result) {
                         if (!isCurrent(attempt))
                             return;
                         if (!result.ok())
                             return finish(result.error());
                         onTokens(result.value());
                     });
}

void OAuthFlow::finish(const Error &error, const TokenSet &tokens)
{
    if (!m_active)
        return;
    m_active = false;
    m_timer.stop();
    cleanUp();
    Q_EMIT activeChanged(false);
    if (error) {
        qCInfo(lcFlow) << "sign-in failed:" << error.kind();
        m_tokens = {};
        Q_EMIT failed(error);
        return;
    }
    m_tokens = tokens;
    m_status = QAbstractOAuth::Status::Granted;
    Q_EMIT statusChanged(m_status);
    Q_EMIT granted();
}

} // namespace OAuthDesk
