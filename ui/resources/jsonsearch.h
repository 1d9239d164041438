#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

namespace OAuthDesk {

/// Finds text in a JSON document's keys and scalar values, for the JSON tree's search.
class JsonSearch
{
public:
    /// The rows from the top to an item, as JsonTreeModel counts them.
    using RowPath = QList<int>;

    struct Result
    {
        QString text;
        QList<RowPath> matches;
        bool limitReached = false; ///< there are more matches than the limit
    };

    /// Every item under `root` whose key or scalar text (JsonValueText::scalar()) contains `text`,
    /// case-insensitive, in tree order, at most `limit`; a scalar root is the one item `{0}`.
    /// Thread-safe; `cancelled` is polled now and then, and true ends the search early.
    static Result find(const QJsonValue &root, const QString &text, int limit,
                       const std::function<bool()> &cancelled = {});
};

} // namespace OAuthDesk
