#include "textcut.h"

namespace OAuthDesk::TextCut {

qsizetype cutPoint(const QByteArray &bytes, qsizetype limit)
{
    if (bytes.size() <= limit)
        return bytes.size();
    const qsizetype newline = bytes.lastIndexOf('\n', limit - 1);
    if (newline > limit / 2)
        return newline + 1;
    qsizetype cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(bytes.at(cut)) & 0xc0) == 0x80)
        --cut;
    return cut;
}

} // namespace OAuthDesk::TextCut
