#include "forwardingproxy.h"

#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>

#include <memory>

namespace OAuthDesk::Test {

ForwardingProxy::ForwardingProxy(quint16 upstreamPort, QObject *parent)
    : QTcpServer(parent), m_upstreamPort(upstreamPort)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = nextPendingConnection())
            serve(client);
    });
}

QString ForwardingProxy::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
}

qsizetype ForwardingProxy::messageEnd(const QByteArray &data)
{
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return -1;
    static const QRegularExpression length(QStringLiteral("(?i)\\r\\ncontent-length:\\s*(\\d+)"));
    const QRegularExpressionMatch m = length.match(QString::fromLatin1(data.left(headerEnd + 2)));
    const qsizetype total = headerEnd + 4 + (m.hasMatch() ? m.captured(1).toLongLong() : 0);
    return data.size() >= total ? total : -1;
}

void ForwardingProxy::serve(QTcpSocket *client)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
        buffer->append(client->readAll());
        const qsizetype end = messageEnd(*buffer);
        if (end < 0)
            return;
        ++m_requests;
        QByteArray request = buffer->left(end);
        buffer->clear();
        if (answerInstead) {
            client->write(answerInstead(request));
            client->disconnectFromHost();
            return;
        }
        ++m_forwarded;
        request.replace("\r\n\r\n",
                        "\r\nConnection: close\r\n\r\n"); // one request per upstream connection
        auto *upstream = new QTcpSocket(this);
        auto answer = std::make_shared<QByteArray>();
        const QPointer<QTcpSocket> guard(client);
        connect(upstream, &QTcpSocket::readyRead, this, [this, upstream, answer, guard, request] {
            answer->append(upstream->readAll());
            if (messageEnd(*answer) < 0)
                return;
            upstream->disconnectFromHost();
            upstream->deleteLater();
            if (loseNextAnswer) {
                std::exchange(loseNextAnswer, {})();
                return;
            }
            if (passAnswer)
                *answer = passAnswer(request, *answer);
            if (guard) {
                guard->write(*answer);
                guard->disconnectFromHost();
            }
        });
        upstream->connectToHost(QStringLiteral("127.0.0.1"), m_upstreamPort);
        upstream->write(request);
    });
}

} // namespace OAuthDesk::Test
