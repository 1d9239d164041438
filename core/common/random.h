#pragma once

#include <QByteArray>

namespace OAuthDesk {

/// `bytes` octets from QRandomGenerator::system(), the OS CSPRNG, base64url without padding: the
/// `state`, the `nonce` and the PKCE verifier of a sign-in, and the keychain probe's entry.
QByteArray randomUrlSafeString(int bytes);

} // namespace OAuthDesk
