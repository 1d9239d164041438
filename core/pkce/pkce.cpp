#include "pkce.h"

#include "common/random.h"

#include <QCryptographicHash>

namespace OAuthDesk {

static constexpr auto Base64UrlNoPad =
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

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
