// Redaction (core/http/redactor): Redactor::redactText, and with it redactUrl and redactHeaders.
// The invariant is the one the exchange log rests on (row LG): no known secret survives.
//
// Input: text in which "~" and the two bytes after it plant a secret; everything else is filler,
// kept as it is. The first byte after "~" says what to plant (and how to set it off), the second
// which secret name to use and how to spell it (case, percent-encoding or a JSON escape). Every
// secret value is "~s<n>~": filler never holds a "~", so any "~" in what comes out is (a piece of)
// a secret that survived.
//
// What is planted is only what Redactor promises to find, whatever the filler around it:
//   - name=value with a secret name (a query, a form, a link in HTML), set off from what precedes
//     it by one of the characters that end a value (so the name is not part of a longer one);
//   - a JSON member "name": value (string, bare, array, object, or a string cut off by the end of
//     the text), where JSON could have a member: outside any string literal of the text so far
//     (the harness closes an open one first) and after a ',' or '{' (not where a value
//     goes: "a": "name": value is no member "name");
//   - an address with a secret query value, a password and a fragment, which redactUrl redacts
//     (and redactHeaders in Location), and which redactText sees as name=value;
//   - a credential header (Authorization with its scheme, cookies, *token*, *secret*, *api-key*).
#include "fuzzsupport.h"

#include "http/redactor.h"

#include <QUrl>

using namespace OAuthDesk;

// The secret names of SECURITY.md row LG (as redactor.h lists them): written out here, not taken
// from Redactor, so that a name it stopped redacting is found.
static const char *const SecretNames[] = {
    "code",
    "code_verifier",
    "code_challenge",
    "state",
    "nonce",
    "client_secret",
    "client_assertion",
    "password",
    "access_token",
    "refresh_token",
    "id_token",
    "id_token_hint",
    "device_code",
    "token",
    "assertion",
    "subject_token",
    "actor_token",
    "registration_access_token",
    "mac_key",
};
static const char *const SecretHeaders[] = {
    "Authorization",   "Proxy-Authorization", "Cookie", "Set-Cookie",    "X-Auth-Token",
    "X-Client-Secret", "X-API-Key",           "apikey", "Private-Token", " authorization ",
};
static const char *const Schemes[] = { "Bearer", "Basic", "DPoP", "Negotiate", "" };
// What may set off a name=value: the characters that end a value in text.
static const char Stops[] = "&\"'<>#;,)]} \t\r\n";
// What may precede a JSON member.
static const char *const MemberStarts[] = { ",", "{", ", ", "{\n  ", ",\n", "{ " };
static const char *const Colons[] = { ":", ": ", " : ", "\n:\t" };

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return Fuzz::initialize();
}

