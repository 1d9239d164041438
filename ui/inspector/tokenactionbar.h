#pragma once

#include "inspector/tokeninspectorwidget.h"

#include <QWidget>

class QDialog;
class QLabel;
class QPushButton;

namespace OAuthDesk {

class ResourceClient;
class TokenManager;

/**
 * The token inspector's actions and what they answered: Refresh Now, Introspect (RFC 7662), User
 * Info (OpenID Connect), Decode a JWT… and Revoke… (RFC 7009, after asking), each enabled only
 * when the account, its server and the selected token allow it, and one at a time; above them the
 * message of the last action ("inspectorMessage"). Server answers open in a ServerAnswerDialog.
 */
class TokenActionBar : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString messageText READ messageText NOTIFY messageTextChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
public:
    TokenActionBar(TokenManager *tokens, ResourceClient *resources, QWidget *parent = nullptr);
    ~TokenActionBar() override;

    /// The token the actions are about: `accountId`'s, when `hasSession` (its session shows), the
    /// `kind` selected. Updates which buttons are enabled.
    void setToken(const QString &accountId, bool hasSession, TokenInspectorWidget::TokenKind kind);
    /// Forgets the action under way and its message (another account is shown).
    void reset();

    /// What the last action did ("Revoked at the server.", an error), empty when nothing.
    QString messageText() const;
    bool isBusy() const { return m_busy; }
    /// Shows `text` (in the error style when `error`); empty hides the message.
    void setMessage(const QString &text, bool error = false);

public Q_SLOTS:
    void refreshNow();
    /// RFC 7662: asks the server whether the selected token is active, and shows its answer.
    void introspect();
    /// OpenID Connect UserInfo with the access token.
    void showUserInfo();
    /// Asks for confirmation, then revokes at the server and signs out.
    void revoke();
    /// Enables the buttons for the account, its server, the token and whether one action runs.
    void updateButtons();

Q_SIGNALS:
    void messageTextChanged(const QString &text);
    void busyChanged(bool busy);
    /// A dialog with a server's answer (introspection, UserInfo) was opened.
    void answerShown(QDialog *dialog);
    /// Decode a JWT… was clicked.
    void decodeRequested();

private:
    void setBusy(bool busy);
    void revokeConfirmed(const QString &accountId);
    void showAnswer(const QString &title, const QString &state, bool good,
                    const QJsonObject &answer);

    TokenManager *m_tokens;
    ResourceClient *m_resources;
    QString m_accountId;
    bool m_hasSession = false;
    TokenInspectorWidget::TokenKind m_kind = TokenInspectorWidget::TokenKind::Access;
    bool m_busy = false;
    quint64 m_actionAttempt = 0;

    QLabel *m_message;
    QPushButton *m_refreshButton;
    QPushButton *m_introspectButton;
    QPushButton *m_userInfoButton;
    QPushButton *m_revokeButton;
    QPushButton *m_decodeButton;
};

} // namespace OAuthDesk
