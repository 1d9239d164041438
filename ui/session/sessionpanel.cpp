#include "sessionpanel.h"

#include "accounts/accountlistmodel.h"
#include "common/settings.h"
#include "inspector/additionaltokendialog.h"
#include "session/devicecodepanel.h"
#include "session/passworddialog.h"
#include "session/tokenmanager.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace OAuthDesk {

SessionPanel::SessionPanel(TokenManager *tokens, AccountStore *store, AccountListModel *model,
                           Settings *settings, RemovingCheck removing, QWidget *parent)
    : QWidget(parent),
      m_tokens(tokens),
      m_store(store),
      m_model(model),
      m_settings(settings),
      m_removing(std::move(removing))
{
    setObjectName(QStringLiteral("sessionPanel"));

    m_nameLabel = new QLabel;
    m_nameLabel->setObjectName(QStringLiteral("accountNameLabel"));
    m_nameLabel->setTextFormat(Qt::PlainText);
    QFont big = m_nameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_nameLabel->setFont(big);
    m_issuerLabel = new QLabel;
    m_issuerLabel->setObjectName(QStringLiteral("accountIssuerLabel"));
    m_issuerLabel->setTextFormat(Qt::PlainText);
    Theme::apply(m_issuerLabel, Theme::Style::SecondaryText);
    m_issuerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);

    m_signInButton = new QPushButton(tr("Sign In"));
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setToolTip(tr("Sign in with the web browser"));
    m_signOutButton = new QPushButton(tr("Sign Out"));
    m_signOutButton->setObjectName(QStringLiteral("signOutButton"));
    m_signOutButton->setToolTip(tr("Forget this account's tokens on this computer"));
    m_refreshButton = new QPushButton(tr("Refresh Now"));
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setToolTip(tr("Get a new access token with the refresh token"));
    m_removeButton = new QPushButton(tr("Remove…"));
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    connect(m_signInButton, &QPushButton::clicked, this, &SessionPanel::signIn);
    connect(m_signOutButton, &QPushButton::clicked, this, &SessionPanel::signOut);
    connect(m_refreshButton, &QPushButton::clicked, this, &SessionPanel::refreshNow);
    m_narrowScopeButton = new QPushButton(tr("Get Token with Narrower Scope…"));
    m_narrowScopeButton->setObjectName(QStringLiteral("narrowScopeButton"));
    m_narrowScopeButton->setToolTip(
            tr("An additional access token with fewer scopes, for a tool that should not "
               "have them all"));
    connect(m_narrowScopeButton, &QPushButton::clicked, this, &SessionPanel::requestNarrowerToken);
    connect(m_removeButton, &QPushButton::clicked, this, &SessionPanel::removeRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signInButton);
    buttons->addWidget(m_signOutButton);
    buttons->addWidget(m_refreshButton);
    buttons->addWidget(m_narrowScopeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_removeButton);

    m_busyPanel = new QWidget;
    m_busyPanel->setObjectName(QStringLiteral("signInBusyPanel"));
    m_busyBar = new QProgressBar;
    m_busyBar->setObjectName(QStringLiteral("signInProgress"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(12);
    m_waitingLabel = new QLabel;
    m_waitingLabel->setObjectName(QStringLiteral("signInWaitingLabel"));
    m_waitingLabel->setWordWrap(true);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop waiting for the browser"));
    m_copyLinkButton = new QPushButton(tr("Copy Link"));
    m_copyLinkButton->setObjectName(QStringLiteral("copyLinkButton"));
    m_copyLinkButton->setToolTip(
            tr("Browser did not open? Copy the sign-in link and open it yourself."));
    connect(m_cancelButton, &QPushButton::clicked, this, &SessionPanel::cancelSignIn);
    connect(m_copyLinkButton, &QPushButton::clicked, this, [this] {
        if (const QUrl url = signInUrl(); url.isValid())
            QApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
    });
    m_devicePanel = new DeviceCodePanel;
    m_devicePanel->hide();
    auto *busyLayout = new QGridLayout(m_busyPanel);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_waitingLabel, 0, 0);
    busyLayout->addWidget(m_copyLinkButton, 0, 1);
    busyLayout->addWidget(m_cancelButton, 0, 2);
    busyLayout->addWidget(m_busyBar, 1, 0, 1, 3);
    busyLayout->setColumnStretch(0, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_issuerLabel);
    layout->addSpacing(4);
    layout->addWidget(m_statusLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_devicePanel);
    layout->addWidget(m_busyPanel);

    connect(m_tokens, &TokenManager::signInStarted, this,
            [this](const QString &id, const QUrl &url) {
                m_signInUrls.insert(id, url);
                Q_EMIT changed();
            });
    connect(m_tokens, &TokenManager::deviceCodeReceived, this,
            [this](const QString &id, const DeviceCode &code) {
                m_deviceCodes.insert(id, code);
                Q_EMIT changed();
            });
    connect(m_tokens, &TokenManager::signInFailed, this, [this](const QString &id) {
        m_deviceCodes.remove(id);
        Q_EMIT changed();
    });
    connect(m_tokens, &TokenManager::pendingRevocationFinished, this,
            [this](const QString &id, const Error &error) {
                // Replaces the sign-out's "will ask again" warning.
                Q_EMIT warningChanged(id,
                                      error ? tr("The server refused to revoke the tokens of an "
                                                 "earlier session: %1")
                                                      .arg(error.message())
                                            : QString());
                if (!error)
                    setNote(id, tr("The server has now revoked the tokens of an earlier session."));
                Q_EMIT changed();
            });
}

