#pragma once

// A keychain in memory for unit tests of the session logic: it answers from the event loop like the
// real one, counts what it is asked, and fails the reads or writes a test chooses. The real
// keychain (SecretStore, QtKeychain) is what the integration tests use.

#include "keychain/abstractsecretstore.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

namespace OAuthDesk::Test {

class FakeKeychain : public AbstractSecretStore
{
public:
    QHash<QString, QByteArray> entries;
    int reads = 0;
    int writes = 0; ///< write attempts, failed ones included
    int failWriteNumber = 0; ///< fail the write with this number (1: the next); 0: none
    int failWritesFrom = 0; ///< fail every write from this number on; 0: none
    bool failWrites = false; ///< fail every write
    bool failReads = false; ///< fail every read

    /// A session as another process would have left it: no write of this process's.
    void seed(const QString &accountId, const TokenSet &tokens)
    {
        entries.insert(accountId, QJsonDocument(tokens.toJson()).toJson(QJsonDocument::Compact));
    }
    std::optional<TokenSet> stored(const QString &accountId) const
    {
        if (!entries.contains(accountId))
            return std::nullopt;
        return TokenSet::fromJson(QJsonDocument::fromJson(entries.value(accountId)).object());
    }

protected:
    void readRaw(const QString &key, QObject *context, RawReadCallback callback) override
    {
        ++reads;
        const bool fail = failReads;
        const std::optional<QByteArray> value = entries.contains(key)
                ? std::optional<QByteArray>(entries.value(key))
                : std::nullopt;
        later(context, [callback, fail, value] {
            if (fail)
                return callback(Error(Error::Kind::Keychain, QStringLiteral("locked")),
                                std::nullopt);
            callback({}, value);
        });
    }
    void writeRaw(const QString &key, const QByteArray &data, QObject *context,
                  DoneCallback callback) override
    {
        ++writes;
        const bool fail = failWrites || writes == failWriteNumber
                || (failWritesFrom > 0 && writes >= failWritesFrom);
        if (!fail)
            entries.insert(key, data);
        later(context, [callback, fail] {
            callback(fail ? Error(Error::Kind::Keychain, QStringLiteral("write refused"))
                          : Error());
        });
    }
    void removeRaw(const QString &key, QObject *context, DoneCallback callback) override
    {
        entries.remove(key);
        later(context, [callback] { callback({}); });
    }

private:
    void later(QObject *context, std::function<void()> answer)
    {
        const bool hasContext = context != nullptr;
        QTimer::singleShot(0, this, [guard = QPointer<QObject>(context), hasContext, answer] {
            if (!hasContext || guard)
                answer();
        });
    }
};

} // namespace OAuthDesk::Test
