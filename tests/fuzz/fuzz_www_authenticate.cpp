// WWW-Authenticate challenges of a resource server's 401/403 (core/resource/wwwauthenticate,
// RFC 9110 §11.6.1, RFC 6750 §3). The input is one or more header values, one per line.
#include "fuzzsupport.h"

#include "resource/wwwauthenticate.h"

using namespace OAuthDesk;

static bool isTchar(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || QStringView(u"!#$%&'*+-.^_`|~").contains(c);
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return Fuzz::initialize();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> values = Fuzz::bytes(data, size).split('\n');
    const QList<Challenge> challenges = WwwAuthenticate::parse(values);

    for (const Challenge &c : challenges) {
        FUZZ_CHECK(!c.scheme.isEmpty());
        for (const QChar ch : c.scheme)
            FUZZ_CHECK(isTchar(ch));
        for (auto it = c.params.cbegin(); it != c.params.cend(); ++it) {
            FUZZ_CHECK(!it.key().isEmpty());
            FUZZ_CHECK(it.key() == it.key().toLower());
            for (const QChar ch : it.key())
                FUZZ_CHECK(isTchar(ch));
        }
        (void)c.error();
    }

    // Several values are the challenges of each, in order.
    QList<Challenge> oneByOne;
    for (const QByteArray &value : values)
        oneByOne += WwwAuthenticate::parse({ value });
    FUZZ_CHECK(oneByOne.size() == challenges.size());
    for (qsizetype i = 0; i < challenges.size(); ++i) {
        FUZZ_CHECK(oneByOne[i].scheme == challenges[i].scheme);
        FUZZ_CHECK(oneByOne[i].token68 == challenges[i].token68);
        FUZZ_CHECK(oneByOne[i].params == challenges[i].params);
    }

    // bearer() is the first Bearer challenge of the same parse.
    const std::optional<Challenge> bearer = WwwAuthenticate::bearer(values);
    qsizetype first = -1;
    for (qsizetype i = 0; i < challenges.size() && first < 0; ++i) {
        if (challenges[i].isBearer())
            first = i;
    }
    FUZZ_CHECK(bearer.has_value() == (first >= 0));
    if (bearer)
        FUZZ_CHECK(bearer->params == challenges[first].params
                   && bearer->token68 == challenges[first].token68);
    return 0;
}
