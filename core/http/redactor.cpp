#include "redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

namespace OAuthDesk {

namespace {

QByteArray mimeType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

bool isJsonType(const QByteArray &mime)
{
    return mime == "application/json" || mime == "text/json" || mime.endsWith("+json");
}

bool isJwtType(const QByteArray &mime)
{
    return mime == "application/jwt" || mime.endsWith("+jwt");
}

bool isBinaryType(const QByteArray &mime)
{
    static const QByteArrayList prefixes = { "image/", "audio/", "video/", "font/", "multipart/" };
    static const QByteArrayList types = { "application/octet-stream", "application/pdf",
                                          "application/zip",          "application/gzip",
                                          "application/x-protobuf",   "application/protobuf",
                                          "application/cbor",         "application/wasm",
                                          "application/x-tar" };
    for (const QByteArray &prefix : prefixes) {
        if (mime.startsWith(prefix))
            return true;
    }
    return types.contains(mime);
}

/// Text that is valid UTF-8 without NUL bytes; anything else is summarised, never shown.
bool decodeText(const QByteArray &body, QString *text)
{
    if (body.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(body);
    return !decoder.hasError();
}

QString summary(const QByteArray &mime, qsizetype size)
{
    return QStringLiteral("<%1 bytes of %2>")
            .arg(size)
            .arg(mime.isEmpty() ? QStringLiteral("unknown type") : QString::fromLatin1(mime));
}

/// Where to cut `body` to keep at most `limit` bytes without splitting a UTF-8 sequence.
qsizetype utf8Cut(const QByteArray &body, qsizetype limit)
{
    qsizetype cut = qMin(limit, body.size());
    while (cut > 0 && cut < body.size()
           && (static_cast<unsigned char>(body.at(cut)) & 0xC0) == 0x80)
        --cut;
    return cut;
}

/// The index just past the JSON string starting at `from` (a '"'), or the end of a cut text.
qsizetype jsonStringEnd(QStringView text, qsizetype from)
{
    for (qsizetype i = from + 1; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\'))
            ++i;
        else if (text[i] == QLatin1Char('"'))
            return i + 1;
    }
    return text.size();
}

/// The index just past the JSON value starting at `from`: a string, an object or array (nesting
/// followed), or a bare scalar; the end of the text when the value is cut off.
qsizetype jsonValueEnd(QStringView text, qsizetype from)
{
    if (from >= text.size())
        return from;
    const QChar first = text[from];
    if (first == QLatin1Char('"'))
        return jsonStringEnd(text, from);
    if (first == QLatin1Char('{') || first == QLatin1Char('[')) {
        int depth = 0;
        for (qsizetype i = from; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c == QLatin1Char('"')) {
                i = jsonStringEnd(text, i) - 1;
            } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
                ++depth;
            } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return text.size();
    }
    qsizetype i = from;
    while (i < text.size() && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('}')
           && text[i] != QLatin1Char(']') && !text[i].isSpace()) {
        // A quote in a bare value: no telling where strings begin and end after it, so everything
        // to the end is the value (found by fuzz_redactor: {"client_secret":a"b c","password":"…"}
        // kept the password, read as text between two strings).
        if (text[i] == QLatin1Char('"'))
            return text.size();
        ++i;
    }
    return i;
}

/// The name a JSON string literal (quotes included, maybe cut off) stands for.
QString jsonStringValue(QStringView literal)
{
    QStringView inner = literal.mid(1);
    const bool closed = inner.endsWith(QLatin1Char('"')) && literal.size() >= 2;
    if (closed)
        inner.chop(1);
    if (!inner.contains(QLatin1Char('\\')) || !closed)
        return inner.toString();
    const QJsonDocument document = QJsonDocument::fromJson(
            QByteArray("[") + literal.toString().toUtf8() + QByteArray("]"));
    return document.isArray() ? document.array().at(0).toString() : inner.toString();
}

/// `"name": value` pairs with a secret name get "[redacted]" for their value, at any depth, in
/// JSON that may be cut off anywhere (so cannot be parsed).
QString redactJsonPairs(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QStringView view(text);
    qsizetype i = 0;
    while (i < view.size()) {
        if (view[i] != QLatin1Char('"')) {
            out += view[i++];
            continue;
        }
        const qsizetype end = jsonStringEnd(view, i);
        const QStringView literal = view.mid(i, end - i);
        out += literal;
        i = end;
        qsizetype j = i;
        while (j < view.size() && view[j].isSpace())
            ++j;
        if (j >= view.size() || view[j] != QLatin1Char(':')
            || !Redactor::isSecretName(jsonStringValue(literal)))
            continue;
        ++j;
        while (j < view.size() && view[j].isSpace())
            ++j;
        out += view.mid(i, j - i);
        const qsizetype valueEnd = jsonValueEnd(view, j);
        if (valueEnd > j)
            out += QLatin1Char('"') + Redactor::placeholder() + QLatin1Char('"');
        i = valueEnd;
    }
    return out;
}

/// `name=value` anywhere in a text (a query in an HTML page, a form in an error message) with a
/// secret name gets "[redacted]" for its value.
QString redactKeyValuePairs(const QString &text)
{
    // Only the name and '=' are matched, so that a pair inside another's value (a redirect_uri
    // carrying ?code=…) is still found.
    static const QRegularExpression name(
            QStringLiteral("(?<![A-Za-z0-9_.%+-])([A-Za-z0-9_.%+-]+)="));
    // Tokens, codes and form-encoded values never hold these; prose and markup around them do.
    static const QString stops = QStringLiteral("&\"'<>#;,)]} \t\r\n");
    QString out;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = name.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype valueStart = match.capturedEnd(0);
        if (valueStart < copied)
            continue;
        QByteArray encoded = match.captured(1).toUtf8();
        encoded.replace('+', ' ');
        if (!Redactor::isSecretName(QString::fromUtf8(QByteArray::fromPercentEncoding(encoded))))
            continue;
        qsizetype valueEnd = valueStart;
        while (valueEnd < text.size() && !stops.contains(text.at(valueEnd)))
            ++valueEnd;
        if (valueEnd == valueStart)
            continue;
        out += QStringView(text).mid(copied, valueStart - copied);
        out += Redactor::placeholder();
        copied = valueEnd;
    }
    out += QStringView(text).mid(copied);
    return out;
}

QJsonValue redactJsonValue(const QJsonValue &value);

QJsonObject redactJsonObject(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool empty =
                it.value().isNull() || (it.value().isString() && it.value().toString().isEmpty());
        if (Redactor::isSecretName(it.key()) && !empty)
            out.insert(it.key(), Redactor::placeholder());
        else
            out.insert(it.key(), redactJsonValue(it.value()));
    }
    return out;
}

