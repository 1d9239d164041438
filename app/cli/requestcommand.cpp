#include "requestcommand.h"

#include "accounts/accountstore.h"
#include "output.h"
#include "resource/curlexport.h"
#include "session/tokenmanager.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace OAuthDesk {

RequestCommand::RequestCommand(Form form, QString name, const Services &services, Finish finish,
                               QObject *parent)
    : Command(std::move(name), services, std::move(finish), parent), m_form(form)
{
}

QString RequestCommand::description() const
{
    if (m_form == Form::Get)
        return tr("GETs a protected URL with the account's access token (Authorization: Bearer). "
                  "When "
                  "the resource "
                  "answers invalid_token, refreshes once and retries once. The body goes to "
                  "stdout. "
                  "The short form of: oauthdesk request NAME URL");
    return tr("Sends a request to a protected URL with the account's "
              "access token (Authorization: Bearer), "
              "curl-like. When the resource answers invalid_token, "
              "refreshes once and retries once. Redirects "
              "are followed; to another origin without the token. The "
              "body goes to stdout; a non-2xx status "
              "exits with 7.");
}

void RequestCommand::define(QCommandLineParser &parser) const
{
    addAccountArgument(parser);
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 tr("An https URL (or http on this computer)."));
    if (m_form == Form::Get)
        return;
    parser.addOptions(
            { QCommandLineOption(
                      { QStringLiteral("X"), QStringLiteral("request") },
                      tr("GET, POST, PUT, PATCH, DELETE or HEAD (default GET, or POST with a "
                         "body)."),
                      QStringLiteral("METHOD")),
              QCommandLineOption({ QStringLiteral("H"), QStringLiteral("header") },
                                 tr("A request header, \"Name: value\"; repeat for more."),
                                 QStringLiteral("HEADER")),
              QCommandLineOption({ QStringLiteral("d"), QStringLiteral("data") },
                                 tr("The request body (Content-Type "
                                    "application/x-www-form-urlencoded unless a "
                                    "-H gives one)."),
                                 QStringLiteral("BODY")),
              QCommandLineOption(QStringLiteral("data-file"),
                                 tr("Read the request body from a file (- for stdin)."),
                                 QStringLiteral("FILE")),
              QCommandLineOption(
                      { QStringLiteral("i"), QStringLiteral("include") },
                      tr("Print the status line and the response headers before the body.")) });
}

void RequestCommand::execute(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 2)
        return usage(m_form == Form::Get ? tr("get takes NAME and URL.")
                                         : tr("request takes NAME and URL."));
    m_accountName = parser.positionalArguments().first();
    if (m_form == Form::Get) {
        ResourceRequest request;
        request.url = QUrl(parser.positionalArguments().at(1), QUrl::StrictMode);
        return send(request);
    }
    if (const auto request = requestFrom(parser)) {
        m_include = parser.isSet(QStringLiteral("include"));
        send(*request);
    }
}

std::optional<ResourceRequest> RequestCommand::requestFrom(const QCommandLineParser &parser)
{
    const QString data = QStringLiteral("data");
    const QString dataFile = QStringLiteral("data-file");
    if (parser.isSet(data) && parser.isSet(dataFile)) {
        usage(tr("Give -d or --data-file, not both."));
        return std::nullopt;
    }
    ResourceRequest request;
    request.url = QUrl(parser.positionalArguments().at(1), QUrl::StrictMode);
    const QStringList headers = parser.values(QStringLiteral("header"));
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString &line = headers.at(i);
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        // Not quoted back: a malformed header can be a pasted token without its name.
        if (colon <= 0) {
            usage(tr("Header %1 (-H) is not \"Name: value\".").arg(i + 1));
            return std::nullopt;
        }
        request.headers.append(
                { line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toUtf8() });
    }
    bool hasBody = false;
    if (parser.isSet(data)) {
        request.body = parser.value(data).toUtf8();
        hasBody = true;
    } else if (parser.isSet(dataFile)) {
        const QString path = parser.value(dataFile);
        QFile file;
        const bool opened = path == QLatin1String("-")
                ? file.open(stdin, QIODevice::ReadOnly)
                : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened) {
            usage(tr("Cannot read %1: %2").arg(path, file.errorString()));
            return std::nullopt;
        }
        request.body = file.readAll();
        hasBody = true;
    }
    if (parser.isSet(QStringLiteral("request")))
        request.method = parser.value(QStringLiteral("request")).toUpper().toLatin1();
    else if (hasBody)
        request.method = "POST";
    if (hasBody && request.header("Content-Type").isEmpty())
        request.headers.append({ QByteArrayLiteral("Content-Type"),
                                 QByteArrayLiteral("application/x-www-form-urlencoded") });
    return request;
}

void RequestCommand::send(const ResourceRequest &request)
{
    if (const Error invalid = request.validate())
        return invalid.kind() == Error::Kind::Configuration ? usage(invalid.message())
                                                            : fail(invalid);
    const auto id = accountIdFor(m_accountName);
    if (!id)
        return;
    resources()->send(*id, request, this,
                      [this](const Result<ResourceClient::Response> &result) { answered(result); });
}

void RequestCommand::answered(const Result<ResourceClient::Response> &result)
{
    if (!result.ok())
        return fail(result.error());
    const auto &response = result.value();
    if (response.tokenWithheld)
        err() << tr("Note: a redirect went to another origin; the access token was not "
                    "sent there.")
              << '\n';
    if (m_include) {
        out() << "HTTP/1.1 " << response.http.status;
        if (!response.http.reasonPhrase.isEmpty())
            out() << ' ' << QString::fromLatin1(response.http.reasonPhrase);
        out() << "\r\n";
        for (const auto &h : response.http.headers)
            out() << QString::fromLatin1(h.first) << ": " << QString::fromLatin1(h.second)
                  << "\r\n";
        out() << "\r\n";
    }
    out().flush();
    std::fwrite(response.http.body.constData(), 1, size_t(response.http.body.size()), stdout);
    std::fflush(stdout);
    if (response.http.status >= 200 && response.http.status <= 299)
        return finish(ExitStatus::Ok);
    QString line = tr("HTTP %1").arg(response.http.status);
    if (response.challenge && !response.challenge->error().isEmpty())
        line += QLatin1String(": ") + response.challenge->error();
    if (response.challenge
        && response.challenge->params.contains(QStringLiteral("error_description")))
        line += QLatin1String(" (")
                + response.challenge->params.value(QStringLiteral("error_description"))
                + QLatin1Char(')');
    err() << Program << ": " << line << '\n';
    if (response.isInsufficientScope())
        suggestScope(response);
    finish(ExitStatus::HttpError);
}

void RequestCommand::suggestScope(const ResourceClient::Response &response)
{
    const auto account = tokens()->accounts()->findByName(m_accountName);
    const QString needed = response.neededScope();
    if (needed.isEmpty() || !account)
        return;
    err() << tr("The token lacks the scope \"%1\". Sign in again asking for "
                "it:")
                     .arg(needed)
          << '\n'
          << "  " << Program << " login " << CurlExport::shellQuote(m_accountName) << " --scope "
          << CurlExport::shellQuote(account->scopeWith(needed)) << '\n';
}

} // namespace OAuthDesk
