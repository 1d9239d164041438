#include "tokenactionbar.h"

#include "inspector/serveranswerdialog.h"
#include "resource/userinfo.h"
#include "session/tokenmanager.h"
#include "widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace OAuthDesk {

using TokenKind = TokenInspectorWidget::TokenKind;

TokenActionBar::TokenActionBar(TokenManager *tokens, ResourceClient *resources, QWidget *parent)
    : QWidget(parent), m_tokens(tokens), m_resources(resources)
{
    m_refreshButton = new QPushButton(tr("Refresh Now"));
    m_refreshButton->setObjectName(QStringLiteral("inspectorRefreshButton"));
    m_refreshButton->setToolTip(tr("Get a new access token with the refresh token"));
    m_introspectButton = new QPushButton(tr("&Introspect"));
    m_introspectButton->setObjectName(QStringLiteral("introspectButton"));
    m_userInfoButton = new QPushButton(tr("&User Info"));
    m_userInfoButton->setObjectName(QStringLiteral("userInfoButton"));
    m_decodeButton = new QPushButton(tr("&Decode a JWT\u2026"));
    m_decodeButton->setObjectName(QStringLiteral("decodeJwtButton"));
    m_decodeButton->setToolTip(tr("Read any JWT you paste, on this computer"));
    m_revokeButton = new QPushButton(tr("Re&voke\u2026"));
    m_revokeButton->setObjectName(QStringLiteral("revokeButton"));
    m_revokeButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refreshButton);
    buttons->addWidget(m_introspectButton);
    buttons->addWidget(m_userInfoButton);
    buttons->addStretch(1);
    buttons->addWidget(m_decodeButton);
    buttons->addWidget(m_revokeButton);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("inspectorMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_refreshButton, &QPushButton::clicked, this, &TokenActionBar::refreshNow);
    connect(m_introspectButton, &QPushButton::clicked, this, &TokenActionBar::introspect);
    connect(m_userInfoButton, &QPushButton::clicked, this, &TokenActionBar::showUserInfo);
    connect(m_revokeButton, &QPushButton::clicked, this, &TokenActionBar::revoke);
    connect(m_decodeButton, &QPushButton::clicked, this, &TokenActionBar::decodeRequested);
}

TokenActionBar::~TokenActionBar() = default;

void TokenActionBar::setToken(const QString &accountId, bool hasSession, TokenKind kind)
{
    m_accountId = accountId;
    m_hasSession = hasSession;
    m_kind = kind;
    updateButtons();
}

void TokenActionBar::reset()
{
    ++m_actionAttempt;
    setBusy(false);
    setMessage({});
}

void TokenActionBar::updateButtons()
{
    const auto account =
            m_accountId.isEmpty() ? std::nullopt : m_tokens->accounts()->findById(m_accountId);
    const bool has = m_hasSession && account;
    const bool idle = has && !m_busy;
    m_refreshButton->setEnabled(idle);

    const bool canIntrospect = has && !account->server.introspectionEndpoint.isEmpty();
    m_introspectButton->setEnabled(idle && canIntrospect && m_kind != TokenKind::Id);
    m_introspectButton->setToolTip(
            !has                     ? QString()
                    : !canIntrospect ? tr("The server offers no introspection endpoint (RFC 7662)")
                    : m_kind == TokenKind::Id
                    ? tr("ID tokens are read here, not introspected")
                    : tr("Ask the server whether this token is active (RFC 7662)"));
    const bool canUserInfo = has && !account->server.userinfoEndpoint.isEmpty();
    m_userInfoButton->setVisible(canUserInfo);
    m_userInfoButton->setEnabled(idle && canUserInfo);
    m_userInfoButton->setToolTip(tr("Ask the server who signed in (OpenID Connect UserInfo)"));

    m_revokeButton->setEnabled(idle);
    m_revokeButton->setToolTip(
            has && account->server.revocationEndpoint.isEmpty()
                    ? tr("Sign out; the server offers no revocation endpoint, so the tokens stay "
                         "valid there until they expire")
                    : tr("Revoke the tokens at the server (RFC 7009) and sign out"));
}

QString TokenActionBar::messageText() const
{
    return m_message->text();
}

void TokenActionBar::setMessage(const QString &text, bool error)
{
    Theme::apply(m_message, error ? Theme::Style::ErrorBanner : Theme::Style::Plain);
    m_message->setVisible(!text.isEmpty());
    if (m_message->text() == text)
        return;
    m_message->setText(text);
    Q_EMIT messageTextChanged(text);
}

void TokenActionBar::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    updateButtons();
    Q_EMIT busyChanged(busy);
}

void TokenActionBar::refreshNow()
{
    if (m_accountId.isEmpty() || m_busy)
        return;
    const quint64 attempt = ++m_actionAttempt;
    setBusy(true);
    setMessage(tr("Refreshing\u2026"));
    m_tokens->refreshNow(m_accountId, this, [this, attempt](const Result<TokenSet> &result) {
        if (attempt != m_actionAttempt)
            return;
        setBusy(false);
        if (result.ok())
            setMessage(tr("Refreshed: a new access token."));
        else
            setMessage(tr("Refresh failed. %1").arg(result.error().message()), true);
    });
}

