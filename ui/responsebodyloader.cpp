#include "responsebodyloader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QPromise>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <QtConcurrent/QtConcurrentRun>

namespace OAuthDesk {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

char firstNonSpace(const QByteArray &body)
{
    for (const char c : body) {
        if (!isSpace(c))
            return c;
    }
    return 0;
}

/// The length of `bytes`' longest prefix of at most `limit` bytes that ends after a whole UTF-8
/// character, and after a line when one ends in the second half.
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

/// Line and column (from 1) of a byte offset, for parse errors.
QString positionText(const QByteArray &body, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, body.size());
    const QByteArrayView before(body.constData(), offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QCoreApplication::translate("OAuthDesk::ResponseBodyLoader", "line %1, column %2").arg(line).arg(column);
}

QString decodeText(const QByteArray &bytes, const QByteArray &contentType)
{
    QByteArray charset;
    const QList<QByteArray> parts = contentType.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        if (part.toLower().startsWith("charset="))
            charset = part.mid(8).trimmed().replace('"', QByteArray());
    }
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.constData());
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    return QString::fromUtf8(bytes);
}

QString hexDump(const QByteArray &body, qsizetype limit)
{
    const qsizetype size = qMin(body.size(), limit);
    QString out;
    out.reserve((size / 16 + 1) * 80);
    for (qsizetype line = 0; line < size; line += 16) {
        out += QStringLiteral("%1  ").arg(line, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = line; i < line + 16; ++i) {
            if (i < size) {
                const auto byte = static_cast<unsigned char>(body.at(i));
                out += QStringLiteral("%1 ").arg(byte, 2, 16, QLatin1Char('0'));
                ascii += (byte >= 0x20 && byte < 0x7f) ? QLatin1Char(char(byte)) : QLatin1Char('.');
            } else {
                out += QLatin1String("   ");
            }
            if (i == line + 7)
                out += QLatin1Char(' ');
        }
        out += QLatin1String(" |") + ascii + QLatin1String("|\n");
    }
    return out;
}

/// Text first, cut at the limit.
void setPlainText(ResponseBodyLoader::Result &result, const QByteArray &body, const QByteArray &contentType,
                  qsizetype limit)
{
    const qsizetype cut = cutPoint(body, limit);
    result.textTruncated = cut < body.size();
    result.text = decodeText(cut < body.size() ? body.left(cut) : body, contentType);
}

} // namespace

ResponseBodyLoader::ResponseBodyLoader(QObject *parent) : QObject(parent) {}

ResponseBodyLoader::~ResponseBodyLoader()
{
    if (m_watcher)
        m_watcher->future().cancel();
}

quint64 ResponseBodyLoader::load(const QByteArray &body, const QByteArray &contentType)
{
    const bool wasLoading = isLoading();
    if (m_watcher) {
        m_watcher->future().cancel();
        delete std::exchange(m_watcher, nullptr);
    }
    const quint64 id = ++m_lastId;
    auto *watcher = new QFutureWatcher<Result>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        watcher->deleteLater();
        const QFuture<Result> future = watcher->future();
        Q_EMIT loadingChanged(false);
        if (!future.isCanceled() && future.resultCount() > 0)
            Q_EMIT loaded(future.result());
    });
    watcher->setFuture(QtConcurrent::run(
        [](QPromise<Result> &promise, const QByteArray &data, const QByteArray &type, qsizetype limit, quint64 jobId) {
            Result result = process(data, type, limit, [&promise] { return promise.isCanceled(); });
            result.id = jobId;
            if (!promise.isCanceled())
                promise.addResult(std::move(result));
        },
        body, contentType, m_textLimit, id));
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
    return id;
}

void ResponseBodyLoader::cancel()
{
    if (!m_watcher)
        return;
    m_watcher->future().cancel();
    delete std::exchange(m_watcher, nullptr);
    Q_EMIT loadingChanged(false);
}

