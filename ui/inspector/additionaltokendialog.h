#pragma once

#include "tokens/tokenset.h"

#include <QDialog>

#include <chrono>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace OAuthDesk {

class TokenManager;

/**
 * Gets an additional access token with a narrower scope (RFC 6749 §6) for a signed-in account,
 * without replacing the account's own. Shows what the server granted (scope, expiry) but not the
 * token: Copy Token puts it on the clipboard, which is cleared again after a while.
 */
class AdditionalTokenDialog : public QDialog
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(bool hasToken READ hasToken NOTIFY resultChanged)
public:
    AdditionalTokenDialog(TokenManager *tokens, const QString &accountId,
                          const QString &grantedScope, QWidget *parent = nullptr);
    ~AdditionalTokenDialog() override;

    bool isBusy() const { return m_busy; }
    bool hasToken() const { return !m_token.accessToken.isEmpty(); }
    /// How long a copied token stays on the clipboard (30 s unless a test says otherwise).
    void setClipboardTimeout(std::chrono::milliseconds timeout) { m_clipboardTimeout = timeout; }

public Q_SLOTS:
    /// Asks the server for a token with the scope in the field.
    void requestToken();
    void copyToken();

Q_SIGNALS:
    void busyChanged(bool busy);
    void resultChanged();

private:
    void setBusy(bool busy);

    TokenManager *m_tokens;
    QString m_accountId;
    TokenSet m_token; ///< the last token granted, kept only while the dialog is open
    bool m_busy = false;
    std::chrono::milliseconds m_clipboardTimeout{ std::chrono::seconds(30) };

    QLineEdit *m_scopeEdit;
    QPushButton *m_requestButton;
    QLabel *m_statusLabel;
    QGroupBox *m_resultGroup;
    QLabel *m_resultScope;
    QLabel *m_resultExpires;
    QPushButton *m_copyButton;
    QDialogButtonBox *m_buttons;
};

} // namespace OAuthDesk
