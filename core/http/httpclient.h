#pragma once

#include "http/exchangelog.h"
#include "http/httpresponse.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QVersionNumber>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace OAuthDesk {

/**
 * The one place that builds and sends HTTP requests (STYLE.md: "one request factory").
 *
 * Every request gets a transfer time-out, the User-Agent, the manual redirect policy (Qt 6 would
 * otherwise re-send the Authorization header to wherever a redirect points), a cap on the body
 * size and, on a Qt whose HTTP/2 code has a known hole, HTTP/1.1 only (hasHpackFix()). Every
 * request send() makes also has an overall deadline unless the caller opts out (SendOptions). The
 * QNetworkAccessManager is handed in.
 */
/// Form fields in order, decoded. (Not QUrlQuery: it would treat '%' and '+' in a value as
/// encoding.)
using FormFields = QList<QPair<QString, QString>>;

class HttpClient
{
public:
    using Callback = std::function<void(const HttpResponse &)>;

    static constexpr qint64 DefaultMaxBodySize = 1024 * 1024;
    /// How much of a body the network thread hands over at a time
    /// (QNetworkReply::setReadBufferSize).
    static constexpr qint64 ReadChunk = 1024 * 1024;

    explicit HttpClient(QNetworkAccessManager *manager);

    /// The longest a request may take from start to end (see setDeadline()).
    static constexpr std::chrono::milliseconds DefaultDeadline{ 60000 };

    QNetworkAccessManager *manager() const { return m_manager; }
    /// The transfer time-out (QNetworkRequest::setTransferTimeout): how long the connection may be
    /// silent. Only silence: a server that sends a byte every few seconds never trips it.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    /// The overall deadline: a request that has not ended this long after send() is aborted and
    /// answered with Error::Kind::Timeout, however busy the connection. For every OAuth endpoint
    /// request; a caller opts out with SendOptions::overallDeadline.
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    std::chrono::milliseconds deadline() const { return m_deadline; }
    void setMaxBodySize(qint64 bytes) { m_maxBodySize = bytes; }
    /// Records every exchange, redacted, in `log` (none by default). Tag requests with
    /// ExchangeLog::tag().
    void setExchangeLog(ExchangeLog *log) { m_log = log; }
    ExchangeLog *exchangeLog() const { return m_log; }
    /// CA certificates trusted in addition to the system's, for servers with a private CA. Only
    /// adds trust: certificate verification is never switched off, and no error is ever ignored.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates)
    {
        m_extraCaCertificates = certificates;
    }
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCaCertificates; }

    /// The request every caller starts from.
    QNetworkRequest createRequest(const QUrl &url) const;

    /// Whether Qt `qt` has the fix for CVE-2023-51714 (an integer overflow in the HTTP/2 HPACK
    /// decoder a server can reach): 6.5.5, 6.6.2, 6.7 and later. On any other Qt, requests are
    /// made without HTTP/2.
    static bool hasHpackFix(const QVersionNumber &qt);

    /// Per-call settings of send().
    struct SendOptions
    {
        qint64 maxBodySize = -1; ///< -1: the client's setting
        /// Called as the answer arrives: bytes so far, and the total (-1 when not known).
        std::function<void(qint64 received, qint64 total)> progress;
        /// false: no overall deadline, only the transfer (silence) time-out. For downloads the
        /// person asked for, which may rightly be large and long; never for an OAuth endpoint.
        bool overallDeadline = true;
    };

    /// Sends a request built by createRequest(). The callback runs once, unless `context` is gone.
    /// Returns the reply, so the caller can cancel() it; it is deleted after the callback.
    QNetworkReply *send(const QByteArray &verb, const QNetworkRequest &request,
                        const QByteArray &body, QObject *context, Callback callback) const
    {
        return send(verb, request, body, SendOptions{}, context, std::move(callback));
    }
    QNetworkReply *send(const QByteArray &verb, const QNetworkRequest &request,
                        const QByteArray &body, const SendOptions &options, QObject *context,
                        Callback callback) const;

    /// Stops a request send() returned; its callback gets an Error::Kind::Cancelled.
    static void cancel(QNetworkReply *reply);

    void get(const QUrl &url, QObject *context, Callback callback) const;
    /// application/x-www-form-urlencoded POST with Accept: application/json (RFC 6749 §3.2).
    void postForm(const QUrl &url, const FormFields &form,
                  const QList<QPair<QByteArray, QByteArray>> &extraHeaders, QObject *context,
                  Callback callback) const;

    /// RFC 6749 Appendix B form encoding ("+" for space, everything but unreserved escaped).
    static QByteArray formEncode(const FormFields &form);

private:
    /// What one reply has received so far.
    struct ReplyState
    {
        QByteArray body;
        bool tooLarge = false;
        QElapsedTimer timer;
        bool scheduled = false; ///< readSome() is to run again on the next turn of the event loop
        bool finished = false; ///< the reply is finished; `complete` waits for the rest of the body
        std::function<void(ReplyState &)> complete; ///< builds the answer and hands it over
    };
    /// Takes at most ReadChunk of the reply's body; more waits for the next turn of the event loop.
    /// When all is read of a finished reply, calls `complete`.
    static void readSome(QNetworkReply *reply, const std::shared_ptr<ReplyState> &state,
                         qint64 cap);

    QNetworkAccessManager *m_manager;
    std::chrono::milliseconds m_timeout{ 30000 };
    std::chrono::milliseconds m_deadline = DefaultDeadline;
    qint64 m_maxBodySize = DefaultMaxBodySize;
    QPointer<ExchangeLog> m_log;
    QList<QSslCertificate> m_extraCaCertificates;
};

} // namespace OAuthDesk
