#pragma once

#include "common/error.h"

#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace OAuthDesk {

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
 * - request heads are bounded (HttpRequestParser), a request may arrive in any number of pieces,
 *   a connection that stays silent is dropped;
 * - the page echoes nothing it was sent and carries `Cache-Control: no-store` and
 *   `Referrer-Policy: no-referrer`;
 * - after the first callback the validator accepts (or fails on), it stops listening.
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

    void setIdleTimeout(int milliseconds) { m_idleTimeoutMs = milliseconds; }

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
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &title, const QByteArray &text);
    void respondRaw(QTcpSocket *socket, int status, const QByteArray &contentType,
                    const QByteArray &body, const QByteArray &scriptPolicy = {});
    void deliver(QTcpSocket *socket, const QMap<QString, QString> &parameters, bool relayed);
    static QByteArray relayPage();
    static QByteArray relayScriptPolicy();

    QTcpServer *m_server = nullptr;
    Validator m_validator;
    int m_idleTimeoutMs = 10000;
    int m_openConnections = 0;
    bool m_fragmentRelay = false;
};

} // namespace OAuthDesk
