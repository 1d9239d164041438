#pragma once

#include <QJsonValue>
#include <QString>

namespace OAuthDesk {

/// JSONPath (RFC 9535) notation for the JSON tree's paths, one step at a time.
class JsonPath
{
public:
    /// The step from `container` to its child at `row`: `[3]` for an array, `.name` for a member
    /// whose name may follow a dot (member-name-shorthand), `['a key']` for any other. Empty for a
    /// scalar root, whose one row is `$` itself.
    static QString segment(const QJsonValue &container, int row);
};

} // namespace OAuthDesk
