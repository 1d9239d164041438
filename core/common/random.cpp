#include "random.h"

#include <QList>
#include <QRandomGenerator>

namespace OAuthDesk {

QByteArray randomUrlSafeString(int bytes)
{
    // QRandomGenerator::system() is the OS CSPRNG; the time-seeded generator Qt NetworkAuth 6.4
    // uses for `state` is exactly what CVE-2024-36048 is about.
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray raw(reinterpret_cast<const char *>(words.constData()), bytes);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace OAuthDesk
