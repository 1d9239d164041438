// The token endpoint's answer (core/tokens/tokenresponse): RFC 6749 §5.1 success and §5.2 error.
//
// Input: one byte choosing the HTTP status, one byte giving the length (0–63) of a Content-Type
// header value that follows, then the body.
#include "fuzzsupport.h"

#include "tokens/tokenresponse.h"

#include <QDateTime>

using namespace OAuthDesk;

static constexpr int Statuses[] = { 200, 400, 401, 201, 204, 302, 303, 403, 404, 500, 503, 0 };

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return Fuzz::initialize();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Reader in(data, size);
    const HttpResponse response = Fuzz::response(in, Statuses);

    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const QString requested = QStringLiteral("openid api:read");
    const Result<TokenSet> tokens = TokenResponse::parse(response, requested, now);
    if (tokens.ok()) {
        const TokenSet &t = tokens.value();
        FUZZ_CHECK(response.status == 200);
        FUZZ_CHECK(!t.accessToken.isEmpty());
        FUZZ_CHECK(t.tokenType == QLatin1String("Bearer"));
        FUZZ_CHECK(t.obtainedAt == now);
        FUZZ_CHECK(!t.scope.isEmpty());
        FUZZ_CHECK(t.scope == t.scope.simplified());
        if (t.expiresAt.isValid()) {
            FUZZ_CHECK(t.lifetimeSeconds() >= 0);
            FUZZ_CHECK(t.lifetimeSeconds() <= qint64(10) * 365 * 86400);
        }
        (void)t.isStale(now);
        // What the keychain keeps reads back the same.
        const TokenSet back = TokenSet::fromJson(t.toJson());
        FUZZ_CHECK(back.accessToken == t.accessToken);
        FUZZ_CHECK(back.tokenType == t.tokenType);
        FUZZ_CHECK(back.refreshToken == t.refreshToken);
        FUZZ_CHECK(back.idToken == t.idToken);
        FUZZ_CHECK(back.scope == t.scope);
        FUZZ_CHECK(back.expiresAt == t.expiresAt);
        FUZZ_CHECK(back.obtainedAt == t.obtainedAt);
    } else {
        FUZZ_CHECK(tokens.error().isError());
        (void)tokens.error().message();
    }

    const Error error = TokenResponse::parseError(response);
    Fuzz::checkEndpointError(error);
    (void)error.message();
    return 0;
}
