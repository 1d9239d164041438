#include "tokeninspectorwidget.h"

#include "inspector/jwtdecoderdialog.h"
#include "inspector/tokeninspectionview.h"
#include "session/tokenmanager.h"
#include "widgets/displaytext.h"
#include "widgets/flowlayout.h"
#include "widgets/secretclipboard.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace OAuthDesk {

namespace {

/// What the masked field shows: the same for every token, so that not even the length shows.
constexpr int MaskLength = 48;

QString remainingText(qint64 seconds)
{
    if (seconds >= 2 * 24 * 3600) {
        // Divided outside the call: lupdate 6.4 never ends on a '/' among translate()'s arguments.
        const int days = int(seconds / (24 * 3600));
        return QCoreApplication::translate("OAuthDesk::TokenInspectorWidget", "%n days", nullptr,
                                           days);
    }
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
                .arg(h)
                .arg(m, 2, 10, QLatin1Char('0'))
                .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QLabel *makeLabel(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

TokenInspectorWidget::TokenInspectorWidget(TokenManager *tokens, const HttpClient *http,
                                           QWidget *parent)
    : QWidget(parent), m_tokens(tokens), m_http(http)
{
    setObjectName(QStringLiteral("tokenInspector"));

    // The empty state: no account, not signed in, or the session not read yet.
    m_emptyPage = new QWidget;
    m_emptyLabel = new QLabel;
    m_emptyLabel->setObjectName(QStringLiteral("inspectorEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    Theme::apply(m_emptyLabel, Theme::Style::SecondaryText);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addStretch(2);

    m_content = new QWidget;
    m_selector = new QComboBox;
    m_selector->setObjectName(QStringLiteral("tokenSelector"));
    m_selector->setAccessibleName(tr("Token"));
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *selectorLabel = new QLabel(tr("&Token:"));
    selectorLabel->setBuddy(m_selector);

    m_revealButton = new QPushButton(tr("&Reveal"));
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_revealButton->setCheckable(true);
    m_revealButton->setIcon(QIcon::fromTheme(QStringLiteral("view-visible")));
    m_revealButton->setToolTip(
            tr("Show the token itself; it is hidden again when you switch tokens or accounts"));
    m_copyButton = new QPushButton(tr("&Copy"));
    m_copyButton->setObjectName(QStringLiteral("copyTokenButton"));
    m_copyButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyButton->setToolTip(tr("Copy the token; the clipboard is cleared after 30 seconds"));

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(selectorLabel);
    topRow->addWidget(m_selector);
    topRow->addStretch(1);
    topRow->addWidget(m_revealButton);
    topRow->addWidget(m_copyButton);

    m_tokenField = new QPlainTextEdit;
    m_tokenField->setObjectName(QStringLiteral("tokenField"));
    m_tokenField->setReadOnly(true);
    m_tokenField->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tokenField->setWordWrapMode(QTextOption::WrapAnywhere);
    m_tokenField->setAccessibleName(tr("Token value"));
    m_tokenField->setFixedHeight(m_tokenField->fontMetrics().lineSpacing() * 3 + 14);
    m_tokenField->setContextMenuPolicy(
            Qt::NoContextMenu); // Copy goes through the clearing clipboard

    m_tokenFacts = makeLabel("tokenFacts");
    Theme::apply(m_tokenFacts, Theme::Style::SecondaryText);

    m_countdownLabel = makeLabel("expiryCountdown");
    QFont countdownFont = m_countdownLabel->font();
    countdownFont.setBold(true);
    m_countdownLabel->setFont(countdownFont);

    m_scopesCaption = new QLabel(tr("Scopes:"));
    m_scopesCaption->setContentsMargins(0, 2, 0, 0); // level with the text in the chips
    m_scopeChips = new QWidget;
    m_scopeChips->setObjectName(QStringLiteral("scopeChips"));
    m_scopeLayout = new FlowLayout(m_scopeChips, 4);

    m_view = new TokenInspectionView;

    m_countdownLabel->setWordWrap(false);
    m_view->addToBadgeRow(m_countdownLabel);

    auto *facts = new QHBoxLayout;
    facts->setContentsMargins(0, 0, 0, 0);
    facts->addWidget(m_scopesCaption, 0, Qt::AlignTop);
    facts->addWidget(m_scopeChips, 1);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(topRow);
    contentLayout->addWidget(m_tokenField);
    contentLayout->addWidget(m_tokenFacts);
    contentLayout->addLayout(facts);
    contentLayout->addSpacing(2);
    contentLayout->addWidget(m_view, 1);

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

    m_message = makeLabel("inspectorMessage");
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyPage, 1);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_selector, &QComboBox::activated, this,
            [this](int row) { setCurrentToken(TokenKind(m_selector->itemData(row).toInt())); });
    connect(m_revealButton, &QPushButton::toggled, this, &TokenInspectorWidget::setRevealed);
    connect(m_copyButton, &QPushButton::clicked, this, &TokenInspectorWidget::copyToken);
    connect(m_refreshButton, &QPushButton::clicked, this, &TokenInspectorWidget::refreshNow);
    connect(m_introspectButton, &QPushButton::clicked, this, &TokenInspectorWidget::introspect);
    connect(m_userInfoButton, &QPushButton::clicked, this, &TokenInspectorWidget::showUserInfo);
    connect(m_revokeButton, &QPushButton::clicked, this, &TokenInspectorWidget::revoke);
    connect(m_decodeButton, &QPushButton::clicked, this, &TokenInspectorWidget::openDecoder);

    connect(m_tokens, &TokenManager::sessionChanged, this, [this](const QString &id) {
        if (id == m_accountId)
            reload();
    });
    connect(m_tokens, &TokenManager::refreshing, this, [this](const QString &id) {
        if (id == m_accountId)
            updateButtons();
    });
    connect(m_tokens->accounts(), &AccountStore::changed, this, &TokenInspectorWidget::reload);

    m_tick.setInterval(std::chrono::seconds(1));
    connect(&m_tick, &QTimer::timeout, this, &TokenInspectorWidget::updateCountdown);

    reload();
}

TokenInspectorWidget::~TokenInspectorWidget() = default;

QString TokenInspectorWidget::tokenName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Access:
        return tr("Access token");
    case TokenKind::Refresh:
        return tr("Refresh token");
    case TokenKind::Id:
        return tr("ID token");
    }
    return {};
}

void TokenInspectorWidget::setAccountId(const QString &accountId)
{
    const bool changed = accountId != m_accountId;
    m_accountId = accountId;
    // Whatever was under way or on screen belonged to the account before.
    ++m_actionAttempt;
    ++m_verifyAttempt;
    setBusy(false);
    setMessage({});
    setRevealed(false);
    m_shownToken.clear();
    m_kind = TokenKind::Access;
    reload();
    if (changed)
        Q_EMIT accountIdChanged(accountId);
}

QList<TokenInspectorWidget::TokenKind> TokenInspectorWidget::availableTokens() const
{
    QList<TokenKind> kinds;
    if (!m_session)
        return kinds;
    if (!m_session->accessToken.isEmpty())
        kinds.append(TokenKind::Access);
    if (!m_session->refreshToken.isEmpty())
        kinds.append(TokenKind::Refresh);
    if (!m_session->idToken.isEmpty())
        kinds.append(TokenKind::Id);
    return kinds;
}

void TokenInspectorWidget::setCurrentToken(TokenKind kind)
{
    if (!availableTokens().contains(kind))
        return;
    const bool changed = kind != m_kind;
    m_kind = kind;
    setRevealed(false);
    m_selector->setCurrentIndex(m_selector->findData(int(kind)));
    showCurrentToken();
    if (changed)
        Q_EMIT currentTokenChanged(kind);
}

QString TokenInspectorWidget::tokenValue(TokenKind kind) const
{
    if (!m_session)
        return {};
    switch (kind) {
    case TokenKind::Access:
        return m_session->accessToken;
    case TokenKind::Refresh:
        return m_session->refreshToken;
    case TokenKind::Id:
        return m_session->idToken;
    }
    return {};
}

void TokenInspectorWidget::reload()
{
    m_session = m_accountId.isEmpty() ? std::nullopt : m_tokens->cachedTokens(m_accountId);
    if (m_session && availableTokens().isEmpty())
        m_session.reset();
    if (!m_session) {
        const auto account =
                m_accountId.isEmpty() ? std::nullopt : m_tokens->accounts()->findById(m_accountId);
        m_emptyLabel->setText(!account ? tr("Select an account to inspect its tokens.")
                                      : account->signedIn
                                      ? tr("Reading the session from the system keychain\u2026")
                                      : tr("Not signed in: there are no tokens to inspect."));
    }
    m_emptyPage->setVisible(!m_session);
    m_content->setVisible(m_session.has_value());
    rebuildSelector();
    showCurrentToken();
}

void TokenInspectorWidget::rebuildSelector()
{
    const QList<TokenKind> kinds = availableTokens();
    if (!kinds.isEmpty() && !kinds.contains(m_kind))
        m_kind = kinds.first();
    const QSignalBlocker blocker(m_selector);
    m_selector->clear();
    for (TokenKind kind : kinds)
        m_selector->addItem(tokenName(kind), int(kind));
    m_selector->setCurrentIndex(m_selector->findData(int(m_kind)));
}

void TokenInspectorWidget::showCurrentToken()
{
    const QString value = tokenValue(m_kind);
    const bool changed = value != m_shownToken;
    if (changed) {
        // A new token (another kind, account, or a refresh) starts hidden.
        setRevealed(false);
        m_shownToken = value;
        m_decoded = value.isEmpty() ? TokenInspection() : TokenInspector::decode(value.toUtf8());
    }

    m_expiry = {};
    if (m_kind == TokenKind::Access && m_session && m_session->expiresAt.isValid())
        m_expiry = m_session->expiresAt;
    else if (m_decoded.jwt)
        m_expiry = m_decoded.jwt->expiry();

    if (value.isEmpty()) {
        m_tokenFacts->clear();
        m_view->clear();
        m_tick.stop();
    } else {
        QStringList facts;
        if (m_decoded.jwt)
            facts.append(tr("JWT signed with %1").arg(m_decoded.jwt->alg()));
        else if (m_decoded.shape.isJwe())
            facts.append(tr("Encrypted (JWE)"));
        else if (m_decoded.shape.isJws())
            facts.append(tr("Malformed JWT"));
        else
            facts.append(tr("Opaque"));
        if (m_kind == TokenKind::Access && m_session && !m_session->tokenType.isEmpty())
            facts.append(tr("type %1").arg(m_session->tokenType));
        facts.append(tr("%n characters", nullptr, int(value.size())));
        m_tokenFacts->setText(facts.join(QStringLiteral(" \u00b7 ")));
        if (changed)
            verifyCurrent();
        m_tick.start();
    }
    updateTokenField();
    updateScopes();
    updateButtons();
    updateCountdown();
}

void TokenInspectorWidget::verifyCurrent()
{
    const quint64 attempt = ++m_verifyAttempt;
    const auto account = m_tokens->accounts()->findById(m_accountId);
    const QUrl jwksUri = account ? account->server.jwksUri : QUrl();
    TokenInspector *inspector = m_tokens->inspector();
    const bool check = m_decoded.jwt && inspector && !jwksUri.isEmpty();
    m_view->setNow(m_tokens->clock().now());
    m_view->setInspection(m_decoded, check);
    if (!check)
        return;
    inspector->inspect(m_shownToken.toUtf8(), jwksUri, this,
                       [this, attempt](const TokenInspection &inspection) {
                           if (attempt == m_verifyAttempt)
                               m_view->setInspection(inspection);
                       });
}

void TokenInspectorWidget::updateTokenField()
{
    m_tokenField->clear();
    if (m_shownToken.isEmpty())
        return;
    if (!m_revealed) {
        m_tokenField->setPlainText(QString(MaskLength, QChar(0x2022)));
        return;
    }
    m_tokenField->setPlainText(m_shownToken);
    if (!m_decoded.shape.isJws() && !m_decoded.shape.isJwe())
        return;
    // Colour the parts as jwt.io does, so header, payload and signature can be told apart.
    QTextCursor cursor(m_tokenField->document());
    int start = 0;
    int part = 0;
    for (const QString &piece : m_shownToken.split(QLatin1Char('.'))) {
        QTextCharFormat format;
        format.setForeground(Theme::tokenPartColour(part, m_tokenField->palette()));
        cursor.setPosition(start);
        cursor.setPosition(start + int(piece.size()), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
        start += int(piece.size()) + 1;
        ++part;
    }
}

QString TokenInspectorWidget::scopeOf(TokenKind kind) const
{
    if (kind == TokenKind::Id || !m_session)
        return {};
    if (!m_session->scope.isEmpty())
        return m_session->scope;
    if (!m_decoded.jwt)
        return {};
    const QJsonObject claims = m_decoded.jwt->claims();
    if (claims.value(QLatin1String("scope")).isString())
        return claims.value(QLatin1String("scope")).toString();
    // `scp` as some servers send it: a list, or one string.
    const QJsonValue scp = claims.value(QLatin1String("scp"));
    if (scp.isString())
        return scp.toString();
    QStringList list;
    for (const QJsonValue &v : scp.toArray())
        list.append(v.toString());
    return list.join(QLatin1Char(' '));
}

void TokenInspectorWidget::updateScopes()
{
    m_scopeLayout->clear();
    const bool applies = m_kind != TokenKind::Id && !m_shownToken.isEmpty();
    m_scopesCaption->setVisible(applies);
    m_scopeChips->setVisible(applies);
    if (!applies)
        return;
    const QStringList scopes = scopeOf(m_kind).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &scope : scopes) {
        auto *chip = new QLabel(scope);
        chip->setObjectName(QStringLiteral("scopeChip"));
        chip->setTextFormat(Qt::PlainText);
        Theme::apply(chip, Theme::Style::Chip);
        m_scopeLayout->addWidget(chip);
        chip->show();
    }
    if (scopes.isEmpty()) {
        auto *none = new QLabel(tr("none stated"));
        Theme::apply(none, Theme::Style::SecondaryText);
        m_scopeLayout->addWidget(none);
        none->show();
    }
}

void TokenInspectorWidget::updateButtons()
{
    const auto account =
            m_accountId.isEmpty() ? std::nullopt : m_tokens->accounts()->findById(m_accountId);
    const bool has = m_session.has_value() && account;
    const bool idle = has && !m_busy;
    const bool hasToken = !m_shownToken.isEmpty();
    m_revealButton->setEnabled(hasToken);
    m_copyButton->setEnabled(hasToken);
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

void TokenInspectorWidget::updateCountdown()
{
    const QDateTime now = m_tokens->clock().now();
    m_view->setNow(now);
    QString text;
    Theme::Style style = Theme::Style::Plain;
    if (!m_shownToken.isEmpty()) {
        if (!m_expiry.isValid()) {
            text = m_kind == TokenKind::Refresh ? tr("The server did not say when it expires.")
                                                : tr("No expiry stated.");
        } else {
            const qint64 left = now.secsTo(m_expiry);
            const QString at = DisplayText::clockTime(m_expiry, now);
            if (left > 0) {
                text = tr("Expires in %1 (at %2)").arg(remainingText(left), at);
                if (left < 60)
                    style = Theme::Style::WarningText;
            } else {
                text = tr("Expired %1 (at %2)").arg(DisplayText::relativeTime(m_expiry, now), at);
                style = Theme::Style::ErrorText;
            }
        }
    }
    Theme::apply(m_countdownLabel, style);
    m_countdownLabel->setVisible(!text.isEmpty());
    if (text == m_countdown)
        return;
    m_countdown = text;
    m_countdownLabel->setText(text);
    Q_EMIT countdownTextChanged(text);
}

QString TokenInspectorWidget::countdownText() const
{
    return m_countdown;
}

QString TokenInspectorWidget::messageText() const
{
    return m_message->text();
}

void TokenInspectorWidget::setRevealed(bool revealed)
{
    revealed = revealed && !m_shownToken.isEmpty();
    {
        const QSignalBlocker blocker(m_revealButton);
        m_revealButton->setChecked(revealed);
        m_revealButton->setText(revealed ? tr("&Hide") : tr("&Reveal"));
        m_revealButton->setIcon(QIcon::fromTheme(revealed ? QStringLiteral("view-hidden")
                                                          : QStringLiteral("view-visible")));
    }
    if (revealed == m_revealed)
        return;
    m_revealed = revealed;
    updateTokenField();
    Q_EMIT revealedChanged(revealed);
}

void TokenInspectorWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_revealed)
        updateTokenField();
    QWidget::changeEvent(event);
}

