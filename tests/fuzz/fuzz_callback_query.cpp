// The sign-in answer as the loopback listener decodes it (core/loopback/httprequestparser's
// decodeFormQuery): the query of GET /callback?code=…&state=… for the code grant, and the fragment
// that the implicit grant's relay page posts back as a form body, which ImplicitFlow then reads as
// tokens (ImplicitFlow::tokensFromFragment). The input is the query or fragment, without '?' or
// '#'.
#include "fuzzsupport.h"

#include "flows/implicitflow.h"
#include "http/urlpolicy.h"
#include "loopback/httprequestparser.h"

#include <QDateTime>
#include <QUrl>

using namespace OAuthDesk;

static QByteArray encodeForm(const QMap<QString, QString> &values)
{
    QByteArray out;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(it.key()) + '=' + QUrl::toPercentEncoding(it.value());
    }
    return out;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return Fuzz::initialize();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray query = Fuzz::bytes(data, size);
    const auto parameters = decodeFormQuery(query);
    if (!parameters)
        return 0;

    // Every name is non-empty; the values decode to the same map once encoded again.
    for (auto it = parameters->cbegin(); it != parameters->cend(); ++it)
        FUZZ_CHECK(!it.key().isEmpty());
    const auto again = decodeFormQuery(encodeForm(*parameters));
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(*again == *parameters);

    // The code grant's error answer, as AuthorizationCodeFlow::onCallback reads it.
    const QUrl errorUri(parameters->value(QStringLiteral("error_uri")), QUrl::StrictMode);
    (void)UrlPolicy::isSecureOrLoopback(errorUri);

    // The implicit grant's fragment.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const Result<TokenSet> tokens =
            ImplicitFlow::tokensFromFragment(*parameters, QStringLiteral("openid api:read"), now);
    if (tokens.ok()) {
        const TokenSet &t = tokens.value();
        FUZZ_CHECK(!t.accessToken.isEmpty());
        FUZZ_CHECK(t.accessToken == parameters->value(QStringLiteral("access_token")));
        FUZZ_CHECK(t.tokenType == QLatin1String("Bearer"));
        FUZZ_CHECK(t.refreshToken.isEmpty()); // never from an implicit answer (RFC 6749 §4.2.2)
        FUZZ_CHECK(t.idToken.isEmpty());
        FUZZ_CHECK(t.obtainedAt == now);
        if (parameters->contains(QStringLiteral("expires_in")))
            FUZZ_CHECK(
                    t.expiresAt
                    == now.addSecs(parameters->value(QStringLiteral("expires_in")).toLongLong()));
        else
            FUZZ_CHECK(!t.expiresAt.isValid());
    } else {
        FUZZ_CHECK(tokens.error().kind() != Error::Kind::None);
    }
    return 0;
}
