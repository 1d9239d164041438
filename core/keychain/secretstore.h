#pragma once

#include "keychain/abstractsecretstore.h"

#include <chrono>

namespace OAuthDesk {

/**
 * The OS keychain, through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
 * Manager on Windows): the only place refresh tokens, access tokens and client secrets are kept.
 *
 * QtKeychain's insecure plaintext fallback is never enabled, so no keychain means no storage, never
 * a file. QtKeychain jobs have no time-out of their own (a locked collection can prompt forever),
 * so each job here gets one. Entries: service "OAuthDesk", key = account id, value = TokenSet JSON.
 */
class SecretStore : public AbstractSecretStore
{
    Q_OBJECT
public:
    explicit SecretStore(QString service = QStringLiteral("OAuthDesk"), QObject *parent = nullptr);

    QString service() const { return m_service; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

protected:
    void readRaw(const QString &key, QObject *context, RawReadCallback callback) override;
    void writeRaw(const QString &key, const QByteArray &data, QObject *context,
                  DoneCallback callback) override;
    void removeRaw(const QString &key, QObject *context, DoneCallback callback) override;

private:
    QString m_service;
    std::chrono::milliseconds m_timeout{ 15000 };
};

} // namespace OAuthDesk
