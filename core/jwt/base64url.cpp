#include "base64url.h"

namespace OAuthDesk {

static int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '-')
        return 62;
    if (c == '_')
        return 63;
    return -1;
}

Result<QByteArray> Base64Url::decode(const QByteArray &text)
{
    for (const char c : text) {
        if (sextet(c) < 0) {
            if (c == '=')
                return Error(
                        Error::Kind::InvalidResponse,
                        QStringLiteral("Base64url in JOSE carries no '=' padding (RFC 7515 §2)."));
            if (c == '+' || c == '/')
                return Error(Error::Kind::InvalidResponse,
                             QStringLiteral("'+' and '/' belong to standard base64, not base64url "
                                            "(RFC 7515 §2)."));
            return Error(Error::Kind::InvalidResponse,
                         QStringLiteral("Base64url text holds a character outside "
                                        "its alphabet."));
        }
    }
    const qsizetype rest = text.size() % 4;
    if (rest == 1)
        return Error(Error::Kind::InvalidResponse,
                     QStringLiteral("Base64url text has an impossible length."));
    // The unused low bits of the last character must be zero, or two spellings would decode alike.
    if (rest == 2 && (sextet(text.back()) & 0x0f) != 0)
        return Error(Error::Kind::InvalidResponse,
                     QStringLiteral("Base64url text has non-zero trailing bits."));
    if (rest == 3 && (sextet(text.back()) & 0x03) != 0)
        return Error(Error::Kind::InvalidResponse,
                     QStringLiteral("Base64url text has non-zero trailing bits."));

    QByteArray out;
    out.reserve(text.size() * 3 / 4);
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : text) {
        buffer = (buffer << 6) | static_cast<quint32>(sextet(c));
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    return out;
}

QByteArray Base64Url::encode(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace OAuthDesk
