// The registration endpoint's answer (core/registration: ClientRegistration::parse, RFC 7591 §3.2.1
// success and §3.2.2 error).
//
// Input: one byte choosing the HTTP status, then the body.
#include "fuzzsupport.h"

#include "http/urlpolicy.h"
#include "registration/clientregistration.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace OAuthDesk;

static constexpr int Statuses[] = { 201, 200, 400, 401, 403, 404, 500, 503, 204, 302, 0 };

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return Fuzz::initialize();
}

static QString words(const Error &error)
{
    return error.message() + QLatin1Char('\n') + error.detail() + QLatin1Char('\n')
            + error.errorDescription() + QLatin1Char('\n') + error.oauthError();
}

/// Whether the error for `response` tells the value of the answer's secret field `key`: the words
/// hold it, and would not if the field held something else (so it came from the field, not from a
/// fixed sentence or a field the error may quote). Only values long enough not to turn up by
/// chance.
static bool tells(const Error &error, const HttpResponse &response, const QJsonObject &answer,
                  const char *key)
{
    const QString secret = answer.value(QLatin1String(key)).toString();
    if (secret.size() < 8 || !words(error).contains(secret))
        return false;
    QJsonObject other = answer;
    other.insert(QLatin1String(key),
                 QString(secret.size(), secret.startsWith(QLatin1Char('Q')) ? u'Z' : u'Q'));
    HttpResponse changed = response;
    changed.body = QJsonDocument(other).toJson(QJsonDocument::Compact);
    const Result<RegisteredClient> again = ClientRegistration::parse(changed);
    return again.ok() || !words(again.error()).contains(secret);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Reader in(data, size);
    HttpResponse response;
    response.status = Statuses[in.byte() % std::size(Statuses)];
    response.body = in.rest();

    const Result<RegisteredClient> result = ClientRegistration::parse(response);
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    if (!result.ok()) {
        const Error &error = result.error();
        FUZZ_CHECK(error.isError());
        if (error.kind() == Error::Kind::OAuth) {
            FUZZ_CHECK(response.status != 200 && response.status != 201);
            FUZZ_CHECK(!error.oauthError().isEmpty());
            FUZZ_CHECK(error.oauthError().size() <= 100);
            FUZZ_CHECK(error.errorDescription().size() <= 500);
            for (const QString &text : { error.oauthError(), error.errorDescription() }) {
                for (const QChar c : text)
                    FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f);
            }
            FUZZ_CHECK(error.errorUri().isEmpty()
                       || UrlPolicy::isSecureOrLoopback(error.errorUri()));
        }
        // A refused answer's secrets stay out of the words shown and logged.
        FUZZ_CHECK(!tells(error, response, o, "client_secret"));
        FUZZ_CHECK(!tells(error, response, o, "registration_access_token"));
        return 0;
    }
    const RegisteredClient &client = result.value();
    FUZZ_CHECK(response.status == 200 || response.status == 201);
    // Every field is what the answer said, nothing made up.
    FUZZ_CHECK(!client.clientId.isEmpty());
    FUZZ_CHECK(client.clientId == o.value(QLatin1String("client_id")).toString());
    FUZZ_CHECK(client.clientSecret == o.value(QLatin1String("client_secret")).toString());
    FUZZ_CHECK(client.registrationAccessToken
               == o.value(QLatin1String("registration_access_token")).toString());
    const QString method = o.value(QLatin1String("token_endpoint_auth_method")).toString();
    FUZZ_CHECK(method.isEmpty()
               || ClientAuthentication::methodName(client.tokenEndpointAuthMethod) == method);
    // A confidential client has its secret; the secret decides when the server named no method.
    if (client.tokenEndpointAuthMethod != ClientAuthentication::Method::None)
        FUZZ_CHECK(!client.clientSecret.isEmpty());
    if (method.isEmpty())
        FUZZ_CHECK((client.tokenEndpointAuthMethod == ClientAuthentication::Method::None)
                   == client.clientSecret.isEmpty());
    // Only an address fit to send the registration access token to.
    FUZZ_CHECK(client.registrationClientUri.isEmpty()
               || UrlPolicy::isSecureOrLoopback(client.registrationClientUri));
    FUZZ_CHECK(client.registrationClientUri.isEmpty()
               == o.value(QLatin1String("registration_client_uri")).toString().isEmpty());
    if (client.clientSecretExpiresAt.isValid())
        FUZZ_CHECK(client.clientSecretExpiresAt.toSecsSinceEpoch() > 0);
    return 0;
}
