#include "sessionvault.h"

#include "common/logging.h"

namespace OAuthDesk {

SessionVault::SessionVault(AccountStore *accounts, AbstractSecretStore *secrets, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_secrets(secrets)
{
}

std::optional<TokenSet> SessionVault::cached(const QString &accountId) const
{
    const auto it = m_memory.constFind(accountId);
    if (it == m_memory.constEnd())
        return std::nullopt;
    return *it;
}

void SessionVault::load(const QString &accountId, QObject *context, ReadCallback callback)
{
    if (const auto tokens = cached(accountId))
        return callback(tokens);
    m_secrets->readTokens(accountId, context,
                          [this, accountId, callback](const Result<std::optional<TokenSet>> &read) {
                              if (read.ok() && read.value())
                                  m_memory.insert(accountId, *read.value());
                              callback(read);
                          });
}

void SessionVault::read(const QString &accountId, std::function<void(const Stored &)> then)
{
    m_secrets->readTokens(
            accountId, this, [this, accountId, then](const Result<std::optional<TokenSet>> &read) {
                // T4: a rotated session the keychain did not take is newer than what the keychain
                // holds (nothing, or the spent session), unless another process signed in anew.
                if (const auto spent = m_unwritten.constFind(accountId);
                    spent != m_unwritten.constEnd()) {
                    if (!read.ok() || !read.value() || read.value()->refreshToken == *spent)
                        return then(
                                Stored{ cached(accountId), read.ok() ? Error() : read.error() });
                    m_unwritten.remove(accountId);
                }
                if (read.ok() && read.value())
                    return then(Stored{ read.value(), {} });
                // The keychain answered "no session": signed out (perhaps by another process),
                // unless the session never was in the keychain. When the keychain does not answer,
                // this process's copy is all there is.
                if (read.ok() && !m_unkept.contains(accountId)) {
                    m_memory.remove(accountId);
                    return then(Stored{});
                }
                then(Stored{ cached(accountId), read.error() });
            });
}

void SessionVault::remember(const QString &accountId, const TokenSet &tokens)
{
    m_memory.insert(accountId, tokens);
}

void SessionVault::proveWritable(const QString &accountId, const Stored &stored, DoneCallback then)
{
    const auto notWritable = [](const Error &cause) {
        return Error(
                Error::Kind::Keychain,
                tr("The system keychain cannot save a refreshed session now, so nothing was sent "
                   "to the server "
                   "and the session is as it was (%1). Unlock or start the keychain and try again.")
                        .arg(cause.message()));
    };
    // A session that was never kept (signed in without a keychain) lives in this process only.
    if (m_unkept.contains(accountId))
        return then({});
    if (stored.readError)
        return then(notWritable(stored.readError));
    // The keychain took a write a moment ago (another account's refresh, when many are refreshed
    // together): that is the same proof, and it costs the Secret Service nothing. Either way the
    // proof is of the moment before the request; the keychain can still fail during it.
    // T4: a rotated session the keychain did not take is always written: that write keeps it.
    const bool unwritten = m_unwritten.contains(accountId);
    if (!unwritten && m_secrets->tookWriteWithin(KeychainProofWindow))
        return then({});
    // The same entry written back, under the lock: the cheapest proof that the keychain takes
    // writes.
    m_secrets->writeTokens(
            accountId, *stored.tokens, this,
            [this, accountId, tokens = *stored.tokens, notWritable, then](const Error &error) {
                if (error)
                    return then(notWritable(error));
                if (m_unwritten.remove(accountId) > 0) {
                    qCInfo(lcSession) << "the keychain took the rotated session it had refused";
                    updateHint(accountId, &tokens, AccountStore::Write::Soon);
                }
                then({});
            });
}

void SessionVault::keepSignedIn(const QString &accountId, const TokenSet &tokens,
                                const QString &newSubject, std::function<void()> answered,
                                DoneCallback kept)
{
    m_secrets->writeTokens(
            accountId, tokens, this,
            [this, accountId, tokens, newSubject, answered, kept](const Error &error) {
                answered();
                m_memory.insert(accountId, tokens);
                m_unkept.remove(accountId);
                m_unwritten.remove(accountId);
                if (error) {
                    qCWarning(lcSession) << "signed in, but the keychain cannot keep the session:"
                                         << error.kind();
                    m_unkept.insert(accountId);
                    if (!newSubject.isEmpty())
                        m_accounts->updateSubject(accountId, newSubject);
                    Q_EMIT sessionChanged(accountId);
                } else {
                    updateHint(accountId, &tokens, AccountStore::Write::Now, newSubject);
                    qCInfo(lcSession) << "signed in; the session is in the keychain";
                }
                kept(error);
            });
}

void SessionVault::keepRefreshed(const QString &accountId, const TokenSet &tokens,
                                 DoneCallback kept)
{
    // Rotation: the new refresh token is in the keychain before the access token is used (T4:
    // memory holds the new set only once the keychain took it).
    m_secrets->writeTokens(
            accountId, tokens, this, [this, accountId, tokens, kept](const Error &error) {
                if (error && m_unkept.contains(accountId)) {
                    // Never kept: this process's memory was always the only copy.
                    m_memory.insert(accountId, tokens);
                    Q_EMIT sessionChanged(accountId);
                    return kept({});
                }
                if (error) {
                    qCWarning(lcSession)
                            << "refreshed, but the keychain could not keep the new token";
                    return kept(error);
                }
                m_memory.insert(accountId, tokens);
                m_unkept.remove(accountId);
                m_unwritten.remove(accountId);
                // Still signed in, a new expiry: written with the other refreshes of the moment.
                updateHint(accountId, &tokens, AccountStore::Write::Soon);
                kept({});
            });
}

void SessionVault::keepRotated(const QString &accountId, const TokenSet &tokens, DoneCallback kept)
{
    m_secrets->writeTokens(accountId, tokens, this,
                           [this, accountId, tokens, kept](const Error &error) {
                               if (error && !m_unkept.contains(accountId))
                                   return kept(error);
                               // Kept; or never kept, and memory is its only copy.
                               m_memory.insert(accountId, tokens);
                               if (!error)
                                   m_unwritten.remove(accountId);
                               kept({});
                           });
}

void SessionVault::keepUnwritten(const QString &accountId, const TokenSet &tokens,
                                 const QString &spent, DoneCallback done)
{
    m_memory.insert(accountId, tokens);
    m_unwritten.insert(accountId, spent);
    qCWarning(lcSession) << "the keychain did not take the rotated session: it lives in memory "
                            "only, and the spent one is deleted from the keychain";
    m_secrets->removeTokens(accountId, this, [this, accountId, done](const Error &error) {
        if (error)
            qCWarning(lcSession) << "the keychain did not delete the spent session either:"
                                 << error.kind();
        Q_EMIT sessionChanged(accountId);
        done(error);
    });
}

void SessionVault::forget(const QString &accountId, DoneCallback done)
{
    m_memory.remove(accountId);
    m_unkept.remove(accountId);
    m_unwritten.remove(accountId);
    m_secrets->removeTokens(accountId, this, [this, accountId, done](const Error &error) {
        updateHint(accountId, nullptr);
        done(error);
    });
}

void SessionVault::updateHint(const QString &accountId, const TokenSet *tokens,
                              AccountStore::Write when, const QString &subject)
{
    if (const Error error = m_accounts->updateSessionHint(
                accountId, tokens != nullptr, tokens ? tokens->expiresAt : QDateTime(),
                tokens ? tokens->scope : QString(), when, subject))
        qCWarning(lcSession) << "could not update the account list:" << error.message();
    Q_EMIT sessionChanged(accountId);
}

} // namespace OAuthDesk
