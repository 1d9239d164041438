#include "resourcespage.h"

#include "accounts/accountlistmodel.h"
#include "resource/resourceclient.h"
#include "resources/requesteditor.h"
#include "resources/resourcebrowserpane.h"
#include "resources/responseview.h"
#include "session/tokenmanager.h"
#include "widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OAuthDesk {

ResourcesPage::ResourcesPage(TokenManager *tokens, ResourceClient *resources, AccountStore *store,
                             AccountListModel *model, RequestHistory *history, QWidget *parent)
    : QWidget(parent), m_tokens(tokens), m_resources(resources), m_store(store), m_model(model)
{
    setObjectName(QStringLiteral("resourcesTab"));

    // insufficient_scope (RFC 6750 §3.1): offer the sign-in that asks for what the resource wants.
    m_scopeOffer = new QWidget;
    m_scopeOffer->setObjectName(QStringLiteral("scopeOffer"));
    m_scopeOfferLabel = new QLabel;
    m_scopeOfferLabel->setObjectName(QStringLiteral("scopeOfferLabel"));
    m_scopeOfferLabel->setTextFormat(Qt::PlainText);
    m_scopeOfferLabel->setWordWrap(true);
    m_scopeOfferButton = new QPushButton(tr("Sign In Again with This Scope"));
    m_scopeOfferButton->setObjectName(QStringLiteral("scopeOfferButton"));
    connect(m_scopeOfferButton, &QPushButton::clicked, this, &ResourcesPage::signInWithNeededScope);
    auto *offerLayout = new QHBoxLayout(m_scopeOffer);
    offerLayout->setContentsMargins(8, 6, 8, 6);
    offerLayout->addWidget(m_scopeOfferLabel, 1);
    offerLayout->addWidget(m_scopeOfferButton);
    m_scopeOffer->setAttribute(Qt::WA_StyledBackground);
    Theme::apply(m_scopeOffer, Theme::Style::WarningBanner);
    m_scopeOffer->hide();

    m_pane = new ResourceBrowserPane(history);
    m_pane->setAccountModel(model);
    m_responseView = new ResponseView;
    m_pane->setResponseWidget(m_responseView);
    m_pane->setTokenProvider(
            [this](const QString &accountId, std::function<void(const QString &)> deliver) {
                m_tokens->validToken(accountId, this, [deliver](const Result<TokenSet> &token) {
                    deliver(token.ok() ? token.value().accessToken : QString());
                });
            });
    connect(m_pane, &ResourceBrowserPane::sendRequested, this, &ResourcesPage::sendRequest);
    connect(m_pane, &ResourceBrowserPane::cancelRequested, this, [this] {
        if (m_callId)
            m_resources->cancel(m_callId);
    });
    connect(m_pane, &ResourceBrowserPane::currentAccountChanged, this, [this](const QString &id) {
        if (!id.isEmpty() && id != m_currentId)
            Q_EMIT accountSelected(id);
    });
    connect(m_resources, &ResourceClient::progress, this,
            [this](int callId, qint64 received, qint64 total) {
                if (callId == m_callId)
                    m_pane->setProgress(received, total);
            });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scopeOffer);
    layout->addWidget(m_pane, 1);
}

QString ResourcesPage::neededScope(const QString &accountId) const
{
    return m_neededScopes.value(accountId);
}

void ResourcesPage::setCurrentAccount(const QString &id)
{
    m_currentId = id;
    ++m_attempt;
    if (m_callId)
        m_resources->cancel(m_callId);
    m_callId = 0;
    setBusy(false);
    m_responseView->clear();
    m_pane->editor()->showStatus({});
    m_pane->setCurrentAccount(id);
    if (const auto account = m_store->findById(id);
        account && m_pane->editor()->request().url.isEmpty()) {
        ResourceRequest request;
        request.url = QUrl(defaultUrl(*account));
        m_pane->editor()->setRequest(request);
    }
    updateScopeOffer();
}

void ResourcesPage::forgetAccount(const QString &accountId)
{
    m_neededScopes.remove(accountId);
}

void ResourcesPage::focusUrl()
{
    if (auto *url = m_pane->findChild<QLineEdit *>(QStringLiteral("urlEdit"))) {
        url->setFocus(Qt::ShortcutFocusReason);
        url->selectAll();
    }
}

void ResourcesPage::focusResponseSearch()
{
    if (auto *search = m_responseView->findChild<QLineEdit *>(QStringLiteral("jsonSearch"))) {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    }
}

