#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace OAuthDesk {

/** What came back from one HTTP request: a status with headers and a bounded body, or an error. */
struct HttpResponse
{
    QUrl url;
    int status = 0;
    QByteArray reasonPhrase; ///< as the server sent it (HTTP/1.1 only)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 elapsedMs = 0;
    Error error; ///< network, time-out or size errors; an HTTP status alone is not an error here

    /// First header with this name (case-insensitive), or empty.
    QByteArray header(const QByteArray &name) const;
    /// Every header with this name, in order.
    QList<QByteArray> headerValues(const QByteArray &name) const;
    bool isRedirect() const
    {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }
    /// The Location of a redirect resolved against the request URL.
    QUrl redirectTarget() const;
};

} // namespace OAuthDesk
