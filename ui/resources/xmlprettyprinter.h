#pragma once

#include <QByteArray>
#include <QString>

namespace OAuthDesk {

/**
 * Re-indents XML for the response viewer's raw view: the whitespace between elements is dropped and
 * QXmlStreamWriter lays the document out anew. Element and attribute names stay as written (with
 * their prefixes), namespace declarations are kept, and defaulted attributes are not added.
 */
class XmlPrettyPrinter
{
public:
    /// Writes `xml` re-indented into `out`, at most about `limit` bytes (cut after a whole line,
    /// TextCut::cutPoint(), and `*truncated` says so). False, with where and why in `error`, when
    /// the document is not well-formed (up to the limit).
    static bool print(const QByteArray &xml, qsizetype limit, QByteArray *out, bool *truncated,
                      QString *error);
};

} // namespace OAuthDesk
