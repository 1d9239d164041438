#include "displaytext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace OAuthDesk::DisplayText {

static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("OAuthDesk::DisplayText", text, disambiguation, n);
}

QString clockTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    if (now.isValid() && local.date() == now.toLocalTime().date())
        return time;
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
}

static QString duration(qint64 seconds)
{
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        const qint64 rest = minutes % 60;
        return rest ? tr("%1 h %2 min").arg(hours).arg(rest) : tr("%n h", nullptr, int(hours));
    }
    return tr("%n days", nullptr, int(hours / 24));
}

QString relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid() || !now.isValid())
        return {};
    const qint64 seconds = now.secsTo(when);
    if (seconds >= 0 && seconds < 60)
        return tr("in less than a minute");
    if (seconds >= 0)
        return tr("in %1").arg(duration(seconds));
    if (seconds > -60)
        return tr("just now");
    return tr("%1 ago").arg(duration(-seconds));
}

QString httpReasonPhrase(int status)
{
    // RFC 9110 §15 reason phrases for the statuses a protected resource commonly answers.
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 202:
        return QStringLiteral("Accepted");
    case 204:
        return QStringLiteral("No Content");
    case 301:
        return QStringLiteral("Moved Permanently");
    case 302:
        return QStringLiteral("Found");
    case 303:
        return QStringLiteral("See Other");
    case 304:
        return QStringLiteral("Not Modified");
    case 307:
        return QStringLiteral("Temporary Redirect");
    case 308:
        return QStringLiteral("Permanent Redirect");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 406:
        return QStringLiteral("Not Acceptable");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 410:
        return QStringLiteral("Gone");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

QString responseSummary(const ResourceClient::Response &response)
{
    const HttpResponse &http = response.http;
    QString status = QString::number(http.status);
    const QString reason = httpReasonPhrase(http.status);
    if (!reason.isEmpty())
        status += QLatin1Char(' ') + reason;
    QStringList parts{ status, tr("%1 ms").arg(http.elapsedMs) };
    if (response.refreshed)
        parts << tr("refreshed once");
    if (!response.redirects.isEmpty())
        parts << (response.redirects.size() == 1
                          ? tr("followed 1 redirect")
                          : tr("followed %1 redirects").arg(response.redirects.size()));
    if (response.tokenWithheld)
        parts << tr("token withheld from another origin");
    if (response.challenge && !response.challenge->error().isEmpty()) {
        QString challenge = tr("server says: %1").arg(response.challenge->error());
        const QString description =
                response.challenge->params.value(QStringLiteral("error_description"));
        if (!description.isEmpty())
            challenge += QLatin1String(" (") + description.left(200) + QLatin1Char(')');
        parts << challenge;
    }
    return parts.join(QStringLiteral(" · "));
}

QString bodyForDisplay(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(body);
}

} // namespace OAuthDesk::DisplayText
