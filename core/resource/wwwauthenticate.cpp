#include "wwwauthenticate.h"

#include <optional>

namespace OAuthDesk::WwwAuthenticate {

namespace {

bool isTchar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken68Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || QByteArrayView("-._~+/").contains(c);
}

class Parser
{
public:
    explicit Parser(const QByteArray &s) : m_s(s) { }

    bool atEnd() const { return m_i >= m_s.size(); }
    char peek() const { return atEnd() ? '\0' : m_s[m_i]; }
    void skipSpace()
    {
        while (!atEnd() && (m_s[m_i] == ' ' || m_s[m_i] == '\t'))
            ++m_i;
    }
    void skipCommas()
    {
        for (;;) {
            skipSpace();
            if (peek() != ',')
                return;
            ++m_i;
        }
    }
    QByteArray token()
    {
        const qsizetype start = m_i;
        while (!atEnd() && isTchar(m_s[m_i]))
            ++m_i;
        return m_s.mid(start, m_i - start);
    }
    std::optional<QByteArray> quoted()
    {
        if (peek() != '"')
            return std::nullopt;
        ++m_i;
        QByteArray out;
        while (!atEnd()) {
            const char c = m_s[m_i++];
            if (c == '"')
                return out;
            if (c == '\\') {
                if (atEnd())
                    return std::nullopt;
                out += m_s[m_i++];
            } else {
                out += c;
            }
        }
        return std::nullopt; // unterminated
    }
    qsizetype pos() const { return m_i; }
    void setPos(qsizetype p) { m_i = p; }
    const QByteArray &text() const { return m_s; }

private:
    QByteArray m_s;
    qsizetype m_i = 0;
};

// Parses challenges: scheme [ 1*SP ( token68 / #auth-param ) ], separated by commas.
void parseInto(const QByteArray &value, QList<Challenge> &out)
{
    Parser p(value);
    p.skipCommas();
    while (!p.atEnd()) {
        const QByteArray scheme = p.token();
        if (scheme.isEmpty())
            return;
        Challenge challenge;
        challenge.scheme = QString::fromLatin1(scheme);
        p.skipSpace();
        // Params until the next "token SP" that starts a new challenge.
        bool first = true;
        while (!p.atEnd()) {
            p.skipCommas();
            if (p.atEnd())
                break;
            const qsizetype start = p.pos();
            const QByteArray name = p.token();
            p.skipSpace();
            if (!name.isEmpty() && p.peek() == '=') {
                // Could be token68 ending in '=' padding: "abc==" — check whether a value follows.
                p.setPos(p.pos() + 1);
                p.skipSpace();
                std::optional<QByteArray> v;
                if (p.peek() == '"') {
                    v = p.quoted();
                    if (!v) {
                        out.append(challenge);
                        return;
                    }
                } else {
                    const QByteArray t = p.token();
                    if (t.isEmpty() && first) {
                        // token68 with padding
                        p.setPos(start);
                        while (!p.atEnd() && (isToken68Char(p.peek()) || p.peek() == '='))
                            p.setPos(p.pos() + 1);
                        challenge.token68 =
                                QString::fromLatin1(p.text().mid(start, p.pos() - start));
                        first = false;
                        continue;
                    }
                    v = t;
                }
                const QString key = QString::fromLatin1(name).toLower();
                if (!challenge.params.contains(key))
                    challenge.params.insert(key, QString::fromUtf8(*v));
                first = false;
                p.skipSpace();
                if (p.peek() != ',' && !p.atEnd()) {
                    out.append(challenge);
                    return; // garbage after a parameter
                }
                continue;
            }
            if (!name.isEmpty() && first && (p.peek() == ',' || p.atEnd())) {
                // Either a token68 or the next challenge's scheme. token68 only directly after the
                // scheme and when not followed by a parameter-looking thing.
                challenge.token68 = QString::fromLatin1(name);
                first = false;
                continue;
            }
            // A new challenge begins here.
            p.setPos(start);
            break;
        }
        out.append(challenge);
        p.skipCommas();
    }
}

} // namespace

QList<Challenge> parse(const QList<QByteArray> &headerValues)
{
    QList<Challenge> out;
    for (const QByteArray &value : headerValues)
        parseInto(value.left(8192), out);
    return out;
}

std::optional<Challenge> bearer(const QList<QByteArray> &headerValues)
{
    const QList<Challenge> all = parse(headerValues);
    for (const Challenge &c : all) {
        if (c.isBearer())
            return c;
    }
    return std::nullopt;
}

} // namespace OAuthDesk::WwwAuthenticate
