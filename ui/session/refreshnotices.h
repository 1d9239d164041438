#pragma once

#include <QObject>
#include <QPointer>

namespace OAuthDesk {

class AccountStore;
class BackgroundRefresher;
class Notifier;

/**
 * Tells the person, through the Notifier (the tray, else the window's banner), when the background
 * refresher could not refresh a session or needs them to sign in again.
 */
class RefreshNotices : public QObject
{
    Q_OBJECT
public:
    RefreshNotices(AccountStore *store, Notifier *notifier, QObject *parent = nullptr);
    ~RefreshNotices() override;

    /// Follows `refresher` (which outlives this) instead of the one before; null follows none.
    void setRefresher(BackgroundRefresher *refresher);

private:
    QString nameOf(const QString &accountId) const;

    AccountStore *m_store;
    Notifier *m_notifier;
    QPointer<BackgroundRefresher> m_refresher;
};

} // namespace OAuthDesk
