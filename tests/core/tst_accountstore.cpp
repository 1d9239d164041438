#include "accounts/accountstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace OAuthDesk;

class tst_AccountStore : public QObject
{
    Q_OBJECT
private:
    static Account sample(const QString &name)
    {
        Account a;
        a.name = name;
        a.clientId = QStringLiteral("client");
        a.scope = QStringLiteral("openid");
        a.server.issuer = QUrl(QStringLiteral("https://login.example.com"));
        a.server.authorizationEndpoint =
                QUrl(QStringLiteral("https://login.example.com/authorize"));
        a.server.tokenEndpoint = QUrl(QStringLiteral("https://login.example.com/token"));
        return a;
    }

private Q_SLOTS:
    void addFindUpdateRemove()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/accounts.json"));
        AccountStore store(path);
        QVERIFY(!store.load());
        QVERIFY(store.accounts().isEmpty());
        QSignalSpy changed(&store, &AccountStore::changed);

        Account a = sample(QStringLiteral("Work"));
        QVERIFY(!store.add(a));
        QVERIFY(!a.id.isEmpty());
        QCOMPARE(changed.count(), 1);
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        AccountStore other(path);
        QVERIFY(!other.load());
        QCOMPARE(other.accounts().size(), 1);
        QCOMPARE(other.findByName(QStringLiteral("Work"))->server.tokenEndpoint,
                 a.server.tokenEndpoint);

        a.scope = QStringLiteral("openid api");
        QVERIFY(!other.update(a));
        QVERIFY(!store.load());
        QCOMPARE(store.findById(a.id)->scope, QStringLiteral("openid api"));

