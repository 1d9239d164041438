#pragma once

#include <QHash>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace OAuthDesk {

class AccountListModel;
class AccountStore;
class RequestHistory;
class ResourceBrowserPane;
class ResourceClient;
class ResponseView;
class TokenManager;
struct Account;
struct ResourceRequest;

/**
 * The window's "Resources" tab: a ResourceBrowserPane whose requests it sends with ResourceClient
 * for the selected account, the answer in a ResponseView, and the offer to sign in again when a
 * resource said a scope was missing (RFC 6750 §3.1 insufficient_scope).
 *
 * The page keeps the call under way and, per account, the scope a resource asked for. It follows
 * the account the window shows (setCurrentAccount()); when the person picks another account in the
 * pane it asks the window with accountSelected(), and a sign-in with the missing scope with
 * signInWithScopeRequested().
 */
class ResourcesPage : public QWidget
{
    Q_OBJECT
public:
    /// `history` is loaded by the caller and outlives the page.
    ResourcesPage(TokenManager *tokens, ResourceClient *resources, AccountStore *store,
                  AccountListModel *model, RequestHistory *history, QWidget *parent = nullptr);

    ResourceBrowserPane *pane() const { return m_pane; }
    ResponseView *responseView() const { return m_responseView; }
    /// Whether a request is under way.
    bool isBusy() const { return m_busy; }
    /// The scope the last answer for `accountId` (insufficient_scope) asked for.
    QString neededScope(const QString &accountId) const;

    /// Shows `accountId`: a response on screen belongs to the account it was fetched for, so the
    /// call under way is cancelled and the answer cleared.
    void setCurrentAccount(const QString &accountId);
    /// Forgets what the page kept for a removed account.
    void forgetAccount(const QString &accountId);
    /// Puts the keyboard focus on the request URL, selected.
    void focusUrl();
    /// Puts the keyboard focus on the search box of the answer, selected.
    void focusResponseSearch();

public Q_SLOTS:
    /// Sends the editor's request, as its Send button does.
    void send();
    /// Asks for a sign-in (signInWithScopeRequested()) with the account's scopes and the one a
    /// resource said was missing.
    void signInWithNeededScope();

Q_SIGNALS:
    void busyChanged(bool busy);
    /// The person chose another account in the pane.
    void accountSelected(const QString &accountId);
    /// `scope`: the account's scopes and the missing one, space-separated.
    void signInWithScopeRequested(const QString &accountId, const QString &scope);

private:
    void sendRequest(const QString &accountId, const ResourceRequest &request);
    void showMessage(const QString &text, bool error);
    void setBusy(bool busy);
    void updateScopeOffer();
    static QString defaultUrl(const Account &account);

    TokenManager *m_tokens;
    ResourceClient *m_resources;
    AccountStore *m_store;
    AccountListModel *m_model;
    ResourceBrowserPane *m_pane = nullptr;
    ResponseView *m_responseView = nullptr;
    QWidget *m_scopeOffer = nullptr;
    QLabel *m_scopeOfferLabel = nullptr;
    QPushButton *m_scopeOfferButton = nullptr;

    QString m_currentId;
    bool m_busy = false;
    quint64 m_attempt = 0; ///< the answer of an earlier attempt is dropped
    int m_callId = 0; ///< the running resource call, 0 when none
    QHash<QString, QString> m_neededScopes; ///< per account: what insufficient_scope asked for
};

} // namespace OAuthDesk
