#include "loopbacklistener.h"

#include "common/logging.h"
#include "loopback/httprequestparser.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace OAuthDesk {

static constexpr int MaxConnections = 16;

LoopbackListener::LoopbackListener(QObject *parent) : QObject(parent) {}

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
                     tr("Could not listen on 127.0.0.1 port %1 for the browser's answer: %2").arg(port).arg(reason));
    }
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackListener::onNewConnection);
    qCDebug(lcLoopback) << "listening on 127.0.0.1 port" << m_server->serverPort();
    Q_EMIT listeningChanged(true);
    return {};
}

void LoopbackListener::close()
{
    if (!m_server)
        return;
    m_server->close();
    // Connections already accepted finish writing their page on their own.
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
        // The socket may outlive the listener while it writes its page: it deletes itself once closed
        // (the idle timer guarantees that it does close).
        socket->setParent(nullptr);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (m_openConnections >= MaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_openConnections;
        auto parser = std::make_shared<HttpRequestParser>();
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        idle->setInterval(m_idleTimeoutMs);
        connect(idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
        idle->start();
        connect(socket, &QTcpSocket::disconnected, this, [this] { --m_openConnections; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, parser, idle] {
            if (parser->state() != HttpRequestParser::State::NeedMore) {
                socket->readAll();
                return;
            }
            idle->start();
            const auto state = parser->feed(socket->readAll());
            if (state == HttpRequestParser::State::NeedMore)
                return;
            idle->stop();
            if (state == HttpRequestParser::State::Invalid) {
                Q_EMIT strayRequest(parser->errorStatus());
                respond(socket, parser->errorStatus(), "Bad request", "This request was not understood.");
                return;
            }
            if (parser->method() != "GET" || parser->path() != CallbackPath) {
                Q_EMIT strayRequest(404);
                respond(socket, 404, "Not found", "There is nothing here.");
                return;
            }
            const auto parameters = decodeFormQuery(parser->query());
            if (!parameters) {
                Q_EMIT strayRequest(400);
                respond(socket, 400, "Sign-in response rejected",
                        "The sign-in response was malformed. Return to OAuthDesk and try again.");
                return;
            }
            const Verdict verdict = m_validator ? m_validator(*parameters) : Verdict::Rejected;
            switch (verdict) {
            case Verdict::Accepted:
                respond(socket, 200, "Signed in", "Signed in \xe2\x80\x94 you can close this tab and return to OAuthDesk.");
                close();
                break;
            case Verdict::Failed:
                respond(socket, 200, "Sign-in not completed",
                        "Sign-in was not completed. You can close this tab; OAuthDesk shows the reason.");
                close();
                break;
            case Verdict::Rejected:
                Q_EMIT strayRequest(400);
                respond(socket, 400, "Sign-in response rejected",
                        "This sign-in response was not expected. Return to OAuthDesk and try again.");
                break;
            }
        });
    }
}

void LoopbackListener::respond(QTcpSocket *socket, int status, const QByteArray &title, const QByteArray &text)
{
    static const QMap<int, QByteArray> reasons = {{200, "OK"},
                                                  {400, "Bad Request"},
                                                  {404, "Not Found"},
                                                  {414, "URI Too Long"},
                                                  {431, "Request Header Fields Too Large"}};
    // A fixed page: nothing from the request is echoed, and no redirect is ever followed (RFC 9700 §4.11).
    const QByteArray body = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title +
                            " \xe2\x80\x94 OAuthDesk</title></head>\n<body style=\"font-family:sans-serif;"
                            "margin:4em auto;max-width:36em\"><h1>" +
                            title + "</h1><p>" + text + "</p></body></html>\n";
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status, "Error") + "\r\n";
    head += "Content-Type: text/html; charset=utf-8\r\n"
            "Cache-Control: no-store\r\n"
            "Pragma: no-cache\r\n"
            "Referrer-Policy: no-referrer\r\n"
            "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
            "X-Content-Type-Options: nosniff\r\n"
            "X-Frame-Options: DENY\r\n"
            "Connection: close\r\n"
            "Content-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}

} // namespace OAuthDesk
