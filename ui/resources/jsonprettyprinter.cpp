#include "jsonprettyprinter.h"

#include "resources/textcut.h"

namespace OAuthDesk {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

QByteArray JsonPrettyPrinter::print(const QByteArray &json, qsizetype limit, bool *truncated)
{
    QByteArray out;
    out.reserve(qMin(limit, json.size() * 2) + 64);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto newline = [&out, &depth] {
        out += '\n';
        out.append(qsizetype(qMax(depth, 0)) * 4, ' ');
    };
    const char *p = json.constData();
    const char *const end = p + json.size();
    // Stop a little past the limit so that the cut can end on a whole line.
    for (; p < end && out.size() <= limit; ++p) {
        const char c = *p;
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break;
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            const char *next = p + 1;
            while (next < end && isSpace(*next))
                ++next;
            out += c;
            if (next < end && *next == (c == '{' ? '}' : ']')) {
                out += *next; // {} and [] stay on one line
                p = next;
            } else {
                ++depth;
                newline();
            }
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        default:
            out += c;
        }
    }
    const bool cut = p < end || out.size() > limit;
    if (cut)
        out.truncate(TextCut::cutPoint(out, limit));
    else
        out += '\n';
    if (truncated)
        *truncated = cut;
    return out;
}

} // namespace OAuthDesk
