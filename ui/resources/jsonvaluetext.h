#pragma once

#include <QChar>
#include <QJsonValue>
#include <QString>

namespace OAuthDesk {

/// How the JSON tree writes values: a scalar as plain text, a string quoted with JSON's escapes.
class JsonValueText
{
public:
    /// A scalar as plain text: a string without quotes, a number as short as it reads back
    /// exactly, `true`, `null`; empty for containers.
    static QString scalar(const QJsonValue &value);
    /// `text` between `quote`s, with JSON's escapes (and `quote` escaped).
    static QString quoted(const QString &text, QChar quote);
};

} // namespace OAuthDesk
