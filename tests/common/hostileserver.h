#pragma once

#include "scriptedserver.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace JwsTest {
struct SigningKey;
}

namespace OAuthDesk::Test {

/**
 * An authorization server that misbehaves on purpose, one way per Mode, for end-to-end tests of
 * SECURITY.md through the real `oauthdesk` binary (tests/integration/tst_hostile.cpp). Real
 * servers do not do these things on purpose; this one does, on 127.0.0.1:
 *
 *   GET  /.well-known/openid-configuration   metadata (issuer, endpoints, RFC 9207 promise, openid)
 *   GET  /authorize                          302 to the loopback redirect_uri, with the mode's
 * parameters POST /token                              the mode's token answer (with an ID token in
 * the ID modes) GET  /jwks                               its JWK Set: one EC P-256 public key, kid
 * "hostile-es256" GET  /resource                           200 for the right bearer token (or a
 * cross-origin 302)
 *
 * and a second server on another port, the canary, which records whoever contacts it: a client
 * that followed a token endpoint's 307 would be given tokens there, and a client that took its
 * access token along a resource's redirect would have it recorded.
 *
 * Every value it hands out is a recognisable fake ("CANARY-CODE-…", "CANARY-AT-…", "CANARY-RT-…"),
 * so that a test can look for it in everything the client printed, logged or wrote. Its ID tokens
 * (OpenID Connect Core §2) are signed ES256 with a key made at start(); each carries a jti
 * "CANARY-IDT-…", and the nonce of the authorization request the browser brought.
 */
class HostileServer
{
public:
    enum class Mode {
        Honest, ///< a correct server (with RFC 9207 `iss`): the baseline
        // the authorization response, at the loopback listener
        StateMismatch, ///< code with another state than the one sent
        StateMissing, ///< code without state
        ErrorWithoutState, ///< error=access_denied without state
        IssOfAnotherIssuer, ///< code and state, iss of another issuer (RFC 9207 mix-up)
        IssMissingButAdvertised, ///< no iss, though the metadata promises it
        // the metadata
        DiscoveryIssuerMismatch, ///< the document names another issuer
        HttpTokenEndpoint, ///< token_endpoint on plain http to a non-loopback host
        JavascriptEndpoint, ///< authorization_endpoint is a javascript: URL
        FileEndpoint, ///< authorization_endpoint is a file: URL
        // the token endpoint
        TokenAsHtml, ///< 200 text/html
        TokenAsJsonArray, ///< 200 with a JSON array holding the token object
        TokenTenMegabytes, ///< 200 with a 10 MB JSON object
        TokenRedirectToAnotherPort, ///< 307 to the canary, which would issue tokens
        TokenNeverAnswers, ///< reads the request and says nothing
        TokenTypeMac, ///< token_type "mac"
        TokenNegativeExpiresIn, ///< expires_in -3600
        TokenStringExpiresIn, ///< expires_in "3600"
        TokenInvalidGrant, ///< 400 invalid_grant (RFC 6749 §5.2)
        // the resource
        ResourceCrossOriginRedirect, ///< /resource answers 302 to the canary
        // the ID token (OpenID Connect Core §3.1.3.7) that comes with the tokens
        IdTokenValid, ///< a correct ID token: the OpenID Connect baseline
        IdTokenBadSignature, ///< one bit of the signature flipped
        IdTokenUnknownKid, ///< signed with a retired key whose kid is not in the JWKS
        IdTokenAlgNone, ///< alg none, no signature
        IdTokenHs256ClientId, ///< HS256, the MAC keyed with the client_id (a public client's
                              ///< "secret")
        IdTokenWrongAudience, ///< aud is another client
        IdTokenSeveralAudiencesNoAzp, ///< aud is this client and another, no azp
        IdTokenSeveralAudiencesBadAzp, ///< aud is this client and another, azp the other one
        IdTokenWrongIssuer, ///< iss is another issuer
        IdTokenExpired, ///< exp ten minutes ago
        IdTokenIssuedInFuture, ///< iat an hour ahead
        IdTokenWrongNonce, ///< a nonce, but not the one sent
        IdTokenNonceMissing, ///< no nonce, though one was sent
        IdTokenMissing, ///< scope "openid api" granted, but no ID token at all
    };
    /// Whether the mode is an OpenID Connect one: the client is to ask for `openid`, and the token
    /// answer grants it (with an ID token, except in IdTokenMissing).
    static bool isOpenIdMode(Mode mode) { return mode >= Mode::IdTokenValid; }

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
    std::optional<bool> listenerClosedAtTokenRequest() const
    {
        return m_listenerClosedAtTokenRequest;
    }

    QByteArray code() const { return m_code; }
    QByteArray accessToken() const { return m_accessToken; }
    QByteArray refreshToken() const { return m_refreshToken; }
    /// The MAC key that comes with TokenTypeMac's token (the secret half of a MAC token).
    QByteArray macKey() const { return m_macKey; }
    /// The nonce of the last authorization request (empty before one, or when none was sent).
    QByteArray nonce() const;
    /// The client_id of the last authorization request.
    QString clientId() const;
    /// The ID token of the last token answer (empty before one, or outside the ID modes).
    QByteArray idToken() const { return m_idToken; }
    /// Its `sub`, the same in every mode.
    static QString subject() { return QStringLiteral("hostile-user-0001"); }
    /// Every secret that went between client and server so far: the canary code, tokens, MAC key
    /// and ID token (and its jti on its own, should a client print the decoded claims), and the
    /// state, code challenge, nonce and code verifier the client sent. None may be printed, logged
    /// or written to a file.
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
    QByteArray jwks() const;
    QByteArray makeIdToken();

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
    QByteArray m_idTokenId; ///< the jti, "CANARY-IDT-…"
    QByteArray m_idToken;
    std::shared_ptr<const JwsTest::SigningKey> m_signingKey; ///< published in /jwks
    std::shared_ptr<const JwsTest::SigningKey> m_retiredKey; ///< not published (IdTokenUnknownKid)
};

} // namespace OAuthDesk::Test
