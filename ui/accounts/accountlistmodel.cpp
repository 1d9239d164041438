#include "accountlistmodel.h"

#include "session/tokenmanager.h"
#include "widgets/displaytext.h"

namespace OAuthDesk {

AccountListModel::AccountListModel(AccountStore *accounts, TokenManager *tokens, QObject *parent)
    : QAbstractListModel(parent), m_store(accounts), m_tokens(tokens)
{
    Q_ASSERT(accounts);
    m_accounts = accounts->accounts();
    connect(accounts, &AccountStore::changed, this, &AccountListModel::syncWithStore);
    if (tokens) {
        connect(tokens, &TokenManager::sessionChanged, this, [this](const QString &id) {
            m_refreshErrors.remove(id);
            refreshAccount(id);
        });
        connect(tokens, &TokenManager::refreshing, this, [this](const QString &id, bool busy) {
            if (busy)
                m_refreshing.insert(id);
            else
                m_refreshing.remove(id);
            refreshAccount(id);
        });
        connect(tokens, &TokenManager::refreshFailed, this,
                [this](const QString &id, const Error &error) {
                    // SignInRequired already shows as signed out (sessionChanged).
                    if (error.kind() != Error::Kind::SignInRequired)
                        setRefreshError(id, error.message());
                });
        connect(tokens, &TokenManager::signInStarted, this, [this](const QString &id) {
            m_refreshErrors.remove(id);
            refreshAccount(id);
        });
    }
    m_tick.setInterval(std::chrono::seconds(30));
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_accounts.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_accounts.size()) - 1),
                               { Qt::ToolTipRole, StatusTextRole });
    });
    m_tick.start();
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AccountIdRole, "accountId");
    names.insert(StatusTextRole, "statusText");
    names.insert(SignedInRole, "signedIn");
    names.insert(IssuerRole, "issuer");
    names.insert(StateRole, "state");
    names.insert(IdentityRole, "identity");
    return names;
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return account.name;
    case Qt::ToolTipRole:
        return QString(account.name + QLatin1Char('\n') + issuerText(account) + QLatin1Char('\n')
                       + statusText(account.id));
    case AccountIdRole:
        return account.id;
    case StatusTextRole:
        return statusText(account.id);
    case SignedInRole:
        return isSignedIn(account.id);
    case IssuerRole:
        return issuerText(account);
    case StateRole:
        return QVariant::fromValue(state(account.id));
    case IdentityRole:
        return account.identity;
    default:
        return {};
    }
}

int AccountListModel::rowOf(const QString &accountId) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).id == accountId)
            return row;
    }
    return -1;
}

QModelIndex AccountListModel::indexOf(const QString &accountId) const
{
    const int row = rowOf(accountId);
    return row < 0 ? QModelIndex() : index(row);
}

QString AccountListModel::accountIdAt(int row) const
{
    return row >= 0 && row < m_accounts.size() ? m_accounts.at(row).id : QString();
}

QString AccountListModel::issuerText(const Account &account)
{
    if (!account.server.issuer.isEmpty())
        return account.server.issuer.toString();
    const QUrl endpoint = account.server.authorizationEndpoint;
    if (endpoint.isEmpty())
        return {};
    return endpoint
            .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                      | QUrl::RemoveUserInfo)
            .toString();
}

QDateTime AccountListModel::now() const
{
    return m_tokens ? m_tokens->clock().now() : QDateTime::currentDateTimeUtc();
}

bool AccountListModel::isSignedIn(const QString &accountId) const
{
    if (m_tokens && m_tokens->cachedTokens(accountId))
        return true;
    const int row = rowOf(accountId);
    return row >= 0 && m_accounts.at(row).signedIn;
}

AccountListModel::State AccountListModel::state(const QString &accountId) const
{
    if (m_tokens && m_tokens->isSigningIn(accountId))
        return State::SigningIn;
    if (m_refreshing.contains(accountId))
        return State::Refreshing;
    if (m_refreshErrors.contains(accountId))
        return State::RefreshFailing;
    return isSignedIn(accountId) ? State::SignedIn : State::SignedOut;
}

