#pragma once

#include "common/error.h"
#include "http/httpclient.h"
#include "jwt/jwkset.h"

#include <QHash>
#include <QObject>

namespace OAuthDesk {

/**
 * The issuers' signing keys (RFC 7517 JWK Sets from `jwks_uri`), fetched once and kept in memory.
 * When a token names a `kid` the cached set does not have, the set is fetched again once (key
 * rotation) before the token is called unverifiable.
 */
class KeySetCache : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<JwkSet> &)>;

    explicit KeySetCache(const HttpClient *http, QObject *parent = nullptr);

    /// The set at `jwksUri`, fetched again when `kid` is set and not in the cached set.
    void keysFor(const QUrl &jwksUri, const QString &kid, QObject *context, Callback callback);
    void forget(const QUrl &jwksUri) { m_sets.remove(jwksUri); }
    int fetchCount() const { return m_fetches; }

private:
    void fetch(const QUrl &jwksUri, QObject *context, Callback callback);

    const HttpClient *m_http;
    QHash<QUrl, JwkSet> m_sets;
    int m_fetches = 0;
};

} // namespace OAuthDesk
