#include "pkce.h"

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>

namespace OAuthDesk {

static constexpr auto Base64UrlNoPad =
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomUrlSafeString(int bytes)
{
    // QRandomGenerator::system() is the OS CSPRNG; the time-seeded generator Qt NetworkAuth 6.4
    // uses for `state` is exactly what CVE-2024-36048 is about.
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray raw(reinterpret_cast<const char *>(words.constData()), bytes);
    return raw.toBase64(Base64UrlNoPad);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(Base64UrlNoPad);
}

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.m_verifier = randomUrlSafeString(32);
    pkce.m_challenge = challengeFor(pkce.m_verifier);
    return pkce;
}

} // namespace OAuthDesk
