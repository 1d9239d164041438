#include "tokenresponse.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace OAuthDesk::TokenResponse {

static QString tr(const char *text)
{
    return QCoreApplication::translate("OAuthDesk::TokenResponse", text);
}

static Error invalid(const QString &why)
{
    return Error(Error::Kind::InvalidResponse, why);
}

static std::optional<QJsonObject> jsonObject(const HttpResponse &response, Error *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray type = response.header("Content-Type").split(';').first().trimmed();
        *error = invalid(type.isEmpty()
                                 ? tr("The token endpoint's answer (HTTP %1) is not JSON.")
                                           .arg(response.status)
                                 : tr("The token endpoint's answer (HTTP %1) is %2, not JSON.")
                                           .arg(response.status)
                                           .arg(QString::fromLatin1(type.left(64))));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = invalid(tr("The token endpoint's answer is JSON but not an object."));
        return std::nullopt;
    }
    return doc.object();
}

static std::optional<QString> optionalString(const QJsonObject &o, const char *key, Error *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString()) {
        *error = invalid(tr("The field \"%1\" is not a string.").arg(QLatin1String(key)));
        return std::nullopt;
    }
    return v.toString();
}

Error parseError(const HttpResponse &response)
{
    if (response.error)
        return response.error;
    Error error;
    const auto object = jsonObject(response, &error);
    if (!object) {
        if (response.status >= 400)
            return Error::http(response.status, error.detail());
        return error;
    }
    // Error::oauth cleans and cuts the code and the description (found by fuzz_token_response: a
    // NUL next to an escaped lone high surrogate was once kept), so an answer whose code is only
    // control characters has none.
    const QUrl uri(object->value(QLatin1String("error_uri")).toString(), QUrl::StrictMode);
    const Error oauthError =
            Error::oauth(object->value(QLatin1String("error")).toString(),
                         object->value(QLatin1String("error_description")).toString(),
                         uri.isValid()
                                         && (uri.scheme() == QLatin1String("https")
                                             || uri.scheme() == QLatin1String("http"))
                                 ? uri
                                 : QUrl(),
                         response.status);
    if (oauthError.oauthError().isEmpty()) {
        if (response.status >= 400)
            return Error::http(response.status);
        return invalid(tr("The error answer has no \"error\" code."));
    }
    return oauthError;
}

Result<TokenSet> parse(const HttpResponse &response, const QString &requestedScope,
                       const QDateTime &now)
{
    if (response.error)
        return response.error;
    if (response.status == 400 || response.status == 401)
        return parseError(response);
    if (response.isRedirect())
        return Error(Error::Kind::InvalidResponse,
                     tr("The token endpoint answered with a redirect (HTTP %1), which is never "
                        "followed.")
                             .arg(response.status));
    if (response.status != 200)
        return Error::http(response.status, tr("The token endpoint did not issue a token."));

    Error error;
    const auto object = jsonObject(response, &error);
    if (!object)
        return error;

    const QJsonValue access = object->value(QLatin1String("access_token"));
    if (!access.isString() || access.toString().isEmpty())
        return invalid(tr("The answer has no access_token."));
    const QJsonValue type = object->value(QLatin1String("token_type"));
    if (!type.isString())
        return invalid(tr("The answer has no token_type."));
    if (type.toString().compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return invalid(tr("The token type \"%1\" is not supported; only Bearer is.")
                               .arg(type.toString().left(32)));

    TokenSet tokens;
    tokens.accessToken = access.toString();
    tokens.tokenType = QStringLiteral("Bearer");
    tokens.obtainedAt = now;

    const QJsonValue expiresIn = object->value(QLatin1String("expires_in"));
    if (!expiresIn.isUndefined() && !expiresIn.isNull()) {
        const double seconds = expiresIn.toDouble(-1);
        if (!expiresIn.isDouble() || seconds < 0 || std::floor(seconds) != seconds
            || seconds > 10.0 * 365 * 86400)
            return invalid(
                    tr("The answer's expires_in is not a non-negative whole number of seconds."));
        tokens.expiresAt = now.addSecs(qint64(seconds));
    }
    const auto refresh = optionalString(*object, "refresh_token", &error);
    const auto scope = optionalString(*object, "scope", &error);
    const auto idToken = optionalString(*object, "id_token", &error);
    if (!refresh || !scope || !idToken)
        return error;
    tokens.refreshToken = *refresh;
    // RFC 6749 5.1: no scope means the one requested; a scope of only white space says no more
    // (found by fuzz_token_response: it used to leave the granted scope empty).
    const QString granted = scope->simplified();
    tokens.scope = granted.isEmpty() ? requestedScope : granted;
    tokens.idToken = *idToken;
    return tokens;
}

} // namespace OAuthDesk::TokenResponse
