#include "abstractsecretstore.h"

#include "common/random.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>

namespace OAuthDesk {

// The messages keep SecretStore's translation context: they are the keychain's, whichever store.

AbstractSecretStore::AbstractSecretStore(QObject *parent) : QObject(parent) { }

void AbstractSecretStore::readSecret(const QString &key, QObject *context, RawReadCallback callback)
{
    readRaw(key, context,
            [callback, self = QPointer<AbstractSecretStore>(this)](
                    const Error &error, const std::optional<QByteArray> &data) {
                // A keychain that fails to read has proven nothing about writes.
                if (error && self)
                    self->m_lastWrite.invalidate();
                callback(error, data);
            });
}

void AbstractSecretStore::writeSecret(const QString &key, const QByteArray &value, QObject *context,
                                      DoneCallback callback)
{
    writeRaw(key, value, context,
             [callback, self = QPointer<AbstractSecretStore>(this)](const Error &error) {
                 if (self) {
                     if (error)
                         self->m_lastWrite.invalidate();
                     else
                         self->m_lastWrite.start();
                 }
                 callback(error);
             });
}

void AbstractSecretStore::removeSecret(const QString &key, QObject *context, DoneCallback callback)
{
    removeRaw(key, context, std::move(callback));
}

void AbstractSecretStore::readTokens(const QString &accountId, QObject *context,
                                     ReadCallback callback)
{
    readSecret(accountId, context,
               [callback](const Error &error, const std::optional<QByteArray> &data) {
                   if (error)
                       return callback(error);
                   if (!data)
                       return callback(std::optional<TokenSet>());
                   const QJsonDocument doc = QJsonDocument::fromJson(*data);
                   if (!doc.isObject())
                       return callback(Error(
                               Error::Kind::Keychain,
                               QCoreApplication::translate("OAuthDesk::SecretStore",
                                                           "The keychain entry is damaged.")));
                   callback(std::optional<TokenSet>(TokenSet::fromJson(doc.object())));
               });
}

void AbstractSecretStore::writeTokens(const QString &accountId, const TokenSet &tokens,
                                      QObject *context, DoneCallback callback)
{
    writeSecret(accountId, QJsonDocument(tokens.toJson()).toJson(QJsonDocument::Compact), context,
                std::move(callback));
}

void AbstractSecretStore::removeTokens(const QString &accountId, QObject *context,
                                       DoneCallback callback)
{
    removeSecret(accountId, context, std::move(callback));
}

void AbstractSecretStore::probe(QObject *context, DoneCallback callback)
{
    const QString key = QStringLiteral("probe-") + QString::fromLatin1(randomUrlSafeString(9));
    const QByteArray canary = randomUrlSafeString(12);
    QPointer<AbstractSecretStore> self(this);
    writeSecret(key, canary, context, [=](const Error &writeError) {
        if (writeError || !self)
            return callback(writeError);
        self->readSecret(
                key, context, [=](const Error &readError, const std::optional<QByteArray> &data) {
                    if (!self)
                        return callback(readError);
                    self->removeSecret(key, context, [=](const Error &removeError) {
                        if (readError)
                            return callback(readError);
                        if (!data || *data != canary)
                            return callback(
                                    Error(Error::Kind::Keychain,
                                          QCoreApplication::translate(
                                                  "OAuthDesk::SecretStore",
                                                  "The keychain did not keep what was written.")));
                        callback(removeError);
                    });
                });
    });
}

} // namespace OAuthDesk