void TokenInspectorWidget::hideEvent(QHideEvent *event)
{
    // Leaving the tab, minimising, or closing the window hides the token again.
    setRevealed(false);
    QWidget::hideEvent(event);
}

void TokenInspectorWidget::copyToken()
{
    if (m_shownToken.isEmpty())
        return;
    SecretClipboard::copy(m_shownToken, m_clipboardTimeout);
    const qint64 seconds = (m_clipboardTimeout.count() + 999) / 1000;
    setMessage(tr("%1 copied. The clipboard is cleared in %n second(s) unless you copy something "
                  "else.",
                  nullptr, int(seconds))
                       .arg(tokenName(m_kind)));
}

void TokenInspectorWidget::setMessage(const QString &text, bool error)
{
    Theme::apply(m_message, error ? Theme::Style::ErrorBanner : Theme::Style::Plain);
    m_message->setVisible(!text.isEmpty());
    if (m_message->text() == text)
        return;
    m_message->setText(text);
    Q_EMIT messageTextChanged(text);
}

void TokenInspectorWidget::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    updateButtons();
    Q_EMIT busyChanged(busy);
}

void TokenInspectorWidget::refreshNow()
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

void TokenInspectorWidget::introspect()
{
    if (m_accountId.isEmpty() || m_busy || m_kind == TokenKind::Id)
        return;
    const quint64 attempt = ++m_actionAttempt;
    const TokenKind kind = m_kind;
    setBusy(true);
    setMessage(tr("Asking the server about the %1\u2026").arg(tokenName(kind).toLower()));
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
                                            .arg(tokenName(kind).toLower())
                                  : tr("The server says the %1 is not active: expired, revoked, or "
                                       "unknown to it.")
                                            .arg(tokenName(kind).toLower()));
                showAnswer(tr("Introspection \u2014 %1").arg(tokenName(kind)), state, active,
                           result.value());
            },
            kind == TokenKind::Refresh);
}

