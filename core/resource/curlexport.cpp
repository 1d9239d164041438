#include "curlexport.h"

#include <QStringDecoder>

namespace OAuthDesk {

namespace {

const QString Continuation = QStringLiteral(" \\\n  ");

bool decodeText(const QByteArray &bytes, QString *text)
{
    if (bytes.contains('\0'))
        return false; // no shell word can hold a NUL
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

/// printf's format string with every byte as an octal escape: no '%' or '\\' left to interpret.
QString printfOctal(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size() * 4);
    for (const char c : bytes)
        out += QStringLiteral("\\%1").arg(static_cast<unsigned char>(c), 3, 8, QLatin1Char('0'));
    return out;
}

QString bearerSubstitution(const QString &accountName)
{
    if (accountName.isEmpty())
        return QStringLiteral("\"Authorization: Bearer ${OAUTHDESK_TOKEN:?set OAUTHDESK_TOKEN}\"");
    // "--" so that a name starting with '-' is not read as an option.
    const QString name = accountName.startsWith(QLatin1Char('-'))
            ? QString(QStringLiteral("-- ") + CurlExport::shellQuote(accountName))
            : CurlExport::shellQuote(accountName);
    return QStringLiteral("\"Authorization: Bearer $(oauthdesk token %1)\"").arg(name);
}

} // namespace

QString CurlExport::shellQuote(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\"'\"'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CurlExport::toCurl(const QByteArray &method, const QUrl &url, const Headers &headers,
                           const QByteArray &body, const QString &accountName, bool includeToken,
                           const QString &token)
{
    const QByteArray verb = method.isEmpty() ? QByteArrayLiteral("GET") : method.toUpper();
    QString text;
    const bool isText = body.isEmpty() || decodeText(body, &text);
    const bool viaStdin = !isText;

    QString command;
    if (viaStdin)
        command +=
                QStringLiteral("printf ") + shellQuote(printfOctal(body)) + QStringLiteral(" | ");
    command += QStringLiteral("curl");

    const QString urlText = url.toString(QUrl::FullyEncoded);
    // curl would read [] and {} in a URL as a glob.
    if (urlText.contains(QLatin1Char('[')) || urlText.contains(QLatin1Char('{')))
        command += QStringLiteral(" --globoff");
    const bool implied = (verb == "GET" && body.isEmpty()) || (verb == "POST" && !body.isEmpty());
    if (verb == "HEAD" && body.isEmpty())
        command += QStringLiteral(" --head");
    else if (!implied)
        command += QStringLiteral(" -X ") + shellQuote(QString::fromLatin1(verb));
    command += QLatin1Char(' ') + shellQuote(urlText);

    bool hasAuthorization = false;
    for (const auto &header : headers) {
        const QByteArray name = header.first.trimmed();
        // curl counts the body itself.
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
            const QByteArray value = header.second.trimmed();
            const bool bearer = value.isEmpty() || value.toLower().startsWith("bearer ");
            hasAuthorization = true;
            if (bearer && includeToken) {
                const QString v = token.isEmpty() ? QString::fromUtf8(value)
                                                  : QString(QStringLiteral("Bearer ") + token);
                command += Continuation + QStringLiteral("-H ")
                        + shellQuote(QStringLiteral("Authorization: ") + v);
            } else if (bearer) {
                command += Continuation + QStringLiteral("-H ") + bearerSubstitution(accountName);
            } else if (includeToken) {
                command += Continuation + QStringLiteral("-H ")
                        + shellQuote(QStringLiteral("Authorization: ") + QString::fromUtf8(value));
            } else {
                // Basic and other schemes carry client credentials that `oauthdesk token` cannot
                // print.
                const qsizetype space = value.indexOf(' ');
                const QString scheme = QString::fromUtf8(space > 0 ? value.left(space) : value);
                command += Continuation + QStringLiteral("-H ")
                        + shellQuote(QStringLiteral("Authorization: %1 [redacted]").arg(scheme));
            }
            continue;
        }
        const QString value = QString::fromUtf8(header.second.trimmed());
        // "Name:" would make curl drop the header; "Name;" sends it empty.
        const QString h = value.isEmpty()
                ? QString(QString::fromUtf8(name) + QLatin1Char(';'))
                : QString(QString::fromUtf8(name) + QStringLiteral(": ") + value);
        command += Continuation + QStringLiteral("-H ") + shellQuote(h);
    }
    if (!hasAuthorization && (!accountName.isEmpty() || (includeToken && !token.isEmpty()))) {
        if (includeToken && !token.isEmpty())
            command += Continuation + QStringLiteral("-H ")
                    + shellQuote(QStringLiteral("Authorization: Bearer ") + token);
        else
            command += Continuation + QStringLiteral("-H ") + bearerSubstitution(accountName);
    }

    if (viaStdin)
        command += Continuation + QStringLiteral("--data-binary @-");
    else if (!body.isEmpty())
        // --data-raw, unlike --data-binary, does not read a file when the body starts with '@'.
        command += Continuation + QStringLiteral("--data-raw ") + shellQuote(text);
    return command;
}

} // namespace OAuthDesk
