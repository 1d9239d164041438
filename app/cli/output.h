#pragma once

#include <QString>

class QTextStream;

namespace OAuthDesk {

/// The program's name, as it opens every error line.
inline const QString Program = QStringLiteral("oauthdesk");

/// Standard output: what a verb was asked for (a token, a body, JSON).
QTextStream &out();
/// Standard error: what it says about it.
QTextStream &err();

} // namespace OAuthDesk