SessionPanel::~SessionPanel() = default;

void SessionPanel::setBrowserOpener(BrowserOpener opener)
{
    m_devicePanel->setBrowserOpener(std::move(opener));
}

QString SessionPanel::statusText() const
{
    return m_statusLabel->text();
}

void SessionPanel::showAccount(const std::optional<Account> &account, bool removing)
{
    if (!account) {
        m_devicePanel->clear();
        m_devicePanel->hide();
        m_statusLabel->clear();
        return;
    }
    m_nameLabel->setText(account->name);
    m_issuerLabel->setText(AccountListModel::issuerText(*account));

    const bool signingIn = m_tokens->isSigningIn(account->id);
    const AccountListModel::State state = m_model->state(account->id);
    const bool hasDeviceCode = signingIn && m_deviceCodes.contains(account->id);
    QString status = m_model->statusText(account->id);
    if (hasDeviceCode)
        status = tr("Waiting for approval on another device…");
    if (removing)
        status = tr("Removing…");
    else if (const QString note = m_notes.value(account->id); !note.isEmpty())
        status += QStringLiteral(" · ") + note;
    m_statusLabel->setText(status);
    Theme::apply(m_statusLabel,
                 state == AccountListModel::State::RefreshFailing ? Theme::Style::ErrorText
                                                                  : Theme::Style::Plain);

    const bool signedIn = m_model->isSignedIn(account->id);
    const bool refreshing = state == AccountListModel::State::Refreshing;
    m_signInButton->setEnabled(!signingIn && !removing);
    m_signInButton->setText(signedIn ? tr("Sign In Again") : tr("Sign In"));
    m_signOutButton->setEnabled(signedIn && !signingIn && !removing);
    m_refreshButton->setEnabled(signedIn && !signingIn && !refreshing && !removing);
    m_narrowScopeButton->setEnabled(signedIn && !signingIn && !refreshing && !removing);
    const bool browser = account->usesBrowser();
    m_signInButton->setToolTip(
            browser ? tr("Sign in with the web browser")
                    : account->grantType == GrantType::Device
                    ? tr("Sign in with a code entered in a browser on any device")
                    : account->grantType == GrantType::Password
                    ? tr("Sign in with your user name and password")
                    : tr("Get a token with the client's own credentials"));
    m_removeButton->setEnabled(!removing);
    m_busyPanel->setVisible(signingIn);
    m_cancelButton->setVisible(signingIn);
    m_cancelButton->setEnabled(signingIn);
    m_copyLinkButton->setVisible(browser);
    m_copyLinkButton->setEnabled(signInUrl().isValid());
    m_cancelButton->setToolTip(browser ? tr("Stop waiting for the browser")
                                       : tr("Stop the sign-in"));
    if (browser) {
        // With pushed authorization requests (RFC 9126) the server is asked first, the browser
        // after.
        m_waitingLabel->setText(signInUrl().isValid()
                                        ? tr("Waiting for the browser… complete the sign-in there.")
                                        : tr("Preparing the sign-in with the server…"));
    } else if (account->grantType == GrantType::Device) {
        m_waitingLabel->setText(hasDeviceCode
                                        ? tr("OAuthDesk continues by itself once you approve.")
                                        : tr("Asking the server for a code…"));
    } else {
        m_waitingLabel->setText(tr("Requesting a token…"));
    }
    if (hasDeviceCode) {
        const DeviceCode code = m_deviceCodes.value(account->id);
        m_devicePanel->setClock(m_tokens->clock());
        if (m_devicePanel->userCode() != code.userCode
            || m_devicePanel->deviceCode().verificationUri != code.verificationUri
            || m_devicePanel->deviceCode().expiresAt != code.expiresAt)
            m_devicePanel->setDeviceCode(code);
    } else if (!m_devicePanel->userCode().isEmpty()) {
        m_devicePanel->clear();
    }
    m_devicePanel->setVisible(hasDeviceCode);
}