QByteArray ResponseBodyLoader::mediaTypeOf(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

ResponseBodyLoader::Kind ResponseBodyLoader::kindOf(const QByteArray &contentType, const QByteArray &body)
{
    if (body.isEmpty())
        return Kind::Empty;
    const QByteArray type = mediaTypeOf(contentType);
    if (type == "application/json" || type == "text/json" || type.endsWith("+json"))
        return Kind::Json;
    if (type == "application/xml" || type == "text/xml" || type.endsWith("+xml"))
        return Kind::Xml; // image/svg+xml too: its text is XML, and an image when a plugin reads SVG
    if (type.startsWith("image/"))
        return Kind::Image;
    if (type.startsWith("text/") || type == "application/javascript" || type == "application/x-www-form-urlencoded" ||
        type == "application/jwt")
        return Kind::Text;
    if (type.isEmpty()) {
        const char first = firstNonSpace(body);
        if (first == '{' || first == '[')
            return Kind::Json;
        if (first == '<')
            return Kind::Xml;
    }
    // Text has no NUL bytes; whatever has one at the start is better read as hex.
    return body.left(4096).contains('\0') ? Kind::Binary : Kind::Text;
}

ResponseBodyLoader::Result ResponseBodyLoader::process(const QByteArray &body, const QByteArray &contentType,
                                                       qsizetype textLimit, const std::function<bool()> &cancelled)
{
    Result result;
    result.kind = kindOf(contentType, body);
    result.mediaType = mediaTypeOf(contentType);
    result.bodySize = body.size();
    const auto stop = [&cancelled] { return cancelled && cancelled(); };

    switch (result.kind) {
    case Kind::Empty:
        break;
    case Kind::Json: {
        QJsonParseError error;
        QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError) {
            result.json = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        } else {
            // RFC 8259 allows a scalar as the whole document; Qt's parser wants an object or array.
            const char first = firstNonSpace(body);
            if (first != '{' && first != '[') {
                QJsonParseError wrappedError;
                const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']', &wrappedError);
                if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1)
                    result.json = wrapped.array().at(0);
            }
            if (result.json.isUndefined()) {
                result.error =
                    tr("Not valid JSON: %1 (%2).").arg(error.errorString(), positionText(body, error.offset));
            }
        }
        document = QJsonDocument(); // result.json shares the data
        if (stop())
            return result;
        if (result.json.isUndefined()) {
            setPlainText(result, body, contentType, textLimit);
        } else {
            bool truncated = false;
            result.text = QString::fromUtf8(prettyJson(body, textLimit, &truncated));
            result.textTruncated = truncated;
        }
        break;
    }
    case Kind::Xml: {
        QByteArray pretty;
        bool truncated = false;
        if (prettyXml(body, textLimit, &pretty, &truncated, &result.error)) {
            result.text = QString::fromUtf8(pretty);
            result.textTruncated = truncated;
        } else {
            setPlainText(result, body, contentType, textLimit);
        }
        if (result.mediaType.startsWith("image/") && !stop())
            result.image = QImage::fromData(body);
        break;
    }
    case Kind::Image:
        result.image = QImage::fromData(body);
        if (result.image.isNull()) {
            result.error = tr("The image could not be decoded.");
            result.text = hexDump(body, qMin(textLimit, HexDumpLimit));
            result.textTruncated = body.size() > qMin(textLimit, HexDumpLimit);
        }
        break;
    case Kind::Text:
        setPlainText(result, body, contentType, textLimit);
        break;
    case Kind::Binary:
        result.text = hexDump(body, qMin(textLimit, HexDumpLimit));
        result.textTruncated = body.size() > qMin(textLimit, HexDumpLimit);
        break;
    }
    return result;
}

QByteArray ResponseBodyLoader::prettyJson(const QByteArray &json, qsizetype limit, bool *truncated)
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
        out.truncate(cutPoint(out, limit));
    else
        out += '\n';
    if (truncated)
        *truncated = cut;
    return out;
}

bool ResponseBodyLoader::prettyXml(const QByteArray &xml, qsizetype limit, QByteArray *out, bool *truncated,
                                   QString *error)
{
    QByteArray pretty;
    QXmlStreamReader reader(xml);
    QXmlStreamWriter writer(&pretty);
    writer.setAutoFormatting(true);
    bool cut = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.hasError())
            break;
        // Whitespace between elements is the old layout; the writer makes the new one.
        if (reader.isWhitespace())
            continue;
        if (reader.isStartElement()) {
            // Names as written: writeCurrentToken() would invent prefixes (n1:) for namespaces.
            writer.writeStartElement(reader.qualifiedName().toString());
            for (const QXmlStreamNamespaceDeclaration &declaration : reader.namespaceDeclarations()) {
                writer.writeAttribute(declaration.prefix().isEmpty()
                                          ? QStringLiteral("xmlns")
                                          : QLatin1String("xmlns:") + declaration.prefix().toString(),
                                      declaration.namespaceUri().toString());
            }
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                if (!attribute.isDefault())
                    writer.writeAttribute(attribute.qualifiedName().toString(), attribute.value().toString());
            }
        } else {
            writer.writeCurrentToken(reader);
        }
        if (pretty.size() > limit) {
            cut = true;
            break;
        }
    }
    if (reader.hasError()) {
        if (error) {
            *error = tr("Not well-formed XML: %1 (line %2, column %3).")
                         .arg(reader.errorString())
                         .arg(reader.lineNumber())
                         .arg(reader.columnNumber());
        }
        return false;
    }
    if (cut)
        pretty.truncate(cutPoint(pretty, limit));
    if (truncated)
        *truncated = cut;
    if (out)
        *out = std::move(pretty);
    return true;
}

} // namespace OAuthDesk
