#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

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
    QString url(const QString &path = {}) const;
    const QList<Request> &requests() const { return m_requests; }

    static QByteArray json(int status, const QByteArray &body, const QByteArray &extraHeaders = {});

private:
    Script m_script;
    QList<Request> m_requests;
};

} // namespace OAuthDesk::Test
