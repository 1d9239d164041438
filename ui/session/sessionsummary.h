#pragma once

#include <QGroupBox>

class QLabel;

namespace OAuthDesk {

class TokenManager;
struct Account;

/**
 * The "Session" box of the Overview tab: the token type, when the access token expires, the
 * granted scopes and where the refresh token is kept, without showing any token. Hidden while the
 * account has no session.
 */
class SessionSummary : public QGroupBox
{
    Q_OBJECT
public:
    explicit SessionSummary(const TokenManager *tokens, QWidget *parent = nullptr);

    void showAccount(const Account &account);

private:
    const TokenManager *m_tokens;
    QLabel *m_tokenTypeValue;
    QLabel *m_expiresValue;
    QLabel *m_scopesValue;
    QLabel *m_refreshTokenValue;
};

} // namespace OAuthDesk
