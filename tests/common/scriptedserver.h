#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

#include <chrono>
#include <functional>

namespace OAuthDesk::Test {

/**
 * A tiny scripted HTTP server on 127.0.0.1, for what no real server does on purpose: hostile or
 * broken answers, and a canary that records whether anything contacted it at all.
 */
class ScriptedServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QByteArray headers;
        QByteArray body;
    };
    /// Gets the request, returns the whole raw HTTP answer (empty: never answer).
    using Script = std::function<QByteArray(const Request &)>;

    explicit ScriptedServer(Script script = {}, QObject *parent = nullptr);

    bool start();
    /// Hands every answer over one byte at a time, one every `every` (a server that trickles: the
    /// connection is never silent long enough for a transfer time-out). Zero: all at once.
    void setTrickle(std::chrono::milliseconds every) { m_trickle = every; }
    QString url(const QString &path = {}) const;
    const QList<Request> &requests() const { return m_requests; }

    static QByteArray json(int status, const QByteArray &body, const QByteArray &extraHeaders = {});

private:
    void trickle(QTcpSocket *socket, const QByteArray &answer);

    Script m_script;
    QList<Request> m_requests;
    std::chrono::milliseconds m_trickle{ 0 };
};

} // namespace OAuthDesk::Test