void TokenInspectorWidget::showUserInfo()
{
    if (m_accountId.isEmpty() || m_busy)
        return;
    const quint64 attempt = ++m_actionAttempt;
    setBusy(true);
    setMessage(tr("Asking the server who signed in\u2026"));
    m_tokens->userInfo(m_accountId, this, [this, attempt](const Result<QJsonObject> &result) {
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

void TokenInspectorWidget::showAnswer(const QString &title, const QString &state, bool good,
                                      const QJsonObject &answer)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("serverAnswerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *stateLabel = new QLabel(state);
    stateLabel->setObjectName(QStringLiteral("answerStateLabel"));
    stateLabel->setTextFormat(Qt::PlainText);
    Theme::apply(stateLabel, good ? Theme::Style::BadgeVerified : Theme::Style::BadgeInvalid);
    auto *view = new QPlainTextEdit(
            QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Indented)));
    view->setObjectName(QStringLiteral("answerView"));
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(stateLabel);
    stateRow->addStretch(1);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(stateRow);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog->resize(520, 420);
    dialog->open();
    Q_EMIT answerShown(dialog);
}

void TokenInspectorWidget::revoke()
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

void TokenInspectorWidget::revokeConfirmed(const QString &accountId)
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

JwtDecoderDialog *TokenInspectorWidget::decoderDialog() const
{
    return m_decoder;
}

void TokenInspectorWidget::openDecoder()
{
    if (m_decoder) {
        m_decoder->raise();
        m_decoder->activateWindow();
        return;
    }
    auto *dialog = new JwtDecoderDialog(m_tokens->inspector(), m_http, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClock(m_tokens->clock());
    m_decoder = dialog;
    dialog->open();
}

} // namespace OAuthDesk
