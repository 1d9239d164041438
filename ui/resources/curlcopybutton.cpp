#include "curlcopybutton.h"

#include "resource/curlexport.h"
#include "widgets/secretclipboard.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace OAuthDesk {

CurlCopyButton::CurlCopyButton(QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("curlButton"));
    setText(tr("Copy as curl"));
    setToolTip(
            tr("Copy the request as a curl command that gets the token with \"oauthdesk token\""));
    setPopupMode(QToolButton::MenuButtonPopup);
    auto *menu = new QMenu(this);
    m_includeTokenAction = menu->addAction(tr("Include the access token"));
    m_includeTokenAction->setObjectName(QStringLiteral("includeTokenAction"));
    m_includeTokenAction->setCheckable(true);
    m_includeTokenAction->setToolTip(
            tr("Write the access token itself into the command (asks first)"));
    setMenu(menu);
}

void CurlCopyButton::copy(const ResourceRequest &request, const QString &accountId,
                          const QString &accountName)
{
    if (m_includeTokenAction->isChecked()) {
        confirmAndCopyWithToken(request, accountId, accountName);
        return;
    }
    QGuiApplication::clipboard()->setText(CurlExport::toCurl(
            request.method, request.url, request.headers, request.body, accountName, false, {}));
    Q_EMIT status(accountName.isEmpty()
                          ? tr("Copied as curl. Set OAUTHDESK_TOKEN before running it.")
                          : tr("Copied as curl. The command gets a fresh token with \"oauthdesk "
                               "token %1\" when it runs.")
                                    .arg(accountName),
                  false);
    Q_EMIT copied(false);
}

void CurlCopyButton::confirmAndCopyWithToken(const ResourceRequest &request,
                                             const QString &accountId, const QString &accountName)
{
    if (accountId.isEmpty()) {
        Q_EMIT status(tr("Choose the account whose token to include."), true);
        return;
    }
    // The same rule as sending: no token for a URL it may not be sent to.
    if (const Error error = request.validate()) {
        Q_EMIT status(tr("The token can only be included in a request that can be sent. %1")
                              .arg(error.message()),
                      true);
        return;
    }
    if (!m_tokenProvider) {
        Q_EMIT status(tr("The access token is not available here."), true);
        return;
    }

    auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Include the Access Token"),
            tr("Copy the command with the access token of \u201c%1\u201d written out?")
                    .arg(accountName),
            QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("includeTokenConfirmation"));
    box->setInformativeText(
            tr("Anyone who sees the command can act as this account until the token expires. "
               "The clipboard is cleared after 30 seconds."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Copy with Token"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmIncludeTokenButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, confirm, accountId, accountName, r = request](QAbstractButton *button) {
                if (button != confirm)
                    return;
                QPointer<CurlCopyButton> self(this);
                m_tokenProvider(accountId, [self, accountName, r](const QString &token) {
                    if (!self)
                        return;
                    if (token.isEmpty()) {
                        Q_EMIT self->status(
                                tr("There is no access token for \u201c%1\u201d: sign in first.")
                                        .arg(accountName),
                                true);
                        return;
                    }
                    SecretClipboard::copy(CurlExport::toCurl(r.method, r.url, r.headers, r.body,
                                                             accountName, true, token));
                    Q_EMIT self->status(tr("Copied as curl with the access token. The clipboard "
                                           "is cleared in 30 seconds."),
                                        false);
                    Q_EMIT self->copied(true);
                });
            });
    box->open();
}

} // namespace OAuthDesk
