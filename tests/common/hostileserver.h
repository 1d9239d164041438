#pragma once

#include "scriptedserver.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace OAuthDesk::Test {

/**
 * An authorization server that misbehaves on purpose, one way per Mode, for end-to-end tests of
 * SECURITY.md through the real `oauthdesk` binary (tests/integration/tst_hostile.cpp). Real
 * servers do not do these things on purpose; this one does, on 127.0.0.1:
 *
 *   GET  /.well-known/openid-configuration   metadata (issuer, endpoints, RFC 9207 promise)
 *   GET  /authorize                          302 to the loopback redirect_uri, with the mode's parameters
 *   POST /token                              the mode's token answer
 *   GET  /resource                           200 for the right bearer token (or a cross-origin 302)
 *
 * and a second server on another port, the canary, which records whoever contacts it: a client
 * that followed a token endpoint's 307 would be given tokens there, and a client that took its
 * access token along a resource's redirect would have it recorded.
 *
 * Every value it hands out is a recognisable fake ("CANARY-CODE-…", "CANARY-AT-…", "CANARY-RT-…"),
 * so that a test can look for it in everything the client printed, logged or wrote.
 */
class HostileServer
{
public:
    enum class Mode {
        Honest, ///< a correct server (with RFC 9207 `iss`): the baseline
        // the authorization response, at the loopback listener
        StateMismatch,           ///< code with another state than the one sent
        StateMissing,            ///< code without state
        ErrorWithoutState,       ///< error=access_denied without state
        IssOfAnotherIssuer,      ///< code and state, iss of another issuer (RFC 9207 mix-up)
        IssMissingButAdvertised, ///< no iss, though the metadata promises it
        // the metadata
        DiscoveryIssuerMismatch, ///< the document names another issuer
        HttpTokenEndpoint,       ///< token_endpoint on plain http to a non-loopback host
        JavascriptEndpoint,      ///< authorization_endpoint is a javascript: URL
        FileEndpoint,            ///< authorization_endpoint is a file: URL
        // the token endpoint
        TokenAsHtml,                ///< 200 text/html
        TokenAsJsonArray,           ///< 200 with a JSON array holding the token object
        TokenTenMegabytes,          ///< 200 with a 10 MB JSON object
        TokenRedirectToAnotherPort, ///< 307 to the canary, which would issue tokens
        TokenNeverAnswers,          ///< reads the request and says nothing
        TokenTypeMac,               ///< token_type "mac"
        TokenNegativeExpiresIn,     ///< expires_in -3600
        TokenStringExpiresIn,       ///< expires_in "3600"
        TokenInvalidGrant,          ///< 400 invalid_grant (RFC 6749 §5.2)
        // the resource
        ResourceCrossOriginRedirect, ///< /resource answers 302 to the canary
    };

    explicit HostileServer(Mode mode);
    HostileServer(const HostileServer &) = delete;
    HostileServer &operator=(const HostileServer &) = delete;

    /// Starts the server and the canary on free 127.0.0.1 ports.
    bool start();

    Mode mode() const { return m_mode; }
    /// The issuer it is (the discovery document may claim otherwise): http://127.0.0.1:PORT
    QString issuer() const { return m_server.url(); }
    QString url(const QString &path) const { return m_server.url(path); }
    const ScriptedServer &server() const { return m_server; }
    const ScriptedServer &canary() const { return m_canary; }
    /// The issuer it names when it lies about who it is, or answers for another.
    static QString otherIssuer() { return QStringLiteral("https://other-issuer.example.test"); }

    /// Requests to `path` (without query) at the server.
    int requestsTo(const QByteArray &path) const;

    /// The last authorization request's parameters as the browser brought them (empty before one).
    const QUrlQuery &authorizationRequest() const { return m_authorization; }
    QByteArray state() const;
    QByteArray codeChallenge() const;
    QString redirectUri() const;
    /// The loopback listener's port, from redirect_uri (0 before an authorization request).
    quint16 loopbackPort() const;
    /// The code_verifier of the last token request (empty before one).
    QByteArray codeVerifier() const { return m_codeVerifier; }
    /// Whether the loopback port refused a connection at the moment the token request arrived (the
    /// listener closes after the first valid callback; no value before a token request).
    std::optional<bool> listenerClosedAtTokenRequest() const { return m_listenerClosedAtTokenRequest; }

    QByteArray code() const { return m_code; }
    QByteArray accessToken() const { return m_accessToken; }
    QByteArray refreshToken() const { return m_refreshToken; }
    /// The MAC key that comes with TokenTypeMac's token (the secret half of a MAC token).
    QByteArray macKey() const { return m_macKey; }
    /// Every secret that went between client and server so far: the canary code, tokens and MAC
    /// key, and the state, code challenge and code verifier the client sent. None may be printed,
    /// logged or written to a file.
    QList<QByteArray> secrets() const;

    /// Whether a TCP connection to 127.0.0.1:`port` is refused (true: nothing listens there).
    static bool connectionRefused(quint16 port);

private:
    QByteArray answer(const ScriptedServer::Request &request);
    QByteArray canaryAnswer(const ScriptedServer::Request &request);
    QByteArray metadata() const;
    QByteArray authorizationAnswer(const ScriptedServer::Request &request);
    QByteArray tokenAnswer(const ScriptedServer::Request &request);
    QByteArray honestTokens() const;

    Mode m_mode;
    ScriptedServer m_server;
    ScriptedServer m_canary;
    QUrlQuery m_authorization;
    QByteArray m_codeVerifier;
    std::optional<bool> m_listenerClosedAtTokenRequest;
    QByteArray m_code;
    QByteArray m_accessToken;
    QByteArray m_refreshToken;
    QByteArray m_macKey;
};

} // namespace OAuthDesk::Test
