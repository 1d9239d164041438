#pragma once

#include <QByteArray>

namespace OAuthDesk {

/// Equality that takes the same time wherever the first difference is (the `state` of a sign-in
/// answer, an ID token's `nonce`).
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace OAuthDesk
