#include "accounttransfer.h"

#include "accounts/accountstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OAuthDesk {

static QString tr(const char *text)
{
    return QCoreApplication::translate("OAuthDesk::AccountTransfer", text);
}

static QJsonObject exportAccount(const Account &a)
{
    // Field by field on purpose: never Account::toJson(), which carries the id and the session
    // hint.
    QJsonObject o;
    o.insert(QLatin1String("name"), a.name);
    if (!a.presetId.isEmpty())
        o.insert(QLatin1String("preset"), a.presetId);
    o.insert(QLatin1String("client_id"), a.clientId);
    o.insert(QLatin1String("scope"), a.scope);
    o.insert(QLatin1String("grant_type"), a.grantTypeString());
    o.insert(QLatin1String("client_auth_method"), a.clientAuthMethodString());
    if (!a.username.isEmpty())
        o.insert(QLatin1String("username"), a.username);
    if (a.redirectPort)
        o.insert(QLatin1String("redirect_port"), a.redirectPort);
    QJsonObject server;
    a.server.writeTo(server);
    o.insert(QLatin1String("server"), server);
    return o;
}

QByteArray AccountTransfer::exportAccounts(const QList<Account> &accounts)
{
    QJsonArray list;
    for (const Account &a : accounts)
        list.append(exportAccount(a));
    QJsonObject document;
    document.insert(QLatin1String("format"), Format);
    document.insert(QLatin1String("version"), Version);
    document.insert(QLatin1String("accounts"), list);
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

static Error refuse(const QString &text)
{
    return Error(Error::Kind::Configuration, text);
}

Result<QList<Account>> AccountTransfer::parse(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(tr("The file is not an OAuthDesk account export (not a JSON object)."));
    const QJsonObject document = doc.object();
    if (document.value(QLatin1String("format")).toString() != Format)
        return refuse(
                tr("The file is not an OAuthDesk account export (its \"format\" is not \"%1\").")
                        .arg(Format));
    if (document.value(QLatin1String("version")).toInt(-1) != Version)
        return refuse(
                tr("The export's version is not %1: it was written by another OAuthDesk version.")
                        .arg(Version));
    if (!document.value(QLatin1String("accounts")).isArray())
        return refuse(tr("The export has no \"accounts\" list."));

    QList<Account> accounts;
    QStringList names;
    const QJsonArray list = document.value(QLatin1String("accounts")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        Account a;
        a.name = o.value(QLatin1String("name")).toString().trimmed();
        if (!list.at(i).isObject() || a.name.isEmpty())
            return refuse(tr("Account %1 in the file has no name.").arg(i + 1));
        a.presetId = o.value(QLatin1String("preset")).toString();
        a.clientId = o.value(QLatin1String("client_id")).toString();
        a.scope = o.value(QLatin1String("scope")).toString().simplified();
        a.setGrantTypeName(o.value(QLatin1String("grant_type"))
                                   .toString(QStringLiteral("authorization_code")));
        a.setClientAuthMethodName(
                o.value(QLatin1String("client_auth_method")).toString(QStringLiteral("none")));
        a.username = o.value(QLatin1String("username")).toString();
        a.redirectPort = o.value(QLatin1String("redirect_port")).toInt(0);
        a.server = ServerMetadata::readFrom(o.value(QLatin1String("server")).toObject());
        if (const Error error = a.validate())
            return refuse(tr("Account \"%1\" in the file is not usable: %2")
                                  .arg(a.name, error.message()));
        if (names.contains(a.name))
            return refuse(tr("The file has two accounts named \"%1\".").arg(a.name));
        names.append(a.name);
        accounts.append(a);
    }
    return accounts;
}

Result<AccountTransfer::ImportReport> AccountTransfer::importInto(AccountStore &store,
                                                                  const QList<Account> &accounts,
                                                                  OnConflict onConflict)
{
    ImportReport report;
    for (Account a : accounts) {
        a.id.clear();
        if (store.findByName(a.name)) {
            if (onConflict == OnConflict::Skip) {
                report.skipped.append(a.name);
                continue;
            }
            const QString original = a.name;
            for (int n = 2; store.findByName(a.name); ++n)
                a.name = QStringLiteral("%1 (%2)").arg(original).arg(n);
            report.renamed.append(QStringLiteral("%1 \u2192 %2").arg(original, a.name));
        }
        if (const Error error = store.add(a))
            return error;
        report.added.append(a.name);
    }
    return report;
}

} // namespace OAuthDesk