void TokenActionBar::introspect()
{
    if (m_accountId.isEmpty() || m_busy || m_kind == TokenKind::Id)
        return;
    const quint64 attempt = ++m_actionAttempt;
    const TokenKind kind = m_kind;
    setBusy(true);
    setMessage(tr("Asking the server about the %1\u2026")
                       .arg(TokenInspectorWidget::tokenName(kind).toLower()));
    m_tokens->introspect(
            m_accountId, this,
            [this, attempt, kind](const Result<QJsonObject> &result) {
                if (attempt != m_actionAttempt)
                    return;
                setBusy(false);
                if (!result.ok()) {
                    setMessage(tr("Introspection failed. %1").arg(result.error().message()), true);
                    return;
                }
                // RFC 7662 §2.2: only "active": true means active; anything else means not.
                const bool active = result.value().value(QLatin1String("active")).toBool(false)
                        && result.value().value(QLatin1String("active")).isBool();
                const QString state = active ? tr("Active") : tr("Inactive");
                setMessage(active ? tr("The server says the %1 is active.")
                                            .arg(TokenInspectorWidget::tokenName(kind).toLower())
                                  : tr("The server says the %1 is not active: expired, revoked, or "
                                       "unknown to it.")
                                            .arg(TokenInspectorWidget::tokenName(kind).toLower()));
                showAnswer(tr("Introspection \u2014 %1").arg(TokenInspectorWidget::tokenName(kind)),
                           state, active, result.value());
            },
            kind == TokenKind::Refresh);
}

void TokenActionBar::showUserInfo()
{
    if (m_accountId.isEmpty() || m_busy)
        return;
    const quint64 attempt = ++m_actionAttempt;
    setBusy(true);
    setMessage(tr("Asking the server who signed in\u2026"));
    const UserInfo userInfo(m_tokens->accounts(), m_resources);
    userInfo.fetch(m_accountId, this, [this, attempt](const Result<QJsonObject> &result) {
        if (attempt != m_actionAttempt)
            return;
        setBusy(false);
        if (!result.ok()) {
            setMessage(tr("UserInfo failed. %1").arg(result.error().message()), true);
            return;
        }
        setMessage({});
        const QString sub = result.value().value(QLatin1String("sub")).toString();
        showAnswer(tr("User Info"),
                   sub.isEmpty() ? tr("The server answered") : tr("Signed in as %1").arg(sub), true,
                   result.value());
    });
}

void TokenActionBar::showAnswer(const QString &title, const QString &state, bool good,
                                const QJsonObject &answer)
{
    auto *dialog = new ServerAnswerDialog(title, state, good, answer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT answerShown(dialog);
}

void TokenActionBar::revoke()
{
    const auto account =
            m_accountId.isEmpty() ? std::nullopt : m_tokens->accounts()->findById(m_accountId);
    if (!account || m_busy)
        return;
    const QString id = account->id;
    auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Revoke and Sign Out"),
            tr("Revoke the tokens of \u201c%1\u201d and sign out?").arg(account->name),
            QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("revokeConfirmation"));
    box->setInformativeText(
            account->server.revocationEndpoint.isEmpty()
                    ? tr("The server offers no revocation endpoint: OAuthDesk can only delete the "
                         "tokens from this computer, "
                         "and they stay valid at the server until they expire.")
                    : tr("OAuthDesk asks the server to revoke the refresh token and the access "
                         "token (RFC 7009), then deletes "
                         "them from this computer, even if the server cannot be reached."));
    QPushButton *confirm = box->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmRevokeButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, id, confirm](QAbstractButton *button) {
        if (button == confirm && id == m_accountId)
            revokeConfirmed(id);
    });
    box->open();
}

void TokenActionBar::revokeConfirmed(const QString &accountId)
{
    if (m_busy)
        return;
    const quint64 attempt = ++m_actionAttempt;
    setBusy(true);
    setMessage(tr("Revoking at the server\u2026"));
    m_tokens->revokeAndSignOut(
            accountId, this, [this, attempt](const TokenManager::SignOutResult &result) {
                if (attempt != m_actionAttempt)
                    return;
                setBusy(false);
                QString text;
                if (result.revokedAtServer) {
                    text = tr("Revoked at the server; the tokens were deleted from this computer.");
                } else if (result.retryLater) {
                    text = tr("Signed out locally; the server could not revoke the tokens now "
                              "(%1). OAuthDesk will ask it "
                              "again every few minutes.")
                                   .arg(result.revocation.message());
                } else if (result.revocation) {
                    const Error::Kind kind = result.revocation.kind();
                    text = kind == Error::Kind::Network || kind == Error::Kind::Timeout
                            ? tr("Signed out locally; the server could not be reached: %1")
                                      .arg(result.revocation.message())
                            : tr("Signed out locally; the server did not revoke the tokens: %1")
                                      .arg(result.revocation.message());
                } else {
                    text = tr("Signed out locally.");
                }
                if (result.keychain)
                    text += QLatin1Char(' ')
                            + tr("The system keychain could not delete its copy: %1")
                                      .arg(result.keychain.message());
                setMessage(text, result.revocation || result.keychain);
            });
}

} // namespace OAuthDesk
