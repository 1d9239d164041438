#include "exchangelog.h"

#include "http/redactor.h"

#include <QMetaEnum>

namespace OAuthDesk {

namespace {

QByteArray header(const ExchangeLog::Headers &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString kindName(ExchangeLog::Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<ExchangeLog::Kind>().valueToKey(int(kind)));
}

void appendLines(QString &out, const QString &prefix, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        out += prefix + line + QLatin1Char('\n');
}

void appendHeaders(QString &out, const QString &prefix, const ExchangeLog::Headers &headers)
{
    for (const auto &h : headers)
        out += prefix + QString::fromLatin1(h.first) + QStringLiteral(": ")
                + QString::fromLatin1(h.second) + QLatin1Char('\n');
}

} // namespace

bool ExchangeLog::Filter::matches(const Exchange &exchange) const
{
    if (!accountName.isEmpty() && exchange.accountName != accountName)
        return false;
    return kinds.isEmpty() || kinds.contains(exchange.kind);
}

ExchangeLog::ExchangeLog(QObject *parent) : QObject(parent) { }

void ExchangeLog::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    trim();
}

QList<ExchangeLog::Exchange> ExchangeLog::exchanges(const Filter &filter) const
{
    QList<Exchange> out;
    for (const Exchange &exchange : m_entries) {
        if (filter.matches(exchange))
            out.append(exchange);
    }
    return out;
}

std::optional<ExchangeLog::Exchange> ExchangeLog::exchange(int id) const
{
    for (const Exchange &exchange : m_entries) {
        if (exchange.id == id)
            return exchange;
    }
    return std::nullopt;
}

void ExchangeLog::clear()
{
    m_entries.clear();
    Q_EMIT cleared();
}

void ExchangeLog::tag(QNetworkRequest &request, Kind kind, const QString &accountName)
{
    request.setAttribute(KindAttribute, int(kind));
    if (!accountName.isEmpty())
        request.setAttribute(AccountAttribute, accountName);
}

void ExchangeLog::setNote(QNetworkRequest &request, const QString &note)
{
    request.setAttribute(NoteAttribute, note);
}

ExchangeLog::Kind ExchangeLog::kindOf(const QNetworkRequest &request, const QByteArray &method,
                                      const QByteArray &body)
{
    const QVariant tagged = request.attribute(KindAttribute);
    if (tagged.isValid())
        return Kind(tagged.toInt());
    // A guess for requests nobody tagged; the log is for reading, nothing decides on it.
    const QString path = request.url().path();
    if (path.contains(QLatin1String("/.well-known/")))
        return Kind::Discovery;
    if (method == "POST") {
        for (const QByteArray &field : body.split('&')) {
            if (field == "grant_type=refresh_token")
                return Kind::Refresh;
            if (field.startsWith("grant_type="))
                return Kind::Token;
        }
        if (path.contains(QLatin1String("revo"), Qt::CaseInsensitive))
            return Kind::Revocation;
        if (path.contains(QLatin1String("introspect"), Qt::CaseInsensitive))
            return Kind::Introspection;
    }
    if (request.rawHeader("Authorization").startsWith("Bearer "))
        return Kind::Resource;
    return Kind::Other;
}

ExchangeLog::Pending ExchangeLog::begin(Kind kind, const QString &accountName,
                                        const QByteArray &method, const QUrl &url,
                                        const Headers &requestHeaders,
                                        const QByteArray &requestBody) const
{
    Pending pending;
    Exchange &e = pending.m_exchange;
    e.time = m_clock.now().toUTC();
    e.kind = kind;
    e.accountName = accountName;
    e.method = method;
    e.url = Redactor::redactedUrlText(url);
    e.requestHeaders = Redactor::redactHeaders(requestHeaders);
    e.requestBody = Redactor::redactBody(header(requestHeaders, "Content-Type"), requestBody);
    return pending;
}

ExchangeLog::Pending ExchangeLog::begin(const QNetworkRequest &request, const QByteArray &method,
                                        const QByteArray &body) const
{
    Headers headers;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        headers.append({ name, request.rawHeader(name) });
    Pending pending =
            begin(kindOf(request, method, body), request.attribute(AccountAttribute).toString(),
                  method, request.url(), headers, body);
    pending.m_exchange.note = Redactor::redactText(request.attribute(NoteAttribute).toString());
    return pending;
}

int ExchangeLog::finish(Pending pending, int status, qint64 elapsedMs,
                        const Headers &responseHeaders, const QByteArray &responseBody,
                        const QString &errorText)
{
    Exchange &e = pending.m_exchange;
    e.status = status;
    e.elapsedMs = elapsedMs;
    e.responseHeaders = Redactor::redactHeaders(responseHeaders);
    e.responseBody = Redactor::redactBody(header(responseHeaders, "Content-Type"), responseBody);
    e.errorText = Redactor::redactText(errorText);
    return store(std::move(e));
}

int ExchangeLog::recordAuthorization(const QUrl &url, const QString &accountName)
{
    Pending pending = begin(Kind::Authorization, accountName, "GET", url, {}, {});
    return store(std::move(pending.m_exchange));
}

int ExchangeLog::store(Exchange exchange)
{
    exchange.id = m_nextId++;
    const int id = exchange.id;
    m_entries.append(std::move(exchange));
    trim();
    Q_EMIT exchangeAdded(id);
    return id;
}

void ExchangeLog::trim()
{
    const int excess = int(m_entries.size()) - m_capacity;
    if (excess <= 0)
        return;
    m_entries.remove(0, excess);
    Q_EMIT oldestRemoved(excess);
}

QString ExchangeLog::toText(const Exchange &e)
{
    QString out = QStringLiteral("#%1 %2 %3")
                          .arg(e.id)
                          .arg(e.time.toString(Qt::ISODateWithMs), kindName(e.kind));
    if (!e.accountName.isEmpty())
        out += QStringLiteral(" account \"%1\"").arg(e.accountName);
    out += QLatin1Char('\n');
    if (!e.note.isEmpty())
        appendLines(out, QStringLiteral("note: "), e.note);
    // A URL handed to the browser has no answer; a pushed authorization request shows its
    // (redacted) parameters and answer like any other exchange.
    if (e.isBrowserHandoff()) {
        out += QStringLiteral("opened in the browser: ") + e.url + QLatin1Char('\n');
        return out;
    }
    out += QStringLiteral("> ") + QString::fromLatin1(e.method) + QLatin1Char(' ') + e.url
            + QLatin1Char('\n');
    appendHeaders(out, QStringLiteral("> "), e.requestHeaders);
    if (!e.requestBody.isEmpty()) {
        out += QStringLiteral(">\n");
        appendLines(out, QStringLiteral("> "), e.requestBody);
    }
    if (e.status != 0) {
        out += QStringLiteral("< %1 (%2 ms)\n").arg(e.status).arg(e.elapsedMs);
        appendHeaders(out, QStringLiteral("< "), e.responseHeaders);
        if (!e.responseBody.isEmpty()) {
            out += QStringLiteral("<\n");
            appendLines(out, QStringLiteral("< "), e.responseBody);
        }
    }
    if (!e.errorText.isEmpty())
        out += QStringLiteral("! %1 (%2 ms)\n").arg(e.errorText).arg(e.elapsedMs);
    return out;
}

QString ExchangeLog::exportText(const Filter &filter) const
{
    QString out;
    for (const Exchange &exchange : m_entries) {
        if (!filter.matches(exchange))
            continue;
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += toText(exchange);
    }
    return out;
}

} // namespace OAuthDesk
