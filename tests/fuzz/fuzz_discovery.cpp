// Authorization server metadata (core/discovery: Discovery::parse, RFC 8414 / OpenID Connect
// Discovery), checked against the issuer it was fetched for.
//
// Input: the issuer URL, a newline, then the metadata document.
#include "fuzzsupport.h"

#include "discovery/discovery.h"
#include "http/urlpolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace OAuthDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return Fuzz::initialize();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return 0;
    const QUrl issuer(QString::fromUtf8(input.left(newline)), QUrl::StrictMode);
    const QByteArray json = input.mid(newline + 1);

    const Result<ServerMetadata> result = Discovery::parse(issuer, json);
    if (!result.ok()) {
        FUZZ_CHECK(result.error().isError());
        (void)result.error().message();
        return 0;
    }
    const ServerMetadata &m = result.value();
    // The issuer matched exactly, and it is the one kept.
    FUZZ_CHECK(m.issuer.toString(QUrl::FullyEncoded) == issuer.toString(QUrl::FullyEncoded));
    FUZZ_CHECK(!m.authorizationEndpoint.isEmpty() || !m.tokenEndpoint.isEmpty());
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const std::pair<const char *, QUrl> endpoints[] = {
        { "authorization_endpoint", m.authorizationEndpoint },
        { "token_endpoint", m.tokenEndpoint },
        { "revocation_endpoint", m.revocationEndpoint },
        { "introspection_endpoint", m.introspectionEndpoint },
        { "userinfo_endpoint", m.userinfoEndpoint },
        { "jwks_uri", m.jwksUri },
        { "device_authorization_endpoint", m.deviceAuthorizationEndpoint },
        { "registration_endpoint", m.registrationEndpoint },
        { "pushed_authorization_request_endpoint", m.pushedAuthorizationRequestEndpoint },
    };
    for (const auto &[name, url] : endpoints) {
        if (object.contains(QLatin1String(name)))
            FUZZ_CHECK(UrlPolicy::isSecureOrLoopback(url));
        else
            FUZZ_CHECK(url.isEmpty());
    }
    // What the account file keeps reads back the same. As text: QUrl's operator== tells a '#' kept
    // raw inside a fragment from the %23 it is written as, though both print the same.
    QJsonObject stored;
    m.writeTo(stored);
    const ServerMetadata back = ServerMetadata::readFrom(stored);
    const auto same = [](const QUrl &a, const QUrl &b) {
        return a.toString(QUrl::FullyEncoded) == b.toString(QUrl::FullyEncoded);
    };
    FUZZ_CHECK(same(back.issuer, m.issuer));
    FUZZ_CHECK(same(back.authorizationEndpoint, m.authorizationEndpoint));
    FUZZ_CHECK(same(back.tokenEndpoint, m.tokenEndpoint));
    FUZZ_CHECK(same(back.jwksUri, m.jwksUri));
    FUZZ_CHECK(back.scopesSupported == m.scopesSupported);
    FUZZ_CHECK(back.issParameterSupported == m.issParameterSupported);
    return 0;
}
