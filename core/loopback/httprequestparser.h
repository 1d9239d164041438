#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <optional>

namespace OAuthDesk {

/**
 * An incremental, bounded parser for the one kind of request the loopback listener expects: an
 * HTTP/1.x request head from a browser. Bytes may arrive in any number of pieces; the parser never
 * reads past what it was given and gives up with a status code as soon as a limit is passed.
 */
class HttpRequestParser
{
public:
    enum class State { NeedMore, Complete, Invalid };

    static constexpr qsizetype MaxRequestLine = 8 * 1024;
    static constexpr qsizetype MaxHead = 16 * 1024;
    /// A body (Content-Length only, no chunked encoding): the implicit grant's relayed fragment.
    static constexpr qsizetype MaxBody = 16 * 1024;

    State feed(const QByteArray &bytes);
    State state() const { return m_state; }
    /// 400, 414 or 431 when Invalid.
    int errorStatus() const { return m_errorStatus; }

    QByteArray method() const { return m_method; }
    /// The request target's path, still percent-encoded as sent.
    QByteArray path() const { return m_path; }
    /// The query without '?', still encoded; empty if none.
    QByteArray query() const { return m_query; }
    bool hasQuery() const { return m_hasQuery; }
    QList<QPair<QByteArray, QByteArray>> headers() const { return m_headers; }
    QByteArray header(const QByteArray &name) const;
    QByteArray body() const { return m_body; }

private:
    State fail(int status);
    State parseHead();
    State takeBody();

    QByteArray m_buffer;
    State m_state = State::NeedMore;
    int m_errorStatus = 0;
    QByteArray m_method;
    QByteArray m_path;
    QByteArray m_query;
    bool m_hasQuery = false;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    bool m_headParsed = false;
    qsizetype m_bodyLength = 0;
    QByteArray m_body;
};

/**
 * Decodes an application/x-www-form-urlencoded query (RFC 6749 Appendix B): "+" is a space, each
 * value is percent-decoded exactly once (Qt NetworkAuth 6.4 does it zero times and then encodes
 * again, QTBUG-81624). A parameter that appears twice makes the whole query invalid (RFC 6749
 * §3.1).
 */
std::optional<QMap<QString, QString>> decodeFormQuery(const QByteArray &query);

} // namespace OAuthDesk
