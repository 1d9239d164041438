#pragma once

#include "accounts/account.h"
#include "common/error.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QFileSystemWatcher;
class QTimer;

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
    ~AccountStore() override;

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
    /// When a change reaches the file: now, or soon, together with the others of the moment.
    enum class Write { Now, Soon };
    /// How long a Write::Soon change waits for others before they are written together.
    static constexpr int SoonMs = 200;

    /// Changes only the session hint of an account (signed in, expiry, scope). With Write::Soon
    /// (a refresh: nothing but the expiry moves) accounts() has it at once, and the file gets the
    /// hints of all accounts changed within SoonMs in one write: a thousand accounts refreshed
    /// together are not a thousand rewrites of the whole file. Other changes, and the destructor,
    /// write waiting hints first.
    /// A non-empty `subject` is remembered too (updateSubject()), in the same write.
    Error updateSessionHint(const QString &id, bool signedIn, const QDateTime &expiresAt,
                            const QString &scope, Write when = Write::Now,
                            const QString &subject = {});
    /// Writes the hints that wait (Write::Soon) now.
    Error flush();
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
    struct SessionHint
    {
        bool signedIn = false;
        QDateTime expiresAt;
        QString scope;
        bool signedInBefore = false; ///< as this process knew the account when the first hint came
    };

    Error modify(const std::function<Error(QList<Account> &)> &change);
    Error readFile(QList<Account> *accounts) const;
    Error writeFile(const QList<Account> &accounts) const;
    /// The hints not yet written, over a list read from the file.
    void applyWaitingHints(QList<Account> &accounts) const;

    QString m_path;
    QList<Account> m_accounts;
    QHash<QString, SessionHint> m_waitingHints; ///< Write::Soon hints by account id
    QTimer *m_flushTimer = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
};

} // namespace OAuthDesk
