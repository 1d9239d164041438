#include "authorizationcodeflow.h"

#include "common/constanttime.h"
#include "common/logging.h"
#include "common/random.h"
#include "http/taggedrequest.h"
#include "http/urlpolicy.h"
#include "tokens/tokenendpoint.h"
#include "tokens/tokenresponse.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QUrlQuery>

namespace OAuthDesk {

AuthorizationCodeFlow::AuthorizationCodeFlow(Account account, ClientAuthentication client,
                                             const HttpClient *http, QObject *parent)
    : OAuthFlow(std::move(account), std::move(client), http, parent)
{
}

AuthorizationCodeFlow::AuthorizationCodeFlow(Account account, const HttpClient *http,
                                             QObject *parent)
    : AuthorizationCodeFlow(
            account,
            ClientAuthentication{ account.clientId, {}, ClientAuthentication::Method::None }, http,
            parent)
{
}

AuthorizationCodeFlow::~AuthorizationCodeFlow() = default;

static bool hasScope(const QString &scope, const QString &name)
{
    return scope.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(name);
}

FormFields AuthorizationCodeFlow::authorizationParameters() const
{
    FormFields p = { { QStringLiteral("response_type"), responseType() },
                     { QStringLiteral("client_id"), m_account.clientId },
                     { QStringLiteral("redirect_uri"), m_redirectUri } };
    if (!m_account.scope.isEmpty())
        p.append({ QStringLiteral("scope"), m_account.scope });
    p.append({ QStringLiteral("state"), QString::fromLatin1(m_state) });
    if (usesPkce()) {
        p.append({ QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge()) });
        p.append({ QStringLiteral("code_challenge_method"), QString::fromLatin1(Pkce::method()) });
    }
    if (!m_nonce.isEmpty())
        p.append({ QStringLiteral("nonce"), QString::fromLatin1(m_nonce) });
    // Several accounts at one provider: let the person pick which one (only where the server says
    // it understands select_account; others refuse unknown prompt values), and name the one we
    // expect.
    QStringList prompt;
    if (m_account.server.promptValuesSupported.contains(QLatin1String("select_account")))
        prompt.append(QStringLiteral("select_account"));
    // OpenID Connect Core §11: offline_access is only honoured with prompt=consent.
    if (hasScope(m_account.scope, QStringLiteral("offline_access")))
        prompt.append(QStringLiteral("consent"));
    if (!prompt.isEmpty())
        p.append({ QStringLiteral("prompt"), prompt.join(QLatin1Char(' ')) });
    if (const QString hint = m_account.effectiveLoginHint(); !hint.isEmpty())
        p.append({ QStringLiteral("login_hint"), hint });
    return p;
}

static QUrl withParameters(QUrl url, const FormFields &parameters)
{
    QUrlQuery query(url);
    for (const auto &p : parameters) {
        // Encoded by hand: QUrlQuery leaves '+' as is, which servers read as a space.
        query.addQueryItem(p.first, QString::fromLatin1(p.second.toUtf8().toPercentEncoding()));
    }
    url.setQuery(query);
    return url;
}

