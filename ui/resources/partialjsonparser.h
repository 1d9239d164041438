#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>

#include <functional>

namespace OAuthDesk {

/**
 * Parses a large JSON document so that it can show before it is all parsed. A quick pass over the
 * bytes (brackets and strings only) finds the array that holds most of it: the document itself, or
 * e.g. `items` in `{"items": [...]}`, going down while one child holds at least half of the bytes.
 * The rest of the document is parsed at once with that array empty, then the array's elements a
 * growing batch at a time; after each batch that doubles what was shown, the document so far goes
 * to a callback. Qt's parser reads some 30 MB/s: a 50 MB body would otherwise show nothing for
 * seconds.
 */
class PartialJsonParser
{
public:
    /// Asked between batches: true drops the parse.
    using Stop = std::function<bool()>;
    /// The document so far, and the rows from the top (as JsonTreeModel counts them) to the array
    /// that grows; empty when that is the document itself.
    using Partial = std::function<void(const QJsonValue &soFar, const QList<int> &growingPath)>;

    /// Parses `json` in parts, handing the document so far to `partial` as the array grows; `*done`
    /// is the whole document and `*growingPath` the array's rows. False when the document has no
    /// such array, does not parse this way or `stop` said so: then the caller parses it whole (and
    /// reports an error where it is).
    static bool parse(const QByteArray &json, const Stop &stop, const Partial &partial,
                      QJsonValue *done, QList<int> *growingPath);
};

} // namespace OAuthDesk
