#pragma once

#include "common/error.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace OAuthDesk {

class HttpRequestParser;

/**
 * The loopback redirect listener of RFC 8252 §7.3: it exists only while a sign-in waits for the
 * browser to come back.
 *
 *   browser ──GET /callback?code=…&state=…──▶ 127.0.0.1:PORT ──validator──▶ flow
 *           ◀── static "you can close this tab" page ──┘
 *
 * Our own, not QOAuthHttpServerReplyHandler: Qt 6.4's listens on every interface, matches the path
 * by prefix, has no size limits and reads past malformed request lines (SECURITY.md).
 *
 * - binds 127.0.0.1 only, on an ephemeral port unless one is fixed;
 * - only `GET /callback` is a callback; anything else gets 404 and the flow goes on waiting;
 * - request heads are bounded (HttpRequestParser), a request may arrive in any number of pieces;
 *   a connection is dropped when it stays silent (idle time-out) and, however it trickles, when
 *   its request is not in by an overall deadline; with MaxConnections requests being read, a new
 *   connection makes the oldest go, so local processes cannot lock the browser out;
 * - the page echoes nothing it was sent and carries `Cache-Control: no-store` and
 *   `Referrer-Policy: no-referrer`;
 * - after the first callback the validator accepts (or fails on), it stops listening and drops
 *   every connection whose request is still being read: nothing reaches the validator after
 *   close().
 */
class LoopbackListener : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool listening READ isListening NOTIFY listeningChanged)
public:
    /// What the flow makes of a callback, and so which page the browser gets.
    enum class Verdict {
        Accepted, ///< valid: sign-in goes on; listener closes
        Failed, ///< valid but an error answer (e.g. access_denied); listener closes
        Rejected, ///< not ours (wrong or missing state…): the listener keeps waiting
    };
    Q_ENUM(Verdict)
    using Validator = std::function<Verdict(const QMap<QString, QString> &parameters)>;

    static constexpr const char *CallbackPath = "/callback";
    /// Requests read at the same time; one more makes the oldest go.
    static constexpr int MaxConnections = 16;

    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    void setValidator(Validator validator) { m_validator = std::move(validator); }

    /// Starts listening on 127.0.0.1:`port` (0: any free port).
    Error listen(quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    /// The redirect_uri to send: http://127.0.0.1:PORT/callback (RFC 8252 §7.3: the IP literal).
    QString callback() const;

    /// How long a connection may stay silent before its request is complete (default 10 s).
    void setIdleTimeout(int milliseconds) { m_idleTimeoutMs = milliseconds; }
    /// How long a connection may take to send its whole request, however it trickles (default
    /// 30 s); a connection that was answered is also ended at this deadline.
    void setConnectionDeadline(int milliseconds) { m_deadlineMs = milliseconds; }
    /// Connections accepted whose request is still being read.
    int readingConnections() const { return int(m_reading.size()); }

    /**
     * For the implicit grant (RFC 6749 §4.2.2), whose answer is in the URL fragment that a browser
     * never sends: GET /callback without a query gets a page whose one script posts the fragment
     * back to POST /callback on this same origin, once, and then clears it from the address bar.
     */
    void setFragmentRelay(bool relay) { m_fragmentRelay = relay; }

Q_SIGNALS:
    void listeningChanged(bool listening);
    /// A request that was not a valid callback (for diagnostics; carries no parameter values).
    void strayRequest(int status);

private:
    void onNewConnection();
    void accept(QTcpSocket *socket);
    void read(QTcpSocket *socket, HttpRequestParser &parser, QTimer *idle);
    void answer(QTcpSocket *socket, const HttpRequestParser &parser);
    void drop(QTcpSocket *socket);
    void dropAllReading();
    void respond(QTcpSocket *socket, int status, const QByteArray &title, const QByteArray &text);
    void respondRaw(QTcpSocket *socket, int status, const QByteArray &contentType,
                    const QByteArray &body, const QByteArray &scriptPolicy = {});
    void deliver(QTcpSocket *socket, const QMap<QString, QString> &parameters, bool relayed);
    static QByteArray relayPage();
    static QByteArray relayScriptPolicy();

    QTcpServer *m_server = nullptr;
    Validator m_validator;
    int m_idleTimeoutMs = 10000;
    int m_deadlineMs = 30000;
    /// Oldest first.
    QList<QPointer<QTcpSocket>> m_reading;
    bool m_fragmentRelay = false;
};

} // namespace OAuthDesk