void AuthorizationCodeFlow::openBrowser(const QUrl &url)
{
    // Only http(s) is ever handed to a browser (SECURITY.md, row M2).
    if (!UrlPolicy::isSecureOrLoopback(url)) {
        finish(Error(Error::Kind::InsecureUrl,
                     url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
        return;
    }
    qCInfo(lcFlow) << "opening the browser at"
                   << url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    if (ExchangeLog *log = m_http->exchangeLog())
        log->recordAuthorization(url, m_account.name);
    Q_EMIT authorizeWithBrowser(url);
    if (m_opener && isActive()) {
        if (const Error error = m_opener(url))
            finish(error);
    }
}

void AuthorizationCodeFlow::pushAuthorizationRequest()
{
    // RFC 9126: the request travels in a back-channel POST, so it cannot be altered in the browser,
    // and a wrong client ID, redirect URI or scope is refused here, with the server's own error.
    FormFields form = authorizationParameters();
    form.removeIf(
            [](const QPair<QString, QString> &p) { return p.first == QLatin1String("client_id"); });
    QList<QPair<QByteArray, QByteArray>> headers;
    m_client.apply(form, headers);
    TaggedRequest::postForm(
            m_http, m_account.server.pushedAuthorizationRequestEndpoint, form, headers,
            ExchangeLog::Kind::Authorization, m_account.name, this,
            [this, attempt = attempt()](const HttpResponse &response) {
                if (!isCurrent(attempt))
                    return;
                if (response.error)
                    return finish(response.error);
                if (response.status != 201 && response.status != 200)
                    return finish(TokenResponse::parseError(response));
                const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
                const QString requestUri = answer.value(QLatin1String("request_uri")).toString();
                if (requestUri.isEmpty())
                    return finish(Error(Error::Kind::InvalidResponse,
                                        tr("The server accepted the sign-in request but sent no "
                                           "request_uri.")));
                openBrowser(withParameters(m_account.server.authorizationEndpoint,
                                           { { QStringLiteral("client_id"), m_account.clientId },
                                             { QStringLiteral("request_uri"), requestUri } }));
            });
}

void AuthorizationCodeFlow::start()
{
    if (!UrlPolicy::isSecureOrLoopback(m_account.server.authorizationEndpoint)) {
        finish(Error(Error::Kind::InsecureUrl,
                     m_account.server.authorizationEndpoint.toString(QUrl::RemoveQuery
                                                                     | QUrl::RemoveUserInfo)));
        return;
    }
    m_state = randomUrlSafeString(32);
    m_pkce = Pkce::generate();
    m_nonce = hasScope(m_account.scope, QStringLiteral("openid")) ? randomUrlSafeString(32)
                                                                  : QByteArray();

    m_listener = new LoopbackListener(this);
    configureListener(m_listener);
    if (const Error error = m_listener->listen(quint16(m_account.redirectPort))) {
        finish(error);
        return;
    }
    m_listener->setValidator([this](const QMap<QString, QString> &p) { return onCallback(p); });
    m_redirectUri = m_listener->callback();

    if (!m_account.server.pushedAuthorizationRequestEndpoint.isEmpty())
        pushAuthorizationRequest();
    else
        openBrowser(
                withParameters(m_account.server.authorizationEndpoint, authorizationParameters()));
}

void AuthorizationCodeFlow::cleanUp()
{
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    // Nothing of this attempt may be reused by another.
    m_state.clear();
    m_pkce = Pkce();
}

LoopbackListener::Verdict
AuthorizationCodeFlow::onCallback(const QMap<QString, QString> &parameters)
{
    if (!isActive())
        return LoopbackListener::Verdict::Rejected;
    // State first, before anything else is looked at (RFC 6749 §10.12; an error= without our state
    // is somebody else's request).
    const QByteArray state = parameters.value(QStringLiteral("state")).toUtf8();
    if (state.isEmpty() || !constantTimeEquals(state, m_state)) {
        qCWarning(lcFlow) << "callback rejected:"
                          << (state.isEmpty() ? "no state" : "state does not match");
        return LoopbackListener::Verdict::Rejected;
    }
    // The state is spent here: whatever this callback says, no later one is taken, so a connection
    // opened before it cannot add a second code (a second token request) or an error after
    // success. One token request per sign-in (SECURITY.md L5).
    m_state.clear();
    // RFC 9207: the issuer that answered must be the one we asked.
    const QString iss = parameters.value(QStringLiteral("iss"));
    if (parameters.contains(QStringLiteral("iss"))) {
        // Exact comparison (RFC 9207 §2.4), no normalisation beyond what the issuer was stored as.
        if (m_account.server.issuer.isEmpty()
            || iss != m_account.server.issuer.toString(QUrl::FullyEncoded)) {
            finish(Error(Error::Kind::InvalidResponse,
                         tr("The sign-in answer came from another issuer (%1) than this account's.")
                                 .arg(iss.left(200))));
            return LoopbackListener::Verdict::Failed;
        }
    } else if (m_account.server.issParameterSupported) {
        finish(Error(Error::Kind::InvalidResponse,
                     tr("The sign-in answer does not name its issuer, although the server promises "
                        "to (RFC 9207).")));
        return LoopbackListener::Verdict::Failed;
    }
    if (parameters.contains(QStringLiteral("error"))) {
        const QUrl uri(parameters.value(QStringLiteral("error_uri")), QUrl::StrictMode);
        finish(Error::oauth(parameters.value(QStringLiteral("error")),
                            parameters.value(QStringLiteral("error_description")),
                            UrlPolicy::isSecureOrLoopback(uri) ? uri : QUrl()));
        return LoopbackListener::Verdict::Failed;
    }
    return onAuthorizationResponse(parameters);
}

LoopbackListener::Verdict
AuthorizationCodeFlow::onAuthorizationResponse(const QMap<QString, QString> &parameters)
{
    const QString code = parameters.value(QStringLiteral("code"));
    if (code.isEmpty()) {
        finish(Error(Error::Kind::InvalidResponse,
                     tr("The sign-in answer carries neither a code nor an error.")));
        return LoopbackListener::Verdict::Failed;
    }
    Q_EMIT authorizationCallbackReceived();
    const FormFields form = {
        { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
        { QStringLiteral("code"), code },
        { QStringLiteral("redirect_uri"), m_redirectUri },
        { QStringLiteral("code_verifier"), QString::fromLatin1(m_pkce.verifier()) }
    };
    // After the page is written: the listener closes itself on Accepted.
    QMetaObject::invokeMethod(
            this,
            [this, form, attempt = attempt()] {
                if (isCurrent(attempt))
                    requestToken(form, [this](const TokenSet &tokens) { finish({}, tokens); });
            },
            Qt::QueuedConnection);
    return LoopbackListener::Verdict::Accepted;
}

} // namespace OAuthDesk
