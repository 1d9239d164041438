#include "error.h"

#include "plaintext.h"

#include <QCoreApplication>

namespace OAuthDesk {

Error::Error(Kind kind, QString detail) : m_kind(kind), m_detail(std::move(detail)) { }

Error Error::oauth(const QString &error, const QString &description, const QUrl &uri,
                   int httpStatus)
{
    // Every field comes from a server or a browser callback and is shown as it is, in the window
    // and on a terminal: control characters go, and the code and description are cut to a length a
    // person reads (a callback's `error=%1B[2J` once reached the terminal through here).
    const QString cleanDescription = withoutControlCharacters(description.left(500));
    Error e(Kind::OAuth, cleanDescription);
    e.m_oauthError = withoutControlCharacters(error.left(100));
    e.m_errorDescription = cleanDescription;
    e.m_errorUri = uri;
    e.m_httpStatus = httpStatus;
    return e;
}

Error Error::http(int status, const QString &detail)
{
    Error e(Kind::HttpStatus, detail);
    e.m_httpStatus = status;
    return e;
}

static QString oauthErrorText(const QString &code)
{
    // RFC 6749 §4.1.2.1 and §5.2, in words a user can act on.
    if (code == QLatin1String("access_denied"))
        return QCoreApplication::translate("OAuthDesk::Error",
                                           "Access was denied at the sign-in page.");
    if (code == QLatin1String("invalid_client"))
        return QCoreApplication::translate(
                "OAuthDesk::Error", "The server does not accept this client: check the client ID.");
    if (code == QLatin1String("invalid_grant"))
        return QCoreApplication::translate(
                "OAuthDesk::Error", "The server no longer accepts this sign-in: sign in again.");
    if (code == QLatin1String("unauthorized_client"))
        return QCoreApplication::translate(
                "OAuthDesk::Error", "This client is not allowed to use this kind of sign-in.");
    if (code == QLatin1String("unsupported_grant_type")
        || code == QLatin1String("unsupported_response_type"))
        return QCoreApplication::translate("OAuthDesk::Error",
                                           "The server does not support this kind of sign-in.");
    if (code == QLatin1String("invalid_scope"))
        return QCoreApplication::translate("OAuthDesk::Error",
                                           "The server refused the requested scopes.");
    if (code == QLatin1String("invalid_request"))
        return QCoreApplication::translate("OAuthDesk::Error",
                                           "The server rejected the request as malformed.");
    if (code == QLatin1String("server_error") || code == QLatin1String("temporarily_unavailable"))
        return QCoreApplication::translate(
                "OAuthDesk::Error", "The server could not complete the sign-in; try again later.");
    if (code == QLatin1String("login_required") || code == QLatin1String("consent_required")
        || code == QLatin1String("interaction_required"))
        return QCoreApplication::translate("OAuthDesk::Error",
                                           "The server needs you to sign in interactively.");
    return QCoreApplication::translate("OAuthDesk::Error", "The server answered with an error.");
}

QString Error::message() const
{
    QString text;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        text = QCoreApplication::translate("OAuthDesk::Error", "Could not reach the server.");
        break;
    case Kind::Timeout:
        text = QCoreApplication::translate("OAuthDesk::Error", "No answer in time.");
        break;
    case Kind::HttpStatus:
        text = QCoreApplication::translate("OAuthDesk::Error", "The server answered HTTP %1.")
                       .arg(m_httpStatus);
        break;
    case Kind::OAuth: {
        text = oauthErrorText(m_oauthError) + QLatin1String(" (") + m_oauthError + QLatin1Char(')');
        if (!m_errorDescription.isEmpty())
            text += QLatin1String(": ") + m_errorDescription;
        if (m_errorUri.isValid() && !m_errorUri.isEmpty())
            text += QLatin1String(" <") + m_errorUri.toString() + QLatin1Char('>');
        return text;
    }
    case Kind::Keychain:
        text = QCoreApplication::translate("OAuthDesk::Error", "The system keychain failed.");
        break;
    case Kind::Cancelled:
        text = QCoreApplication::translate("OAuthDesk::Error", "Cancelled.");
        break;
    case Kind::InsecureUrl:
        text = QCoreApplication::translate(
                "OAuthDesk::Error",
                "Refused an insecure address: only https, or http on this computer "
                "(127.0.0.1, ::1, localhost), is allowed.");
        break;
    case Kind::InvalidResponse:
        text = QCoreApplication::translate("OAuthDesk::Error",
                                           "The server sent an invalid answer.");
        break;
    case Kind::Configuration:
        if (!m_detail.isEmpty())
            return m_detail; // already says what is wrong and what to do
        text = QCoreApplication::translate("OAuthDesk::Error",
                                           "The account settings are incomplete.");
        break;
    case Kind::Browser:
        text = QCoreApplication::translate("OAuthDesk::Error", "Could not open the web browser.");
        break;
    case Kind::DifferentUser:
        return m_detail;
    case Kind::SignInRequired:
        text = QCoreApplication::translate("OAuthDesk::Error", "Sign-in required.");
        break;
    }
    if (!m_detail.isEmpty())
        text += QLatin1Char(' ') + m_detail;
    return text;
}

} // namespace OAuthDesk
