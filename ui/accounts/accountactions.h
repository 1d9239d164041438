#pragma once

#include "workflows/accountremoval.h"
#include "workflows/accountsetup.h"

#include <QObject>
#include <QSet>

class QAction;
class QWidget;

namespace OAuthDesk {

class AccountStore;
class HttpClient;
class RequestHistory;
class TokenManager;

/**
 * Adding and removing accounts, as the window offers them: the Add Account… and Remove Account…
 * actions, the Add Account dialog, the confirmation before a removal and the question when the
 * keychain could not delete an account's tokens. The accounts are kept and removed by core's
 * workflows (AccountSetup, AccountRemoval); what went wrong goes to the window's banners through
 * errorChanged() and warningChanged(), and the window redraws on changed().
 *
 * Dialogs are opened with open() over `window`, never exec().
 */
class AccountActions : public QObject
{
    Q_OBJECT
public:
    AccountActions(TokenManager *tokens, const HttpClient *http, RequestHistory *history,
                   QWidget *window);
    ~AccountActions() override;

    /// "addAccountAction": opens the Add Account dialog.
    QAction *addAction() const { return m_addAction; }
    /// "removeAccountAction": removes the current account, after asking.
    QAction *removeAction() const { return m_removeAction; }

    /// The account Remove Account… removes.
    void setCurrentAccount(const QString &accountId) { m_currentId = accountId; }
    /// Whether the account's removal is under way (asked, or waiting for the keychain).
    bool isRemoving(const QString &accountId) const { return m_removing.contains(accountId); }

public Q_SLOTS:
    /// Opens the Add Account dialog; the account is stored and selectRequested() when accepted.
    void add();
    /// Asks for confirmation, signs the current account out (forgetting its keychain entry) and
    /// removes it.
    void remove();

Q_SIGNALS:
    /// The banner text for `accountId` (empty id: no account in particular); empty text clears it.
    void errorChanged(const QString &accountId, const QString &text);
    void warningChanged(const QString &accountId, const QString &text);
    /// A new account was stored: the window selects it.
    void selectRequested(const QString &accountId);
    /// The removal of `accountId` starts: what the pages showed about it goes.
    void removalStarted(const QString &accountId);
    /// `accountId` is gone: the pages forget what they kept for it.
    void removed(const QString &accountId);
    /// Something the window shows changed (a removal began or ended, an error).
    void changed();

private:
    void accountKept(const QString &accountId, AccountSetup::Kept kept, const Error &failed);
    void removeConfirmed(const QString &accountId);
    void finishRemove(const QString &accountId, const AccountRemoval::Outcome &outcome);

    TokenManager *m_tokens;
    const HttpClient *m_http;
    AccountStore *m_store;
    RequestHistory *m_history;
    QWidget *m_window;
    QString m_currentId;
    QSet<QString> m_removing;
    QAction *m_addAction;
    QAction *m_removeAction;
};

} // namespace OAuthDesk
