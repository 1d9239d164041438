// An account export being imported (core/accounts: AccountTransfer::parse): a file a person was
// handed, so anything at all.
//
// Input: the file.
#include "fuzzsupport.h"

#include "accounts/accounttransfer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace OAuthDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return Fuzz::initialize();
}

static QString text(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

/// The same server, URLs compared as text (QUrl's == tells apart spellings that print the same).
static bool sameServer(const ServerMetadata &a, const ServerMetadata &b)
{
    return text(a.issuer) == text(b.issuer)
            && text(a.authorizationEndpoint) == text(b.authorizationEndpoint)
            && text(a.tokenEndpoint) == text(b.tokenEndpoint)
            && text(a.revocationEndpoint) == text(b.revocationEndpoint)
            && text(a.introspectionEndpoint) == text(b.introspectionEndpoint)
            && text(a.userinfoEndpoint) == text(b.userinfoEndpoint)
            && text(a.jwksUri) == text(b.jwksUri)
            && text(a.deviceAuthorizationEndpoint) == text(b.deviceAuthorizationEndpoint)
            && text(a.registrationEndpoint) == text(b.registrationEndpoint)
            && text(a.pushedAuthorizationRequestEndpoint)
            == text(b.pushedAuthorizationRequestEndpoint)
            && a.scopesSupported == b.scopesSupported
            && a.promptValuesSupported == b.promptValuesSupported
            && a.issParameterSupported == b.issParameterSupported;
}

/// The same configuration: everything an export carries.
static bool sameSettings(const Account &a, const Account &b)
{
    return a.name == b.name && a.presetId == b.presetId && a.clientId == b.clientId
            && a.scope == b.scope && a.grantType == b.grantType
            && a.unknownGrantType == b.unknownGrantType && a.clientAuthMethod == b.clientAuthMethod
            && a.unknownClientAuthMethod == b.unknownClientAuthMethod && a.username == b.username
            && a.redirectPort == b.redirectPort && sameServer(a.server, b.server);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file = Fuzz::bytes(data, size);
    const Result<QList<Account>> result = AccountTransfer::parse(file);
    if (!result.ok()) {
        FUZZ_CHECK(result.error().isError());
        (void)result.error().message();
        return 0;
    }
    const QList<Account> &accounts = result.value();
    QSet<QString> names;
    for (const Account &a : accounts) {
        // Only usable accounts, named once each; nothing that is no setting comes in from a file.
        FUZZ_CHECK(!a.validate().isError());
        FUZZ_CHECK(!a.name.isEmpty() && a.name == a.name.trimmed());
        FUZZ_CHECK(!names.contains(a.name));
        names.insert(a.name);
        FUZZ_CHECK(a.scope == a.scope.simplified());
        // Only names OAuthDesk knows: an unknown grant type or client authentication is refused.
        FUZZ_CHECK(!a.unknownGrantType && !a.unknownClientAuthMethod);
        FUZZ_CHECK(a.id.isEmpty());
        FUZZ_CHECK(!a.signedIn && !a.revocationPending && a.subject.isEmpty()
                   && a.loginHint.isEmpty());
        // What the accounts file keeps reads back the same.
        FUZZ_CHECK(sameSettings(Account::fromJson(a.toJson()), a));
    }

    // Exported again, the file reads back the same, and holds only the allowed fields.
    const QByteArray exported = AccountTransfer::exportAccounts(accounts);
    const Result<QList<Account>> again = AccountTransfer::parse(exported);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value().size() == accounts.size());
    for (qsizetype i = 0; i < accounts.size(); ++i)
        FUZZ_CHECK(sameSettings(again.value().at(i), accounts.at(i)));
    static const QSet<QString> allowed = {
        QStringLiteral("name"),       QStringLiteral("preset"),
        QStringLiteral("client_id"),  QStringLiteral("scope"),
        QStringLiteral("grant_type"), QStringLiteral("client_auth_method"),
        QStringLiteral("username"),   QStringLiteral("redirect_port"),
        QStringLiteral("server"),
    };
    const QJsonArray list =
            QJsonDocument::fromJson(exported).object().value(QLatin1String("accounts")).toArray();
    FUZZ_CHECK(list.size() == accounts.size());
    for (const QJsonValue &entry : list) {
        const QStringList keys = entry.toObject().keys();
        for (const QString &key : keys)
            FUZZ_CHECK(allowed.contains(key));
    }
    return 0;
}
