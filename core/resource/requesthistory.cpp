#include "requesthistory.h"
#include "common/privatefile.h"

#include "accounts/accountstore.h"
#include "common/logging.h"
#include "http/redactor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace OAuthDesk {

namespace {

QByteArray mimeType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

bool isDroppedHeader(const QByteArray &name)
{
    const QByteArray lower = name.trimmed().toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie"
            || lower == "set-cookie";
}

bool decodeText(const QByteArray &bytes, QString *text)
{
    if (bytes.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

/// `form` with secret values redacted; the names of the fields redacted go to `names`.
QByteArray redactPairs(const QByteArray &form, QStringList *names)
{
    const QByteArray redacted = Redactor::redactForm(form);
    if (redacted == form)
        return form;
    const QByteArrayList before = form.split('&');
    const QByteArrayList after = redacted.split('&');
    for (qsizetype i = 0; i < before.size() && i < after.size(); ++i) {
        if (before.at(i) == after.at(i))
            continue;
        QByteArray name = before.at(i).left(before.at(i).indexOf('='));
        name.replace('+', ' ');
        const QString decoded = QString::fromUtf8(QByteArray::fromPercentEncoding(name));
        if (!names->contains(decoded))
            names->append(decoded);
    }
    return redacted;
}

QJsonValue redactJson(const QJsonValue &value, QStringList *names)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue member = it.value();
            const bool empty =
                    member.isNull() || (member.isString() && member.toString().isEmpty());
            if (Redactor::isSecretName(it.key()) && !empty) {
                *it = Redactor::placeholder();
                if (!names->contains(it.key()))
                    names->append(it.key());
            } else {
                *it = redactJson(member, names);
            }
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redactJson(*it, names);
        return array;
    }
    return value;
}

/// The JSON body with secret members redacted: the bytes as given when there is nothing to redact.
std::optional<QByteArray> redactJsonBody(const QByteArray &body, QStringList *names)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return std::nullopt;
    QStringList found;
    const QJsonValue redacted = redactJson(document.isObject() ? QJsonValue(document.object())
                                                               : QJsonValue(document.array()),
                                           &found);
    if (found.isEmpty())
        return body;
    *names += found;
    return redacted.isObject() ? QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Indented)
                               : QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Indented);
}

bool looksLikeJwt(const QByteArray &trimmed)
{
    static const QRegularExpression jwt(
            QStringLiteral("^eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]*)+$"));
    return trimmed.startsWith("eyJ") && jwt.match(QString::fromLatin1(trimmed)).hasMatch();
}

const char *bodyKindName(RequestHistory::BodyKind kind)
{
    switch (kind) {
    case RequestHistory::BodyKind::None:
        return "none";
    case RequestHistory::BodyKind::Raw:
        return "raw";
    case RequestHistory::BodyKind::Json:
        return "json";
    case RequestHistory::BodyKind::Form:
        return "form";
    }
    return "none";
}

RequestHistory::BodyKind bodyKindFromName(const QString &name)
{
    if (name == QLatin1String("raw"))
        return RequestHistory::BodyKind::Raw;
    if (name == QLatin1String("json"))
        return RequestHistory::BodyKind::Json;
    if (name == QLatin1String("form"))
        return RequestHistory::BodyKind::Form;
    return RequestHistory::BodyKind::None;
}

// Header names and values are bytes; Latin-1 carries every byte through JSON unchanged.
QJsonObject toJson(const RequestHistory::Entry &entry)
{
    QJsonObject object;
    if (!entry.name.isEmpty())
        object.insert(QLatin1String("name"), entry.name);
    object.insert(QLatin1String("method"), QString::fromLatin1(entry.method));
    object.insert(QLatin1String("url"), QString::fromUtf8(entry.url.toEncoded()));
    QJsonArray headers;
    for (const auto &header : entry.headers)
        headers.append(QJsonArray{ QString::fromLatin1(header.first),
                                   QString::fromLatin1(header.second) });
    object.insert(QLatin1String("headers"), headers);
    object.insert(QLatin1String("bodyKind"), QLatin1String(bodyKindName(entry.bodyKind)));
    QString text;
    if (decodeText(entry.body, &text))
        object.insert(QLatin1String("body"), text);
    else
        object.insert(QLatin1String("bodyBase64"), QString::fromLatin1(entry.body.toBase64()));
    object.insert(QLatin1String("time"), entry.time.toUTC().toString(Qt::ISODateWithMs));
    return object;
}

