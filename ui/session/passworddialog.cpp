#include "passworddialog.h"

#include "accounts/account.h"
#include "accounts/grantfield.h"
#include "widgets/theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OAuthDesk {

PasswordDialog::PasswordDialog(const Account &account, QWidget *parent)
    : QDialog(parent), m_accountId(account.id)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Sign In to %1").arg(account.name));

    auto *intro = new QLabel(
            tr("Enter the password for this account. OAuthDesk sends it to the server once "
               "and does not store it."),
            this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto *warning = new QLabel(GrantField::legacyWarningText(GrantType::Password), this);
    warning->setObjectName(QStringLiteral("legacyWarning"));
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::PlainText);
    Theme::apply(warning, Theme::Style::WarningBanner);

    auto *user = new QLabel(account.username, this);
    user->setObjectName(QStringLiteral("usernameLabel"));
    user->setTextFormat(Qt::PlainText);
    user->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(tr("User name:"), user);
    form->addRow(tr("&Password:"), m_passwordEdit);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_passwordEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_passwordEdit->text().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A cancelled prompt leaves nothing behind either.
    connect(this, &QDialog::rejected, m_passwordEdit, &QLineEdit::clear);
}

PasswordDialog::~PasswordDialog()
{
    m_passwordEdit->clear();
}

QString PasswordDialog::takePassword()
{
    const QString password = m_passwordEdit->text();
    m_passwordEdit->clear();
    return password;
}

} // namespace OAuthDesk
