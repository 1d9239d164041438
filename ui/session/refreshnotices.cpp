#include "refreshnotices.h"

#include "accounts/accountstore.h"
#include "session/backgroundrefresher.h"
#include "widgets/notifier.h"

#include <QLocale>

namespace OAuthDesk {

RefreshNotices::RefreshNotices(AccountStore *store, Notifier *notifier, QObject *parent)
    : QObject(parent), m_store(store), m_notifier(notifier)
{
}

RefreshNotices::~RefreshNotices() = default;

QString RefreshNotices::nameOf(const QString &accountId) const
{
    const auto account = m_store->findById(accountId);
    return account ? account->name : accountId;
}

void RefreshNotices::setRefresher(BackgroundRefresher *refresher)
{
    if (m_refresher)
        disconnect(m_refresher, nullptr, this, nullptr);
    m_refresher = refresher;
    if (!refresher)
        return;
    connect(refresher, &BackgroundRefresher::attentionNeeded, this,
            [this](const QString &id, const Error &error) {
                m_notifier->notify(id, tr("Sign-in needed"),
                                   tr("\u201c%1\u201d needs you to sign in again. %2")
                                           .arg(nameOf(id), error.message()));
            });
    connect(refresher, &BackgroundRefresher::refreshFailed, this,
            [this](const QString &id, const Error &error, const QDateTime &retryAt) {
                const QString text = retryAt.isValid()
                        ? tr("\u201c%1\u201d could not refresh its session; OAuthDesk tries again "
                             "at %2. %3")
                                  .arg(nameOf(id),
                                       QLocale().toString(retryAt.toLocalTime().time(),
                                                          QLocale::ShortFormat),
                                       error.message())
                        : tr("\u201c%1\u201d could not refresh its session. %2")
                                  .arg(nameOf(id), error.message());
                m_notifier->notify(id, tr("Refresh failed"), text);
            });
}

} // namespace OAuthDesk
