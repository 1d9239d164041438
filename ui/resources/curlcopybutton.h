#pragma once

#include "resource/resourceclient.h"

#include <QString>
#include <QToolButton>

#include <functional>

class QAction;

namespace OAuthDesk {

/**
 * The RequestEditor's "Copy as curl" button, with "Include the access token" in its menu.
 *
 * copy() puts a request on the clipboard as a curl command with `$(oauthdesk token NAME)` in place
 * of the token. With "Include the access token" checked, it asks first (a QMessageBox opened with
 * open()), then asks for the token through the TokenProvider, and puts the command on the
 * clipboard for 30 seconds only (SecretClipboard); only for a request that could be sent, as the
 * same rule keeps a token from a URL it may not go to.
 */
class CurlCopyButton : public QToolButton
{
    Q_OBJECT
public:
    /// Hands the account's access token to `deliver` (once; an empty token when there is none).
    using TokenProvider = std::function<void(const QString &accountId,
                                             std::function<void(const QString &token)> deliver)>;

    explicit CurlCopyButton(QWidget *parent = nullptr);

    void setTokenProvider(TokenProvider provider) { m_tokenProvider = std::move(provider); }

    /// Copies `request`, sent with the token of the account `accountId` named `accountName`.
    void copy(const ResourceRequest &request, const QString &accountId, const QString &accountName);

Q_SIGNALS:
    /// What happened, for a line under the editor.
    void status(const QString &text, bool error);
    /// A curl command was put on the clipboard.
    void copied(bool withToken);

private:
    void confirmAndCopyWithToken(const ResourceRequest &request, const QString &accountId,
                                 const QString &accountName);

    TokenProvider m_tokenProvider;
    QAction *m_includeTokenAction;
};

} // namespace OAuthDesk
