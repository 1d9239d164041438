#include "tokeninspectorwidget.h"

#include "inspector/jwtdecoderdialog.h"
#include "inspector/scopechips.h"
#include "inspector/tokenactionbar.h"
#include "inspector/tokenfield.h"
#include "inspector/tokeninspectionview.h"
#include "session/tokenmanager.h"
#include "widgets/displaytext.h"
#include "widgets/secretclipboard.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace OAuthDesk {

namespace {

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

TokenInspectorWidget::TokenInspectorWidget(TokenManager *tokens, ResourceClient *resources,
                                           const HttpClient *http, QWidget *parent)
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

    m_tokenField = new TokenField;

    m_tokenFacts = makeLabel("tokenFacts");
    Theme::apply(m_tokenFacts, Theme::Style::SecondaryText);

    m_countdownLabel = makeLabel("expiryCountdown");
    QFont countdownFont = m_countdownLabel->font();
    countdownFont.setBold(true);
    m_countdownLabel->setFont(countdownFont);

    m_scopeChips = new ScopeChips;

    m_view = new TokenInspectionView;

    m_countdownLabel->setWordWrap(false);
    m_view->addToBadgeRow(m_countdownLabel);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(topRow);
    contentLayout->addWidget(m_tokenField);
    contentLayout->addWidget(m_tokenFacts);
    contentLayout->addWidget(m_scopeChips);
    contentLayout->addSpacing(2);
    contentLayout->addWidget(m_view, 1);

    m_actions = new TokenActionBar(tokens, resources);
    connect(m_actions, &TokenActionBar::messageTextChanged, this,
            &TokenInspectorWidget::messageTextChanged);
    connect(m_actions, &TokenActionBar::busyChanged, this, &TokenInspectorWidget::busyChanged);
    connect(m_actions, &TokenActionBar::answerShown, this, &TokenInspectorWidget::answerShown);
    connect(m_actions, &TokenActionBar::decodeRequested, this, &TokenInspectorWidget::openDecoder);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyPage, 1);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_actions);

    connect(m_selector, &QComboBox::activated, this,
            [this](int row) { setCurrentToken(TokenKind(m_selector->itemData(row).toInt())); });
    connect(m_revealButton, &QPushButton::toggled, this, &TokenInspectorWidget::setRevealed);
    connect(m_copyButton, &QPushButton::clicked, this, &TokenInspectorWidget::copyToken);

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
    m_actions->reset();
    ++m_verifyAttempt;
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
    m_tokenField->showToken(m_shownToken, m_revealed,
                            m_decoded.shape.isJws() || m_decoded.shape.isJwe());
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
    m_scopeChips->setScopes(scopeOf(m_kind).split(QLatin1Char(' '), Qt::SkipEmptyParts),
                            m_kind != TokenKind::Id && !m_shownToken.isEmpty());
}

void TokenInspectorWidget::updateButtons()
{
    const bool hasToken = !m_shownToken.isEmpty();
    m_revealButton->setEnabled(hasToken);
    m_copyButton->setEnabled(hasToken);
    m_actions->setToken(m_accountId, m_session.has_value(), m_kind);
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
    return m_actions->messageText();
}

bool TokenInspectorWidget::isBusy() const
{
    return m_actions->isBusy();
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
    m_actions->setMessage(
            tr("%1 copied. The clipboard is cleared in %n second(s) unless you copy something "
               "else.",
               nullptr, int(seconds))
                    .arg(tokenName(m_kind)));
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
