#pragma once

#include "session/sessionpanel.h"

#include <QWidget>

class QTabWidget;

namespace OAuthDesk {

class AccountListModel;
class ExchangeLog;
class ExchangeLogView;
class HttpClient;
class RequestHistory;
class ResourceClient;
class ResourcesPage;
class SessionSummary;
class Settings;
class TokenInspectorWidget;
class TokenManager;

/**
 * The selected account's page ("detailsPage"): the session panel (SessionPanel) over the tabs
 * ("detailTabs") for the session's summary without the tokens themselves (SessionSummary), the
 * token inspector (TokenInspectorWidget), the protected resources (ResourcesPage) and, once given a
 * log, the HTTP log (ExchangeLogView). The window talks to the pages through the accessors and
 * their signals.
 */
class AccountPage : public QWidget
{
    Q_OBJECT
public:
    AccountPage(TokenManager *tokens, ResourceClient *resources, const HttpClient *http,
                AccountListModel *model, Settings *settings, RequestHistory *history,
                SessionPanel::RemovingCheck removing, QWidget *parent = nullptr);
    ~AccountPage() override;

    SessionPanel *session() const { return m_session; }
    SessionSummary *summary() const { return m_summary; }
    TokenInspectorWidget *inspector() const { return m_inspector; }
    ResourcesPage *resources() const { return m_resources; }

    /// Shows `accountId`'s session, resources and tokens.
    void setCurrentAccount(const QString &accountId);
    /// Shows `log` in an "HTTP Log" tab (once).
    void setExchangeLog(ExchangeLog *log);
    /// Brings up the Resources tab and puts the cursor in its request URL.
    void focusRequestUrl();
    /// Brings up the Resources tab and its search in the response.
    void focusResponseSearch();

private:
    SessionPanel *m_session;
    SessionSummary *m_summary;
    TokenInspectorWidget *m_inspector;
    ResourcesPage *m_resources;
    QTabWidget *m_tabs;
    ExchangeLogView *m_logView = nullptr;
};

} // namespace OAuthDesk
