#pragma once

#include "inspect/tokeninspector.h"
#include "tokens/tokenset.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <chrono>

class QComboBox;
class QLabel;
class QPushButton;

namespace OAuthDesk {

class HttpClient;
class JwtDecoderDialog;
class ScopeChips;
class TokenActionBar;
class TokenField;
class TokenInspectionView;
class ResourceClient;
class TokenManager;

/**
 * The selected account's tokens, one at a time (access, refresh, ID token; those the session has):
 * the token itself masked until Reveal, Copy (cleared from the clipboard after a while), what it
 * says when it is a JWT (header and claims, times in local time and relative), its signature
 * checked with the issuer's keys (jwks_uri), a live expiry countdown on TokenManager's clock, and
 * the granted scopes as chips (ScopeChips). Its TokenActionBar asks the server about the token
 * (RFC 7662 introspection, UserInfo), refreshes it, or revokes it (RFC 7009) and signs out.
 *
 * The token's value is put into the token field only while revealed, and nowhere else on screen;
 * it is never logged.
 */
class TokenInspectorWidget : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString accountId READ accountId WRITE setAccountId NOTIFY accountIdChanged)
    Q_PROPERTY(TokenKind currentToken READ currentToken WRITE setCurrentToken NOTIFY
                       currentTokenChanged)
    Q_PROPERTY(bool revealed READ isRevealed WRITE setRevealed NOTIFY revealedChanged)
    Q_PROPERTY(QString countdownText READ countdownText NOTIFY countdownTextChanged)
    Q_PROPERTY(QString messageText READ messageText NOTIFY messageTextChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
public:
    enum class TokenKind { Access, Refresh, Id };
    Q_ENUM(TokenKind)

    /// `http` is what the Decode a JWT dialog discovers issuers with.
    TokenInspectorWidget(TokenManager *tokens, ResourceClient *resources, const HttpClient *http,
                         QWidget *parent = nullptr);
    ~TokenInspectorWidget() override;

    QString accountId() const { return m_accountId; }
    /// Shows this account's tokens (masked again); an empty id shows nothing.
    void setAccountId(const QString &accountId);

    /// The tokens the session holds, in the selector's order.
    QList<TokenKind> availableTokens() const;
    TokenKind currentToken() const { return m_kind; }
    /// Selects a token, when the session has it (and masks the field again).
    void setCurrentToken(TokenKind kind);

    bool isRevealed() const { return m_revealed; }
    QString countdownText() const;
    /// What the last action did ("Revoked at the server.", an error), empty when nothing.
    QString messageText() const;
    bool isBusy() const;

    /// How long a copied token stays on the clipboard (30 s unless set).
    void setClipboardTimeout(std::chrono::milliseconds timeout) { m_clipboardTimeout = timeout; }

    TokenInspectionView *inspectionView() const { return m_view; }
    /// The Decode a JWT dialog, while it is open.
    JwtDecoderDialog *decoderDialog() const;

    static QString tokenName(TokenKind kind);

public Q_SLOTS:
    void setRevealed(bool revealed);
    /// Reads the clock; updates the countdown and the relative times (the widget's timer calls it
    /// each second).
    void updateCountdown();
    /// Reads the session again (TokenManager::sessionChanged calls it).
    void reload();
    void copyToken();
    /// Opens Decode a JWT… (one dialog; raised when open already).
    void openDecoder();

Q_SIGNALS:
    void accountIdChanged(const QString &accountId);
    void currentTokenChanged(OAuthDesk::TokenInspectorWidget::TokenKind kind);
    void revealedChanged(bool revealed);
    void countdownTextChanged(const QString &text);
    void messageTextChanged(const QString &text);
    void busyChanged(bool busy);
    /// A dialog with a server's answer (introspection, UserInfo) was opened.
    void answerShown(QDialog *dialog);

protected:
    void hideEvent(QHideEvent *event) override;
    /// Colours a revealed token again for a new palette (light or dark).
    void changeEvent(QEvent *event) override;

private:
    QString tokenValue(TokenKind kind) const;
    QDateTime expiryOf(TokenKind kind) const;
    QString scopeOf(TokenKind kind) const;
    void rebuildSelector();
    void showCurrentToken();
    void updateTokenField();
    void updateScopes();
    void updateButtons();
    void verifyCurrent();

    TokenManager *m_tokens;
    const HttpClient *m_http;
    QString m_accountId;
    std::optional<TokenSet> m_session;
    TokenKind m_kind = TokenKind::Access;
    QString m_shownToken; ///< the selected token's value, to notice when it changes
    TokenInspection m_decoded; ///< the selected token, decoded (no signature check)
    QDateTime m_expiry;
    bool m_revealed = false;
    quint64 m_verifyAttempt = 0;
    QString m_countdown;
    std::chrono::milliseconds m_clipboardTimeout{ std::chrono::seconds(30) };
    QTimer m_tick;
    QPointer<JwtDecoderDialog> m_decoder;

    QWidget *m_emptyPage;
    QLabel *m_emptyLabel;
    QWidget *m_content;
    QComboBox *m_selector;
    QPushButton *m_revealButton;
    QPushButton *m_copyButton;
    TokenField *m_tokenField;
    QLabel *m_tokenFacts;
    QLabel *m_countdownLabel;
    ScopeChips *m_scopeChips;
    TokenInspectionView *m_view;
    TokenActionBar *m_actions;
};

} // namespace OAuthDesk
