#include "accountimport.h"

#include "discovery/discovery.h"

#include <QJsonObject>

namespace OAuthDesk {

void AccountImport::check(const HttpClient *http, const QList<Account> &accounts,
                          bool acceptFileEndpoints, QObject *context, Callback callback)
{
    auto *run =
            new AccountImport(http, accounts, acceptFileEndpoints, context, std::move(callback));
    run->checkNext();
}

AccountImport::AccountImport(const HttpClient *http, const QList<Account> &accounts,
                             bool acceptFileEndpoints, QObject *context, Callback callback)
    : m_http(http),
      m_accounts(accounts),
      m_acceptFileEndpoints(acceptFileEndpoints),
      m_context(context),
      m_callback(std::move(callback))
{
}

QString AccountImport::endpointsOf(const Account &account)
{
    // By the names the file itself uses (ServerMetadata::writeTo): what the person compares.
    QJsonObject server;
    account.server.writeTo(server);
    QStringList lines;
    for (auto it = server.constBegin(); it != server.constEnd(); ++it) {
        if (it.value().isString())
            lines.append(QStringLiteral("  %1: %2").arg(it.key(), it.value().toString()));
    }
    return lines.join(QLatin1Char('\n'));
}

void AccountImport::checkNext()
{
    if (!m_context)
        return deleteLater();
    if (m_checked.size() == m_accounts.size())
        return finish(m_checked);
    const Account &account = m_accounts.at(m_checked.size());
    if (account.server.issuer.isEmpty())
        return keepFileEndpoints(Error(Error::Kind::Configuration,
                                       tr("\"%1\" has no issuer, so its endpoints can only come "
                                          "from the file.")
                                               .arg(account.name)));
    Discovery(m_http, account.name)
            .discover(account.server.issuer, this,
                      [this](const Result<ServerMetadata> &metadata) { discovered(metadata); });
}

void AccountImport::discovered(const Result<ServerMetadata> &metadata)
{
    const Account &account = m_accounts.at(m_checked.size());
    if (!metadata.ok())
        return keepFileEndpoints(Error(metadata.error().kind(),
                                       tr("\"%1\": its issuer's endpoints could not be discovered "
                                          "(%2).")
                                               .arg(account.name, metadata.error().message())));
    Checked checked;
    checked.account = account;
    checked.account.server = metadata.value(); // nothing of the file's server survives
    checked.discovered = true;
    m_checked.append(checked);
    checkNext();
}

void AccountImport::keepFileEndpoints(const Error &why)
{
    const Account &account = m_accounts.at(m_checked.size());
    if (!m_acceptFileEndpoints)
        return finish(Error(Error::Kind::Configuration,
                            tr("%1 Nothing was imported. These endpoints are the file's word "
                               "alone; if they are right, import again accepting them "
                               "(--accept-endpoints):\n%2")
                                    .arg(why.message(), endpointsOf(account))));
    m_checked.append(Checked{ account, false });
    checkNext();
}

void AccountImport::finish(const Result<QList<Checked>> &result)
{
    if (m_context)
        m_callback(result);
    deleteLater();
}

} // namespace OAuthDesk
