#pragma once

#include <QListView>

namespace OAuthDesk {

class AccountListModel;

/**
 * The list of accounts on the window's left ("accountList"), one selected at a time: tells
 * currentAccountChanged() when the selection moves.
 */
class AccountListView : public QListView
{
    Q_OBJECT
public:
    explicit AccountListView(AccountListModel *model, QWidget *parent = nullptr);
    ~AccountListView() override;

    /// The selected account's id; empty when none is.
    QString currentAccountId() const;
    /// Selects the account (nothing happens for an unknown id).
    void selectAccount(const QString &accountId);

Q_SIGNALS:
    void currentAccountChanged(const QString &accountId);

private:
    AccountListModel *m_accounts;
};

} // namespace OAuthDesk
