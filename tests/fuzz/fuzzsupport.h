#pragma once

#include "common/error.h"
#include "http/httpresponse.h"

#include <QByteArray>
#include <QJsonValue>

#include <cstddef>
#include <cstdint>

namespace OAuthDesk::Fuzz {

/// Call from LLVMFuzzerInitialize: keeps Qt's warnings about fuzzed input off stderr (a warning per
/// input would slow every target and bury libFuzzer's report); qFatal and Q_ASSERT still abort.
int initialize();

/// A failed invariant: prints what and where, then aborts, which libFuzzer reports as a crash and
/// saves as an artifact.
[[noreturn]] void fail(const char *what, const char *file, int line);

/// The fuzzer's bytes as a QByteArray (a deep copy: what a parser keeps must not point into them).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// How many object members a JSON text spells out, at every depth, duplicates included. Only for a
/// text that is known to be valid JSON.
qsizetype objectMembersInText(const QByteArray &json);
/// How many object members a parsed JSON value holds, at every depth.
qsizetype objectMembersInValue(const QJsonValue &value);

/// Takes the input apart front to back: a few control bytes first, the text to parse after them.
class Reader
{
public:
    Reader(const uint8_t *data, size_t size) : m_data(data), m_size(size) { }

    /// The next byte, or 0 when the input is used up.
    uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    /// Everything not taken yet.
    QByteArray rest()
    {
        const QByteArray out = bytes(m_data + m_pos, m_size - m_pos);
        m_pos = m_size;
        return out;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

/**
 * An HTTP answer taken from the input: one byte choosing the status among `statuses`, one byte
 * giving the length (0-63) of a Content-Type value that follows (none when 0), then the body.
 */
template <size_t N>
HttpResponse response(Reader &in, const int (&statuses)[N])
{
    HttpResponse answer;
    answer.status = statuses[in.byte() % N];
    const int typeLength = in.byte() % 64;
    QByteArray type;
    for (int i = 0; i < typeLength; ++i)
        type += static_cast<char>(in.byte());
    if (!type.isEmpty())
        answer.headers.append({ QByteArray("Content-Type"), type });
    answer.body = in.rest();
    return answer;
}

/// What every failed parse of an OAuth endpoint's answer promises (RFC 6749 §5.2): it is an error;
/// an OAuth error has a code, a description of at most 500 characters without control
/// characters, and an error_uri that is http(s) or none. Aborts through FUZZ_CHECK otherwise.
void checkEndpointError(const Error &error);

} // namespace OAuthDesk::Fuzz

/// An invariant of a parser: never false for any input.
#define FUZZ_CHECK(cond)         \
  ((cond) ? static_cast<void>(0) \
          : OAuthDesk::Fuzz::fail("invariant failed: " #cond, __FILE__, __LINE__))
