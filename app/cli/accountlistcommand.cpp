#include "accountlistcommand.h"

#include "accounts/accountstore.h"
#include "output.h"
#include "session/tokenmanager.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace OAuthDesk {

QString AccountListCommand::description() const
{
    return tr("Lists the accounts.");
}

void AccountListCommand::define(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("json"),
                                        tr("Print JSON (no secrets are ever included).")));
}

void AccountListCommand::execute(const QCommandLineParser &parser)
{
    const QList<Account> &accounts = tokens()->accounts()->accounts();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Account &a : accounts) {
            QJsonObject o;
            o.insert(QLatin1String("name"), a.name);
            o.insert(QLatin1String("id"), a.id);
            o.insert(QLatin1String("issuer"), a.server.issuer.toString());
            o.insert(QLatin1String("client_id"), a.clientId);
            o.insert(QLatin1String("scope"), a.scope);
            o.insert(QLatin1String("grant_type"), a.grantTypeString());
            o.insert(QLatin1String("signed_in"), a.signedIn);
            if (!a.identity.isEmpty())
                o.insert(QLatin1String("identity"),
                         a.identity); // who signed in last (not a secret)
            if (a.expiresAt.isValid())
                o.insert(QLatin1String("expires_at"), a.expiresAt.toString(Qt::ISODate));
            list.append(o);
        }
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return finish(ExitStatus::Ok);
    }
    if (accounts.isEmpty())
        err() << tr("No accounts yet: oauthdesk account add NAME --issuer URL --client-id ID")
              << '\n';
    for (const Account &a : accounts) {
        const QString where = a.server.issuer.isEmpty() ? a.server.authorizationEndpoint.host()
                                                        : a.server.issuer.toString();
        out() << a.name << '\t' << where << '\t';
        if (!a.identity.isEmpty())
            out() << a.identity << '\t'; // who signed in last
        out() << (a.signedIn ? tr("signed in") : tr("signed out")) << '\n';
    }
    finish(ExitStatus::Ok);
}

} // namespace OAuthDesk