QString ResourcesPage::defaultUrl(const Account &account)
{
    // OpenID Connect servers name a resource every token for `openid` can read.
    if (!account.server.userinfoEndpoint.isEmpty())
        return account.server.userinfoEndpoint.toString();
    QUrl base = account.server.issuer.isEmpty() ? account.server.authorizationEndpoint
                                                : account.server.issuer;
    if (base.isEmpty())
        return {};
    base = base.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                         | QUrl::RemoveUserInfo);
    base.setPath(QStringLiteral("/api/me"));
    return base.toString();
}

void ResourcesPage::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_pane->setBusy(busy);
    Q_EMIT busyChanged(busy);
}

void ResourcesPage::showMessage(const QString &text, bool error)
{
    m_pane->editor()->showStatus(text, error);
}

void ResourcesPage::updateScopeOffer()
{
    const QString needed = m_neededScopes.value(m_currentId);
    const auto account = m_store->findById(m_currentId);
    m_scopeOffer->setVisible(!needed.isEmpty() && account);
    if (needed.isEmpty() || !account)
        return;
    m_scopeOfferLabel->setText(tr("The resource needs the scope \"%1\", which this account's token "
                                  "does not have. Sign in again and "
                                  "ask for it too?")
                                       .arg(needed));
    m_scopeOfferButton->setEnabled(!m_tokens->isSigningIn(m_currentId));
}

void ResourcesPage::signInWithNeededScope()
{
    const QString id = m_currentId;
    const QString needed = m_neededScopes.value(id);
    const auto account = m_store->findById(id);
    if (needed.isEmpty() || !account)
        return;
    m_neededScopes.remove(id);
    updateScopeOffer();
    Q_EMIT signInWithScopeRequested(id, account->scopeWith(needed));
}

void ResourcesPage::send()
{
    m_pane->editor()->send();
}

void ResourcesPage::sendRequest(const QString &id, const ResourceRequest &request)
{
    if (id.isEmpty() || m_busy)
        return;
    if (id != m_currentId)
        Q_EMIT accountSelected(id);
    const auto account = m_store->findById(id);
    if (!account || (!account->signedIn && !m_tokens->cachedTokens(id))) {
        showMessage(tr("Sign in first: the request needs this account's access token."), true);
        return;
    }
    m_responseView->clear();
    m_neededScopes.remove(id);
    updateScopeOffer();
    const quint64 attempt = ++m_attempt;
    showMessage(tr("Sending…"), false);
    setBusy(true);
    m_callId = m_resources->send(
            id, request, this, [this, attempt, id](const Result<ResourceClient::Response> &result) {
                if (attempt != m_attempt)
                    return; // the user moved on to another account
                m_callId = 0;
                setBusy(false);
                if (!result.ok()) {
                    showMessage(result.error().kind() == Error::Kind::Cancelled
                                        ? tr("Cancelled.")
                                        : tr("Failed: %1").arg(result.error().message()),
                                result.error().kind() != Error::Kind::Cancelled);
                    return;
                }
                const ResourceClient::Response &response = result.value();
                // The response view shows status, time and size; the line above it says what else
                // happened.
                QStringList notes;
                if (response.refreshed)
                    notes << tr("The server rejected the token (invalid_token): refreshed it once "
                                "and sent again.");
                if (!response.redirects.isEmpty())
                    notes << tr("Followed %n redirect(s).", nullptr,
                                int(response.redirects.size()));
                if (response.tokenWithheld)
                    notes << tr("A redirect went to another origin: the access token was not sent "
                                "there.");
                for (const Challenge &challenge : response.challenges) {
                    QStringList params;
                    for (auto it = challenge.params.cbegin(); it != challenge.params.cend(); ++it)
                        params << it.key() + QLatin1String(": ") + it.value().left(200);
                    if (!challenge.token68.isEmpty())
                        params << challenge.token68.left(60);
                    notes << tr("Challenge %1 — %2")
                                     .arg(challenge.scheme,
                                          params.isEmpty() ? tr("no parameters")
                                                           : params.join(QLatin1String("; ")));
                }
                showMessage(notes.join(QLatin1Char('\n')), response.http.status >= 400);
                m_responseView->setResponse(response.http.status, response.http.reasonPhrase,
                                            response.http.elapsedMs, response.http.url,
                                            response.http.headers, response.http.body);
                if (response.isInsufficientScope()) {
                    m_neededScopes.insert(id, response.neededScope());
                    updateScopeOffer();
                }
                m_model->refreshAccount(id);
            });
}

} // namespace OAuthDesk
