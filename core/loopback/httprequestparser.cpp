#include "httprequestparser.h"

#include <QStringDecoder>

namespace OAuthDesk {

HttpRequestParser::State HttpRequestParser::fail(int status)
{
    m_state = State::Invalid;
    m_errorStatus = status;
    m_buffer.clear();
    return m_state;
}

HttpRequestParser::State HttpRequestParser::feed(const QByteArray &bytes)
{
    if (m_state != State::NeedMore)
        return m_state;
    m_buffer += bytes;
    if (m_headParsed)
        return takeBody();

    const qsizetype lineEnd = m_buffer.indexOf("\r\n");
    // Without a CRLF yet, the line can still end at the last byte if that is the CR: a request line
    // of exactly MaxRequestLine bytes must not be refused because its LF came in the next read
    // (fuzz_loopback_request: the verdict differed between whole and byte-by-byte delivery).
    const qsizetype earliestLineEnd =
            m_buffer.endsWith('\r') ? m_buffer.size() - 1 : m_buffer.size();
    if (lineEnd < 0 && earliestLineEnd > MaxRequestLine)
        return fail(414);
    if (lineEnd > MaxRequestLine)
        return fail(414);
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_buffer.size() > MaxHead)
            return fail(431);
        return m_state;
    }
    if (headEnd + 4 > MaxHead)
        return fail(431);
    return parseHead();
}

static bool isTokenChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

HttpRequestParser::State HttpRequestParser::parseHead()
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    // Request line: METHOD SP request-target SP HTTP-version (RFC 9112 §3).
    QByteArray requestLine = lines.first();
    if (requestLine.endsWith('\r'))
        requestLine.chop(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty()
        || !parts[2].startsWith("HTTP/1."))
        return fail(400);
    for (char c : parts[0]) {
        if (!isTokenChar(c))
            return fail(400);
    }
    const QByteArray &target = parts[1];
    if (!target.startsWith('/'))
        return fail(400);
    for (char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f)
            return fail(400);
    }
    m_method = parts[0];
    const qsizetype question = target.indexOf('?');
    const QByteArray withoutFragment =
            target.left(target.indexOf('#') < 0 ? target.size() : target.indexOf('#'));
    if (question >= 0 && question < withoutFragment.size()) {
        m_path = withoutFragment.left(question);
        m_query = withoutFragment.mid(question + 1);
        m_hasQuery = true;
    } else {
        m_path = withoutFragment;
    }

    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400);
        const QByteArray name = line.left(colon);
        for (char c : name) {
            if (!isTokenChar(c))
                return fail(400);
        }
        m_headers.append({ name, line.mid(colon + 1).trimmed() });
    }
    m_buffer.remove(0, headEnd + 4);
    m_headParsed = true;
    if (!header("Transfer-Encoding").isEmpty())
        return fail(400); // only Content-Length bodies, and only small ones
    const QByteArray length = header("Content-Length");
    if (!length.isEmpty()) {
        bool ok = false;
        m_bodyLength = length.toLongLong(&ok);
        if (!ok || m_bodyLength < 0)
            return fail(400);
        if (m_bodyLength > MaxBody)
            return fail(413);
    }
    return takeBody();
}

HttpRequestParser::State HttpRequestParser::takeBody()
{
    if (m_buffer.size() < m_bodyLength)
        return m_state;
    m_body = m_buffer.left(m_bodyLength);
    m_buffer.clear();
    m_state = State::Complete;
    return m_state;
}

QByteArray HttpRequestParser::header(const QByteArray &name) const
{
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

/// UTF-8 decoded exactly: QString::fromUtf8 drops a leading byte order mark, so that
/// "%EF%BB%BF%EF%BB%BF" came back as one U+FEFF and its form, encoded again, as none (found by
/// reading fuzz_callback_query's round trip).
static QString fromUtf8Exactly(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless
                                   | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

std::optional<QMap<QString, QString>> decodeFormQuery(const QByteArray &query)
{
    QMap<QString, QString> values;
    if (query.isEmpty())
        return values;
    const QList<QByteArray> pairs = query.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        const QString key = fromUtf8Exactly(QByteArray::fromPercentEncoding(name));
        if (key.isEmpty() || values.contains(key))
            return std::nullopt;
        values.insert(key, fromUtf8Exactly(QByteArray::fromPercentEncoding(value)));
    }
    return values;
}

} // namespace OAuthDesk
