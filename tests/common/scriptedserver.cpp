#include "scriptedserver.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace OAuthDesk::Test {

ScriptedServer::ScriptedServer(Script script, QObject *parent)
    : QTcpServer(parent), m_script(std::move(script))
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                if (headEnd < 0)
                    return;
                Request request;
                request.headers = buffer->left(headEnd);
                const QList<QByteArray> first =
                        request.headers.split('\n').first().trimmed().split(' ');
                request.method = first.value(0);
                request.target = first.value(1);
                qsizetype length = 0;
                for (const QByteArray &line : request.headers.split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < headEnd + 4 + length)
                    return;
                request.body = buffer->mid(headEnd + 4, length);
                buffer->clear();
                m_requests.append(request);
                const QByteArray answer = m_script ? m_script(request) : json(404, "{}");
                if (answer.isEmpty())
                    return; // "never answers"
                if (m_trickle.count() > 0)
                    return trickle(socket, answer);
                socket->write(answer);
                socket->disconnectFromHost();
            });
        }
    });
}

void ScriptedServer::trickle(QTcpSocket *socket, const QByteArray &answer)
{
    auto *timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, timer, answer, sent] {
        if (*sent >= answer.size()) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        socket->write(answer.mid((*sent)++, 1));
    });
    timer->start(m_trickle);
}

bool ScriptedServer::start()
{
    return listen(QHostAddress(QHostAddress::LocalHost), 0);
}

QString ScriptedServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
}

QByteArray ScriptedServer::json(int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status)
            + " X\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders + "\r\n"
            + body;
}

} // namespace OAuthDesk::Test
