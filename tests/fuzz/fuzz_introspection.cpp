// The introspection endpoint's answer (core/session: Introspection::parse, RFC 7662
// §2.2 success and §2.3 error).
//
// Input: one byte choosing the HTTP status, one byte giving the length (0–63) of a Content-Type
// header value that follows, then the body.
#include "fuzzsupport.h"

#include "session/introspection.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace OAuthDesk;

static constexpr int Statuses[] = { 200, 400, 401, 201, 204, 302, 403, 404, 500, 503, 0 };

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return Fuzz::initialize();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Reader in(data, size);
    const HttpResponse response = Fuzz::response(in, Statuses);

    const Result<QJsonObject> result = Introspection::parse(response);
    if (!result.ok()) {
        const Error &error = result.error();
        if (response.status == 200)
            FUZZ_CHECK(error.kind() == Error::Kind::InvalidResponse);
        Fuzz::checkEndpointError(error);
        (void)error.message();
        return 0;
    }
    // Only a 200 with a JSON object saying `active` true or false is an answer (row IN), and it is
    // the object the server sent.
    FUZZ_CHECK(response.status == 200);
    const QJsonObject &answer = result.value();
    FUZZ_CHECK(answer.value(QLatin1String("active")).isBool());
    const QJsonDocument sent = QJsonDocument::fromJson(response.body);
    FUZZ_CHECK(sent.isObject() && sent.object() == answer);
    return 0;
}
