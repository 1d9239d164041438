#include "sessionsummary.h"

#include "session/tokenmanager.h"
#include "widgets/displaytext.h"

#include <QFormLayout>
#include <QLabel>

namespace OAuthDesk {

namespace {

QLabel *makeValue(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SessionSummary::SessionSummary(const TokenManager *tokens, QWidget *parent)
    : QGroupBox(tr("Session"), parent),
      m_tokens(tokens),
      m_tokenTypeValue(makeValue("tokenTypeValue")),
      m_expiresValue(makeValue("expiresValue")),
      m_scopesValue(makeValue("scopesValue")),
      m_refreshTokenValue(makeValue("refreshTokenValue"))
{
    setObjectName(QStringLiteral("sessionGroup"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Token type:"), m_tokenTypeValue);
    form->addRow(tr("Expires:"), m_expiresValue);
    form->addRow(tr("Granted scopes:"), m_scopesValue);
    form->addRow(tr("Refresh token:"), m_refreshTokenValue);
}

void SessionSummary::showAccount(const Account &account)
{
    const auto cached = m_tokens->cachedTokens(account.id);
    if (!cached && !account.signedIn) {
        hide();
        return;
    }
    show();
    const QDateTime now = m_tokens->clock().now();
    const QDateTime expiresAt = cached ? cached->expiresAt : account.expiresAt;
    const QString scope = cached ? cached->scope : account.grantedScope;

    m_tokenTypeValue->setText(cached && !cached->tokenType.isEmpty()
                                      ? cached->tokenType
                                      : tr("not read yet (read on first use)"));
    if (!expiresAt.isValid())
        m_expiresValue->setText(tr("the server did not say"));
    else if (expiresAt <= now)
        m_expiresValue->setText(tr("%1 (expired %2; renewed on next use)")
                                        .arg(DisplayText::clockTime(expiresAt, now),
                                             DisplayText::relativeTime(expiresAt, now)));
    else
        m_expiresValue->setText(tr("%1 (%2)").arg(DisplayText::clockTime(expiresAt, now),
                                                  DisplayText::relativeTime(expiresAt, now)));
    m_scopesValue->setText(scope.isEmpty() ? tr("none stated") : scope);

    // The hint is written only after the keychain kept the session; a session in memory without it
    // is one the keychain could not keep.
    const QString storage = account.signedIn ? tr("stored in the system keychain")
                                             : tr("kept for this session only (no keychain)");
    if (!cached)
        m_refreshTokenValue->setText(tr("%1, not read yet").arg(storage));
    else if (cached->refreshToken.isEmpty())
        m_refreshTokenValue->setText(tr("none: sign in again when the access token expires"));
    else
        m_refreshTokenValue->setText(tr("held, %1").arg(storage));
}

} // namespace OAuthDesk
