#include "accountimport.h"

#include "discovery/discovery.h"

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
    QStringList lines;
    auto add = [&lines](const QString &what, const QUrl &url) {
        if (!url.isEmpty())
            lines.append(QStringLiteral("  %1: %2").arg(what, url.toString()));
    };
    add(tr("issuer"), account.server.issuer);
    add(tr("authorization endpoint"), account.server.authorizationEndpoint);
    add(tr("token endpoint"), account.server.tokenEndpoint);
    add(tr("device authorization endpoint"), account.server.deviceAuthorizationEndpoint);
    add(tr("revocation endpoint"), account.server.revocationEndpoint);
    add(tr("introspection endpoint"), account.server.introspectionEndpoint);
    add(tr("UserInfo endpoint"), account.server.userinfoEndpoint);
    add(tr("JWKS"), account.server.jwksUri);
    add(tr("registration endpoint"), account.server.registrationEndpoint);
    add(tr("pushed authorization request endpoint"),
        account.server.pushedAuthorizationRequestEndpoint);
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
