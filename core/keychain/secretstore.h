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
 * The OS keychain, through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
 * Manager on Windows): the only place refresh tokens, access tokens and client secrets are kept.
 *
 * QtKeychain's insecure plaintext fallback is never enabled, so no keychain means no storage, never
 * a file. QtKeychain jobs have no time-out of their own (a locked collection can prompt forever),
 * so each job here gets one. Entries: service "OAuthDesk", key = account id, value = TokenSet JSON.
 */
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const Result<std::optional<TokenSet>> &)>;
    using DoneCallback = std::function<void(const Error &)>;

    explicit SecretStore(QString service = QStringLiteral("OAuthDesk"), QObject *parent = nullptr);

    QString service() const { return m_service; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

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
    void readSecret(const QString &key, QObject *context,
                    std::function<void(const Error &, const std::optional<QByteArray> &)> callback)
    {
        readRaw(key, context, std::move(callback));
    }
    void writeSecret(const QString &key, const QByteArray &value, QObject *context,
                     DoneCallback callback)
    {
        writeRaw(key, value, context, std::move(callback));
    }
    void removeSecret(const QString &key, QObject *context, DoneCallback callback)
    {
        removeRaw(key, context, std::move(callback));
    }

    /// True when a write to the keychain succeeded within `interval`, with no failed read or write
    /// since: it takes writes right now.
    bool tookWriteWithin(std::chrono::milliseconds interval) const
    {
        return m_lastWrite.isValid() && !m_lastWrite.hasExpired(interval.count());
    }

    /// Whether the keychain works at all: a canary entry written, read back and deleted
    /// (QtKeychain 0.13 has no isAvailable()).
    void probe(QObject *context, DoneCallback callback);

private:
    void readRaw(const QString &key, QObject *context,
                 std::function<void(const Error &, const std::optional<QByteArray> &)> callback);
    void writeRaw(const QString &key, const QByteArray &data, QObject *context,
                  DoneCallback callback);
    void removeRaw(const QString &key, QObject *context, DoneCallback callback);

    QString m_service;
    std::chrono::milliseconds m_timeout{ 15000 };
    QElapsedTimer m_lastWrite; ///< since the last successful write; invalid after any failure
};

} // namespace OAuthDesk
