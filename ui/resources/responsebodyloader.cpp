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

#include <cstring>

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
    return QCoreApplication::translate("OAuthDesk::ResponseBodyLoader", "line %1, column %2")
            .arg(line)
            .arg(column);
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
void setPlainText(ResponseBodyLoader::Result &result, const QByteArray &body,
                  const QByteArray &contentType, qsizetype limit)
{
    const qsizetype cut = cutPoint(body, limit);
    result.textTruncated = cut < body.size();
    result.text = decodeText(cut < body.size() ? body.left(cut) : body, contentType);
}

/// After a string's opening quote: the position just after its closing quote, or `end`.
const char *skipString(const char *p, const char *end)
{
    for (;;) {
        const auto *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
        if (!quote)
            return end;
        const char *backslashes = quote;
        while (backslashes > p && backslashes[-1] == '\\')
            --backslashes;
        if (((quote - backslashes) & 1) == 0)
            return quote + 1;
        p = quote + 1;
    }
}

/// What one pass over a container's bytes tells: where it ends, where its elements are parted, and
/// which member or element is the largest.
struct ContainerScan
{
    qsizetype close = -1; ///< the offset of the closing bracket
    QList<qsizetype> commas; ///< the offsets of the commas between the children
    qsizetype largestStart = -1, largestEnd = -1; ///< the largest child's value, without spaces
    qsizetype largestKeyStart = -1, largestKeyEnd = -1; ///< its key with the quotes (objects)
    qsizetype largestIndex = -1; ///< its place in the text
    QList<qsizetype> largestCommas; ///< the commas between the largest child's own children
};

/// Scans the object or array whose bracket is at `open`; false when its brackets do not close.
/// Nothing is checked beyond brackets and strings: the parser sees every byte later.
bool scanContainer(const QByteArray &json, qsizetype open, ContainerScan *scan)
{
    const char *const data = json.constData();
    const char *const end = data + json.size();
    const bool object = data[open] == '{';
    int depth = 0;
    qsizetype keyStart = -1, keyEnd = -1;
    qsizetype valueStart = object ? -1 : open + 1;
    qsizetype index = 0;
    QList<qsizetype> childCommas;
    const auto childEnds = [&](qsizetype at) {
        if (valueStart < 0)
            return;
        qsizetype first = valueStart, last = at;
        while (first < last && isSpace(data[first]))
            ++first;
        while (last > first && isSpace(data[last - 1]))
            --last;
        if (last - first > scan->largestEnd - scan->largestStart) {
            scan->largestStart = first;
            scan->largestEnd = last;
            scan->largestKeyStart = keyStart;
            scan->largestKeyEnd = keyEnd;
            scan->largestIndex = index;
            scan->largestCommas = std::move(childCommas);
        }
        childCommas.clear();
        ++index;
    };
    for (const char *p = data + open + 1; p < end; ++p) {
        switch (*p) {
        case '"': {
            const char *after = skipString(p + 1, end);
            if (depth == 0 && object && valueStart < 0) {
                keyStart = p - data;
                keyEnd = after - data;
            }
            p = after - 1;
            break;
        }
        case '{':
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            if (depth-- == 0) {
                childEnds(p - data);
                scan->close = p - data;
                return true;
            }
            break;
        case ',':
            if (depth == 0) {
                childEnds(p - data);
                scan->commas.append(p - data);
                keyStart = keyEnd = -1;
                valueStart = object ? -1 : p - data + 1;
            } else if (depth == 1) {
                childCommas.append(p - data);
            }
            break;
        case ':':
            if (depth == 0 && object && valueStart < 0)
                valueStart = p - data + 1;
            break;
        default:
            break;
        }
    }
    return false;
}

/// One step from a container to its child: a member's name or an element's row.
struct Step
{
    QString key; ///< for an object
    int row = -1; ///< for an array
};

/// `container` with the value at `steps` (from `from` on) replaced by `array`.
QJsonValue replacedAt(const QJsonValue &container, const QList<Step> &steps, qsizetype from,
                      const QJsonArray &array)
{
    if (from == steps.size())
        return array;
    const Step &step = steps.at(from);
    if (container.isObject()) {
        QJsonObject object = container.toObject();
        object.insert(step.key, replacedAt(object.value(step.key), steps, from + 1, array));
        return object;
    }
    QJsonArray parent = container.toArray();
    parent.replace(step.row, replacedAt(parent.at(step.row), steps, from + 1, array));
    return parent;
}

/**
 * Parses `json` with its largest array in batches, handing the document so far to `partial` as the
 * array grows. False when the document has no such array or does not parse this way (then the
 * caller parses it whole, and reports the error where it is); `*done` is the whole document.
 */
