#pragma once

#include "common/error.h"

#include <QByteArray>

namespace OAuthDesk {

/**
 * Base64url without padding, RFC 7515 §2 and Appendix C, decoded strictly: only the 64 characters
 * of the URL-safe alphabet (RFC 4648 §5). Padding '=', the standard alphabet's '+' and '/',
 * whitespace, impossible lengths and non-zero trailing bits are all refused, so one token has
 * exactly one spelling.
 */
class Base64Url
{
public:
    /// The octets `text` encodes, or Kind::InvalidResponse naming what is wrong (never echoing the
    /// text).
    static Result<QByteArray> decode(const QByteArray &text);
    static QByteArray encode(const QByteArray &data);
};

} // namespace OAuthDesk