void SessionPanel::setNote(const QString &accountId, const QString &text)
{
    if (text.isEmpty())
        m_notes.remove(accountId);
    else
        m_notes.insert(accountId, text);
}

void SessionPanel::clearMessages(const QString &accountId)
{
    Q_EMIT errorChanged(accountId, {});
    Q_EMIT errorChanged({}, {});
    m_notes.remove(accountId);
}

void SessionPanel::forgetAccount(const QString &accountId)
{
    m_notes.remove(accountId);
    m_signInUrls.remove(accountId);
}

void SessionPanel::signIn()
{
    const QString id = m_currentId;
    if (id.isEmpty() || m_tokens->isSigningIn(id) || m_removing(id))
        return;
    const auto account = m_store->findById(id);
    if (account && account->grantType == GrantType::Password) {
        if (m_passwordDialog) {
            if (m_passwordDialog->accountId() == id) {
                m_passwordDialog->raise();
                m_passwordDialog->activateWindow();
                return;
            }
            m_passwordDialog->reject();
        }
        auto *dialog = new PasswordDialog(*account, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_passwordDialog = dialog;
        connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
            if (m_store->findById(id) && !m_tokens->isSigningIn(id))
                startSignIn(id, dialog->takePassword());
            else
                dialog->takePassword(); // dropped: the account went away or is signing in already
        });
        dialog->open();
        return;
    }
    startSignIn(id, {});
}