bool parseInParts(const QByteArray &json, const std::function<bool()> &stop,
                  const std::function<void(const QJsonValue &, const QList<int> &)> &partial,
                  QJsonValue *done, QList<int> *growingPath)
{
    qsizetype open = 0;
    while (open < json.size() && isSpace(json.at(open)))
        ++open;
    if (open == json.size() || (json.at(open) != '{' && json.at(open) != '['))
        return false;

    // Down from the top while one child holds at least half of the bytes.
    QList<QByteArray> rawSteps; // a member's quoted name, or an element's row as a number
    QList<bool> objectSteps;
    ContainerScan scan;
    if (!scanContainer(json, open, &scan))
        return false;
    for (int level = 0;; ++level) {
        const char first = scan.largestStart >= 0 ? json.at(scan.largestStart) : 0;
        const bool descend = level < 16 && (first == '{' || first == '[')
                && (scan.largestEnd - scan.largestStart) * 2 >= scan.close - open;
        if (!descend)
            break;
        const bool object = json.at(open) == '{';
        if (object && scan.largestKeyStart < 0)
            return false;
        objectSteps.append(object);
        rawSteps.append(
                object ? json.mid(scan.largestKeyStart, scan.largestKeyEnd - scan.largestKeyStart)
                       : QByteArray::number(scan.largestIndex));
        const qsizetype childOpen = scan.largestStart;
        const qsizetype childClose = scan.largestEnd - 1;
        if (json.at(childOpen) == '[' && json.at(childClose) == ']') {
            // The pass above saw the array's commas: when none of its elements holds half of it,
            // it is the one, and need not be read again.
            qsizetype widest = 0;
            qsizetype previous = childOpen;
            for (const qsizetype comma : std::as_const(scan.largestCommas)) {
                widest = qMax(widest, comma - previous);
                previous = comma;
            }
            widest = qMax(widest, childClose - previous);
            if (widest * 2 < childClose - childOpen) {
                ContainerScan array;
                array.close = childClose;
                array.commas = std::move(scan.largestCommas);
                scan = std::move(array);
                open = childOpen;
                break;
            }
        }
        open = childOpen;
        scan = ContainerScan();
        if (!scanContainer(json, open, &scan))
            return false;
    }
    if (json.at(open) != '[' || scan.commas.size() < 1)
        return false;
    const qsizetype close = scan.close;

    // Everything but the array's elements, then where the array is in what Qt made of it (Qt
    // sorts members by name, and a repeated name keeps one value: the array must be the one kept).
    QJsonParseError error;
    const QJsonDocument skeletonDocument =
            QJsonDocument::fromJson(json.left(open + 1) + json.mid(close), &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    QJsonValue skeleton = skeletonDocument.isArray() ? QJsonValue(skeletonDocument.array())
                                                     : QJsonValue(skeletonDocument.object());
    QList<Step> steps;
    QList<int> path;
    QJsonValue at = skeleton;
    for (qsizetype i = 0; i < rawSteps.size(); ++i) {
        Step step;
        if (objectSteps.at(i)) {
            const QJsonDocument name = QJsonDocument::fromJson('[' + rawSteps.at(i) + ']', &error);
            if (error.error != QJsonParseError::NoError || !at.isObject())
                return false;
            step.key = name.array().at(0).toString();
            const QJsonObject object = at.toObject();
            const auto it = object.constFind(step.key);
            if (it == object.constEnd())
                return false;
            path.append(int(it - object.constBegin()));
            at = it.value();
        } else {
            step.row = rawSteps.at(i).toInt();
            if (!at.isArray() || step.row >= at.toArray().size())
                return false;
            path.append(step.row);
            at = at.toArray().at(step.row);
        }
        steps.append(step);
    }
    if (!at.isArray() || !at.toArray().isEmpty())
        return false;

    // The elements, a growing batch at a time: the first rows show after a few milliseconds. The
    // document so far goes out when it has doubled, so that copies of it cost little in all.
    QJsonArray array;
    qsizetype batch = 1000;
    qsizetype next = 0; // the first element not parsed yet, as an index into the commas
    qsizetype from = open + 1;
    qsizetype shown = 0;
    const qsizetype elements = scan.commas.size() + 1;
    while (next < elements) {
        if (stop())
            return false;
        const qsizetype last = qMin(next + batch, elements); // one past the batch's last element
        const qsizetype to = last < elements ? scan.commas.at(last - 1) : close;
        const QJsonDocument parsed =
                QJsonDocument::fromJson('[' + json.mid(from, to - from) + ']', &error);
        if (error.error != QJsonParseError::NoError || parsed.array().size() != last - next)
            return false;
        const QJsonArray part = parsed.array();
        for (const QJsonValue &value : part)
            array.append(value);
        next = last;
        from = to + 1;
        batch = qMin<qsizetype>(batch * 4, 64 * 1024);
        if (next < elements && array.size() >= 2 * shown) {
            shown = array.size();
            partial(replacedAt(skeleton, steps, 0, array), path);
        }
    }
    *done = replacedAt(skeleton, steps, 0, array);
    *growingPath = path;
    return true;
}

/// Parses the whole body at once; on failure sets the error with where it is.
void parseWhole(ResponseBodyLoader::Result &result, const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        result.json =
                document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        return;
    }
    // RFC 8259 allows a scalar as the whole document; Qt's parser wants an object or array.
    const char first = firstNonSpace(body);
    if (first != '{' && first != '[') {
        QJsonParseError wrappedError;
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']', &wrappedError);
        if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1)
            result.json = wrapped.array().at(0);
    }
    if (result.json.isUndefined()) {
        result.error = QCoreApplication::translate("OAuthDesk::ResponseBodyLoader",
                                                   "Not valid JSON: %1 (%2).")
                               .arg(error.errorString(), positionText(body, error.offset));
    }
}

} // namespace

