#include "httpclient.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>
#include <optional>

namespace OAuthDesk {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QList<QByteArray> HttpResponse::headerValues(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            values.append(h.second);
    }
    return values;
}

QUrl HttpResponse::redirectTarget() const
{
    const QByteArray location = header("Location");
    if (location.isEmpty())
        return {};
    return url.resolved(QUrl::fromEncoded(location, QUrl::StrictMode));
}

// Qt's own errorString() can quote the whole URL, query included; ours names the host only.
static QString networkErrorText(const QNetworkReply *reply)
{
    const QString host = reply->url().host();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate("OAuthDesk::HttpClient", "%1 refused the connection.")
                .arg(host);
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("OAuthDesk::HttpClient", "%1 was not found.").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate("OAuthDesk::HttpClient", "%1 closed the connection.")
                .arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return QCoreApplication::translate("OAuthDesk::HttpClient",
                                           "The TLS certificate of %1 is not trusted.")
                .arg(host);
    default:
        return QCoreApplication::translate("OAuthDesk::HttpClient",
                                           "Network error %1 talking to %2.")
                .arg(int(reply->error()))
                .arg(host);
    }
}

HttpClient::HttpClient(QNetworkAccessManager *manager) : m_manager(manager) { }

bool HttpClient::hasHpackFix(const QVersionNumber &qt)
{
    if (qt >= QVersionNumber(6, 7))
        return true;
    if (qt >= QVersionNumber(6, 6))
        return qt >= QVersionNumber(6, 6, 2);
    return qt >= QVersionNumber(6, 5, 5);
}

QNetworkRequest HttpClient::createRequest(const QUrl &url) const
{
    // CVE-2023-51714: Qt's HPACK decoder (HTTP/2 header compression) overflows an integer on a
    // header a server chooses. Fixed in 6.5.5 and 6.6.2; Debian 12's Qt 6.4.2+dfsg-10 carries no
    // fix. What counts is the Qt the program runs with (QLibraryInfo), not the one it was built
    // against: on an older one every request stays on HTTP/1.1, which OAuth needs nothing beyond.
    static const bool http2Allowed = hasHpackFix(QLibraryInfo::version());
    QNetworkRequest request(url);
    if (!http2Allowed)
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // No cookie jar: a Set-Cookie from one server would otherwise ride along on later requests, to
    // other endpoints and for other accounts, where the exchange log never shows where it came
    // from. A Cookie header a person sets on a resource request is theirs and still goes.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("OAuthDesk/%1")
                              .arg(QCoreApplication::applicationVersion().isEmpty()
                                           ? QStringLiteral("0")
                                           : QCoreApplication::applicationVersion()));
    if (!m_extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    return request;
}

void HttpClient::get(const QUrl &url, QObject *context, Callback callback) const
{
    send("GET", createRequest(url), {}, context, std::move(callback));
}

QByteArray HttpClient::formEncode(const FormFields &form)
{
    QByteArray out;
    for (const auto &item : form) {
        if (!out.isEmpty())
            out += '&';
        out += item.first.toUtf8().toPercentEncoding() + '='
                + item.second.toUtf8().toPercentEncoding();
    }
    return out;
}

void HttpClient::postForm(const QUrl &url, const FormFields &form,
                          const QList<QPair<QByteArray, QByteArray>> &extraHeaders,
                          QObject *context, Callback callback) const
{
    QNetworkRequest request = createRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    for (const auto &h : extraHeaders)
        request.setRawHeader(h.first, h.second);
    send("POST", request, formEncode(form), context, std::move(callback));
}

static const char CancelledProperty[] = "oauthdesk_cancelled";
static const char DeadlineProperty[] = "oauthdesk_deadline_passed";

void HttpClient::cancel(QNetworkReply *reply)
{
    if (!reply || reply->isFinished())
        return;
    reply->setProperty(CancelledProperty, true);
    reply->abort();
}

