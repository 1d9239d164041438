#pragma once

#include "common/clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace OAuthDesk {

/**
 * The last N HTTP exchanges, for the "HTTP exchange log" view and its export.
 *
 * Everything is redacted (Redactor) on the way in: no raw code, verifier, state, secret or token is
 * ever stored, so an entry can be shown, copied or exported as it is (SECURITY.md, row LG).
 *
 * HttpClient records every request it sends when a log is set (HttpClient::setExchangeLog). Callers
 * say what a request is for with tag(); untagged requests get a kind guessed from the request.
 */
class ExchangeLog : public QObject
{
    Q_OBJECT
public:
    /**
     * What a request is for. Discovery: server metadata and the issuer's keys (jwks_uri).
     * Authorization: the URL opened in the browser, a pushed authorization request (RFC 9126) and
     * the device authorization request (RFC 8628 §3.1). Token: every grant at the token endpoint
     * (code, password, client credentials, device polling). Refresh: grant_type=refresh_token.
     * Resource: calls to APIs with the account's token. Other: UserInfo and the rest.
     */
    enum class Kind {
        Discovery,
        Authorization,
        Token,
        Refresh,
        Revocation,
        Introspection,
        Resource,
        Other
    };
    Q_ENUM(Kind)

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    /// One redacted exchange. Authorization entries (a URL opened in the browser) have no answer.
    struct Exchange
    {
        int id = 0;
        QDateTime time; ///< when the request left, UTC
        Kind kind = Kind::Other;
        QString accountName; ///< empty when not known
        QByteArray method;
        QString url;
        Headers requestHeaders;
        QString requestBody;
        int status = 0; ///< 0: no HTTP answer
        qint64 elapsedMs = 0;
        Headers responseHeaders;
        QString responseBody;
        QString errorText;
        QString note; ///< what the caller wants a reader to know, e.g. why a token was not sent

        /// An authorization URL handed to the browser: no HTTP answer comes back to OAuthDesk. A
        /// pushed authorization request (RFC 9126, a POST of the same kind) is an ordinary
        /// exchange.
        bool isBrowserHandoff() const
        {
            return kind == Kind::Authorization && method == "GET" && status == 0
                    && errorText.isEmpty();
        }
    };

    /// Which entries to show or export; an empty field matches everything.
    struct Filter
    {
        QString accountName;
        QList<Kind> kinds;
        bool matches(const Exchange &exchange) const;
    };

    /// A request as it left, already redacted, waiting for its answer. Only ExchangeLog builds one.
    class Pending
    {
    public:
        const Exchange &exchange() const { return m_exchange; }

    private:
        friend class ExchangeLog;
        Exchange m_exchange;
    };

    static constexpr int DefaultCapacity = 500;
    /// QNetworkRequest attributes a caller sets (through tag()) to say what a request is for.
    static constexpr QNetworkRequest::Attribute KindAttribute =
            QNetworkRequest::Attribute(QNetworkRequest::User + 1);
    static constexpr QNetworkRequest::Attribute AccountAttribute =
            QNetworkRequest::Attribute(QNetworkRequest::User + 2);
    /// A QString shown with the entry (setNote()); it is redacted like everything else.
    static constexpr QNetworkRequest::Attribute NoteAttribute =
            QNetworkRequest::Attribute(QNetworkRequest::User + 3);

    explicit ExchangeLog(QObject *parent = nullptr);

    void setClock(const Clock &clock) { m_clock = clock; }
    /// Keeps at most this many entries (at least 1), dropping the oldest first.
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }

    int count() const { return int(m_entries.size()); }
    /// Oldest first.
    const QList<Exchange> &exchanges() const { return m_entries; }
    QList<Exchange> exchanges(const Filter &filter) const;
    std::optional<Exchange> exchange(int id) const;
    void clear();

    /// Marks a request with its kind and account for the log; the request itself is unchanged.
    static void tag(QNetworkRequest &request, Kind kind, const QString &accountName = {});
    /// Adds a note to the request's entry ("redirected to another origin: token not sent").
    static void setNote(QNetworkRequest &request, const QString &note);
    /// The kind a request was tagged with, or a guess from its method, URL and form body.
    static Kind kindOf(const QNetworkRequest &request, const QByteArray &method,
                       const QByteArray &body);

    /// Redacts a request as it leaves. The raw values are not kept.
    Pending begin(Kind kind, const QString &accountName, const QByteArray &method, const QUrl &url,
                  const Headers &requestHeaders, const QByteArray &requestBody) const;
    /// The same for a request as HttpClient sends it: headers from the request, kind from kindOf(),
    /// account and note from the request's attributes.
    Pending begin(const QNetworkRequest &request, const QByteArray &method,
                  const QByteArray &body) const;
    /// Redacts the answer (status 0 when there was none) and stores the exchange. Returns its id.
    int finish(Pending pending, int status, qint64 elapsedMs, const Headers &responseHeaders,
               const QByteArray &responseBody, const QString &errorText = {});
    /// An authorization request opened in the browser: there is no HTTP answer to log.
    int recordAuthorization(const QUrl &url, const QString &accountName = {});

    /// A readable plain-text log of the matching entries, oldest first.
    QString exportText(const Filter &filter = {}) const;
    /// One entry as plain text.
    static QString toText(const Exchange &exchange);

Q_SIGNALS:
    void exchangeAdded(int id);
    /// The `count` oldest entries were dropped to stay within the capacity.
    void oldestRemoved(int count);
    void cleared();

private:
    int store(Exchange exchange);
    void trim();

    Clock m_clock;
    QList<Exchange> m_entries;
    int m_capacity = DefaultCapacity;
    int m_nextId = 1;
};

} // namespace OAuthDesk
