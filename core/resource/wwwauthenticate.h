#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace OAuthDesk {

/** One challenge of a WWW-Authenticate header (RFC 9110 §11.6.1, RFC 6750 §3). */
struct Challenge
{
    QString scheme; ///< as sent; compare case-insensitively
    QString token68; ///< for schemes that use the token68 form
    QMap<QString, QString> params; ///< names lower-cased, values unquoted

    bool isBearer() const
    {
        return scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0;
    }
    QString error() const { return params.value(QStringLiteral("error")); }
};

namespace WwwAuthenticate {
/// Parses one or more header values; a malformed part ends parsing with what was read so far.
QList<Challenge> parse(const QList<QByteArray> &headerValues);
/// The first Bearer challenge, if any.
std::optional<Challenge> bearer(const QList<QByteArray> &headerValues);
} // namespace WwwAuthenticate

} // namespace OAuthDesk
