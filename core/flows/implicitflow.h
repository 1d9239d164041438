#pragma once

#include "flows/authorizationcodeflow.h"

namespace OAuthDesk {

/**
 * Implicit grant (RFC 6749 §4.2). Legacy: RFC 9700 §2.1.2 deprecates it (the token travels in a URL
 * and cannot be bound to the client); authorization code with PKCE does the same job safely. It is
 * here for servers that offer nothing else, and the UI and help say so.
 *
 *   grant() ─▶ browser: response_type=token, state ─▶ user signs in
 *     GET /callback#access_token=…&state=…   (the fragment never reaches a server)
 *     └─ the listener's relay page posts the fragment to POST /callback once
 *   state compared first, exactly as for the code grant; the token is read from the fragment.
 *
 * Nothing of the fragment is logged. No refresh token is accepted from an implicit answer (§4.2.2).
 */
class ImplicitFlow : public AuthorizationCodeFlow
{
    Q_OBJECT
public:
    using AuthorizationCodeFlow::AuthorizationCodeFlow;

    /**
     * The tokens of an implicit answer (§4.2.2), from the fragment's decoded parameters: read as a
     * token endpoint answer would be (TokenResponse::parse), with expires_in given as a string.
     * Nothing but access_token, token_type, scope and expires_in is looked at.
     */
    static Result<TokenSet> tokensFromFragment(const QMap<QString, QString> &parameters,
                                               const QString &requestedScope, const QDateTime &now);

protected:
    QString responseType() const override { return QStringLiteral("token"); }
    bool usesPkce() const override { return false; }
    void configureListener(LoopbackListener *listener) override
    {
        listener->setFragmentRelay(true);
    }
    LoopbackListener::Verdict
    onAuthorizationResponse(const QMap<QString, QString> &parameters) override;
};

} // namespace OAuthDesk
