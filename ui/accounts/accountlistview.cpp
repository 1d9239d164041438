#include "accountlistview.h"

#include "accounts/accountitemdelegate.h"
#include "accounts/accountlistmodel.h"

namespace OAuthDesk {

AccountListView::AccountListView(AccountListModel *model, QWidget *parent)
    : QListView(parent), m_accounts(model)
{
    setObjectName(QStringLiteral("accountList"));
    setAccessibleName(tr("Accounts"));
    setModel(model);
    setItemDelegate(new AccountItemDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(true);
    setMinimumWidth(220);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { Q_EMIT currentAccountChanged(currentAccountId()); });
}

AccountListView::~AccountListView() = default;

QString AccountListView::currentAccountId() const
{
    return m_accounts->accountIdAt(selectionModel()->currentIndex().row());
}

void AccountListView::selectAccount(const QString &accountId)
{
    const QModelIndex index = m_accounts->indexOf(accountId);
    if (!index.isValid())
        return;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

} // namespace OAuthDesk
