#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace OAuthDesk {

/**
 * "Copy as curl": one request as a POSIX shell command.
 *
 * Every word is single-quoted ('"'"' for an embedded quote), so nothing in a URL, header or body
 * is expanded by the shell. The access token is not written out: the Authorization header becomes
 *
 *   -H "Authorization: Bearer $(oauthdesk token 'NAME')"
 *
 * so the command fetches a valid token when it runs, unless the caller asks for the token itself.
 */
class CurlExport
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    /// `word` quoted for a POSIX shell.
    static QString shellQuote(const QString &word);

    /**
     * The command for one request. An Authorization header in `headers` (or, when there is none,
     * an account name or a token) becomes a Bearer header: with `token` written out when
     * `includeToken` is true, otherwise with `$(oauthdesk token NAME)`. Bodies that are not text
     * are fed through `printf` on standard input.
     */
    static QString toCurl(const QByteArray &method, const QUrl &url, const Headers &headers,
                          const QByteArray &body, const QString &accountName, bool includeToken,
                          const QString &token);
};

} // namespace OAuthDesk
