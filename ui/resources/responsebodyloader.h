#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QImage>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace OAuthDesk {

/**
 * Turns a response body into what the response viewer shows, on a worker thread: JSON parsed (for
 * the tree) and pretty-printed, XML pretty-printed, images decoded, other text decoded by its
 * charset, binary bodies as a hex dump. The result comes back to the loader's thread through a
 * queued signal, loaded().
 *
 * Only the newest load() counts: starting another cancels the one running, whose result is dropped.
 * Jobs hold their own (implicitly shared) copy of the body and never touch the loader, so
 * destroying the loader while one runs is safe; the job ends on its own and its result is
 * discarded.
 *
 * The text for the raw view is cut at textLimit() (a few MiB): a text widget given a 50 MB string
 * freezes the window. JsonPrettyPrinter re-indents the source bytes as it reads them and stops at
 * the limit, so no full pretty copy of a large document is ever made, and numbers and the order of
 * keys stay as the server wrote them; XmlPrettyPrinter does the same for XML.
 *
 * A large JSON document shows before it is all parsed (PartialJsonParser): the array that holds
 * most of it grows a batch at a time, and partiallyLoaded() hands over the document so far while
 * loaded() still comes once, with all of it.
 */
class ResponseBodyLoader : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    enum class Kind { Empty, Json, Xml, Image, Text, Binary };
    Q_ENUM(Kind)

    struct Result
    {
        quint64 id = 0; ///< what load() returned
        Kind kind = Kind::Empty;
        QByteArray mediaType; ///< "application/json", lower case, without parameters
        qint64 bodySize = 0;
        /// The parsed document when the kind is Json and it parsed (a scalar body is allowed too).
        QJsonValue json{ QJsonValue::Undefined };
        QImage image; ///< the decoded image when the kind is Image (or SVG) and it decoded
        /// What went wrong parsing or decoding, for the user ("Not valid JSON: …"); empty when
        /// fine.
        QString error;
        /// The text for the raw view: pretty JSON or XML, decoded text, a hex dump; empty for
        /// images.
        QString text;
        bool textTruncated = false; ///< `text` is only the beginning
        /// A partial result: `json` is the document so far, whose array at `growingPath` has only
        /// its first elements (`text` and the rest are not filled in yet).
        bool partial = false;
        /// The rows from the top (as JsonTreeModel counts them) to the array that grows while the
        /// document loads; empty when that is the document itself, or when it did not load in
        /// parts.
        QList<int> growingPath;
    };

    /// 4 MiB of UTF-8.
    static constexpr qsizetype DefaultTextLimit = 4 * 1024 * 1024;
    /// JSON bodies from this size on show while they are parsed (partiallyLoaded()).
    static constexpr qsizetype PartialJsonSize = 1024 * 1024;
    /// Binary bodies show a hex dump of this much at most.
    static constexpr qsizetype HexDumpLimit = 64 * 1024;

    explicit ResponseBodyLoader(QObject *parent = nullptr);
    ~ResponseBodyLoader() override;

    /// The most UTF-8 bytes of text a result carries (DefaultTextLimit unless set).
    qsizetype textLimit() const { return m_textLimit; }
    void setTextLimit(qsizetype bytes) { m_textLimit = bytes; }

    /// Starts processing `body` of the given Content-Type header value on a worker thread,
    /// cancelling a load that is running; returns the id its result will carry.
    quint64 load(const QByteArray &body, const QByteArray &contentType);
    /// Drops the running load, if any: it delivers nothing.
    void cancel();
    bool isLoading() const { return m_watcher != nullptr; }

    /// The media type of a Content-Type value: lower case, without parameters.
    static QByteArray mediaTypeOf(const QByteArray &contentType);
    /// What a body is by its Content-Type, looking at the body only when the type says nothing.
    static Kind kindOf(const QByteArray &contentType, const QByteArray &body);
    /// The work itself, on the calling thread; `cancelled` is asked between steps. With `partial`,
    /// a large JSON body is parsed in parts and `partial` gets the document so far now and then.
    static Result process(const QByteArray &body, const QByteArray &contentType,
                          qsizetype textLimit, const std::function<bool()> &cancelled = {},
                          const std::function<void(const Result &)> &partial = {});

Q_SIGNALS:
    /// The newest load's result, on this object's thread.
    void loaded(const OAuthDesk::ResponseBodyLoader::Result &result);
    /// The newest load's JSON document so far (Result::partial), before loaded() brings all of it.
    void partiallyLoaded(const OAuthDesk::ResponseBodyLoader::Result &result);
    void loadingChanged(bool loading);

private:
    qsizetype m_textLimit = DefaultTextLimit;
    quint64 m_lastId = 0;
    QFutureWatcher<Result> *m_watcher = nullptr;
};

} // namespace OAuthDesk
