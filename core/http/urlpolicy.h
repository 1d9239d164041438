#pragma once

#include <QUrl>

namespace OAuthDesk::UrlPolicy {

/// True for 127.0.0.0/8, ::1 and "localhost": addresses that never leave this computer.
bool isLoopbackHost(const QString &host);

/// True for https URLs, and for http URLs whose host is loopback (RFC 8252 §8.3, RFC 6749
/// §3.1.2.1). Everything else (http on the network, file:, javascript:, data:) is refused.
bool isSecureOrLoopback(const QUrl &url);

/// scheme://host:port, the unit a bearer token is bound to (RFC 6454).
bool isSameOrigin(const QUrl &a, const QUrl &b);

} // namespace OAuthDesk::UrlPolicy
