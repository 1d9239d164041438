#include "clientauthentication.h"

namespace OAuthDesk {

ClientAuthentication::Method ClientAuthentication::methodFromString(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    // Only the names of RFC 7591 §2: an empty or short name ("basic") would be stored as it is
    // and read as a different method elsewhere (found by fuzz_provider_preset).
    if (name == QLatin1String("none"))
        return Method::None;
    if (name == QLatin1String("client_secret_basic"))
        return Method::SecretBasic;
    if (name == QLatin1String("client_secret_post"))
        return Method::SecretPost;
    if (ok)
        *ok = false;
    return Method::None;
}

QString ClientAuthentication::methodName(Method method)
{
    switch (method) {
    case Method::None:
        return QStringLiteral("none");
    case Method::SecretBasic:
        return QStringLiteral("client_secret_basic");
    case Method::SecretPost:
        return QStringLiteral("client_secret_post");
    }
    return QStringLiteral("none");
}

void ClientAuthentication::apply(FormFields &form,
                                 QList<QPair<QByteArray, QByteArray>> &headers) const
{
    switch (method) {
    case Method::None:
        form.append({ QStringLiteral("client_id"), id });
        return;
    case Method::SecretPost:
        form.append({ QStringLiteral("client_id"), id });
        form.append({ QStringLiteral("client_secret"), secret });
        return;
    case Method::SecretBasic: {
        // RFC 6749 §2.3.1: each part is application/x-www-form-urlencoded before Base64.
        const QByteArray user = HttpClient::formEncode({ { id, QString() } }).chopped(1);
        const QByteArray password = HttpClient::formEncode({ { secret, QString() } }).chopped(1);
        const QByteArray pair = user + ':' + password;
        headers.append(
                { QByteArrayLiteral("Authorization"), QByteArray("Basic " + pair.toBase64()) });
        return;
    }
    }
}

} // namespace OAuthDesk
