#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "resource/resourceclient.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

namespace OAuthDesk {

/**
 * The request editor's memory: per account, the requests sent (newest first) and the requests the
 * user saved under a name. One JSON document next to accounts.json
 * (QStandardPaths::AppConfigLocation/requests.json), written atomically with QSaveFile, readable by
 * the owner only (0600).
 *
 * It never holds a token or another secret. Every entry passes through sanitized() before it is
 * kept, which follows the Redactor conventions (SECURITY.md, row LG):
 *  - the Authorization, Proxy-Authorization, Cookie and Set-Cookie headers are dropped;
 *  - other secret-looking headers (Redactor::isSecretHeader: "token", "secret", "api-key" …) keep
 *    their name, with the value "[redacted]";
 *  - query parameters, form fields and JSON members (at any depth) with a secret name
 *    (Redactor::isSecretName: access_token, password, client_secret, code, state …) keep their
 *    name, with the value "[redacted]";
 *  - user info and fragments are dropped from URLs;
 *  - a JSON body that does not parse, a body that looks like a JWT and a body larger than
 *    MaxBodySize are not kept.
 * What was dropped or redacted is reported, so that the editor can say so.
 */
class RequestHistory : public QObject
{
    Q_OBJECT
public:
    /// How the editor built the body; kept so that a re-run shows the same editor.
    enum class BodyKind { None, Raw, Json, Form };
    Q_ENUM(BodyKind)

    struct Entry
    {
        QString name; ///< saved requests only: unique per account
        QByteArray method = QByteArrayLiteral("GET");
        QUrl url;
        ResourceRequest::Headers headers; ///< as given, without the Content-Type the editor adds
        QByteArray body;
        BodyKind bodyKind = BodyKind::None;
        QDateTime time; ///< when it was sent or saved (UTC)

        /// The same request, name and time aside.
        bool sameRequest(const Entry &other) const;
    };

    static constexpr int MaxHistory = 100; ///< per account; older entries fall off
    static constexpr qsizetype MaxBodySize = 256 * 1024;

    explicit RequestHistory(QString path = defaultPath(), QObject *parent = nullptr);

    /// requests.json in the directory of AccountStore::defaultPath().
    static QString defaultPath();
    QString path() const { return m_path; }
    void setClock(const Clock &clock) { m_clock = clock; }

    /// Reads the file; a missing file is an empty history. Entries are sanitized again on reading.
    Error load();

    /// The account's sent requests, newest first.
    QList<Entry> history(const QString &accountId) const;
    /// The account's saved requests, sorted by name.
    QList<Entry> saved(const QString &accountId) const;
    std::optional<Entry> findSaved(const QString &accountId, const QString &name) const;
    /// Every URL of the account's history and saved requests, newest first, without repeats: for
    /// completion.
    QStringList urls(const QString &accountId) const;

    /// Puts a request at the top of the account's history (an equal request moves there instead of
    /// being repeated); the oldest beyond MaxHistory fall off. `stripped` gets what was not kept.
    Error record(const QString &accountId, const Entry &entry, QStringList *stripped = nullptr);
    /// Saves a request under `name` (trimmed, not empty), replacing one of the same name.
    Error save(const QString &accountId, const QString &name, const Entry &entry,
               QStringList *stripped = nullptr);
    Error removeSaved(const QString &accountId, const QString &name);
    /// Removes the history entry at `index` (0 is the newest).
    Error removeHistoryEntry(const QString &accountId, int index);
    Error clearHistory(const QString &accountId);
    /// Forgets everything about an account (its history and saved requests).
    Error removeAccount(const QString &accountId);

    /// The entry as it may be kept, with a line for each thing dropped or redacted (translated).
    static Entry sanitized(const Entry &entry, QStringList *stripped = nullptr);
    /// The body kind an editor would show for a request: from its Content-Type, else Raw (None
    /// without a body).
    static BodyKind guessBodyKind(const ResourceRequest &request);

Q_SIGNALS:
    /// The account's history or saved requests changed.
    void changed(const QString &accountId);

private:
    struct Lists
    {
        QList<Entry> history;
        QList<Entry> saved;
    };
    Error write() const;

    QString m_path;
    Clock m_clock;
    QHash<QString, Lists> m_accounts;
};

} // namespace OAuthDesk

Q_DECLARE_METATYPE(OAuthDesk::RequestHistory::Entry)
