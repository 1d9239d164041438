#pragma once

#include "accounts/accountstore.h"
#include "common/error.h"
#include "keychain/abstractsecretstore.h"
#include "tokens/tokenset.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <chrono>
#include <functional>
#include <optional>

namespace OAuthDesk {

/**
 * The only writer of a session: this process's copy in memory, the keychain entry and the accounts
 * file's session hint (signed in, until when, which scope), each change written once.
 *
 * A session signed in while the keychain could not keep it is *unkept*: it lives in this process's
 * memory only, and a keychain that says "no session" does not end it.
 *
 * T2 (docs/SECURITY.md): a refresh token is spent only when the keychain has just proven that it
 * takes writes (proveWritable), so that the rotated one can be kept.
 *
 * T4: a rotated session goes to memory only once the keychain took it. One that the keychain did
 * not take after every try (keepUnwritten) is *unwritten*: this process's memory holds the only
 * live refresh token, the keychain's spent one is deleted so that no process sends it again, the
 * next refresh under the lock starts from memory, not the keychain, and its proof of writes is
 * the write of that session: once the keychain takes it, it is kept again.
 */
class SessionVault : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const Result<std::optional<TokenSet>> &)>;
    using DoneCallback = std::function<void(const Error &)>;

    /// A keychain write this recent proves that the keychain takes writes now: a refresh within it
    /// spends its refresh token without writing the session back first (T2). Many accounts
    /// refreshed together thus cost one keychain write each, not two.
    static constexpr std::chrono::milliseconds KeychainProofWindow{ 1000 };

    /// The session as a refresh under the lock finds it.
    struct Stored
    {
        std::optional<TokenSet> tokens; ///< none: not signed in (or the keychain did not answer)
        Error readError; ///< the keychain did not answer; `tokens` is this process's copy, if any
    };

    SessionVault(AccountStore *accounts, AbstractSecretStore *secrets, QObject *parent = nullptr);

    AbstractSecretStore *secrets() const { return m_secrets; }

    /// What this process holds in memory (no keychain access), if anything.
    std::optional<TokenSet> cached(const QString &accountId) const;
    /// Reads the stored session into memory (nullopt: not signed in); from memory when it is there.
    void load(const QString &accountId, QObject *context, ReadCallback callback);
    /// The keychain's session (the truth under the refresh lock: another process may have rotated
    /// it), or this process's copy when the keychain never kept it or does not answer.
    void read(const QString &accountId, std::function<void(const Stored &)> then);
    /// Keeps a session read from the keychain in memory (no write: nothing changed).
    void remember(const QString &accountId, const TokenSet &tokens);
    /// T2: proof that the keychain will take the rotated refresh token before `stored`'s is spent
    /// (a write-back of `stored`, unless a write succeeded within KeychainProofWindow). `then` gets
    /// the error that stops the refresh, or none.
    void proveWritable(const QString &accountId, const Stored &stored, DoneCallback then);

    /// A new sign-in: memory, keychain, and the hint with `newSubject` (when it changed). When the
    /// keychain fails, the session is kept in memory only (unkept) and `kept` gets the error.
    /// `answered` runs when the keychain has answered, before the change is announced.
    void keepSignedIn(const QString &accountId, const TokenSet &tokens, const QString &newSubject,
                      std::function<void()> answered, DoneCallback kept);
    /// A refreshed session: in the keychain first, and in memory once the keychain took it (or
    /// always, for an unkept session, whose memory is its only copy). `kept` gets the keychain's
    /// error (none for an unkept session); after an error, memory is as it was.
    void keepRefreshed(const QString &accountId, const TokenSet &tokens, DoneCallback kept);
    /// The same session with a rotated refresh token (after an additional token): keychain, then
    /// memory, the hint unchanged; after an error, memory is as it was.
    void keepRotated(const QString &accountId, const TokenSet &tokens, DoneCallback kept);
    /// T4: a rotated session that the keychain did not take, however often asked: kept in this
    /// process's memory only (unwritten), and the keychain's session with the spent refresh token
    /// `spent` deleted, so that no process sends that token again. `done` gets the error of that
    /// deletion, if any.
    void keepUnwritten(const QString &accountId, const TokenSet &tokens, const QString &spent,
                       DoneCallback done);
    /// Whether this process's memory holds a rotated session that the keychain did not take.
    bool isUnwritten(const QString &accountId) const { return m_unwritten.contains(accountId); }
    /// Forgets the session: memory, keychain, and the hint says signed out. `done` gets the
    /// keychain's error.
    void forget(const QString &accountId, DoneCallback done);

Q_SIGNALS:
    void sessionChanged(const QString &accountId);

private:
    void updateHint(const QString &accountId, const TokenSet *tokens,
                    AccountStore::Write when = AccountStore::Write::Now,
                    const QString &subject = {});

    AccountStore *m_accounts;
    AbstractSecretStore *m_secrets;
    QHash<QString, TokenSet> m_memory;
    QSet<QString> m_unkept; ///< signed in while the keychain could not keep the session
    /// T4: rotated sessions that the keychain did not take: the account and its spent refresh token
    QHash<QString, QString> m_unwritten;
};

} // namespace OAuthDesk
