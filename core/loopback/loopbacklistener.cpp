#include "loopbacklistener.h"

#include "common/logging.h"
#include "loopback/httprequestparser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <utility>

namespace OAuthDesk {

LoopbackListener::LoopbackListener(QObject *parent) : QObject(parent) { }

LoopbackListener::~LoopbackListener()
{
    close();
}

Error LoopbackListener::listen(quint16 port)
{
    close();
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(MaxConnections);
    // The three-argument form with a real address: QHostAddress::LocalHost alone would pick the
    // (quint16, QObject*) overload in Qt NetworkAuth and listen on every interface.
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        const QString reason = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Error(Error::Kind::Configuration,
                     tr("Could not listen on 127.0.0.1 port %1 for the browser's answer: %2")
                             .arg(port)
                             .arg(reason));
    }
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackListener::onNewConnection);
    qCDebug(lcLoopback) << "listening on 127.0.0.1 port" << m_server->serverPort();
    Q_EMIT listeningChanged(true);
    return {};
}

void LoopbackListener::close()
{
    // Late data is ignored: a connection opened before the end cannot deliver a second callback.
    dropAllReading();
    if (!m_server)
        return;
    m_server->close();
    // Connections already answered finish writing their page on their own.
    m_server->deleteLater();
    m_server = nullptr;
    qCDebug(lcLoopback) << "closed";
    Q_EMIT listeningChanged(false);
}

bool LoopbackListener::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 LoopbackListener::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString LoopbackListener::callback() const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(QLatin1String(CallbackPath));
}

void LoopbackListener::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            return;
        // Full: the oldest goes, never the newest, which is the likeliest to be the browser.
        while (m_reading.size() >= MaxConnections)
            drop(m_reading.first());
        accept(socket);
    }
}

void LoopbackListener::accept(QTcpSocket *socket)
{
    // The socket may outlive the listener while it writes its page: it deletes itself once
    // closed, and the deadline guarantees that it does close.
    socket->setParent(nullptr);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    m_reading.append(socket);
    connect(socket, &QTcpSocket::disconnected, this,
            [this, socket] { m_reading.removeAll(socket); });

    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
    idle->start();
    // Never restarted: each byte restarts the idle timer, nothing restarts this one.
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, socket, [socket] { socket->abort(); });
    deadline->start(m_deadlineMs);

    auto parser = std::make_shared<HttpRequestParser>();
    connect(socket, &QTcpSocket::readyRead, this,
            [this, socket, parser, idle] { read(socket, *parser, idle); });
}

void LoopbackListener::read(QTcpSocket *socket, HttpRequestParser &parser, QTimer *idle)
{
    if (parser.state() != HttpRequestParser::State::NeedMore || !m_reading.contains(socket)) {
        socket->readAll();
        return;
    }
    idle->start();
    if (parser.feed(socket->readAll()) == HttpRequestParser::State::NeedMore)
        return;
    idle->stop();
    m_reading.removeAll(socket);
    answer(socket, parser);
}

void LoopbackListener::answer(QTcpSocket *socket, const HttpRequestParser &parser)
{
    if (parser.state() == HttpRequestParser::State::Invalid) {
        Q_EMIT strayRequest(parser.errorStatus());
        respond(socket, parser.errorStatus(), "Bad request", "This request was not understood.");
        return;
    }
    const bool get = parser.method() == "GET";
    // The relay posts from the page this listener served: same origin, or no Origin at all.
    const QByteArray origin = parser.header("Origin");
    const bool relayPost = m_fragmentRelay && parser.method() == "POST"
            && parser.header("Content-Type").startsWith("application/x-www-form-urlencoded")
            && (origin.isEmpty() || origin == "http://127.0.0.1:" + QByteArray::number(port()));
    if ((!get && !relayPost) || parser.path() != CallbackPath) {
        Q_EMIT strayRequest(404);
        respond(socket, 404, "Not found", "There is nothing here.");
        return;
    }
    if (get && m_fragmentRelay && !parser.hasQuery()) {
        respondRaw(socket, 200, "text/html; charset=utf-8", relayPage(), relayScriptPolicy());
        return;
    }
    const auto parameters = decodeFormQuery(get ? parser.query() : parser.body());
    if (!parameters) {
        Q_EMIT strayRequest(400);
        respond(socket, 400, "Sign-in response rejected",
                "The sign-in response was malformed. Return to OAuthDesk and try again.");
        return;
    }
    deliver(socket, *parameters, relayPost);
}

void LoopbackListener::drop(QTcpSocket *socket)
{
    m_reading.removeAll(socket);
    if (!socket)
        return;
    socket->abort();
    socket->deleteLater();
}

