#pragma once

#include "common/error.h"
#include "discovery/servermetadata.h"
#include "http/httpclient.h"

namespace OAuthDesk {

/**
 * Authorization server metadata (RFC 8414 §3, OpenID Connect Discovery 1.0 §4).
 *
 *   issuer ──GET {issuer}/.well-known/openid-configuration──▶ metadata
 *          └─(404)─GET {origin}/.well-known/oauth-authorization-server{path}──▶ metadata
 *
 * The metadata's `issuer` must equal the configured issuer exactly (§3.3 / §4.3: anything else is a
 * mix-up or an impersonation); every endpoint must be https, or http on loopback.
 */
class Discovery
{
public:
    using Callback = std::function<void(const Result<ServerMetadata> &)>;

    /// `accountName`: the account the discovery is for, as the HTTP exchange log shows it.
    explicit Discovery(const HttpClient *http, const QString &accountName = {});

    void discover(const QUrl &issuer, QObject *context, Callback callback) const;

    /// Checks a metadata document against the issuer it was fetched for.
    static Result<ServerMetadata> parse(const QUrl &issuer, const QByteArray &json);

private:
    const HttpClient *m_http;
    QString m_accountName;
};

} // namespace OAuthDesk
