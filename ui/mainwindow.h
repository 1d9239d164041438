#pragma once

#include "platform/platform.h"
#include "workflows/accountremoval.h"
#include "workflows/accountsetup.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QAction;
class QLabel;
class QListView;
class QStackedWidget;
class QSplitter;
class QTabWidget;

namespace OAuthDesk {

class AccountListModel;
class BackgroundRefresher;
class Notifier;
class Settings;
class AccountStore;
class ExchangeLog;
class ExchangeLogView;
class RequestHistory;
class ResourceBrowserPane;
class ResourcesPage;
class ResponseView;
class SessionPanel;
class SessionSummary;
class HttpClient;
class ResourceClient;
class TokenInspectorWidget;
class TokenManager;

/**
 * The window: the accounts on the left; on the right the error and warning banners over the
 * selected account's page, which it puts together from the screens of ui/: the session panel
 * (SessionPanel: sign in, cancel, sign out, refresh, a token with a narrower scope, remove), and
 * tabs for the session's summary without the tokens themselves (SessionSummary), the token
 * inspector (TokenInspectorWidget), the protected resources (ResourcesPage) and the HTTP log
 * (ExchangeLogView). It owns the menus, the toolbar, the layout it remembers, the preferences, and
 * adding and removing accounts; each page keeps its own per-account state and tells the window by
 * signals.
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
    QWidget *buildDetailsPage(ResourceClient *resources);
    QWidget *buildEmptyPage();
    void currentRowChanged();
    void updateDetails();
    void setError(const QString &accountId, const QString &text);
    void setWarning(const QString &accountId, const QString &text);
    void clearMessages(const QString &accountId);
    void removeConfirmed(const QString &accountId);
    void accountKept(const QString &accountId, AccountSetup::Kept kept, const Error &failed);
    void finishRemove(const QString &accountId, const AccountRemoval::Outcome &outcome);

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
    QHash<QString, QString> m_errors; ///< per account; the empty id holds errors of no account
    QHash<QString, QString> m_warnings; ///< per account
    QSet<QString> m_removing;

    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QListView *m_accountList = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QWidget *m_detailsPage = nullptr;
    QLabel *m_errorBanner = nullptr;
    QLabel *m_warningBanner = nullptr;
    RequestHistory *m_history = nullptr;
    SessionPanel *m_session = nullptr;
    SessionSummary *m_summary = nullptr;
    ResourcesPage *m_resourcesPage = nullptr;
    QTabWidget *m_tabs = nullptr;
    TokenInspectorWidget *m_inspector = nullptr;
    ExchangeLogView *m_logView = nullptr;
    Settings *m_settings = nullptr;
    Notifier *m_notifier = nullptr;
    QPointer<BackgroundRefresher> m_refresher;
    QSplitter *m_splitter = nullptr;
    QAction *m_settingsAction = nullptr;
};

} // namespace OAuthDesk
