#pragma once

#include <QString>

#include <chrono>

namespace OAuthDesk::SecretClipboard {

/// Puts a secret (an access token) on the clipboard and clears the clipboard after `clearAfter`,
/// unless it holds something else by then. Only a hash of the secret is kept meanwhile.
void copy(const QString &secret, std::chrono::milliseconds clearAfter = std::chrono::seconds(30));

} // namespace OAuthDesk::SecretClipboard
