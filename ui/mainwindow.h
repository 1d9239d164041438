#pragma once

#include "platform/platform.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QStackedWidget;
class QSplitter;

namespace OAuthDesk {

class AccountActions;
class AccountPage;
class AccountListModel;
class AccountListView;
class BackgroundRefresher;
class Notifier;
class Settings;
class AccountStore;
class ExchangeLog;
class RequestHistory;
class ResourceBrowserPane;
class ResourcesPage;
class ResponseView;
class SessionPanel;
class HttpClient;
class MessageBanners;
class NoAccountPage;
class RefreshNotices;
class ResourceClient;
class TokenInspectorWidget;
class TokenManager;

/**
 * The window: it puts together the screens of ui/ and wires them by signals. On the left the
 * accounts (AccountListView); on the right the error and warning banners (MessageBanners) over
 * the selected account's page: the session panel (SessionPanel: sign in, cancel, sign out,
 * refresh, a token with a narrower scope, remove), and tabs for the session's summary without the
 * tokens themselves (SessionSummary), the token inspector (TokenInspectorWidget), the protected
 * resources (ResourcesPage) and the HTTP log (ExchangeLogView); with no account selected, a
 * NoAccountPage. Adding and removing accounts is AccountActions', the menus and toolbar
 * WindowMenus', telling of background refresh trouble RefreshNotices'. The window keeps the
 * selection, the layout it remembers and the preferences; each page keeps its own per-account
 * state and tells the window by signals.
 *
 * Everything asynchronous goes through core with callbacks bound to this window or its pages;
 * dialogs are opened with open(), never exec(), so no slot runs a nested event loop. Errors show in
 * a banner, in words from Error::message().
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_PROPERTY(QString currentAccountId READ currentAccountId NOTIFY currentAccountChanged)
    Q_PROPERTY(bool signingIn READ isSigningIn NOTIFY signingInChanged)
    Q_PROPERTY(bool requestBusy READ isRequestBusy NOTIFY requestBusyChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString warningText READ warningText NOTIFY warningTextChanged)
    Q_PROPERTY(QUrl signInUrl READ signInUrl NOTIFY signInUrlChanged)
public:
    MainWindow(TokenManager *tokens, ResourceClient *resources, const HttpClient *http,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens URLs with QDesktopServices: the opener the window's TokenManager should get.
    static BrowserOpener desktopBrowserOpener();
    /// What the window itself opens URLs with (the device grant's Open in Browser);
    /// desktopBrowserOpener() unless set.
    void setBrowserOpener(BrowserOpener opener);

    AccountListModel *accountModel() const { return m_model; }
    TokenInspectorWidget *tokenInspector() const { return m_inspector; }
    ResourceBrowserPane *resourcePane() const;
    ResponseView *responseView() const;
    RequestHistory *requestHistory() const { return m_history; }
    /// Shows `log` (the process's, which outlives the window) in an "HTTP Log" tab.
    void setExchangeLog(ExchangeLog *log);
    /// The scope the last resource answer (insufficient_scope) asked for, for the selected account.
    QString neededScope() const;

    QString currentAccountId() const { return m_currentId; }
    /// Whether the selected account's sign-in is under way (browser, device code, or a token
    /// request).
    bool isSigningIn() const;
    bool isRequestBusy() const;
    /// The selected account's status line, as shown.
    QString statusText() const;
    /// The error banner's text; empty when there is none.
    QString errorText() const;
    /// The warning banner's text (e.g. a session the keychain could not keep); empty when none.
    QString warningText() const;
    /// The authorization URL of the selected account's sign-in under way, for "Copy link".
    QUrl signInUrl() const;

    /// Makes an account the selected one (nothing happens for an unknown id).
    void selectAccount(const QString &accountId);

    /// The preferences (QSettings); the window applies them when they change.
    Settings *settings() const { return m_settings; }
    /// Where background trouble is told: the tray where there is one, else the error banner.
    Notifier *notifier() const { return m_notifier; }
    /// Tells the person when `refresher` fails or needs a sign-in, and gives it the lead time
    /// from the settings. The refresher outlives the window.
    void setBackgroundRefresher(BackgroundRefresher *refresher);

public Q_SLOTS:
    /// Opens the Add Account dialog; the account is stored and selected when it is accepted.
    void addAccount();
    /// Asks for confirmation, signs the selected account out (forgetting its keychain entry) and
    /// removes it.
    void removeAccount();
    void signIn();
    void cancelSignIn();
    void signOut();
    void refreshNow();
    /// Asks for a scope and gets an additional token with it for the selected account.
    void requestNarrowerToken();
    /// Sends the Resources tab's request with the selected account's token.
    void sendRequest();
    /// Signs the selected account in again asking also for the scope a resource said was missing.
    void signInWithNeededScope();
    /// Opens the Preferences dialog (Settings).
    void openSettings();

protected:
    /// Remembers the window's geometry, toolbar state and splitter ("window/*" in QSettings).
    void closeEvent(QCloseEvent *event) override;
    /// Follows a change of the system palette (light to dark and back) in OAuthDesk's own colours.
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void currentAccountChanged(const QString &accountId);
    void signingInChanged(bool signingIn);
    void signInUrlChanged(const QUrl &url);
    void requestBusyChanged(bool busy);
    void statusTextChanged(const QString &text);
    void errorTextChanged(const QString &text);
    void warningTextChanged(const QString &text);

private:
    void buildUi(ResourceClient *resources);
    /// Settings → clipboard clear time, refresh lead time, log level; with `browser`, the browser
    /// too.
    void applySettings(bool browser);
    void restoreLayout();
    void saveLayout() const;
    void currentRowChanged(const QString &accountId);
    void updateDetails();

    TokenManager *m_tokens;
    const HttpClient *m_http;
    AccountStore *m_store;
    AccountListModel *m_model;
    BrowserOpener m_opener;

    QString m_currentId;
    bool m_lastSigningIn = false;
    QUrl m_lastSignInUrl;
    QString m_lastStatus;
    QString m_lastError;
    QString m_lastWarning;

    AccountActions *m_accountActions = nullptr;
    AccountListView *m_accountList = nullptr;
    MessageBanners *m_banners = nullptr;
    QStackedWidget *m_pages = nullptr;
    NoAccountPage *m_emptyPage = nullptr;
    AccountPage *m_detailsPage = nullptr;
    RequestHistory *m_history = nullptr;
    SessionPanel *m_session = nullptr;
    ResourcesPage *m_resourcesPage = nullptr;
    TokenInspectorWidget *m_inspector = nullptr;
    Settings *m_settings = nullptr;
    Notifier *m_notifier = nullptr;
    RefreshNotices *m_refreshNotices = nullptr;
    QPointer<BackgroundRefresher> m_refresher;
    QSplitter *m_splitter = nullptr;
};

} // namespace OAuthDesk
