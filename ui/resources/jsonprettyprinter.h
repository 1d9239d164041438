#pragma once

#include <QByteArray>

namespace OAuthDesk {

/**
 * Re-indents JSON text by four spaces for the response viewer's raw view. It reads the source bytes
 * as they are and parses nothing, so numbers, escapes and the order of keys stay as the server
 * wrote them, and it stops at a limit: no pretty copy of a large document is ever made whole. `{}`
 * and
 * `[]` stay on one line. Text that is not JSON comes out re-indented all the same.
 */
class JsonPrettyPrinter
{
public:
    /// `json` re-indented, at most about `limit` bytes: a longer result is cut after a whole line
    /// (TextCut::cutPoint()) and `*truncated` says so. A whole result ends with a newline.
    static QByteArray print(const QByteArray &json, qsizetype limit, bool *truncated = nullptr);
};

} // namespace OAuthDesk
