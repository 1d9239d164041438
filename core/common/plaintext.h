#pragma once

#include <QString>

namespace OAuthDesk {

/**
 * `text` without the C0 control characters U+0000–U+001F and DEL, for server-sent words shown as
 * plain text (error_description, a registered client's name). Works on any QString, also one that
 * is not valid UTF-16: a lone surrogate from a JSON "\ud800" escape made QRegularExpression refuse
 * to match at all, and every control character stayed in.
 */
QString withoutControlCharacters(const QString &text);

} // namespace OAuthDesk
