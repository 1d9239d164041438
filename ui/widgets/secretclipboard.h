#pragma once

#include <QString>

#include <chrono>

namespace OAuthDesk::SecretClipboard {

/// Puts a secret (an access token) on the clipboard and clears the clipboard after `clearAfter`,
/// unless it holds something else by then. Only a hash of the secret is kept meanwhile.
void copy(const QString &secret, std::chrono::milliseconds clearAfter);
/// The same, cleared after defaultClearTime().
void copy(const QString &secret);

/// How long copy(secret) leaves a secret on the clipboard: 30 s unless set (Settings,
/// "clipboard/clearSeconds").
std::chrono::milliseconds defaultClearTime();
void setDefaultClearTime(std::chrono::milliseconds clearAfter);

} // namespace OAuthDesk::SecretClipboard
