#include "plaintext.h"

namespace OAuthDesk {

QString withoutControlCharacters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
            out.append(c);
    }
    return out;
}

} // namespace OAuthDesk