RequestHistory::Entry fromJson(const QJsonObject &object)
{
    RequestHistory::Entry entry;
    entry.name = object.value(QLatin1String("name")).toString();
    entry.method = object.value(QLatin1String("method")).toString().toLatin1();
    entry.url = QUrl::fromEncoded(object.value(QLatin1String("url")).toString().toUtf8());
    const QJsonArray headers = object.value(QLatin1String("headers")).toArray();
    for (const QJsonValue &header : headers) {
        const QJsonArray pair = header.toArray();
        if (pair.size() == 2)
            entry.headers.append(
                    { pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1() });
    }
    entry.bodyKind = bodyKindFromName(object.value(QLatin1String("bodyKind")).toString());
    if (object.contains(QLatin1String("bodyBase64")))
        entry.body = QByteArray::fromBase64(
                object.value(QLatin1String("bodyBase64")).toString().toLatin1());
    else
        entry.body = object.value(QLatin1String("body")).toString().toUtf8();
    entry.time = QDateTime::fromString(object.value(QLatin1String("time")).toString(),
                                       Qt::ISODateWithMs);
    return entry;
}

} // namespace

bool RequestHistory::Entry::sameRequest(const Entry &other) const
{
    return method == other.method && url == other.url && headers == other.headers
            && body == other.body && bodyKind == other.bodyKind;
}

RequestHistory::RequestHistory(QString path, QObject *parent)
    : QObject(parent), m_path(std::move(path))
{
}

QString RequestHistory::defaultPath()
{
    return QFileInfo(AccountStore::defaultPath()).absolutePath() + QLatin1String("/requests.json");
}

RequestHistory::Entry RequestHistory::sanitized(const Entry &entry, QStringList *stripped)
{
    Entry out = entry;
    QStringList notes;

    out.headers.clear();
    QStringList redactedHeaders;
    for (const auto &header : entry.headers) {
        if (isDroppedHeader(header.first)) {
            notes.append(tr("the %1 header").arg(QString::fromLatin1(header.first.trimmed())));
            continue;
        }
        if (Redactor::isSecretHeader(header.first) && !header.second.trimmed().isEmpty()) {
            out.headers.append({ header.first, Redactor::placeholder().toUtf8() });
            notes.append(tr("the value of the %1 header")
                                 .arg(QString::fromLatin1(header.first.trimmed())));
            continue;
        }
        out.headers.append(header);
    }

    if (!entry.url.userInfo().isEmpty()) {
        out.url.setUserInfo(QString());
        notes.append(tr("the user name and password in the URL"));
    }
    if (entry.url.hasFragment()) {
        out.url.setFragment(QString());
        notes.append(tr("the URL's fragment"));
    }
    if (entry.url.hasQuery()) {
        QStringList names;
        const QByteArray query = entry.url.query(QUrl::FullyEncoded).toUtf8();
        const QByteArray redacted = redactPairs(query, &names);
        if (redacted != query)
            out.url.setQuery(QString::fromUtf8(redacted), QUrl::TolerantMode);
        for (const QString &name : std::as_const(names))
            notes.append(tr("the value of %1 in the URL").arg(name));
    }

    if (!entry.body.isEmpty()) {
        BodyKind kind = entry.bodyKind;
        ResourceRequest request;
        request.headers = entry.headers;
        const QByteArray mime = mimeType(request.header("Content-Type"));
        const QByteArray trimmed = entry.body.trimmed();
        if (kind == BodyKind::Raw || kind == BodyKind::None) {
            // A raw body is judged by its label, and by its look, since labels are often wrong.
            if (mime == "application/json" || mime.endsWith("+json") || trimmed.startsWith('{')
                || trimmed.startsWith('['))
                kind = BodyKind::Json;
            else if (mime == "application/x-www-form-urlencoded")
                kind = BodyKind::Form;
            else if (trimmed.contains('=') && !trimmed.contains(' ') && !trimmed.contains('\n')
                     && !trimmed.contains('\t'))
                kind = BodyKind::Form;
        }
        const bool rawJsonGuess = kind == BodyKind::Json && entry.bodyKind != BodyKind::Json
                && !(mime == "application/json" || mime.endsWith("+json"));

        QStringList names;
        if (entry.body.size() > MaxBodySize) {
            out.body.clear();
            notes.append(tr("the body (%1 bytes, too large to keep)").arg(entry.body.size()));
        } else if (looksLikeJwt(trimmed)) {
            out.body.clear();
            notes.append(tr("the body (a JWT)"));
        } else if (kind == BodyKind::Json) {
            const std::optional<QByteArray> json = redactJsonBody(entry.body, &names);
            if (json) {
                out.body = *json;
            } else if (rawJsonGuess && !trimmed.startsWith('{')) {
                // Raw text that merely starts with '[' and is not JSON: judged as text.
                out.body = entry.body;
            } else {
                out.body.clear();
                notes.append(tr("the body (JSON that does not parse)"));
            }
        } else if (kind == BodyKind::Form) {
            out.body = redactPairs(entry.body, &names);
        }
        for (const QString &name : std::as_const(names))
            notes.append(tr("the value of %1 in the body").arg(name));
    }

    if (stripped)
        *stripped = notes;
    return out;
}

