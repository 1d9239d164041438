#include "inspectcommand.h"

#include "accounts/accountstore.h"
#include "inspectionoutput.h"
#include "output.h"
#include "resource/userinfo.h"
#include "session/tokenmanager.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace OAuthDesk {

QString InspectCommand::description() const
{
    return tr("Shows the account's tokens decoded (JWTs: header and "
              "claims, with the signature checked against the "
              "issuer's keys), their expiry, scopes and who is signed "
              "in. Token values are never printed.");
}

void InspectCommand::define(QCommandLineParser &parser) const
{
    addAccountArgument(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON.")));
}

void InspectCommand::execute(const QCommandLineParser &parser)
{
    const auto id = namedAccount(parser, tr("inspect takes one NAME."));
    if (!id)
        return;
    m_account = *tokens()->accounts()->findById(*id);
    m_asJson = parser.isSet(QStringLiteral("json"));
    tokens()->loadTokens(*id, this,
                         [this](const Result<std::optional<TokenSet>> &read) { loaded(read); });
}

void InspectCommand::loaded(const Result<std::optional<TokenSet>> &read)
{
    if (!read.ok())
        return fail(read.error());
    if (!read.value())
        return fail(Error(Error::Kind::SignInRequired, tr("This account is not signed in.")));
    m_session = *read.value();
    m_items.append({ QStringLiteral("access_token"), tr("Access token"), m_session.accessToken });
    if (!m_session.idToken.isEmpty())
        m_items.append({ QStringLiteral("id_token"), tr("ID token"), m_session.idToken });
    if (!m_session.refreshToken.isEmpty())
        m_items.append(
                { QStringLiteral("refresh_token"), tr("Refresh token"), m_session.refreshToken });
    next();
}

void InspectCommand::next()
{
    if (m_results.size() < m_items.size()) {
        const Item &item = m_items.at(m_results.size());
        tokens()->inspector()->inspect(item.token.toUtf8(), m_account.server.jwksUri, this,
                                       [this](const TokenInspection &inspection) {
                                           m_results.append(inspection);
                                           next();
                                       });
        return;
    }
    if (!m_account.server.userinfoEndpoint.isEmpty()
        && m_session.scope.split(QLatin1Char(' ')).contains(QStringLiteral("openid"))
        && !m_userInfo.has_value()) {
        // Who the account is (OpenID Connect UserInfo); not fatal when it fails.
        const UserInfo userInfo(tokens()->accounts(), resources());
        userInfo.fetch(m_account.id, this, [this](const Result<QJsonObject> &answer) {
            m_userInfo = answer.ok() ? answer.value() : QJsonObject();
            next();
        });
        return;
    }
    if (m_asJson)
        return printJson();
    print();
}

void InspectCommand::printJson()
{
    QJsonObject o;
    o.insert(QLatin1String("account"), m_account.name);
    o.insert(QLatin1String("issuer"), m_account.server.issuer.toString());
    if (!m_account.subject.isEmpty())
        o.insert(QLatin1String("subject"), m_account.subject);
    o.insert(QLatin1String("token_type"), m_session.tokenType);
    o.insert(QLatin1String("scope"), m_session.scope);
    if (m_session.expiresAt.isValid())
        o.insert(QLatin1String("expires_at"), m_session.expiresAt.toString(Qt::ISODate));
    for (qsizetype i = 0; i < m_items.size(); ++i)
        o.insert(m_items.at(i).key, inspectionJson(m_results.at(i)));
    if (m_userInfo.has_value() && !m_userInfo->isEmpty())
        o.insert(QLatin1String("userinfo"), *m_userInfo);
    out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    finish(ExitStatus::Ok);
}

void InspectCommand::print()
{
    const QDateTime now = tokens()->clock().now();
    out() << tr("Account: %1 (%2)").arg(m_account.name, m_account.server.issuer.toString()) << '\n';
    if (!m_account.subject.isEmpty())
        out() << tr("Signed in as: %1").arg(m_account.subject) << '\n';
    if (m_userInfo.has_value()) {
        for (const char *key : { "name", "email", "picture" }) {
            const QString value = m_userInfo->value(QLatin1String(key)).toString();
            if (!value.isEmpty())
                out() << "  " << key << ": " << value << '\n';
        }
    }
    out() << tr("Scopes: %1").arg(m_session.scope) << '\n';
    if (m_session.expiresAt.isValid())
        out() << tr("Access token expires: %1 (in %2 s)")
                         .arg(m_session.expiresAt.toLocalTime().toString(Qt::ISODate))
                         .arg(now.secsTo(m_session.expiresAt))
              << '\n';
    for (qsizetype i = 0; i < m_items.size(); ++i)
        printInspection(out(), m_items.at(i).title, m_results.at(i), now);
    finish(ExitStatus::Ok);
}

} // namespace OAuthDesk
