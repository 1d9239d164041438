#include "introspectcommand.h"

#include "output.h"
#include "session/tokenmanager.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace OAuthDesk {

QString IntrospectCommand::description() const
{
    return tr("Asks the server about the account's access token (RFC "
              "7662) and prints its JSON answer. Only "
              "\"active\": true means the server still accepts it; exit "
              "status 8 when it is inactive.");
}

void IntrospectCommand::define(QCommandLineParser &parser) const
{
    addAccountArgument(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("refresh-token"),
                                        tr("Ask about the refresh token instead.")));
}

void IntrospectCommand::execute(const QCommandLineParser &parser)
{
    const auto id = namedAccount(parser, tr("introspect takes one NAME."));
    if (!id)
        return;
    tokens()->introspect(
            *id, this,
            [this](const Result<QJsonObject> &answer) {
                if (!answer.ok())
                    return fail(answer.error());
                out() << QJsonDocument(answer.value()).toJson(QJsonDocument::Indented);
                if (answer.value().value(QLatin1String("active")).toBool() != true) {
                    err() << Program << ": " << tr("The server says the token is not active.")
                          << '\n';
                    return finish(ExitStatus::Inactive);
                }
                finish(ExitStatus::Ok);
            },
            parser.isSet(QStringLiteral("refresh-token")));
}

} // namespace OAuthDesk
