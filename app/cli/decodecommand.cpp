#include "decodecommand.h"

#include "discovery/discovery.h"
#include "inspect/tokeninspector.h"
#include "inspectionoutput.h"
#include "output.h"
#include "platform/platform.h"
#include "session/tokenmanager.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace OAuthDesk {

QString DecodeCommand::description() const
{
    return tr("Decodes a JWT read from stdin and, with --issuer, verifies its signature against "
              "that issuer's keys "
              "(discovered from the issuer, exact match) — jwt.io, offline.");
}

void DecodeCommand::define(QCommandLineParser &parser) const
{
    parser.addOptions({ QCommandLineOption(QStringLiteral("issuer"),
                                           tr("The issuer whose keys should have signed it."),
                                           QStringLiteral("URL")),
                        QCommandLineOption(QStringLiteral("json"), tr("Print JSON.")) });
}

void DecodeCommand::execute(const QCommandLineParser &parser)
{
    const QByteArray token = Platform::readLineFromStdin().value_or(QString()).trimmed().toUtf8();
    if (token.isEmpty())
        return usage(tr("No token came on stdin."));
    const bool asJson = parser.isSet(QStringLiteral("json"));
    auto show = [this, asJson](const TokenInspection &inspection) {
        if (inspection.shape.isJws() && !inspection.jwt)
            return fail(inspection.decodeError);
        if (!inspection.jwt && !inspection.shape.isJwe())
            return fail(Error(Error::Kind::InvalidResponse,
                              tr("This is not a JWT (it may be an opaque token).")));
        if (asJson) {
            out() << QJsonDocument(inspectionJson(inspection)).toJson(QJsonDocument::Indented);
        } else {
            printInspection(out(), tr("Token"), inspection, tokens()->clock().now());
            if (inspection.jwt) {
                out() << tr("Header: ")
                      << QJsonDocument(inspection.jwt->header()).toJson(QJsonDocument::Compact)
                      << '\n';
                out() << tr("Claims: ")
                      << QJsonDocument(inspection.jwt->claims()).toJson(QJsonDocument::Indented);
            }
        }
        finish(inspection.signature == TokenInspection::Signature::Invalid
                       ? int(ExitStatus::Failure)
                       : int(ExitStatus::Ok));
    };
    if (!parser.isSet(QStringLiteral("issuer")))
        return show(TokenInspector::decode(token));
    const QUrl issuerUrl(parser.value(QStringLiteral("issuer")), QUrl::StrictMode);
    Discovery(http()).discover(
            issuerUrl, this, [this, token, show](const Result<ServerMetadata> &metadata) {
                if (!metadata.ok())
                    return fail(metadata.error());
                tokens()->inspector()->inspect(token, metadata.value().jwksUri, this, show);
            });
}

} // namespace OAuthDesk
