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
    static const QByteArrayList prefixes = {"image/", "audio/", "video/", "font/", "multipart/"};
    static const QByteArrayList types = {"application/octet-stream", "application/pdf", "application/zip",
                                         "application/gzip", "application/x-protobuf", "application/protobuf",
                                         "application/cbor", "application/wasm", "application/x-tar"};
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

QString capped(const QByteArray &text)
{
    if (text.size() <= Redactor::MaxBodySize)
        return QString::fromUtf8(text);
    qsizetype cut = Redactor::MaxBodySize;
    // Do not split a UTF-8 sequence: back off over continuation bytes.
    while (cut > 0 && (static_cast<unsigned char>(text.at(cut)) & 0xC0) == 0x80)
        --cut;
    return QString::fromUtf8(text.left(cut)) +
           QStringLiteral("\n[%1 more bytes not logged]").arg(text.size() - cut);
}

QJsonValue redactJsonValue(const QJsonValue &value);

QJsonObject redactJsonObject(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool empty = it.value().isNull() || (it.value().isString() && it.value().toString().isEmpty());
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

/// Re-serialises what parsed, so nothing the parser skipped (duplicates, odd spacing) can slip through.
bool redactJson(const QByteArray &body, QByteArray *out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return false;
    if (document.isObject())
        *out = QJsonDocument(redactJsonObject(document.object())).toJson(QJsonDocument::Compact);
    else
        *out = QJsonDocument(redactJsonValue(document.array()).toArray()).toJson(QJsonDocument::Compact);
    return true;
}

QString malformedJson(qsizetype size)
{
    return QStringLiteral("[redacted: %1 bytes of JSON that does not parse]").arg(size);
}

bool looksLikeJwt(const QByteArray &trimmed)
{
    static const QRegularExpression jwt(QStringLiteral("^eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]*)+$"));
    return trimmed.startsWith("eyJ") && jwt.match(QString::fromLatin1(trimmed)).hasMatch();
}

} // namespace

bool Redactor::isSecretName(QStringView name)
{
    static const QStringList names = {
        QStringLiteral("code"),          QStringLiteral("code_verifier"), QStringLiteral("code_challenge"),
        QStringLiteral("state"),         QStringLiteral("nonce"),         QStringLiteral("client_secret"),
        QStringLiteral("client_assertion"), QStringLiteral("password"),   QStringLiteral("access_token"),
        QStringLiteral("refresh_token"), QStringLiteral("id_token"),      QStringLiteral("id_token_hint"),
        QStringLiteral("device_code"),   QStringLiteral("token"),         QStringLiteral("assertion"),
        QStringLiteral("subject_token"), QStringLiteral("actor_token"),
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
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie" ||
           lower == "set-cookie" || lower.contains("token") || lower.contains("secret") ||
           lower.contains("api-key") || lower.contains("apikey");
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
        out.setQuery(QString::fromUtf8(redactForm(url.query(QUrl::FullyEncoded).toUtf8())), QUrl::TolerantMode);
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
        out.append({header.first, value});
    }
    return out;
}

QString Redactor::redactBody(const QByteArray &contentType, const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    const QByteArray mime = mimeType(contentType);
    if (isJwtType(mime))
        return QStringLiteral("[redacted: %1 bytes of %2]").arg(body.size()).arg(QString::fromLatin1(mime));
    if (isBinaryType(mime))
        return summary(mime, body.size());
    QString text;
    if (!decodeText(body, &text))
        return summary(mime, body.size());

    if (mime == "application/x-www-form-urlencoded")
        return capped(redactForm(body));
    const QByteArray trimmed = body.trimmed();
    QByteArray json;
    if (isJsonType(mime)) {
        if (!redactJson(body, &json))
            return malformedJson(body.size());
        return capped(json);
    }
    // Servers label JSON and forms as text/plain or text/html often enough that the label is not trusted.
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        if (redactJson(body, &json))
            return capped(json);
        if (trimmed.startsWith('{'))
            return malformedJson(body.size());
    }
    if (looksLikeJwt(trimmed))
        return QStringLiteral("[redacted: %1 bytes, a JWT]").arg(body.size());
    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    if (trimmed.contains('=') && !text.trimmed().contains(whitespace))
        return capped(redactForm(body));
    return capped(body);
}

} // namespace OAuthDesk
