// The device authorization endpoint's answer (core/flows: DeviceFlow::parseAuthorization, RFC 8628
// §3.2 success and §3.5 error).
//
// Input: one byte choosing the HTTP status, one byte giving the length (0–63) of a Content-Type
// header value that follows, then the body.
#include "fuzzsupport.h"

#include "flows/deviceflow.h"
#include "http/urlpolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace OAuthDesk;

static constexpr int Statuses[] = { 200, 400, 401, 201, 204, 302, 403, 429, 500, 503, 0 };

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return Fuzz::initialize();
}

static QString words(const Error &error)
{
    return error.message() + QLatin1Char('\n') + error.detail() + QLatin1Char('\n')
            + error.errorDescription() + QLatin1Char('\n') + error.oauthError();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Reader in(data, size);
    const HttpResponse response = Fuzz::response(in, Statuses);

    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const Result<DeviceAuthorization> result = DeviceFlow::parseAuthorization(response, now);
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    const QString deviceCode = o.value(QLatin1String("device_code")).toString();
    if (!result.ok()) {
        const Error &error = result.error();
        Fuzz::checkEndpointError(error);
        // The device code is a secret of the flow: no error words carry it. Words that hold it but
        // would hold it as well with another device code come from elsewhere (the server's own
        // error words, a fixed sentence) and do not count.
        if (deviceCode.size() >= 8 && words(error).contains(deviceCode)) {
            QJsonObject other = o;
            other.insert(QLatin1String("device_code"),
                         QString(deviceCode.size(),
                                 deviceCode.startsWith(QLatin1Char('Q')) ? u'Z' : u'Q'));
            HttpResponse changed = response;
            changed.body = QJsonDocument(other).toJson(QJsonDocument::Compact);
            const Result<DeviceAuthorization> again = DeviceFlow::parseAuthorization(changed, now);
            FUZZ_CHECK(!again.ok() && words(again.error()).contains(deviceCode));
        }
        return 0;
    }
    const DeviceAuthorization &answer = result.value();
    const DeviceCode &code = answer.code;
    FUZZ_CHECK(response.status == 200);
    FUZZ_CHECK(!answer.deviceCode.isEmpty() && answer.deviceCode == deviceCode);
    const QString userCode = o.value(QLatin1String("user_code")).toString();
    FUZZ_CHECK(!code.userCode.isEmpty() && code.userCode.size() <= 64
               && userCode.startsWith(code.userCode));
    // Only addresses a browser may be sent to, and the ones the server named.
    FUZZ_CHECK(!code.verificationUri.isEmpty()
               && UrlPolicy::isSecureOrLoopback(code.verificationUri));
    FUZZ_CHECK(code.verificationUri.toString(QUrl::FullyEncoded)
               == QUrl(o.value(QLatin1String("verification_uri")).toString(), QUrl::StrictMode)
                          .toString(QUrl::FullyEncoded));
    FUZZ_CHECK(code.verificationUriComplete.isEmpty()
               || UrlPolicy::isSecureOrLoopback(code.verificationUriComplete));
    // The code expires no sooner than now and no later than the server said; polling is never
    // faster than once a second.
    const double expiresIn = o.value(QLatin1String("expires_in")).toDouble();
    FUZZ_CHECK(code.expiresAt.isValid());
    FUZZ_CHECK(code.expiresAt >= now);
    FUZZ_CHECK(double(now.secsTo(code.expiresAt)) <= expiresIn);
    FUZZ_CHECK(code.intervalSeconds >= 1);
    return 0;
}
