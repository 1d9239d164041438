#include "jsonstrict.h"

#include <QJsonDocument>
#include <QSet>
#include <QStringDecoder>

namespace OAuthDesk {

namespace {

/// A recursive-descent recogniser for RFC 8259; it builds nothing but the member names it compares.
class Scanner
{
public:
    explicit Scanner(const QByteArray &text) : m_text(text) { }

    bool document()
    {
        skipSpace();
        if (peek() != '{')
            return fail(QStringLiteral("The JSON text is not an object."));
        if (!value(0))
            return false;
        skipSpace();
        if (m_pos != m_text.size())
            return fail(QStringLiteral("The JSON object is followed by more text."));
        return true;
    }

    QString error() const { return m_error; }

private:
    char peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : '\0'; }
    bool atEnd() const { return m_pos >= m_text.size(); }

    bool fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
        return false;
    }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool literal(const char *word)
    {
        for (const char *p = word; *p; ++p) {
            if (peek() != *p)
                return fail(QStringLiteral("The JSON text has an invalid literal."));
            ++m_pos;
        }
        return true;
    }

    bool value(int depth)
    {
        if (depth >= JsonStrict::MaxDepth)
            return fail(QStringLiteral("The JSON text is nested too deeply."));
        skipSpace();
        switch (peek()) {
        case '{':
            return object(depth);
        case '[':
            return array(depth);
        case '"': {
            QString ignored;
            return string(&ignored);
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool object(int depth)
    {
        ++m_pos; // '{'
        QSet<QString> names;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (peek() != '"')
                return fail(QStringLiteral("A JSON member name is not a string."));
            QString name;
            if (!string(&name))
                return false;
            if (names.contains(name))
                return fail(QStringLiteral("The JSON object has the member \"%1\" twice.")
                                    .arg(name.left(64)));
            names.insert(name);
            skipSpace();
            if (peek() != ':')
                return fail(QStringLiteral("A JSON member name is not followed by ':'."));
            ++m_pos;
            if (!value(depth + 1))
                return false;
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            return fail(QStringLiteral("A JSON object is not closed properly."));
        }
    }

    bool array(int depth)
    {
        ++m_pos; // '['
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            if (!value(depth + 1))
                return false;
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            return fail(QStringLiteral("A JSON array is not closed properly."));
        }
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(char16_t *unit)
    {
        if (m_pos + 4 > m_text.size())
            return fail(QStringLiteral("A JSON \\u escape is cut short."));
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hexDigit(m_text.at(m_pos + i));
            if (d < 0)
                return fail(QStringLiteral("A JSON \\u escape is not hexadecimal."));
            v = v * 16 + d;
        }
        m_pos += 4;
        *unit = static_cast<char16_t>(v);
        return true;
    }

    /// Reads a string at m_pos (on the opening quote) and leaves its unescaped value in *out.
    bool string(QString *out)
    {
        ++m_pos; // '"'
        QByteArray raw; // UTF-8 of the unescaped value
        for (;;) {
            if (atEnd())
                return fail(QStringLiteral("A JSON string is not closed."));
            const char c = m_text.at(m_pos++);
            if (c == '"')
                break;
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(QStringLiteral("A JSON string holds a raw control character."));
            if (c != '\\') {
                raw.append(c);
                continue;
            }
            if (atEnd())
                return fail(QStringLiteral("A JSON string is not closed."));
            const char e = m_text.at(m_pos++);
            switch (e) {
            case '"':
            case '\\':
            case '/':
                raw.append(e);
                break;
            case 'b':
                raw.append('\b');
                break;
            case 'f':
                raw.append('\f');
                break;
            case 'n':
                raw.append('\n');
                break;
            case 'r':
                raw.append('\r');
                break;
            case 't':
                raw.append('\t');
                break;
            case 'u': {
                char16_t units[2] = { 0, 0 };
                if (!hex4(&units[0]))
                    return false;
                qsizetype count = 1;
                if (QChar::isHighSurrogate(units[0]) && m_pos + 1 < m_text.size()
                    && m_text.at(m_pos) == '\\' && m_text.at(m_pos + 1) == 'u') {
                    const qsizetype save = m_pos;
                    m_pos += 2;
                    if (!hex4(&units[1]))
                        return false;
                    if (QChar::isLowSurrogate(units[1]))
                        count = 2;
                    else
                        m_pos = save;
                }
                // A lone surrogate becomes U+FFFD, as QJsonDocument does, so both see the same
                // name.
                raw.append(QString(reinterpret_cast<const QChar *>(units), count).toUtf8());
                break;
            }
            default:
                return fail(QStringLiteral("A JSON string has an invalid escape."));
            }
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        *out = decoder.decode(raw);
        if (decoder.hasError())
            return fail(QStringLiteral("A JSON string is not valid UTF-8."));
        return true;
    }

    bool digits()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && peek() >= '0' && peek() <= '9')
            ++m_pos;
        return m_pos > start;
    }

    bool number()
    {
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (!digits()) {
            return fail(QStringLiteral("The JSON text has an invalid value."));
        }
        if (peek() == '.') {
            ++m_pos;
            if (!digits())
                return fail(QStringLiteral("A JSON number has no digits after '.'."));
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!digits())
                return fail(QStringLiteral("A JSON number has no exponent digits."));
        }
        return true;
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace

Result<QJsonObject> JsonStrict::parseObject(const QByteArray &json)
{
    Scanner scanner(json);
    if (!scanner.document())
        return Error(Error::Kind::InvalidResponse, scanner.error());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(Error::Kind::InvalidResponse,
                     QStringLiteral("The JSON object could not be read: %1.")
                             .arg(parseError.errorString()));
    return doc.object();
}

} // namespace OAuthDesk
