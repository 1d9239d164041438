#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace OAuthDesk {

struct Account;

/**
 * Asks for the password of a password-grant account (RFC 6749 §4.3), with the user name it goes
 * with and the legacy warning. Opened with open(); the caller takes the password with
 * takePassword() when accepted, which also empties the field, so the password lives no longer than
 * the one request that needs it.
 */
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PasswordDialog(const Account &account, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    QString accountId() const { return m_accountId; }
    /// The password typed, once: the field is empty afterwards.
    QString takePassword();

private:
    QString m_accountId;
    QLineEdit *m_passwordEdit;
    QDialogButtonBox *m_buttons;
};

} // namespace OAuthDesk