namespace {

/// The text being built, with where a JSON lexer would be at its end.
class Text
{
public:
    void add(const QString &piece)
    {
        for (const QChar c : piece) {
            if (m_state == State::Escape)
                m_state = State::String;
            else if (m_state == State::String && c == QLatin1Char('\\'))
                m_state = State::Escape;
            else if (c == QLatin1Char('"'))
                m_state = m_state == State::String ? State::Outside : State::String;
        }
        m_text += piece;
    }
    /// Ends a string literal left open, so that what comes next is outside one.
    void closeString()
    {
        if (m_state == State::Escape)
            add(QStringLiteral("x"));
        if (m_state == State::String)
            add(QStringLiteral("\""));
    }
    const QString &text() const { return m_text; }

private:
    enum class State { Outside, String, Escape };
    State m_state = State::Outside;
    QString m_text;
};

/// A secret name spelt one of four ways: as listed, upper case, alternating case, or with its first
/// character escaped (percent-encoding in a form, \u00XX in JSON).
QString spell(uint8_t choice, bool json)
{
    const QString name = QString::fromLatin1(SecretNames[choice % std::size(SecretNames)]);
    switch ((choice / std::size(SecretNames)) % 4) {
    case 1:
        return name.toUpper();
    case 2: {
        QString mixed = name;
        for (qsizetype i = 0; i < mixed.size(); i += 2)
            mixed[i] = mixed[i].toUpper();
        return mixed;
    }
    case 3: {
        const QString escaped = json
                ? QStringLiteral("\\u%1").arg(name.at(0).unicode(), 4, 16, QLatin1Char('0'))
                : QStringLiteral("%%1")
                          .arg(name.at(0).unicode(), 2, 16, QLatin1Char('0'))
                          .toUpper();
        return escaped + name.mid(1);
    }
    default:
        return name;
    }
}

/// Whether redacted text still holds a secret. Text is only cut, never encoded, and its filler may
/// itself hold "%7E" (found in a CI run: filler "%7E" read as a leaked "~"), so only "~" counts.
bool textLeaks(const QString &text)
{
    return text.contains(QLatin1Char('~'));
}

/// Whether a redacted address or header value still holds a secret, maybe percent-encoded. These
/// are built from secrets and fixed strings only, never from filler, so "%7E" is always a secret's.
bool leaks(const QString &text)
{
    return textLeaks(text) || text.contains(QLatin1String("%7E"), Qt::CaseInsensitive);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Text text;
    Redactor::Headers headers;
    QList<QUrl> urls;
    int planted = 0;
    auto secret = [&planted] { return QStringLiteral("~s%1~").arg(planted++); };

    size_t pos = 0;
    while (pos < size) {
        size_t end = pos;
        while (end < size && data[end] != '~')
            ++end;
        text.add(QString::fromUtf8(reinterpret_cast<const char *>(data + pos),
                                   qsizetype(end - pos)));
        if (end + 2 >= size)
            break;
        const uint8_t what = data[end + 1];
        const uint8_t name = data[end + 2];
        pos = end + 3;
        const uint8_t how = what / 8;
        switch (what % 8) {
        case 0: // name=value
            text.add(QLatin1Char(Stops[how % (std::size(Stops) - 1)]) + spell(name, false)
                     + QLatin1Char('=') + secret());
            break;
        case 1: // "name": "value"
        case 2: // "name": value
        case 3: // "name": ["…", "value"]
        case 4: // "name": {"a": {"b": "value"}}
        case 5: { // "name": "value… (cut off)
            text.closeString();
            const QString member = QLatin1String(MemberStarts[how % std::size(MemberStarts)])
                    + QLatin1Char('"') + spell(name, true) + QLatin1Char('"')
                    + QLatin1String(Colons[(how / std::size(MemberStarts)) % std::size(Colons)]);
            const QString value = secret();
            switch (what % 8) {
            case 1:
                text.add(member + QLatin1Char('"') + value + QLatin1Char('"'));
                break;
            case 2:
                text.add(member + value);
                break;
            case 3:
                text.add(member + QLatin1String("[\"a\", ") + QLatin1Char('"') + value
                         + QLatin1String("\"]"));
                break;
            case 4:
                text.add(member + QLatin1String("{\"a\": {\"b\": \"") + value
                         + QLatin1String("\"}}"));
                break;
            default:
                text.add(member + QLatin1Char('"') + value);
                break;
            }
            break;
        }
        case 6: { // a credential header
            const QByteArray header = SecretHeaders[name % std::size(SecretHeaders)];
            const QByteArray scheme = Schemes[how % std::size(Schemes)];
            headers.append(
                    { header,
                      (scheme.isEmpty() ? QByteArray() : scheme + ' ') + secret().toUtf8() });
            break;
        }
        default: { // an address
            const QString query =
                    QStringLiteral("x=1&") + spell(name, false) + QLatin1Char('=') + secret();
            text.add(QLatin1Char(Stops[how % (std::size(Stops) - 1)])
                     + QStringLiteral("https://client.example/cb?") + query);
            const QUrl url(QStringLiteral("https://me:%1@client.example/cb?%2#%3")
                                   .arg(secret(), query, secret()));
            urls.append(url);
            headers.append({ QByteArrayLiteral("Location"), url.toEncoded() });
            break;
        }
        }
    }

    const QString redacted = Redactor::redactText(text.text());
    if (textLeaks(redacted)) {
        std::fprintf(stderr, "in:  %s\nout: %s\n", qUtf8Printable(text.text()),
                     qUtf8Printable(redacted));
        FUZZ_CHECK(!textLeaks(redacted));
    }
    for (const QUrl &url : std::as_const(urls)) {
        FUZZ_CHECK(!leaks(Redactor::redactedUrlText(url)));
        FUZZ_CHECK(!leaks(QString::fromUtf8(Redactor::redactUrl(url).toEncoded())));
    }
    const Redactor::Headers out = Redactor::redactHeaders(headers);
    FUZZ_CHECK(out.size() == headers.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        FUZZ_CHECK(out.at(i).first == headers.at(i).first);
        FUZZ_CHECK(!leaks(QString::fromUtf8(out.at(i).second)));
    }
    // Planting something is redacting something: the placeholder is there for each text secret.
    if (planted > 0 && text.text().contains(QLatin1Char('~')))
        FUZZ_CHECK(redacted.contains(Redactor::placeholder()));
    return 0;
}
