#include "implicitflow.h"

#include "tokens/tokenresponse.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace OAuthDesk {

Result<TokenSet> ImplicitFlow::tokensFromFragment(const QMap<QString, QString> &parameters,
                                                  const QString &requestedScope,
                                                  const QDateTime &now)
{
    // §4.2.2 parameters arrive as strings; expires_in must still be a whole number.
    QJsonObject answer;
    for (const char *key : { "access_token", "token_type", "scope" }) {
        if (parameters.contains(QLatin1String(key)))
            answer.insert(QLatin1String(key), parameters.value(QLatin1String(key)));
    }
    if (parameters.contains(QStringLiteral("expires_in"))) {
        bool ok = false;
        const qint64 seconds = parameters.value(QStringLiteral("expires_in")).toLongLong(&ok);
        if (!ok || seconds < 0)
            return Error(Error::Kind::InvalidResponse,
                         tr("The answer's expires_in is not a whole number."));
        answer.insert(QLatin1String("expires_in"), double(seconds));
    }
    HttpResponse asIfFromTokenEndpoint;
    asIfFromTokenEndpoint.status = 200;
    asIfFromTokenEndpoint.body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    return TokenResponse::parse(asIfFromTokenEndpoint, requestedScope, now);
}

LoopbackListener::Verdict
ImplicitFlow::onAuthorizationResponse(const QMap<QString, QString> &parameters)
{
    const Result<TokenSet> tokens = tokensFromFragment(parameters, m_account.scope, m_clock.now());
    if (!tokens.ok()) {
        finish(tokens.error());
        return LoopbackListener::Verdict::Failed;
    }
    Q_EMIT authorizationCallbackReceived();
    finish({}, tokens.value());
    return LoopbackListener::Verdict::Accepted;
}

} // namespace OAuthDesk
