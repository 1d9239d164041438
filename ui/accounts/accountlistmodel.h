#pragma once

#include "accounts/accountstore.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace OAuthDesk {

class TokenManager;

/**
 * The accounts of an AccountStore as a list, with each account's session status as the window shows
 * it. The status comes from the account's session hint (so start-up reads no keychain) and, when
 * the TokenManager holds the session in memory, from there.
 *
 * Follows AccountStore::changed() row by row (inserts and removes, not resets, so a selection
 * survives), and TokenManager::sessionChanged()/refreshing()/signInStarted() for the status.
 */
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        AccountIdRole = Qt::UserRole + 1, ///< QString, the account's id
        StatusTextRole, ///< QString, "Signed in until 14:05", "Signing in…"
        SignedInRole, ///< bool, whether a session is held (hint or memory)
        IssuerRole, ///< QString, the issuer (or the authorization endpoint's origin)
        StateRole, ///< State
        IdentityRole, ///< QString, who signed in last (email, preferred_username or name), or empty
    };
    Q_ENUM(Role)

    enum class State { SignedOut, SignedIn, SigningIn, Refreshing, RefreshFailing };
    Q_ENUM(State)

    /// `tokens` may be null: then the status comes from the hints alone.
    explicit AccountListModel(AccountStore *accounts, TokenManager *tokens = nullptr,
                              QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of an account, or -1.
    int rowOf(const QString &accountId) const;
    QModelIndex indexOf(const QString &accountId) const;
    QString accountIdAt(int row) const;

    State state(const QString &accountId) const;
    /// The session's state in words, followed by the grant for the legacy grants
    /// ("Signed in until 14:05 · implicit (legacy)").
    QString statusText(const QString &accountId) const;
    bool isSignedIn(const QString &accountId) const;
    QString refreshError(const QString &accountId) const
    {
        return m_refreshErrors.value(accountId);
    }

    /// The issuer to show for an account: its issuer, else its authorization endpoint's origin.
    static QString issuerText(const Account &account);

public Q_SLOTS:
    /// Reads an account's in-memory state again (a sign-in that ends without tokens has no signal).
    void refreshAccount(const QString &accountId);
    /// Marks an account's session as failing to refresh, with the reason in plain words; an empty
    /// reason clears it. A later sign-in, sign-out or successful refresh clears it too.
    void setRefreshError(const QString &accountId, const QString &reason);

private:
    void syncWithStore();
    QString sessionText(const QString &accountId) const;
    void emitRowChanged(int row);
    QDateTime now() const;

    QPointer<AccountStore> m_store;
    QPointer<TokenManager> m_tokens;
    QList<Account> m_accounts; ///< what the view has been told about, in row order
    QSet<QString> m_refreshing;
    QHash<QString, QString> m_refreshErrors;
    QTimer m_tick; ///< "until 14:05" turns into "expired" without any signal
};

} // namespace OAuthDesk