void SessionPanel::startSignIn(const QString &id, const QString &password, bool allowDifferentUser,
                               const QString &scope)
{
    if (m_tokens->isSigningIn(id) || m_removing(id))
        return;
    clearMessages(id);
    Q_EMIT warningChanged(id, {});
    m_model->setRefreshError(id, {});
    m_deviceCodes.remove(id);
    m_tokens->signIn(
            id, TokenManager::SignInOptions{ password, allowDifferentUser, scope }, this,
            [this, id](const Result<TokenManager::SignInResult> &result) {
                m_signInUrls.remove(id);
                m_deviceCodes.remove(id);
                if (!result.ok() && result.error().kind() == Error::Kind::DifferentUser) {
                    // The account's identity is (iss, sub): switching it is the person's decision.
                    auto *question = new QMessageBox(
                            QMessageBox::Question, tr("A different user"),
                            result.error().message() + QLatin1String("\n\n")
                                    + tr("Sign in again and switch this account to that user?"),
                            QMessageBox::Yes | QMessageBox::No, window());
                    question->setAttribute(Qt::WA_DeleteOnClose);
                    connect(question, &QMessageBox::accepted, this, [this, id] {
                        if (m_store->findById(id)
                            && m_store->findById(id)->grantType != GrantType::Password)
                            startSignIn(id, {}, true);
                    });
                    question->open();
                    setNote(id, tr("Nothing was changed."));
                } else if (!result.ok()) {
                    if (result.error().kind() == Error::Kind::Cancelled)
                        setNote(id, tr("Sign-in cancelled; nothing was changed."));
                    else
                        Q_EMIT errorChanged(id,
                                            tr("Sign-in failed. %1").arg(result.error().message()));
                } else if (result.value().notRemembered) {
                    Q_EMIT warningChanged(
                            id,
                            tr("Signed in for this session only: no keychain is available, so "
                               "OAuthDesk cannot "
                               "remember this sign-in.")
                                    + QLatin1Char(' ') + result.value().notRemembered.message());
                } else {
                    setNote(id, tr("Signed in and saved in the system keychain."));
                }
                // A sign-in that ends without tokens changes no session, so nothing else tells the
                // list.
                m_model->refreshAccount(id);
                Q_EMIT changed();
            });
    m_model->refreshAccount(id);
    Q_EMIT changed();
}

void SessionPanel::cancelSignIn()
{
    if (!m_currentId.isEmpty())
        m_tokens->cancelSignIn(m_currentId);
}

void SessionPanel::signOut()
{
    const QString id = m_currentId;
    if (id.isEmpty())
        return;
    clearMessages(id);
    Q_EMIT warningChanged(id, {});
    // RFC 7009: the server is told first; the local copies go whatever it answers.
    m_tokens->revokeAndSignOut(id, this, [this, id](const TokenManager::SignOutResult &result) {
        if (result.keychain)
            Q_EMIT errorChanged(id,
                                tr("Signed out in this window, but the keychain could not delete "
                                   "the tokens. %1")
                                        .arg(result.keychain.message()));
        else if (result.retryLater)
            Q_EMIT warningChanged(id,
                                  tr("The tokens were deleted from this computer. The server could "
                                     "not revoke them now (%1); "
                                     "OAuthDesk will ask it again every few minutes.")
                                          .arg(result.revocation.message()));
        else if (result.revocation)
            Q_EMIT warningChanged(id,
                                  tr("The tokens were deleted from this computer, but the server "
                                     "was not told: %1")
                                          .arg(result.revocation.message()));
        else
            setNote(id,
                    result.revokedAtServer ? tr(
                            "Revoked at the server; the tokens were deleted from this computer.")
                                           : tr("The tokens were deleted from this computer."));
        Q_EMIT changed();
    });
    Q_EMIT changed();
}

void SessionPanel::refreshNow()
{
    const QString id = m_currentId;
    if (id.isEmpty())
        return;
    clearMessages(id);
    m_tokens->refreshNow(id, this, [this, id](const Result<TokenSet> &result) {
        if (!result.ok())
            m_model->setRefreshError(id, result.error().message());
        else
            setNote(id, tr("Refreshed."));
        Q_EMIT changed();
    });
    Q_EMIT changed();
}

void SessionPanel::requestNarrowerToken()
{
    const auto account = m_store->findById(m_currentId);
    if (!account || !m_model->isSignedIn(account->id))
        return;
    const auto cached = m_tokens->cachedTokens(account->id);
    const QString granted = cached && !cached->scope.isEmpty() ? cached->scope
            : !account->grantedScope.isEmpty()                 ? account->grantedScope
                                                               : account->scope;
    auto *dialog = new AdditionalTokenDialog(m_tokens, account->id, granted, window());
    dialog->setClipboardTimeout(m_settings->clipboardClear());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace OAuthDesk
