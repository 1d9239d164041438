#include "accountpage.h"

#include "inspector/tokeninspectorwidget.h"
#include "log/exchangelogview.h"
#include "resources/resourcespage.h"
#include "session/sessionsummary.h"
#include "session/tokenmanager.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace OAuthDesk {

AccountPage::AccountPage(TokenManager *tokens, ResourceClient *resources, const HttpClient *http,
                         AccountListModel *model, Settings *settings, RequestHistory *history,
                         SessionPanel::RemovingCheck removing, QWidget *parent)
    : QWidget(parent),
      m_session(new SessionPanel(tokens, tokens->accounts(), model, settings, std::move(removing))),
      m_summary(new SessionSummary(tokens))
{
    setObjectName(QStringLiteral("detailsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_session);

    // The overview keeps the token values off screen; the inspector shows them, masked until asked.
    auto *overview = new QWidget;
    overview->setObjectName(QStringLiteral("overviewTab"));
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(m_summary);
    overviewLayout->addStretch(1);
    m_inspector = new TokenInspectorWidget(tokens, resources, http);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(overview, tr("&Overview"));
    m_tabs->addTab(m_inspector, tr("&Inspect Tokens"));
    m_resources = new ResourcesPage(tokens, resources, tokens->accounts(), model, history);
    connect(m_resources, &ResourcesPage::signInWithScopeRequested, this,
            [this](const QString &id, const QString &scope) {
                m_tabs->setCurrentIndex(0); // the sign-in shows its progress on the overview
                m_session->startSignIn(id, {}, false, scope);
            });
    m_tabs->addTab(m_resources, tr("&Resources"));
    layout->addWidget(m_tabs, 1);
}

AccountPage::~AccountPage() = default;

void AccountPage::setCurrentAccount(const QString &accountId)
{
    m_session->setCurrentAccount(accountId);
    // A response on screen belongs to the account it was fetched for.
    m_resources->setCurrentAccount(accountId);
    m_inspector->setAccountId(accountId);
}

void AccountPage::setExchangeLog(ExchangeLog *log)
{
    if (m_logView || !log)
        return;
    m_logView = new ExchangeLogView(log, this);
    m_logView->setObjectName(QStringLiteral("exchangeLogView"));
    m_tabs->addTab(m_logView, tr("HTTP &Log"));
}

void AccountPage::focusRequestUrl()
{
    m_tabs->setCurrentWidget(m_resources);
    m_resources->focusUrl();
}

void AccountPage::focusResponseSearch()
{
    m_tabs->setCurrentWidget(m_resources);
    m_resources->focusResponseSearch();
}

} // namespace OAuthDesk
