#include "accountstore.h"
#include "common/privatefile.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

namespace OAuthDesk {

AccountStore::AccountStore(QString path, QObject *parent) : QObject(parent), m_path(std::move(path))
{
}

AccountStore::~AccountStore()
{
    if (const Error error = flush())
        qCWarning(lcAccounts) << "could not write the accounts' session hints:" << error.message();
}

QString AccountStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
            + QLatin1String("/accounts.json");
}

Error AccountStore::readFile(QList<Account> *accounts) const
{
    accounts->clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Configuration,
                     tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(Error::Kind::Configuration,
                     tr("The accounts file %1 is damaged (%2); it was left as it is.")
                             .arg(m_path, parseError.errorString()));
    const QJsonArray list = doc.object().value(QLatin1String("accounts")).toArray();
    for (const QJsonValue &v : list) {
        Account account = Account::fromJson(v.toObject());
        if (!account.id.isEmpty())
            accounts->append(account);
    }
    return {};
}

Error AccountStore::writeFile(const QList<Account> &accounts) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray list;
    for (const Account &a : accounts)
        list.append(a.toJson());
    QJsonObject root;
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("accounts"), list);
    if (const QString failed =
                PrivateFile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
        !failed.isEmpty())
        return Error(Error::Kind::Configuration, tr("Cannot write %1: %2").arg(m_path, failed));
    return {};
}

Error AccountStore::load()
{
    QList<Account> accounts;
    const Error error = readFile(&accounts);
    if (error)
        return error;
    applyWaitingHints(accounts);
    m_accounts = accounts;
    return {};
}

void AccountStore::applyWaitingHints(QList<Account> &accounts) const
{
    if (m_waitingHints.isEmpty())
        return;
    for (Account &a : accounts) {
        const auto hint = m_waitingHints.constFind(a.id);
        if (hint == m_waitingHints.constEnd())
            continue;
        // Another OAuthDesk signed the account in or out since the hint was made: its word is
        // newer.
        if (a.signedIn != hint->signedInBefore)
            continue;
        a.signedIn = hint->signedIn;
        a.expiresAt = hint->expiresAt;
        a.grantedScope = hint->scope;
    }
}

Error AccountStore::flush()
{
    if (m_flushTimer)
        m_flushTimer->stop();
    if (m_waitingHints.isEmpty())
        return {};
    // modify() writes them: it lays the waiting hints over what it reads.
    return modify([](QList<Account> &) { return Error(); });
}

Error AccountStore::modify(const std::function<Error(QList<Account> &)> &change)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lock(m_path + QLatin1String(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(5000))
        return Error(Error::Kind::Configuration,
                     tr("The accounts file is locked by another OAuthDesk."));
    QList<Account> accounts;
    Error error = readFile(&accounts);
    if (error)
        return error;
    applyWaitingHints(accounts);
    error = change(accounts);
    if (error)
        return error;
    error = writeFile(accounts);
    if (error)
        return error;
    // Written now, waiting hints included (a failed write keeps them waiting for the next one).
    m_waitingHints.clear();
    if (m_flushTimer)
        m_flushTimer->stop();
    m_accounts = accounts;
    Q_EMIT changed();
    return {};
}

std::optional<Account> AccountStore::findByName(const QString &name) const
{
    for (const Account &a : m_accounts) {
        if (a.name == name)
            return a;
    }
    return std::nullopt;
}