QNetworkReply *HttpClient::send(const QByteArray &verb, const QNetworkRequest &request,
                                const QByteArray &body, const SendOptions &options,
                                QObject *context, Callback callback) const
{
    QNetworkReply *reply = m_manager->sendCustomRequest(request, verb, body);
    // Only the origin and path are logged: queries can carry codes and states.
    qCDebug(lcHttp) << verb.constData()
                    << request.url().toString(QUrl::RemoveQuery | QUrl::RemoveFragment
                                              | QUrl::RemoveUserInfo);

    auto state = std::make_shared<ReplyState>();
    state->timer.start();
    // The transfer time-out only notices silence: a server trickling a byte every 20 s would keep
    // the request, and whoever waits for it, forever. The deadline counts from here, whatever
    // arrives; it goes with the reply.
    if (options.overallDeadline && m_deadline.count() > 0) {
        auto *deadline = new QTimer(reply);
        deadline->setSingleShot(true);
        QObject::connect(deadline, &QTimer::timeout, reply, [reply] {
            if (reply->isFinished())
                return;
            qCInfo(lcHttp) << "the request's deadline passed; aborting it";
            reply->setProperty(DeadlineProperty, true);
            reply->abort(); // finished() comes, and with it the time-out
        });
        deadline->start(m_deadline);
    }
    const qint64 cap = options.maxBodySize >= 0 ? options.maxBodySize : m_maxBodySize;
    if (options.progress) {
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                         [progress = options.progress](qint64 received, qint64 total) {
                             progress(received, total);
                         });
    }
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QPointer<ExchangeLog> log = m_log;
    std::optional<ExchangeLog::Pending> pending;
    if (log)
        pending = log->begin(request, verb, body);

    // A large body over a fast link piles up in the reply faster than it is taken: reading it all
    // at once, on this (the UI) thread, froze the window for 80-110 ms with a 50 MB answer. It is
    // taken a megabyte at a time, each the next turn of the event loop (readSome()), into room made
    // once from Content-Length (never beyond the cap).
    reply->setReadBufferSize(ReadChunk);
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, state, cap] {
        if (!state->scheduled)
            readSome(reply, state, cap);
    });
    QObject::connect(
            reply, &QNetworkReply::finished, reply,
            [reply, state, cap, guard, hasContext, log, pending,
             callback = std::move(callback)]() mutable {
                const qint64 elapsedMs = state->timer.elapsed();
                // Once the rest of the body is read (readSome() calls it then).
                state->complete = [reply, cap, guard, hasContext, log, pending, elapsedMs,
                                   callback = std::move(callback)](ReplyState &received) {
                    reply->deleteLater();
                    if (hasContext && !guard && !log)
                        return;
                    HttpResponse response;
                    response.url = reply->url();
                    response.elapsedMs = elapsedMs;
                    const QVariant status =
                            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                    if (received.tooLarge) {
                        response.error = Error(
                                Error::Kind::InvalidResponse,
                                QCoreApplication::translate("OAuthDesk::HttpClient",
                                                            "The answer is larger than %1 KiB.")
                                        .arg(cap / 1024));
                    } else if (reply->property(CancelledProperty).toBool()) {
                        response.error =
                                Error(Error::Kind::Cancelled,
                                      QCoreApplication::translate("OAuthDesk::HttpClient",
                                                                  "The request was cancelled."));
                    } else if (reply->property(DeadlineProperty).toBool()
                               || reply->error() == QNetworkReply::OperationCanceledError) {
                        // The overall deadline or the transfer time-out, possibly half-way
                        // through a body.
                        response.error =
                                Error(Error::Kind::Timeout,
                                      QCoreApplication::translate("OAuthDesk::HttpClient",
                                                                  "%1 did not answer in time.")
                                              .arg(reply->url().host()));
                    } else if (status.isValid()) {
                        response.status = status.toInt();
                        response.reasonPhrase =
                                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                        .toByteArray();
                        response.headers = reply->rawHeaderPairs();
                        response.body = std::move(received.body);
                    } else {
                        response.error = Error(Error::Kind::Network, networkErrorText(reply));
                    }
                    if (log && pending)
                        log->finish(*pending, response.status, response.elapsedMs, response.headers,
                                    response.body,
                                    response.error ? response.error.message() : QString());
                    if (hasContext && !guard)
                        return;
                    qCDebug(lcHttp) << "answer" << response.status << response.elapsedMs << "ms";
                    callback(response);
                };
                state->finished = true;
                if (!state->scheduled)
                    readSome(reply, state, cap);
            });
    return reply;
}

void HttpClient::readSome(QNetworkReply *reply, const std::shared_ptr<ReplyState> &state,
                          qint64 cap)
{
    state->scheduled = false;
    if (!state->tooLarge && reply->bytesAvailable() > 0) {
        if (state->body.isEmpty()) {
            bool known = false;
            const qint64 length =
                    reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
            if (known && length > 0 && length <= cap)
                state->body.reserve(length);
        }
        state->body += reply->read(qMin(ReadChunk, cap + 1 - state->body.size()));
        if (state->body.size() > cap) {
            state->tooLarge = true;
            state->body.clear();
            if (!state->finished)
                reply->abort(); // finished() comes, and with it the answer "too large"
        }
    }
    if (!state->tooLarge && reply->bytesAvailable() > 0) {
        state->scheduled = true;
        QTimer::singleShot(0, reply, [reply, state, cap] { readSome(reply, state, cap); });
        return;
    }
    if (state->finished && state->complete) {
        const std::function<void(ReplyState &)> complete = std::move(state->complete);
        state->complete = nullptr;
        complete(*state);
    }
}

} // namespace OAuthDesk
