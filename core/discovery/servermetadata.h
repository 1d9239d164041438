#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace OAuthDesk {

/** The endpoints and abilities of an authorization server (RFC 8414 / OpenID Connect Discovery). */
struct ServerMetadata
{
    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint;
    QUrl introspectionEndpoint;
    QUrl userinfoEndpoint;
    QUrl jwksUri;
    QUrl deviceAuthorizationEndpoint;
    QUrl registrationEndpoint;
    QUrl pushedAuthorizationRequestEndpoint; ///< RFC 9126 (PAR): used whenever the server offers it
    QStringList scopesSupported;
    /// prompt_values_supported (OpenID Connect Prompt Create §4.1): e.g. select_account, when
    /// listed.
    QStringList promptValuesSupported;
    bool issParameterSupported =
            false; ///< authorization_response_iss_parameter_supported (RFC 9207)

    void writeTo(QJsonObject &object) const;
    static ServerMetadata readFrom(const QJsonObject &object);
};

} // namespace OAuthDesk
