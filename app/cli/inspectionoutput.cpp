#include "inspectionoutput.h"

#include "inspect/tokeninspector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

namespace OAuthDesk {

QJsonObject inspectionJson(const TokenInspection &inspection)
{
    QJsonObject o;
    o.insert(QLatin1String("format"),
             inspection.jwt                     ? QStringLiteral("jwt")
                     : inspection.shape.isJwe() ? QStringLiteral("jwe")
                                                : QStringLiteral("opaque"));
    if (inspection.jwt) {
        o.insert(QLatin1String("header"), inspection.jwt->header());
        o.insert(QLatin1String("claims"), inspection.jwt->claims());
    }
    if (inspection.decodeError)
        o.insert(QLatin1String("decode_error"), inspection.decodeError.message());
    static const char *const names[] = { "not_checked", "verified", "invalid" };
    o.insert(QLatin1String("signature"), QLatin1String(names[int(inspection.signature)]));
    if (!inspection.keyId.isEmpty())
        o.insert(QLatin1String("kid"), inspection.keyId);
    o.insert(QLatin1String("verification"), inspection.badgeText());
    return o;
}

void printInspection(QTextStream &stream, const QString &title, const TokenInspection &inspection,
                     const QDateTime &now)
{
    stream << title << ": ";
    if (!inspection.jwt) {
        stream << (inspection.shape.isJwe()
                           ? QCoreApplication::translate("OAuthDesk::CommandLine",
                                                         "encrypted (JWE)")
                           : QCoreApplication::translate("OAuthDesk::CommandLine", "opaque"));
        if (inspection.decodeError)
            stream << " — " << inspection.decodeError.message();
        stream << '\n';
        return;
    }
    const Jwt &jwt = *inspection.jwt;
    stream << "JWT, alg " << jwt.alg()
           << (jwt.kid().isEmpty() ? QString() : QStringLiteral(", kid ") + jwt.kid()) << '\n';
    stream << "  " << inspection.badgeText() << '\n';
    if (!jwt.issuer().isEmpty())
        stream << "  iss  " << jwt.issuer() << '\n';
    if (!jwt.subject().isEmpty())
        stream << "  sub  " << jwt.subject() << '\n';
    if (!jwt.audiences().isEmpty())
        stream << "  aud  " << jwt.audiences().join(QLatin1String(", ")) << '\n';
    if (jwt.expiry().isValid())
        stream << "  exp  " << jwt.expiry().toLocalTime().toString(Qt::ISODate) << " ("
               << (jwt.expiry() > now ? QStringLiteral("in %1 s").arg(now.secsTo(jwt.expiry()))
                                      : QStringLiteral("%1 s ago").arg(jwt.expiry().secsTo(now)))
               << ")\n";
    if (jwt.issuedAt().isValid())
        stream << "  iat  " << jwt.issuedAt().toLocalTime().toString(Qt::ISODate) << '\n';
}

} // namespace OAuthDesk
