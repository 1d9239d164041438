#pragma once

#include "accounts/account.h"
#include "common/error.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QFileSystemWatcher;

namespace OAuthDesk {

/**
 * The accounts file: one JSON document under the config directory
 * (QStandardPaths::AppConfigLocation/accounts.json), written atomically with QSaveFile.
 *
 * The window and the command line share it, so every change is a read-modify-write under a lock
 * file: two processes never lose each other's edits. It holds no secret.
 */
class AccountStore : public QObject
{
    Q_OBJECT
public:
    explicit AccountStore(QString path = defaultPath(), QObject *parent = nullptr);

    static QString defaultPath();
    QString path() const { return m_path; }

    /// Reads the file; a missing file is an empty list.
    Error load();
    const QList<Account> &accounts() const { return m_accounts; }
    std::optional<Account> findByName(const QString &name) const;
    std::optional<Account> findById(const QString &id) const;

    /// Adds a new account (assigns `account.id`); the name must be free and the account valid.
    Error add(Account &account);
    /// Replaces the account with the same id.
    Error update(const Account &account);
    /// Changes only the session hint of an account (signed in, expiry, scope).
    Error updateSessionHint(const QString &id, bool signedIn, const QDateTime &expiresAt, const QString &scope);
    Error remove(const QString &id);
    /// Marks that a signed-out session's tokens still wait to be revoked at the server.
    Error updateRevocationPending(const QString &id, bool pending);
    /// Remembers who signed in to the account (the ID token's `sub`).
    Error updateSubject(const QString &id, const QString &subject);

    /// Reloads and emits changed() when another process writes the file.
    void watch();

Q_SIGNALS:
    void changed();

private:
    Error modify(const std::function<Error(QList<Account> &)> &change);
    Error readFile(QList<Account> *accounts) const;
    Error writeFile(const QList<Account> &accounts) const;

    QString m_path;
    QList<Account> m_accounts;
    QFileSystemWatcher *m_watcher = nullptr;
};

} // namespace OAuthDesk