QString AccountListModel::statusText(const QString &accountId) const
{
    QString text = sessionText(accountId);
    // Several accounts at one provider: who each one is (from the ID token or UserInfo).
    if (const int row = rowOf(accountId); row >= 0 && !m_accounts.at(row).identity.isEmpty())
        text = m_accounts.at(row).identity + QStringLiteral(" \u00b7 ") + text;
    // The legacy grants stay visible wherever the account is, so that nobody forgets what they use.
    if (const int row = rowOf(accountId); row >= 0 && isLegacyGrant(m_accounts.at(row).grantType))
        text += QStringLiteral(" \u00b7 ")
                + tr("%1 (legacy)").arg(grantTypeName(m_accounts.at(row).grantType));
    return text;
}

QString AccountListModel::sessionText(const QString &accountId) const
{
    switch (state(accountId)) {
    case State::SigningIn:
        return tr("Signing in…");
    case State::Refreshing:
        return tr("Refreshing…");
    case State::RefreshFailing:
        return tr("Refresh failing: %1").arg(m_refreshErrors.value(accountId));
    case State::SignedOut:
        return tr("Signed out");
    case State::SignedIn:
        break;
    }
    QDateTime expiresAt;
    if (const auto cached = m_tokens ? m_tokens->cachedTokens(accountId) : std::nullopt)
        expiresAt = cached->expiresAt;
    else if (const int row = rowOf(accountId); row >= 0)
        expiresAt = m_accounts.at(row).expiresAt;
    if (!expiresAt.isValid())
        return tr("Signed in");
    const QDateTime current = now();
    if (expiresAt <= current)
        return tr("Signed in, token expired at %1").arg(DisplayText::clockTime(expiresAt, current));
    return tr("Signed in until %1").arg(DisplayText::clockTime(expiresAt, current));
}

void AccountListModel::emitRowChanged(int row)
{
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

void AccountListModel::refreshAccount(const QString &accountId)
{
    emitRowChanged(rowOf(accountId));
}

void AccountListModel::setRefreshError(const QString &accountId, const QString &reason)
{
    if (reason.isEmpty())
        m_refreshErrors.remove(accountId);
    else
        m_refreshErrors.insert(accountId, reason);
    refreshAccount(accountId);
}

void AccountListModel::syncWithStore()
{
    if (!m_store)
        return;
    const QList<Account> &target = m_store->accounts();
    QSet<QString> targetIds;
    for (const Account &a : target)
        targetIds.insert(a.id);

    // Rows that are gone, from the back so that rows keep their numbers until removed.
    for (int row = int(m_accounts.size()) - 1; row >= 0; --row) {
        if (targetIds.contains(m_accounts.at(row).id))
            continue;
        const QString id = m_accounts.at(row).id;
        beginRemoveRows({}, row, row);
        m_accounts.removeAt(row);
        endRemoveRows();
        m_refreshErrors.remove(id);
        m_refreshing.remove(id);
    }

    // What stays must keep its order; the store only appends and removes, so a reordering means the
    // file was edited by hand: then start over.
    QStringList kept;
    for (const Account &a : target) {
        if (rowOf(a.id) >= 0)
            kept.append(a.id);
    }
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).id != kept.at(row)) {
            beginResetModel();
            m_accounts = target;
            endResetModel();
            return;
        }
    }

    // New accounts where the store has them; changed ones updated in place.
    for (int row = 0; row < target.size(); ++row) {
        const Account &wanted = target.at(row);
        if (row < m_accounts.size() && m_accounts.at(row).id == wanted.id) {
            if (m_accounts.at(row).toJson() != wanted.toJson()) {
                m_accounts[row] = wanted;
                emitRowChanged(row);
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_accounts.insert(row, wanted);
        endInsertRows();
    }
}

} // namespace OAuthDesk
