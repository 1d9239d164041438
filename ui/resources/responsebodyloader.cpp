#include "responsebodyloader.h"

#include "resources/jsonprettyprinter.h"
#include "resources/partialjsonparser.h"
#include "resources/textcut.h"
#include "resources/xmlprettyprinter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QPromise>
#include <QStringDecoder>
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
    const qsizetype cut = TextCut::cutPoint(body, limit);
    result.textTruncated = cut < body.size();
    result.text = decodeText(cut < body.size() ? body.left(cut) : body, contentType);
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
            if (!PartialJsonParser::parse(body, stop, deliver, &result.json, &result.growingPath))
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
            result.text = QString::fromUtf8(JsonPrettyPrinter::print(body, textLimit, &truncated));
            result.textTruncated = truncated;
        }
        break;
    }
    case Kind::Xml: {
        QByteArray pretty;
        bool truncated = false;
        if (XmlPrettyPrinter::print(body, textLimit, &pretty, &truncated, &result.error)) {
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

} // namespace OAuthDesk
