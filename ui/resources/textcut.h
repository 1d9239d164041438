#pragma once

#include <QByteArray>

namespace OAuthDesk::TextCut {

/// The length of `bytes`' longest prefix of at most `limit` bytes that ends after a whole UTF-8
/// character, and after a line when one ends in the second half: where a text too long to show is
/// cut.
qsizetype cutPoint(const QByteArray &bytes, qsizetype limit);

} // namespace OAuthDesk::TextCut