QJsonValue redactJsonValue(const QJsonValue &value)
{
    if (value.isObject())
        return redactJsonObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(redactJsonValue(item));
        return out;
    }
    return value;
}

/// Re-serialises what parsed, so nothing the parser skipped (duplicates, odd spacing) can slip
/// through.
bool redactJson(const QByteArray &body, QByteArray *out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return false;
    if (document.isObject())
        *out = QJsonDocument(redactJsonObject(document.object())).toJson(QJsonDocument::Compact);
    else
        *out = QJsonDocument(redactJsonValue(document.array()).toArray())
                       .toJson(QJsonDocument::Compact);
    return true;
}

QString malformedJson(qsizetype size)
{
    return QStringLiteral("[redacted: %1 bytes of JSON that does not parse]").arg(size);
}

bool looksLikeJwt(const QByteArray &trimmed)
{
    static const QRegularExpression jwt(
            QStringLiteral("^eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]*)+$"));
    return trimmed.startsWith("eyJ") && jwt.match(QString::fromLatin1(trimmed)).hasMatch();
}

} // namespace

bool Redactor::isSecretName(QStringView name)
{
    static const QStringList names = {
        QStringLiteral("code"),
        QStringLiteral("code_verifier"),
        QStringLiteral("code_challenge"),
        QStringLiteral("state"),
        QStringLiteral("nonce"),
        QStringLiteral("client_secret"),
        QStringLiteral("client_assertion"),
        QStringLiteral("password"),
        QStringLiteral("access_token"),
        QStringLiteral("refresh_token"),
        QStringLiteral("id_token"),
        QStringLiteral("id_token_hint"),
        QStringLiteral("device_code"),
        QStringLiteral("token"),
        QStringLiteral("assertion"),
        QStringLiteral("subject_token"),
        QStringLiteral("actor_token"),
        QStringLiteral("registration_access_token"),
        // The key of a MAC token (draft-ietf-oauth-v2-http-mac): refused as a token type, but its
        // answer is still logged (found by tst_hostile, "T1 token_type mac").
        QStringLiteral("mac_key"),
    };
    for (const QString &secret : names) {
        if (name.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool Redactor::isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.trimmed().toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie"
            || lower == "set-cookie" || lower.contains("token") || lower.contains("secret")
            || lower.contains("api-key") || lower.contains("apikey");
}

QByteArray Redactor::redactForm(const QByteArray &form)
{
    QByteArrayList parts = form.split('&');
    for (QByteArray &part : parts) {
        const qsizetype equals = part.indexOf('=');
        if (equals < 0 || equals == part.size() - 1)
            continue;
        QByteArray name = part.left(equals);
        name.replace('+', ' ');
        if (isSecretName(QString::fromUtf8(QByteArray::fromPercentEncoding(name))))
            part = part.left(equals + 1) + placeholder().toUtf8();
    }
    return parts.join('&');
}

QUrl Redactor::redactUrl(const QUrl &url)
{
    QUrl out = url;
    if (url.hasQuery())
        out.setQuery(QString::fromUtf8(redactForm(url.query(QUrl::FullyEncoded).toUtf8())),
                     QUrl::TolerantMode);
    // Implicit and hybrid answers carry tokens in the fragment, in whatever shape the server chose.
    if (url.hasFragment())
        out.setFragment(placeholder());
    if (!url.password().isEmpty())
        out.setPassword(placeholder());
    return out;
}

QString Redactor::redactedUrlText(const QUrl &url)
{
    return redactUrl(url).toString();
}

Redactor::Headers Redactor::redactHeaders(const Headers &headers)
{
    Headers out;
    out.reserve(headers.size());
    for (const auto &header : headers) {
        const QByteArray lower = header.first.trimmed().toLower();
        QByteArray value = header.second;
        if (isSecretHeader(header.first) && !value.trimmed().isEmpty()) {
            const QByteArray trimmed = value.trimmed();
            const qsizetype space = trimmed.indexOf(' ');
            // The scheme says what kind of credential was sent and is no secret itself.
            if ((lower == "authorization" || lower == "proxy-authorization") && space > 0)
                value = trimmed.left(space) + ' ' + placeholder().toUtf8();
            else
                value = placeholder().toUtf8();
        } else if (lower == "location" || lower == "content-location" || lower == "referer") {
            // A redirect from the authorization endpoint carries the code and the state.
            value = redactUrl(QUrl::fromEncoded(value.trimmed())).toEncoded();
        }
        out.append({ header.first, value });
    }
    return out;
}

QString Redactor::redactText(const QString &text)
{
    return redactKeyValuePairs(redactJsonPairs(text));
}

QString Redactor::redactBody(const QByteArray &contentType, const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    const QByteArray mime = mimeType(contentType);
    if (isJwtType(mime))
        return QStringLiteral("[redacted: %1 bytes of %2]")
                .arg(body.size())
                .arg(QString::fromLatin1(mime));
    if (isBinaryType(mime))
        return summary(mime, body.size());
    if (body.size() <= MaxBodySize)
        return redactWhole(mime, body);
    // Cut before anything else: decoding and redacting a 50 MB answer would stall the window, and
    // only the beginning is kept anyway.
    const qsizetype cut = utf8Cut(body, MaxBodySize);
    const QByteArray prefix = body.left(cut);
    QString text;
    if (!decodeText(prefix, &text))
        return summary(mime, body.size());
    const QString dropped = QStringLiteral("\n[\u2026 %1 bytes not kept]").arg(body.size() - cut);
    if (mime == "application/x-www-form-urlencoded")
        return QString::fromUtf8(redactForm(prefix)) + dropped;
    const QByteArray trimmed = prefix.trimmed();
    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    if (trimmed.startsWith("eyJ") && !text.trimmed().contains(whitespace))
        return QStringLiteral("[redacted: %1 bytes, a JWT]").arg(body.size());
    // A cut JSON document does not parse: redact by text, every pair with a secret name, and any
    // name=value as well, erring on the side of redacting.
    return redactText(text) + dropped;
}

QString Redactor::redactWhole(const QByteArray &mime, const QByteArray &body)
{
    QString text;
    if (!decodeText(body, &text))
        return summary(mime, body.size());

    if (mime == "application/x-www-form-urlencoded")
        return QString::fromUtf8(redactForm(body));
    const QByteArray trimmed = body.trimmed();
    QByteArray json;
    if (isJsonType(mime)) {
        if (!redactJson(body, &json))
            return malformedJson(body.size());
        return QString::fromUtf8(json);
    }
    // Servers label JSON and forms as text/plain or text/html often enough that the label is not
    // trusted.
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        if (redactJson(body, &json))
            return QString::fromUtf8(json);
        if (trimmed.startsWith('{'))
            return malformedJson(body.size());
    }
    if (looksLikeJwt(trimmed))
        return QStringLiteral("[redacted: %1 bytes, a JWT]").arg(body.size());
    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    if (trimmed.contains('=') && !text.trimmed().contains(whitespace))
        return QString::fromUtf8(redactForm(body));
    // Other text is kept, but a code or token quoted in it (a link in an HTML page) is not.
    return redactText(text);
}

} // namespace OAuthDesk
