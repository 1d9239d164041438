#pragma once

#include "accounts/account.h"
#include "common/error.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace OAuthDesk {

class HttpClient;

/**
 * Where an imported account's endpoints come from (issue 17). An export file is somebody's word:
 * one with the real issuer and authorization endpoint but another token endpoint would make
 * OAuthDesk post the code, the PKCE verifier and later the client secret to whoever wrote it.
 *
 * - An account with an issuer gets its server metadata from discovery of that issuer (exact
 *   issuer match, Discovery), never from the file: every endpoint the file names is dropped.
 * - An account without an issuer, or whose issuer publishes no discovery document, keeps the
 *   file's endpoints only when the person accepted them after seeing them (`acceptFileEndpoints`:
 *   the command line's --accept-endpoints). Otherwise the whole import is refused, naming the
 *   account and its endpoints, before anything is added.
 *
 * Accounts are checked one after another, in the file's order. Nothing is stored here: the caller
 * adds what comes back (AccountTransfer::importInto).
 */
class AccountImport : public QObject
{
    Q_OBJECT
public:
    struct Checked
    {
        Account account; ///< with the server metadata it is to be added with
        bool discovered = false; ///< the endpoints came from discovery of its issuer
    };
    using Callback = std::function<void(const Result<QList<Checked>> &)>;

    /// Checks `accounts`; the callback runs once, unless `context` is gone first.
    static void check(const HttpClient *http, const QList<Account> &accounts,
                      bool acceptFileEndpoints, QObject *context, Callback callback);

    /// The file's endpoints of an account, one per line, as the person is shown them.
    static QString endpointsOf(const Account &account);

private:
    AccountImport(const HttpClient *http, const QList<Account> &accounts, bool acceptFileEndpoints,
                  QObject *context, Callback callback);

    void checkNext();
    void discovered(const Result<ServerMetadata> &metadata);
    /// The file's endpoints, if the person accepted them; else why the import stops.
    void keepFileEndpoints(const Error &why);
    void finish(const Result<QList<Checked>> &result);

    const HttpClient *m_http;
    QList<Account> m_accounts;
    bool m_acceptFileEndpoints;
    QPointer<QObject> m_context;
    Callback m_callback;
    QList<Checked> m_checked;
};

} // namespace OAuthDesk
