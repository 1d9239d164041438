#pragma once

#include <QByteArray>
#include <QString>
#include <QTcpServer>

#include <functional>

namespace OAuthDesk::Test {

/**
 * A pass-through HTTP proxy on 127.0.0.1 in front of a real server (oidc-provider), one request per
 * connection, for what the real server will not do when asked: be unavailable for a while, or lose
 * an answer on the way. Point an account's endpoint at url(PATH); the same PATH is asked upstream.
 */
class ForwardingProxy : public QTcpServer
{
    Q_OBJECT
public:
    explicit ForwardingProxy(quint16 upstreamPort, QObject *parent = nullptr);

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QString url(const QString &path) const;

    /// When set, the raw HTTP answer it returns is given instead of asking upstream (e.g. a 503).
    std::function<QByteArray(const QByteArray &request)> answerInstead;
    /// When set: upstream is asked and answers, then this is called instead of passing the answer
    /// on (e.g. to kill the client); used once, then cleared.
    std::function<void()> loseNextAnswer;
    /// When set: upstream's raw HTTP answer to `request` goes through it on the way back, and what
    /// it returns is passed on (to note what the real server handed out, or to change it).
    std::function<QByteArray(const QByteArray &request, const QByteArray &answer)> passAnswer;

    /// Requests received (whether answered, forwarded or lost).
    int requests() const { return m_requests; }
    /// Requests forwarded to upstream.
    int forwarded() const { return m_forwarded; }

    /// Where a complete HTTP/1.1 message ends in `data` (headers and a Content-Length body), or -1.
    static qsizetype messageEnd(const QByteArray &data);

private:
    void serve(QTcpSocket *client);

    quint16 m_upstreamPort;
    int m_requests = 0;
    int m_forwarded = 0;
};

} // namespace OAuthDesk::Test