ResponseBodyLoader::ResponseBodyLoader(QObject *parent) : QObject(parent) { }

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
        // The last result is the whole one; partial ones come before it.
        const int count = future.isCanceled() ? 0 : future.resultCount();
        if (count > 0 && !future.resultAt(count - 1).partial)
            Q_EMIT loaded(future.resultAt(count - 1));
    });
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this, [this, watcher](int index) {
        if (watcher != m_watcher)
            return;
        // Only the newest: one that came in meanwhile has all of this one's rows and more.
        const QFuture<Result> future = watcher->future();
        if (index != future.resultCount() - 1)
            return;
        const Result result = future.resultAt(index);
        if (result.partial)
            Q_EMIT partiallyLoaded(result);
    });
    watcher->setFuture(QtConcurrent::run(
            [](QPromise<Result> &promise, const QByteArray &data, const QByteArray &type,
               qsizetype limit, quint64 jobId) {
                Result result = process(
                        data, type, limit, [&promise] { return promise.isCanceled(); },
                        [&promise, jobId](const Result &part) {
                            Result tagged = part;
                            tagged.id = jobId;
                            if (!promise.isCanceled())
                                promise.addResult(std::move(tagged));
                        });
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

ResponseBodyLoader::Kind ResponseBodyLoader::kindOf(const QByteArray &contentType,
                                                    const QByteArray &body)
{
    if (body.isEmpty())
        return Kind::Empty;
    const QByteArray type = mediaTypeOf(contentType);
    if (type == "application/json" || type == "text/json" || type.endsWith("+json"))
        return Kind::Json;
    if (type == "application/xml" || type == "text/xml" || type.endsWith("+xml"))
        return Kind::Xml; // image/svg+xml too: its text is XML, and an image when a plugin reads
                          // SVG
    if (type.startsWith("image/"))
        return Kind::Image;
    if (type.startsWith("text/") || type == "application/javascript"
        || type == "application/x-www-form-urlencoded" || type == "application/jwt")
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

ResponseBodyLoader::Result
ResponseBodyLoader::process(const QByteArray &body, const QByteArray &contentType,
                            qsizetype textLimit, const std::function<bool()> &cancelled,
                            const std::function<void(const Result &)> &partial)
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
        if (partial && body.size() >= PartialJsonSize) {
            const auto deliver = [&result, &partial](const QJsonValue &soFar,
                                                     const QList<int> &path) {
                Result part;
                part.kind = result.kind;
                part.mediaType = result.mediaType;
                part.bodySize = result.bodySize;
                part.json = soFar;
                part.partial = true;
                part.growingPath = path;
                partial(part);
            };
            if (!parseInParts(body, stop, deliver, &result.json, &result.growingPath))
                result.growingPath.clear();
            if (stop())
                return result;
        }
        if (result.json.isUndefined()) // small, or not a document that parses in parts
            parseWhole(result, body);
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

bool ResponseBodyLoader::prettyXml(const QByteArray &xml, qsizetype limit, QByteArray *out,
                                   bool *truncated, QString *error)
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
            for (const QXmlStreamNamespaceDeclaration &declaration :
                 reader.namespaceDeclarations()) {
                writer.writeAttribute(declaration.prefix().isEmpty() ? QStringLiteral("xmlns")
                                                                     : QLatin1String("xmlns:")
                                                      + declaration.prefix().toString(),
                                      declaration.namespaceUri().toString());
            }
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                if (!attribute.isDefault())
                    writer.writeAttribute(attribute.qualifiedName().toString(),
                                          attribute.value().toString());
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