void LoopbackListener::dropAllReading()
{
    const QList<QPointer<QTcpSocket>> reading = std::exchange(m_reading, {});
    for (const QPointer<QTcpSocket> &socket : reading)
        drop(socket);
}

void LoopbackListener::deliver(QTcpSocket *socket, const QMap<QString, QString> &parameters,
                               bool relayed)
{
    static const QByteArray accepted =
            "Signed in \xe2\x80\x94 you can close this tab and return to OAuthDesk.";
    static const QByteArray failed =
            "Sign-in was not completed. You can close this tab; OAuthDesk shows the reason.";
    static const QByteArray rejected =
            "This sign-in response was not expected. Return to OAuthDesk and try again.";
    qCInfo(lcLoopback) << "a sign-in response arrived";
    const Verdict verdict = m_validator ? m_validator(parameters) : Verdict::Rejected;
    const int status = verdict == Verdict::Rejected ? 400 : 200;
    const QByteArray text = verdict == Verdict::Accepted ? accepted
            : verdict == Verdict::Failed                 ? failed
                                                         : rejected;
    if (verdict == Verdict::Rejected)
        Q_EMIT strayRequest(400);
    if (relayed)
        respondRaw(socket, status, "text/plain; charset=utf-8",
                   text); // shown by the relay page as text
    else
        respond(socket, status,
                verdict == Verdict::Accepted         ? "Signed in"
                        : verdict == Verdict::Failed ? "Sign-in not completed"
                                                     : "Sign-in response rejected",
                text);
    if (verdict != Verdict::Rejected)
        close();
}

// The implicit grant's relay: the fragment goes back to the listener once, as a form body.
static const QByteArray RelayScript =
        "var f=location.hash.substring(1);history.replaceState(null,'',location.pathname);"
        "var m=document.getElementById('m');"
        "if(!f){m.textContent='Nothing came back from the sign-in. Return to OAuthDesk and try "
        "again.';}else{"
        "var x=new XMLHttpRequest();x.open('POST','/callback');"
        "x.setRequestHeader('Content-Type','application/x-www-form-urlencoded');"
        "x.onload=function(){m.textContent=x.responseText;};"
        "x.onerror=function(){m.textContent='OAuthDesk is no longer waiting for this "
        "sign-in.';};x.send(f);}";

QByteArray LoopbackListener::relayPage()
{
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Signing in "
           "\xe2\x80\x94 "
           "OAuthDesk</title></head>\n<body style=\"font-family:sans-serif;margin:4em "
           "auto;max-width:36em\">"
           "<h1>OAuthDesk</h1><p id=\"m\">Handing the sign-in to OAuthDesk\xe2\x80\xa6</p><script>"
            + RelayScript + "</script></body></html>\n";
}

QByteArray LoopbackListener::relayScriptPolicy()
{
    // Only this exact script may run, and it may talk only to this origin.
    const QByteArray hash =
            QCryptographicHash::hash(RelayScript, QCryptographicHash::Sha256).toBase64();
    return "default-src 'none'; style-src 'unsafe-inline'; connect-src 'self'; script-src 'sha256-"
            + hash + "'";
}

void LoopbackListener::respond(QTcpSocket *socket, int status, const QByteArray &title,
                               const QByteArray &text)
{
    // A fixed page: nothing from the request is echoed, and no redirect is ever followed (RFC 9700
    // §4.11).
    const QByteArray body =
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
            + " \xe2\x80\x94 OAuthDesk</title></head>\n<body style=\"font-family:sans-serif;"
              "margin:4em auto;max-width:36em\"><h1>"
            + title + "</h1><p>" + text + "</p></body></html>\n";
    respondRaw(socket, status, "text/html; charset=utf-8", body);
}

void LoopbackListener::respondRaw(QTcpSocket *socket, int status, const QByteArray &contentType,
                                  const QByteArray &body, const QByteArray &scriptPolicy)
{
    static const QMap<int, QByteArray> reasons = {
        { 200, "OK" },           { 400, "Bad Request" },
        { 404, "Not Found" },    { 413, "Content Too Large" },
        { 414, "URI Too Long" }, { 431, "Request Header Fields Too Large" }
    };
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' '
            + reasons.value(status, "Error") + "\r\n";
    head += "Content-Type: " + contentType
            + "\r\n"
              "Cache-Control: no-store\r\n"
              "Pragma: no-cache\r\n"
              "Referrer-Policy: no-referrer\r\n"
              "Content-Security-Policy: "
            + (scriptPolicy.isEmpty() ? QByteArray("default-src 'none'; style-src 'unsafe-inline'")
                                      : scriptPolicy)
            + "\r\n"
              "X-Content-Type-Options: nosniff\r\n"
              "X-Frame-Options: DENY\r\n"
              "Connection: close\r\n"
              "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}

} // namespace OAuthDesk
