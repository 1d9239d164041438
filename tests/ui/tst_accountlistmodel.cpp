#include "accounts/accountlistmodel.h"

#include "http/httpclient.h"
#include "keychain/secretstore.h"
#include "session/tokenmanager.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace OAuthDesk;

class tst_AccountListModel : public QObject
{
    Q_OBJECT

private:
    static Account makeAccount(const QString &name)
    {
        Account a;
        a.name = name;
        a.clientId = QStringLiteral("desk");
        a.scope = QStringLiteral("openid offline_access");
        a.server.issuer = QUrl(QStringLiteral("https://login.example.com"));
        a.server.authorizationEndpoint =
                QUrl(QStringLiteral("https://login.example.com/authorize"));
        a.server.tokenEndpoint = QUrl(QStringLiteral("https://login.example.com/token"));
        return a;
    }
    static QString add(AccountStore &store, const QString &name)
    {
        Account a = makeAccount(name);
        const Error error = store.add(a);
        if (error)
            qFatal("cannot add %s: %s", qPrintable(name), qPrintable(error.message()));
        return a.id;
    }
    QString storePath() const { return m_dir.filePath(QStringLiteral("config/accounts.json")); }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(storePath());
    }

    void followsTheStore()
    {
        AccountStore store(storePath());
        QVERIFY(!store.load());
        const QString first = add(store, QStringLiteral("Alpha"));

        AccountListModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(model.index(0).data(AccountListModel::AccountIdRole).toString(), first);
        QCOMPARE(model.index(0).data(AccountListModel::IssuerRole).toString(),
                 QStringLiteral("https://login.example.com"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QString second = add(store, QStringLiteral("Beta"));
        const QString third = add(store, QStringLiteral("Gamma"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(inserted.at(1).at(1).toInt(), 2);
        QCOMPARE(model.rowOf(third), 2);

        QVERIFY(!store.remove(second));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Gamma"));
        QCOMPARE(model.rowOf(second), -1);
        QVERIFY(!model.indexOf(second).isValid());

        QVERIFY(!store.remove(first));
        QVERIFY(!store.remove(third));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 0); // row by row, so a view keeps its selection
    }

    void statusFromTheHint()
    {
        AccountStore store(storePath());
        QVERIFY(!store.load());
        const QString id = add(store, QStringLiteral("Alpha"));
        AccountListModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex index = model.index(0);

        QCOMPARE(index.data(AccountListModel::StatusTextRole).toString(),
                 QStringLiteral("Signed out"));
        QCOMPARE(index.data(AccountListModel::SignedInRole).toBool(), false);
        QCOMPARE(index.data(AccountListModel::StateRole).value<AccountListModel::State>(),
                 AccountListModel::State::SignedOut);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Whole minutes, so that the shown HH:MM is unambiguous.
        QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(3600);
        expires.setTime(QTime(expires.time().hour(), expires.time().minute()));
        if (expires <= QDateTime::currentDateTimeUtc())
            expires = expires.addSecs(3600);
        QVERIFY(!store.updateSessionHint(id, true, expires, QStringLiteral("openid")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(index.data(AccountListModel::SignedInRole).toBool(), true);
        const QString status = index.data(AccountListModel::StatusTextRole).toString();
        QVERIFY2(status.startsWith(QStringLiteral("Signed in until ")), qPrintable(status));
        QVERIFY2(status.endsWith(expires.toLocalTime().toString(QStringLiteral("HH:mm"))),
                 qPrintable(status));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(status));

        QVERIFY(!store.updateSessionHint(id, true, QDateTime(), QString()));
        QCOMPARE(index.data(AccountListModel::StatusTextRole).toString(),
                 QStringLiteral("Signed in"));

        QVERIFY(!store.updateSessionHint(id, true, QDateTime::currentDateTimeUtc().addSecs(-600),
                                         QString()));
        QVERIFY(index.data(AccountListModel::StatusTextRole)
                        .toString()
                        .startsWith(QStringLiteral("Signed in, token expired at ")));

        model.setRefreshError(id, QStringLiteral("Could not reach the server."));
        QCOMPARE(index.data(AccountListModel::StatusTextRole).toString(),
                 QStringLiteral("Refresh failing: Could not reach the server."));
        QCOMPARE(index.data(AccountListModel::StateRole).value<AccountListModel::State>(),
                 AccountListModel::State::RefreshFailing);
        model.setRefreshError(id, {});
        QCOMPARE(index.data(AccountListModel::StateRole).value<AccountListModel::State>(),
                 AccountListModel::State::SignedIn);

        QVERIFY(!store.updateSessionHint(id, false, QDateTime(), QString()));
        QCOMPARE(index.data(AccountListModel::StatusTextRole).toString(),
                 QStringLiteral("Signed out"));
    }

    void statusFromTheTokenManager()
    {
        AccountStore store(storePath());
        QVERIFY(!store.load());
        const QString id = add(store, QStringLiteral("Alpha"));
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        SecretStore secrets(QStringLiteral("OAuthDesk-tst_accountlistmodel"));
        TokenManager tokens(&store, &secrets, &http);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        tokens.setClock(Clock([now] { return now; }));
        QVERIFY(!store.updateSessionHint(id, true, now.addSecs(-30), QString()));

        AccountListModel model(&store, &tokens);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex index = model.index(0);
        // The manager's clock decides what has expired, not the wall clock.
        QVERIFY(index.data(AccountListModel::StatusTextRole)
                        .toString()
                        .startsWith(QStringLiteral("Signed in, token expired")));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Q_EMIT tokens.refreshing(id, true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(index.data(AccountListModel::StatusTextRole).toString(),
                 QStringLiteral("Refreshing…"));
        Q_EMIT tokens.refreshing(id, false);
        model.setRefreshError(id, QStringLiteral("No answer in time."));
        QCOMPARE(index.data(AccountListModel::StatusTextRole).toString(),
                 QStringLiteral("Refresh failing: No answer in time."));
        // A session that changed (signed in, refreshed or out) is news that replaces the failure.
        Q_EMIT tokens.sessionChanged(id);
        QVERIFY(index.data(AccountListModel::StatusTextRole)
                        .toString()
                        .startsWith(QStringLiteral("Signed in")));
    }

    void followsAnotherProcess()
    {
        AccountStore store(storePath());
        QVERIFY(!store.load());
        store.watch();
        AccountListModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        // The command line writes the same file through its own store.
        AccountStore other(storePath());
        QVERIFY(!other.load());
        const QString id = add(other, QStringLiteral("From the CLI"));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(AccountListModel::AccountIdRole).toString(), id);

        QVERIFY(!other.updateSessionHint(id, true, QDateTime(), QString()));
        QTRY_COMPARE(model.index(0).data(AccountListModel::SignedInRole).toBool(), true);

        QVERIFY(!other.remove(id));
        QTRY_COMPARE(model.rowCount(), 0);
    }
    void legacyGrantsSayWhatTheyUse_data()
    {
        QTest::addColumn<QString>("grant");
        QTest::addColumn<bool>("signedIn");
        QTest::addColumn<QString>("status");
        QTest::newRow("implicit, signed in")
                << QStringLiteral("implicit") << true
                << QStringLiteral("Signed in \u00b7 implicit (legacy)");
        QTest::newRow("password, signed out")
                << QStringLiteral("password") << false
                << QStringLiteral("Signed out \u00b7 password (legacy)");
        QTest::newRow("authorization code")
                << QStringLiteral("authorization_code") << true << QStringLiteral("Signed in");
        QTest::newRow("client credentials")
                << QStringLiteral("client_credentials") << true << QStringLiteral("Signed in");
    }

    void legacyGrantsSayWhatTheyUse()
    {
        QFETCH(QString, grant);
        QFETCH(bool, signedIn);
        QFETCH(QString, status);
        AccountStore store(storePath());
        QVERIFY(!store.load());
        Account a = makeAccount(QStringLiteral("Old"));
        a.grantType = *grantTypeFromName(grant);
        a.username = QStringLiteral("alice");
        if (grant == QLatin1String("client_credentials"))
            a.clientAuthMethod = ClientAuthentication::Method::SecretBasic;
        QVERIFY(!store.add(a));
        QVERIFY(!store.updateSessionHint(a.id, signedIn, QDateTime(), QString()));
        AccountListModel model(&store);
        QCOMPARE(model.index(0).data(AccountListModel::StatusTextRole).toString(), status);
    }
};

QTEST_MAIN(tst_AccountListModel)
#include "tst_accountlistmodel.moc"