RequestHistory::BodyKind RequestHistory::guessBodyKind(const ResourceRequest &request)
{
    if (request.body.isEmpty())
        return BodyKind::None;
    const QByteArray mime = mimeType(request.header("Content-Type"));
    if (mime == "application/json")
        return BodyKind::Json;
    if (mime == "application/x-www-form-urlencoded")
        return BodyKind::Form;
    return BodyKind::Raw;
}

Error RequestHistory::load()
{
    m_accounts.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Configuration,
                     tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error(Error::Kind::Configuration,
                     tr("%1 is not a request history file.").arg(m_path));
    const QJsonObject accounts = document.object().value(QLatin1String("accounts")).toObject();
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        const QJsonObject lists = it.value().toObject();
        Lists &target = m_accounts[it.key()];
        // Sanitized again: the file may have been written by hand or by an older version.
        for (const QJsonValue &value : lists.value(QLatin1String("history")).toArray()) {
            if (target.history.size() < MaxHistory)
                target.history.append(sanitized(fromJson(value.toObject())));
        }
        for (const QJsonValue &value : lists.value(QLatin1String("saved")).toArray()) {
            Entry entry = sanitized(fromJson(value.toObject()));
            if (!entry.name.trimmed().isEmpty())
                target.saved.append(entry);
        }
    }
    for (const QString &id : m_accounts.keys())
        Q_EMIT changed(id);
    return {};
}

Error RequestHistory::write() const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonObject accounts;
    for (auto it = m_accounts.begin(); it != m_accounts.end(); ++it) {
        if (it->history.isEmpty() && it->saved.isEmpty())
            continue;
        QJsonArray history;
        for (const Entry &entry : it->history)
            history.append(toJson(entry));
        QJsonArray saved;
        for (const Entry &entry : it->saved)
            saved.append(toJson(entry));
        accounts.insert(it.key(),
                        QJsonObject{ { QLatin1String("history"), history },
                                     { QLatin1String("saved"), saved } });
    }
    QJsonObject root;
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("accounts"), accounts);
    if (const QString failed =
                PrivateFile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
        !failed.isEmpty())
        return Error(Error::Kind::Configuration, tr("Cannot write %1: %2").arg(m_path, failed));
    return {};
}

