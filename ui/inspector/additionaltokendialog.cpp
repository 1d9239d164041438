#include "additionaltokendialog.h"

#include "session/tokenmanager.h"
#include "widgets/displaytext.h"
#include "widgets/secretclipboard.h"
#include "widgets/theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OAuthDesk {

AdditionalTokenDialog::AdditionalTokenDialog(TokenManager *tokens, const QString &accountId,
                                             const QString &grantedScope, QWidget *parent)
    : QDialog(parent), m_tokens(tokens), m_accountId(accountId)
{
    setObjectName(QStringLiteral("additionalTokenDialog"));
    const auto account = tokens->accounts()->findById(accountId);
    setWindowTitle(
            tr("Token with Narrower Scope \u2014 %1").arg(account ? account->name : QString()));

    auto *intro = new QLabel(
            tr("Get an additional access token limited to some of the granted scopes, for a tool "
               "that should not have them all. The account keeps its own token."));
    intro->setWordWrap(true);

    m_scopeEdit = new QLineEdit(grantedScope);
    m_scopeEdit->setObjectName(QStringLiteral("scopeEdit"));
    m_scopeEdit->setPlaceholderText(tr("space-separated, e.g. openid profile"));
    m_scopeEdit->setClearButtonEnabled(true);
    m_requestButton = new QPushButton(tr("&Get Token"));
    m_requestButton->setObjectName(QStringLiteral("requestTokenButton"));
    m_requestButton->setDefault(true);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scopeEdit, 1);
    scopeRow->addWidget(m_requestButton);
    auto *scopeLabel = new QLabel(tr("&Scope:"));
    scopeLabel->setBuddy(m_scopeEdit);
    auto *form = new QFormLayout;
    form->addRow(scopeLabel, scopeRow);

    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("additionalTokenStatus"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->hide();

    m_resultGroup = new QGroupBox(tr("Token"));
    m_resultGroup->setObjectName(QStringLiteral("additionalTokenResult"));
    m_resultScope = new QLabel;
    m_resultScope->setObjectName(QStringLiteral("resultScopeValue"));
    m_resultScope->setTextFormat(Qt::PlainText);
    m_resultScope->setWordWrap(true);
    m_resultScope->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultExpires = new QLabel;
    m_resultExpires->setObjectName(QStringLiteral("resultExpiresValue"));
    m_resultExpires->setTextFormat(Qt::PlainText);
    m_copyButton = new QPushButton(tr("&Copy Token"));
    m_copyButton->setObjectName(QStringLiteral("copyTokenButton"));
    m_copyButton->setToolTip(
            tr("Copy the access token; the clipboard is cleared again after 30 seconds"));
    auto *resultForm = new QFormLayout(m_resultGroup);
    resultForm->addRow(tr("Granted scope:"), m_resultScope);
    resultForm->addRow(tr("Expires:"), m_resultExpires);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyButton);
    copyRow->addStretch(1);
    resultForm->addRow(QString(), copyRow);
    m_resultGroup->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_resultGroup);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(m_requestButton, &QPushButton::clicked, this, &AdditionalTokenDialog::requestToken);
    connect(m_scopeEdit, &QLineEdit::returnPressed, this, &AdditionalTokenDialog::requestToken);
    connect(m_copyButton, &QPushButton::clicked, this, &AdditionalTokenDialog::copyToken);
}

AdditionalTokenDialog::~AdditionalTokenDialog()
{
    m_token = {};
}

void AdditionalTokenDialog::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_requestButton->setEnabled(!busy);
    m_scopeEdit->setReadOnly(busy);
    Q_EMIT busyChanged(busy);
}

void AdditionalTokenDialog::requestToken()
{
    if (m_busy)
        return;
    const QString scope = m_scopeEdit->text().simplified();
    m_token = {};
    m_resultGroup->hide();
    Theme::apply(m_statusLabel, Theme::Style::Plain);
    m_statusLabel->setText(tr("Requesting a token…"));
    m_statusLabel->show();
    Q_EMIT resultChanged();
    setBusy(true);
    m_tokens->additionalToken(m_accountId, scope, this, [this](const Result<TokenSet> &result) {
        setBusy(false);
        if (!result.ok()) {
            Theme::apply(m_statusLabel, Theme::Style::ErrorText);
            m_statusLabel->setText(tr("No token: %1").arg(result.error().message()));
            return;
        }
        m_token = result.value();
        m_token.refreshToken.clear(); // the dialog only hands out the access token
        const QDateTime now = m_tokens->clock().now();
        m_statusLabel->hide();
        m_resultScope->setText(m_token.scope.isEmpty() ? tr("none stated") : m_token.scope);
        m_resultExpires->setText(m_token.expiresAt.isValid() ? tr("%1 (%2)").arg(
                                         DisplayText::clockTime(m_token.expiresAt, now),
                                         DisplayText::relativeTime(m_token.expiresAt, now))
                                                             : tr("the server did not say"));
        m_resultGroup->show();
        m_copyButton->setFocus();
        Q_EMIT resultChanged();
    });
}

void AdditionalTokenDialog::copyToken()
{
    SecretClipboard::copy(m_token.accessToken, m_clipboardTimeout);
}

} // namespace OAuthDesk
