#pragma once

#include <QJsonObject>

class QDateTime;
class QString;
class QTextStream;

namespace OAuthDesk {

struct TokenInspection;

/// A token inspection as `inspect` and `decode` show it: JSON (--json), or text for a person.
QJsonObject inspectionJson(const TokenInspection &inspection);
void printInspection(QTextStream &stream, const QString &title, const TokenInspection &inspection,
                     const QDateTime &now);

} // namespace OAuthDesk
