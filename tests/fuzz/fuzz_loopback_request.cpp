// The loopback listener's HTTP request parser (core/loopback/httprequestparser): the bytes a
// browser, or anything else on 127.0.0.1, sends to the redirect port.
//
// Input: three control bytes, then the request bytes. The request is fed once whole and once in
// pieces: the verdict must not depend on how the bytes were cut. The first control byte chooses
// how: below 128, pieces of that many bytes plus one (a peer may deliver a head a byte at a time);
// otherwise two pieces, cut where the next two bytes say (big-endian, modulo the size), which
// reaches any single cut in a large request cheaply. A complete request is then decoded as the
// listener does (the query of a GET, the body of the fragment relay's POST).
#include "fuzzsupport.h"

#include "loopback/httprequestparser.h"

using namespace OAuthDesk;
using State = HttpRequestParser::State;

static bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

static void checkSame(const HttpRequestParser &a, const HttpRequestParser &b)
{
    FUZZ_CHECK(a.state() == b.state());
    FUZZ_CHECK(a.errorStatus() == b.errorStatus());
    if (a.state() != State::Complete)
        return;
    FUZZ_CHECK(a.method() == b.method());
    FUZZ_CHECK(a.path() == b.path());
    FUZZ_CHECK(a.query() == b.query());
    FUZZ_CHECK(a.hasQuery() == b.hasQuery());
    FUZZ_CHECK(a.headers() == b.headers());
    FUZZ_CHECK(a.body() == b.body());
}

static void checkComplete(const HttpRequestParser &p)
{
    FUZZ_CHECK(isToken(p.method()));
    FUZZ_CHECK(p.path().startsWith('/'));
    FUZZ_CHECK(!p.path().contains('?') && !p.path().contains('#'));
    FUZZ_CHECK(!p.query().contains('#'));
    FUZZ_CHECK(p.hasQuery() || p.query().isEmpty());
    FUZZ_CHECK(p.body().size() <= HttpRequestParser::MaxBody);
    for (const auto &[name, value] : p.headers()) {
        FUZZ_CHECK(isToken(name));
        FUZZ_CHECK(value == value.trimmed());
    }
    const QByteArray length = p.header("Content-Length");
    FUZZ_CHECK(length.isEmpty() ? p.body().isEmpty() : p.body().size() == length.toLongLong());
    FUZZ_CHECK(p.header("Transfer-Encoding").isEmpty());
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return Fuzz::initialize();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Reader in(data, size);
    const uint8_t mode = in.byte();
    const qsizetype cutHigh = in.byte();
    const qsizetype cutLow = in.byte();
    const QByteArray request = in.rest();

    HttpRequestParser whole;
    const State state = whole.feed(request);
    FUZZ_CHECK(state == whole.state());
    switch (state) {
    case State::Invalid: {
        const int status = whole.errorStatus();
        FUZZ_CHECK(status == 400 || status == 413 || status == 414 || status == 431);
        break;
    }
    case State::NeedMore:
        FUZZ_CHECK(whole.errorStatus() == 0);
        break;
    case State::Complete:
        FUZZ_CHECK(whole.errorStatus() == 0);
        checkComplete(whole);
        break;
    }

    HttpRequestParser pieces;
    if (mode < 128) {
        const qsizetype piece = mode + 1;
        for (qsizetype at = 0; at < request.size(); at += piece)
            pieces.feed(request.mid(at, piece));
    } else {
        const qsizetype cut = request.isEmpty() ? 0 : (cutHigh << 8 | cutLow) % request.size();
        pieces.feed(request.left(cut));
        pieces.feed(request.mid(cut));
    }
    checkSame(whole, pieces);

    // Once decided, a verdict never changes, whatever follows.
    if (state != State::NeedMore) {
        FUZZ_CHECK(whole.feed("\r\n\r\n") == state);
        FUZZ_CHECK(whole.state() == state);
    }

    if (state == State::Complete) {
        (void)decodeFormQuery(whole.query());
        (void)decodeFormQuery(whole.body());
    }
    return 0;
}
