#pragma once

#include "common/error.h"
#include "tokens/tokenset.h"

#include <QElapsedTimer>
#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

namespace OAuthDesk {

/**
 * Where secrets are kept: an account's session (TokenSet JSON under the account id), its client
 * secret and the tokens waiting to be revoked. SecretStore keeps them in the OS keychain; unit
 * tests use a keychain of their own that can fail a chosen read or write.
 *
 * A subclass provides the three entry operations (readRaw, writeRaw, removeRaw); this class builds
 * the session encoding, the keychain probe and the record of the last successful write on them.
 */
class AbstractSecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const Result<std::optional<TokenSet>> &)>;
    using DoneCallback = std::function<void(const Error &)>;
    using RawReadCallback = std::function<void(const Error &, const std::optional<QByteArray> &)>;

    explicit AbstractSecretStore(QObject *parent = nullptr);

    /// The stored tokens of an account, or nullopt when there are none.
    void readTokens(const QString &accountId, QObject *context, ReadCallback callback);
    void writeTokens(const QString &accountId, const TokenSet &tokens, QObject *context,
                     DoneCallback callback);
    /// Succeeds when the entry is gone, also when there was none.
    void removeTokens(const QString &accountId, QObject *context, DoneCallback callback);

    /// The entry of an account's client secret (confidential clients), beside its tokens.
    static QString clientSecretKey(const QString &accountId)
    {
        return accountId + QLatin1String("/client_secret");
    }
    /// Tokens of a signed-out session that the server could not revoke yet (JSON).
    static QString pendingRevocationKey(const QString &accountId)
    {
        return accountId + QLatin1String("/pending_revocation");
    }
    void readSecret(const QString &key, QObject *context, RawReadCallback callback);
    void writeSecret(const QString &key, const QByteArray &value, QObject *context,
                     DoneCallback callback);
    void removeSecret(const QString &key, QObject *context, DoneCallback callback);

    /// True when a write to the keychain succeeded within `interval`, with no failed read or write
    /// since: it takes writes right now.
    bool tookWriteWithin(std::chrono::milliseconds interval) const
    {
        return m_lastWrite.isValid() && !m_lastWrite.hasExpired(interval.count());
    }

    /// Whether the keychain works at all: a canary entry written, read back and deleted
    /// (QtKeychain 0.13 has no isAvailable()).
    void probe(QObject *context, DoneCallback callback);

protected:
    /// The entry under `key`: nullopt when there is none (not an error). The callback runs once,
    /// unless `context` is gone.
    virtual void readRaw(const QString &key, QObject *context, RawReadCallback callback) = 0;
    virtual void writeRaw(const QString &key, const QByteArray &data, QObject *context,
                          DoneCallback callback) = 0;
    /// Succeeds when the entry is gone, also when there was none.
    virtual void removeRaw(const QString &key, QObject *context, DoneCallback callback) = 0;

private:
    QElapsedTimer m_lastWrite; ///< since the last successful write; invalid after any failure
};

} // namespace OAuthDesk