        QVERIFY(!store.updateSessionHint(a.id, true,
                                         QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC),
                                         QStringLiteral("openid")));
        QVERIFY(!other.load());
        QVERIFY(other.findById(a.id)->signedIn);
        QCOMPARE(other.findById(a.id)->expiresAt.toSecsSinceEpoch(), 1800000000);

        QVERIFY(!store.remove(a.id));
        QVERIFY(store.accounts().isEmpty());
        QCOMPARE(store.remove(a.id).kind(), Error::Kind::Configuration);
    }

    void twoWritersDoNotLoseEachOther()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        AccountStore first(path), second(path);
        QVERIFY(!first.load());
        QVERIFY(!second.load());
        Account a = sample(QStringLiteral("A")), b = sample(QStringLiteral("B"));
        QVERIFY(!first.add(a));
        QVERIFY(!second.add(b)); // second never reloaded, yet keeps A
        AccountStore reader(path);
        QVERIFY(!reader.load());
        QCOMPARE(reader.accounts().size(), 2);
    }

    void refreshHintsAreWrittenTogether()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        QList<Account> added;
        {
            AccountStore setup(path);
            for (const QString &name :
                 { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }) {
                Account a = sample(name);
                QVERIFY(!setup.add(a));
                added.append(a);
            }
        }
        const auto expiry = [](int i) {
            return QDateTime::fromSecsSinceEpoch(1800000000 + i, Qt::UTC);
        };
        const auto onDisk = [&path](const QString &id) {
            AccountStore reader(path);
            return reader.load() ? std::optional<Account>() : reader.findById(id);
        };

        AccountStore store(path);
        QVERIFY(!store.load());
        QSignalSpy changed(&store, &AccountStore::changed);
        for (int i = 0; i < added.size(); ++i) {
            QVERIFY(!store.updateSessionHint(added.at(i).id, true, expiry(i),
                                             QStringLiteral("openid"), AccountStore::Write::Soon));
            // At once in this process; the file not yet.
            QCOMPARE(store.findById(added.at(i).id)->expiresAt, expiry(i));
            QVERIFY(!onDisk(added.at(i).id)->signedIn);
        }
        QCOMPARE(store.updateSessionHint(QStringLiteral("no-such-id"), true, expiry(9), {},
                                         AccountStore::Write::Soon)
                         .kind(),
                 Error::Kind::Configuration);
        // Another process's edit meanwhile is kept, and a reload here keeps the waiting hints.
        {
            AccountStore other(path);
            QVERIFY(!other.load());
            Account c = *other.findById(added.at(2).id);
            c.scope = QStringLiteral("openid api");
            QVERIFY(!other.update(c));
        }
        QVERIFY(!store.load());
        QCOMPARE(store.findById(added.at(2).id)->expiresAt, expiry(2));
        QCOMPARE(store.findById(added.at(2).id)->scope, QStringLiteral("openid api"));
        QCOMPARE(changed.count(), 0);

        // One write for all three, within SoonMs.
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, AccountStore::SoonMs * 10);
        for (int i = 0; i < added.size(); ++i) {
            QVERIFY(onDisk(added.at(i).id)->signedIn);
            QCOMPARE(onDisk(added.at(i).id)->expiresAt, expiry(i));
        }
        QCOMPARE(onDisk(added.at(2).id)->scope, QStringLiteral("openid api"));
        QTest::qWait(AccountStore::SoonMs * 2);
        QCOMPARE(changed.count(), 1);
    }

    void waitingHintsAreWrittenByOtherChangesAndAtTheEnd()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        Account a = sample(QStringLiteral("A")), b = sample(QStringLiteral("B"));
        const QDateTime expiry = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        {
            AccountStore store(path);
            QVERIFY(!store.add(a));
            QVERIFY(!store.updateSessionHint(a.id, true, expiry, QStringLiteral("openid"),
                                             AccountStore::Write::Soon));
            QVERIFY(!store.add(b)); // an immediate change writes the waiting hint with it
            AccountStore reader(path);
            QVERIFY(!reader.load());
            QCOMPARE(reader.findById(a.id)->expiresAt, expiry);
            QVERIFY(!store.updateSessionHint(b.id, true, expiry, QStringLiteral("openid"),
                                             AccountStore::Write::Soon));
        } // destroyed before the timer: the hint is written on the way out
        AccountStore reader(path);
        QVERIFY(!reader.load());
        QVERIFY(reader.findById(b.id)->signedIn);
        QCOMPARE(reader.findById(b.id)->expiresAt, expiry);
    }

    void aSignOutElsewhereOutranksAWaitingRefreshHint()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        Account a = sample(QStringLiteral("A"));
        const QDateTime expiry = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        AccountStore window(path);
        QVERIFY(!window.add(a));
        QVERIFY(!window.updateSessionHint(a.id, true, expiry, QStringLiteral("openid")));
        QVERIFY(!window.updateSessionHint(a.id, true, expiry.addSecs(3600),
                                          QStringLiteral("openid"),
                                          AccountStore::Write::Soon)); // refreshed, not yet written
        AccountStore commandLine(path);
        QVERIFY(!commandLine.load());
        QVERIFY(!commandLine.updateSessionHint(a.id, false, {}, {})); // signed out meanwhile
        QVERIFY(!window.flush());
        AccountStore reader(path);
        QVERIFY(!reader.load());
        QVERIFY(!reader.findById(a.id)->signedIn);
        QVERIFY(!window.findById(a.id)->signedIn);
    }

    void invalidAccountsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty name") << QStringLiteral("name") << QStringLiteral("  ")
                                    << int(Error::Kind::Configuration);
        QTest::newRow("empty client id")
                << QStringLiteral("client") << QString() << int(Error::Kind::Configuration);
        QTest::newRow("http token endpoint")
                << QStringLiteral("token") << QStringLiteral("http://login.example.com/token")
                << int(Error::Kind::InsecureUrl);
        QTest::newRow("javascript endpoint")
                << QStringLiteral("authorize") << QStringLiteral("javascript:alert(1)")
                << int(Error::Kind::InsecureUrl);
        QTest::newRow("loopback http is fine")
                << QStringLiteral("token") << QStringLiteral("http://127.0.0.1:8080/token")
                << int(Error::Kind::None);
        QTest::newRow("unknown grant") << QStringLiteral("grant") << QStringLiteral("magic")
                                       << int(Error::Kind::Configuration);
        // Only RFC 7591's names: "" and "basic" were once taken, and read as no authentication.
        QTest::newRow("empty client auth")
                << QStringLiteral("auth") << QString() << int(Error::Kind::Configuration);
        QTest::newRow("short client auth") << QStringLiteral("auth") << QStringLiteral("basic")
                                           << int(Error::Kind::Configuration);
        QTest::newRow("client_secret_post is fine")
                << QStringLiteral("auth") << QStringLiteral("client_secret_post")
                << int(Error::Kind::None);
    }
    void invalidAccountsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, kind);
        QTemporaryDir dir;
        AccountStore store(dir.filePath(QStringLiteral("accounts.json")));
        Account a = sample(QStringLiteral("X"));
        if (field == QLatin1String("name"))
            a.name = value;
        else if (field == QLatin1String("client"))
            a.clientId = value;
        else if (field == QLatin1String("token"))
            a.server.tokenEndpoint = QUrl(value);
        else if (field == QLatin1String("authorize"))
            a.server.authorizationEndpoint = QUrl(value);
        else if (field == QLatin1String("grant"))
            a.setGrantTypeName(value);
        else if (field == QLatin1String("auth"))
            a.setClientAuthMethodName(value);
        QCOMPARE(int(store.add(a).kind()), kind);
        QCOMPARE(QFile::exists(store.path()), kind == int(Error::Kind::None));
    }

    void scopeWithAddsWhatIsMissingOnce_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("more");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one more") << "openid api:read"
                                  << "api:write"
                                  << "openid api:read api:write";
        QTest::newRow("already there") << "openid api:read"
                                       << "api:read"
                                       << "openid api:read";
        QTest::newRow("some of two") << "a b"
                                     << "b  c"
                                     << "a b c";
        QTest::newRow("no scope yet") << ""
                                      << "api:read"
                                      << "api:read";
        QTest::newRow("nothing more") << "a  b "
                                      << ""
                                      << "a b";
    }

    void scopeWithAddsWhatIsMissingOnce()
    {
        QFETCH(QString, scope);
        QFETCH(QString, more);
        QFETCH(QString, expected);
        Account account;
        account.scope = scope;
        QCOMPARE(account.scopeWith(more), expected);
    }

    void duplicateNamesAreRefused()
    {
        QTemporaryDir dir;
        AccountStore store(dir.filePath(QStringLiteral("accounts.json")));
        Account a = sample(QStringLiteral("Same")), b = sample(QStringLiteral("Same"));
        QVERIFY(!store.add(a));
        const Error error = store.add(b);
        QCOMPARE(error.kind(), Error::Kind::Configuration);
        QVERIFY(error.message().contains(QLatin1String("Same")));
        QCOMPARE(store.accounts().size(), 1);
    }

    void damagedFileIsReportedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        AccountStore store(path);
        QCOMPARE(store.load().kind(), Error::Kind::Configuration);
        Account a = sample(QStringLiteral("New"));
        QVERIFY(store.add(a)); // refuses to overwrite what it cannot read
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("{ not json"));
    }
};

QTEST_GUILESS_MAIN(tst_AccountStore)
#include "tst_accountstore.moc"