std::optional<Account> AccountStore::findById(const QString &id) const
{
    for (const Account &a : m_accounts) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

Error AccountStore::add(Account &account)
{
    account.name = account.name.trimmed();
    if (const Error invalid = account.validate())
        return invalid;
    account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return modify([&account](QList<Account> &accounts) -> Error {
        for (const Account &a : accounts) {
            if (a.name == account.name)
                return Error(Error::Kind::Configuration,
                             tr("An account named \"%1\" already exists.").arg(a.name));
        }
        accounts.append(account);
        return {};
    });
}

Error AccountStore::update(const Account &account)
{
    if (const Error invalid = account.validate())
        return invalid;
    return modify([&account](QList<Account> &accounts) -> Error {
        for (const Account &a : accounts) {
            if (a.name == account.name && a.id != account.id)
                return Error(Error::Kind::Configuration,
                             tr("An account named \"%1\" already exists.").arg(a.name));
        }
        for (Account &a : accounts) {
            if (a.id == account.id) {
                a = account;
                return {};
            }
        }
        return Error(Error::Kind::Configuration, tr("The account no longer exists."));
    });
}

Error AccountStore::updateSessionHint(const QString &id, bool signedIn, const QDateTime &expiresAt,
                                      const QString &scope, Write when, const QString &subject)
{
    if (when == Write::Soon && subject.isEmpty()) {
        Account *account = nullptr;
        for (Account &a : m_accounts) {
            if (a.id == id)
                account = &a;
        }
        if (!account)
            return Error(Error::Kind::Configuration, tr("The account no longer exists."));
        const bool signedInBefore = m_waitingHints.contains(id)
                ? m_waitingHints.value(id).signedInBefore
                : account->signedIn;
        account->signedIn = signedIn;
        account->expiresAt = expiresAt;
        account->grantedScope = scope;
        m_waitingHints.insert(id, SessionHint{ signedIn, expiresAt, scope, signedInBefore });
        if (!m_flushTimer) {
            m_flushTimer = new QTimer(this);
            m_flushTimer->setSingleShot(true);
            m_flushTimer->setInterval(SoonMs);
            connect(m_flushTimer, &QTimer::timeout, this, [this] {
                if (const Error error = flush())
                    qCWarning(lcAccounts)
                            << "could not write the accounts' session hints:" << error.message();
            });
        }
        if (!m_flushTimer->isActive())
            m_flushTimer->start();
        return {};
    }
    return modify([&](QList<Account> &accounts) -> Error {
        for (Account &a : accounts) {
            if (a.id == id) {
                a.signedIn = signedIn;
                a.expiresAt = expiresAt;
                a.grantedScope = scope;
                if (!subject.isEmpty())
                    a.subject = subject;
                return {};
            }
        }
        return Error(Error::Kind::Configuration, tr("The account no longer exists."));
    });
}

Error AccountStore::updateRevocationPending(const QString &id, bool pending)
{
    return modify([&](QList<Account> &accounts) -> Error {
        for (Account &a : accounts) {
            if (a.id == id) {
                a.revocationPending = pending;
                return {};
            }
        }
        return Error(Error::Kind::Configuration, tr("The account no longer exists."));
    });
}

Error AccountStore::updateSubject(const QString &id, const QString &subject)
{
    return modify([&](QList<Account> &accounts) -> Error {
        for (Account &a : accounts) {
            if (a.id == id) {
                a.subject = subject;
                return {};
            }
        }
        return Error(Error::Kind::Configuration, tr("The account no longer exists."));
    });
}

Error AccountStore::remove(const QString &id)
{
    return modify([&id](QList<Account> &accounts) -> Error {
        const auto removed = accounts.removeIf([&id](const Account &a) { return a.id == id; });
        if (removed == 0)
            return Error(Error::Kind::Configuration, tr("The account no longer exists."));
        return {};
    });
}

void AccountStore::watch()
{
    if (m_watcher)
        return;
    m_watcher = new QFileSystemWatcher(this);
    const QString dir = QFileInfo(m_path).absolutePath();
    QDir().mkpath(dir);
    m_watcher->addPath(dir);
    auto reload = [this] {
        QList<Account> accounts;
        if (readFile(&accounts))
            return;
        applyWaitingHints(accounts);
        if (QFile::exists(m_path) && !m_watcher->files().contains(m_path))
            m_watcher->addPath(m_path);
        // Only a real difference is news (our own writes come back here too).
        QJsonArray before, after;
        for (const Account &a : m_accounts)
            before.append(a.toJson());
        for (const Account &a : accounts)
            after.append(a.toJson());
        if (before == after)
            return;
        m_accounts = accounts;
        Q_EMIT changed();
    };
    if (QFile::exists(m_path))
        m_watcher->addPath(m_path);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, reload);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, reload);
}

} // namespace OAuthDesk
