#pragma once

#include "flows/deviceflow.h"
#include "platform/platform.h"

#include <QHash>
#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace OAuthDesk {

class AccountListModel;
class AccountStore;
class DeviceCodePanel;
class PasswordDialog;
class Settings;
class TokenManager;
struct Account;

/**
 * The top of the selected account's page: its name and issuer, the status line, the Sign In, Sign
 * Out, Refresh Now, narrower-token and Remove buttons, and while a sign-in runs, its progress with
 * Cancel and Copy Link or the device code (DeviceCodePanel).
 *
 * Sign-in follows the account's grant: the browser, a device code, a password asked for in a
 * PasswordDialog (used once, never kept), or the client's own credentials. The panel keeps per
 * account what a sign-in under way showed (its authorization URL, the device code) and the note of
 * the last action ("Sign-in cancelled."); errors and warnings go to the window's banners through
 * errorChanged() and warningChanged(). The window redraws it with showAccount() on changed().
 */
class SessionPanel : public QWidget
{
    Q_OBJECT
public:
    /// Whether the window is removing an account: it cannot sign in meanwhile.
    using RemovingCheck = std::function<bool(const QString &accountId)>;

    SessionPanel(TokenManager *tokens, AccountStore *store, AccountListModel *model,
                 Settings *settings, RemovingCheck removing, QWidget *parent = nullptr);
    ~SessionPanel() override;

    /// What the device grant's Open in Browser uses.
    void setBrowserOpener(BrowserOpener opener);
    /// The account the actions are for.
    void setCurrentAccount(const QString &accountId) { m_currentId = accountId; }
    /// Shows `account` (nothing: an empty status, no device code); `removing` while it is removed.
    void showAccount(const std::optional<Account> &account, bool removing);
    /// The status line, as shown.
    QString statusText() const;
    /// The authorization URL of the current account's sign-in under way.
    QUrl signInUrl() const { return m_signInUrls.value(m_currentId); }
    /// Forgets the note of the last action (and the errors of the account and of no account).
    void clearMessages(const QString &accountId);
    /// Forgets what the panel kept for a removed account.
    void forgetAccount(const QString &accountId);

public Q_SLOTS:
    void signIn();
    /// `password`: the password grant's, passed on to the one request and not kept.
    /// `scope`: ask for this instead of the account's (it becomes the account's when it succeeds).
    void startSignIn(const QString &accountId, const QString &password,
                     bool allowDifferentUser = false, const QString &scope = {});
    void cancelSignIn();
    void signOut();
    void refreshNow();
    /// Asks for a scope and gets an additional token with it for the current account.
    void requestNarrowerToken();

Q_SIGNALS:
    /// Something the panel shows changed: the window calls showAccount() again.
    void changed();
    /// An error for the banner; empty text: none. An empty id: an error of no account.
    void errorChanged(const QString &accountId, const QString &text);
    /// A warning for the banner; empty text: none.
    void warningChanged(const QString &accountId, const QString &text);
    /// The Remove… button was clicked.
    void removeRequested();

private:
    void setNote(const QString &accountId, const QString &text);

    TokenManager *m_tokens;
    AccountStore *m_store;
    AccountListModel *m_model;
    Settings *m_settings;
    RemovingCheck m_removing;

    QString m_currentId;
    QHash<QString, QString> m_notes; ///< per account: what the last action did
    QHash<QString, QUrl> m_signInUrls; ///< per account, while its browser sign-in runs
    QHash<QString, DeviceCode> m_deviceCodes; ///< per account, while its device sign-in runs
    QPointer<PasswordDialog> m_passwordDialog;

    QLabel *m_nameLabel = nullptr;
    QLabel *m_issuerLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_signOutButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_narrowScopeButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QWidget *m_busyPanel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_waitingLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_copyLinkButton = nullptr;
    DeviceCodePanel *m_devicePanel = nullptr;
};

} // namespace OAuthDesk
