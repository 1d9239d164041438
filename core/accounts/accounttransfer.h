#pragma once

#include "accounts/account.h"
#include "common/error.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace OAuthDesk {

class AccountStore;

/**
 * Moves account settings between machines as a JSON file, never with a secret.
 *
 * An export holds, per account, only what configures it: name, preset id, the server's issuer and
 * endpoints, client ID, scope, grant, client authentication method, user name and redirect port.
 * It is written from a list of allowed fields, so nothing added to Account later leaks by default:
 * no id (the keychain key), no session hint, no subject, and no secret, which is never in an
 * Account to begin with (client secrets and tokens live in the keychain).
 *
 *   { "format": "oauthdesk-accounts", "version": 1, "accounts": [ { "name": …, … } ] }
 *
 * An import reads the same allowed fields (anything else, a "client_secret" included, is ignored),
 * checks every account before adding any, and never replaces an existing account: one whose name is
 * taken is skipped, or added under a free name ("Work (2)") when asked to rename.
 */
class AccountTransfer
{
public:
    static inline const QString Format = QStringLiteral("oauthdesk-accounts");
    static constexpr int Version = 1;

    enum class OnConflict {
        Skip, ///< leave the existing account alone and report the imported one as skipped
        Rename, ///< add the imported account under the first free "NAME (n)"
    };

    struct ImportReport
    {
        QStringList added; ///< names as stored (after any renaming)
        QStringList skipped; ///< names that were taken, not imported
        QStringList renamed; ///< "OLD → NEW" for each renamed account
    };

    /// The export document, indented JSON.
    static QByteArray exportAccounts(const QList<Account> &accounts);

    /// Reads an export; every account must be valid (Account::validate) and names unique in the
    /// file.
    static Result<QList<Account>> parse(const QByteArray &json);

    /// Adds `accounts` to `store` (which must be loaded). Stops at the first store error.
    static Result<ImportReport> importInto(AccountStore &store, const QList<Account> &accounts,
                                           OnConflict onConflict);
};

} // namespace OAuthDesk
