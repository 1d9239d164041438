#include "keysetcache.h"

#include "http/taggedrequest.h"
#include "http/urlpolicy.h"

namespace OAuthDesk {

KeySetCache::KeySetCache(const HttpClient *http, QObject *parent)
    : QObject(parent), m_http(http) { }

static bool hasKid(const JwkSet &set, const QString &kid)
{
    for (const Jwk &key : set.keys()) {
        if (key.kid() == kid)
            return true;
    }
    return false;
}

void KeySetCache::keysFor(const QUrl &jwksUri, const QString &kid, QObject *context,
                          Callback callback)
{
    const auto it = m_sets.constFind(jwksUri);
    if (it != m_sets.constEnd() && (kid.isEmpty() || hasKid(*it, kid)))
        return callback(*it);
    fetch(jwksUri, context, std::move(callback));
}

void KeySetCache::fetch(const QUrl &jwksUri, QObject *context, Callback callback)
{
    if (!UrlPolicy::isSecureOrLoopback(jwksUri))
        return callback(Error(Error::Kind::InsecureUrl,
                              tr("The issuer's key set is not at an https address.")));
    ++m_fetches;
    // The issuer's keys are server metadata, shared by its accounts: logged as Discovery, no
    // account.
    TaggedRequest::get(
            m_http, jwksUri, ExchangeLog::Kind::Discovery, {}, context,
            [this, jwksUri, callback](const HttpResponse &response) {
                if (response.error)
                    return callback(response.error);
                if (response.status != 200)
                    return callback(Error::http(response.status,
                                                tr("The issuer's key set could not be fetched.")));
                const Result<JwkSet> set = JwkSet::fromJson(response.body);
                if (set.ok())
                    m_sets.insert(jwksUri, set.value());
                callback(set);
            });
}

} // namespace OAuthDesk