QList<RequestHistory::Entry> RequestHistory::history(const QString &accountId) const
{
    return m_accounts.value(accountId).history;
}

QList<RequestHistory::Entry> RequestHistory::saved(const QString &accountId) const
{
    QList<Entry> list = m_accounts.value(accountId).saved;
    std::sort(list.begin(), list.end(),
              [](const Entry &a, const Entry &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return list;
}

std::optional<RequestHistory::Entry> RequestHistory::findSaved(const QString &accountId,
                                                               const QString &name) const
{
    const auto it = m_accounts.constFind(accountId);
    if (it == m_accounts.constEnd())
        return std::nullopt;
    for (const Entry &entry : it->saved) {
        if (entry.name == name.trimmed())
            return entry;
    }
    return std::nullopt;
}

QStringList RequestHistory::urls(const QString &accountId) const
{
    const Lists lists = m_accounts.value(accountId);
    QList<Entry> all = lists.history + lists.saved;
    std::stable_sort(all.begin(), all.end(),
                     [](const Entry &a, const Entry &b) { return a.time > b.time; });
    QStringList out;
    for (const Entry &entry : std::as_const(all)) {
        const QString url = entry.url.toString();
        if (!url.isEmpty() && !out.contains(url))
            out.append(url);
    }
    return out;
}

Error RequestHistory::record(const QString &accountId, const Entry &entry, QStringList *stripped)
{
    if (accountId.isEmpty())
        return Error(Error::Kind::Configuration, tr("Choose an account."));
    Entry clean = sanitized(entry, stripped);
    clean.name.clear();
    clean.time = m_clock.now().toUTC();
    QList<Entry> &history = m_accounts[accountId].history;
    history.removeIf([&clean](const Entry &e) { return e.sameRequest(clean); });
    history.prepend(clean);
    while (history.size() > MaxHistory)
        history.removeLast();
    const Error error = write();
    Q_EMIT changed(accountId);
    return error;
}

Error RequestHistory::save(const QString &accountId, const QString &name, const Entry &entry,
                           QStringList *stripped)
{
    const QString trimmed = name.trimmed();
    if (accountId.isEmpty())
        return Error(Error::Kind::Configuration, tr("Choose an account."));
    if (trimmed.isEmpty())
        return Error(Error::Kind::Configuration, tr("Enter a name for the request."));
    Entry clean = sanitized(entry, stripped);
    clean.name = trimmed;
    clean.time = m_clock.now().toUTC();
    QList<Entry> &saved = m_accounts[accountId].saved;
    saved.removeIf([&trimmed](const Entry &e) { return e.name == trimmed; });
    saved.append(clean);
    const Error error = write();
    Q_EMIT changed(accountId);
    return error;
}

Error RequestHistory::removeSaved(const QString &accountId, const QString &name)
{
    auto it = m_accounts.find(accountId);
    if (it == m_accounts.end())
        return {};
    const QString trimmed = name.trimmed();
    if (it->saved.removeIf([&trimmed](const Entry &e) { return e.name == trimmed; }) == 0)
        return {};
    const Error error = write();
    Q_EMIT changed(accountId);
    return error;
}

Error RequestHistory::removeHistoryEntry(const QString &accountId, int index)
{
    auto it = m_accounts.find(accountId);
    if (it == m_accounts.end() || index < 0 || index >= it->history.size())
        return {};
    it->history.removeAt(index);
    const Error error = write();
    Q_EMIT changed(accountId);
    return error;
}

Error RequestHistory::clearHistory(const QString &accountId)
{
    auto it = m_accounts.find(accountId);
    if (it == m_accounts.end() || it->history.isEmpty())
        return {};
    it->history.clear();
    const Error error = write();
    Q_EMIT changed(accountId);
    return error;
}

Error RequestHistory::removeAccount(const QString &accountId)
{
    if (!m_accounts.remove(accountId))
        return {};
    qCDebug(lcResource) << "forgot the request history of an account";
    const Error error = write();
    Q_EMIT changed(accountId);
    return error;
}

} // namespace OAuthDesk
