#include "log/exchangelogmodel.h"
#include "log/exchangelogview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace OAuthDesk;

class tst_ExchangeLogView : public QObject
{
    Q_OBJECT

private:
    template <typename T>
    static T *child(const QObject &parent, const char *name)
    {
        T *object = parent.findChild<T *>(QLatin1String(name));
        if (!object)
            qFatal("no child named %s", name);
        return object;
    }

    static int add(ExchangeLog &log, ExchangeLog::Kind kind, const QString &account,
                   const QString &url, const QByteArray &requestBody = {}, int status = 200,
                   const QByteArray &responseBody = {})
    {
        const ExchangeLog::Headers form = { { "Content-Type",
                                              "application/x-www-form-urlencoded" } };
        return log.finish(
                log.begin(kind, account, requestBody.isEmpty() ? "GET" : "POST", QUrl(url),
                          requestBody.isEmpty() ? ExchangeLog::Headers{} : form, requestBody),
                status, 42, { { "Content-Type", "application/json" } }, responseBody);
    }

    /// A log as a session leaves it: two accounts and account-less discovery.
    static void fill(ExchangeLog &log)
    {
        add(log, ExchangeLog::Kind::Discovery, {},
            QStringLiteral("https://idp.example/.well-known/openid-configuration"));
        log.recordAuthorization(
                QUrl(QStringLiteral("https://idp.example/auth?client_id=app&state=CANARY-STATE")),
                QStringLiteral("work"));
        add(log, ExchangeLog::Kind::Token, QStringLiteral("work"),
            QStringLiteral("https://idp.example/token"),
            "grant_type=authorization_code&code=CANARY-CODE&code_verifier=CANARY-VERIFIER", 200,
            "{\"access_token\":\"CANARY-AT\",\"token_type\":\"Bearer\"}");
        add(log, ExchangeLog::Kind::Resource, QStringLiteral("work"),
            QStringLiteral("https://api.example/me"));
        add(log, ExchangeLog::Kind::Token, QStringLiteral("home"),
            QStringLiteral("https://idp.example/token"),
            "grant_type=client_credentials&client_secret=CANARY-SECRET", 400,
            "{\"error\":\"invalid_client\"}");
    }

    static QStringList canaries() { return { QStringLiteral("CANARY") }; }

private Q_SLOTS:
    void onlyTheBrowserHandoffHasNoStatus()
    {
        // A pushed authorization request (RFC 9126) and a device authorization request are POSTs of
        // the Authorization kind with a real answer; only the URL opened in the browser has none.
        ExchangeLog log;
        ExchangeLogView view(&log);
        add(log, ExchangeLog::Kind::Authorization, QStringLiteral("work"),
            QStringLiteral("https://idp.example/par"),
            "client_id=app&code_challenge=CANARY-CHALLENGE", 201,
            "{\"request_uri\":\"urn:example:CANARY\"}");
        log.recordAuthorization(
                QUrl(QStringLiteral("https://idp.example/auth?client_id=app&request_uri=x")),
                QStringLiteral("work"));
        const QAbstractItemModel *m = view.model();
        QCOMPARE(m->rowCount(), 2);
        QCOMPARE(m->index(0, ExchangeLogModel::StatusColumn).data().toInt(), 201);
        QCOMPARE(m->index(0, ExchangeLogModel::ElapsedColumn).data().toInt(), 42);
        QCOMPARE(m->index(1, ExchangeLogModel::StatusColumn).data().toString(),
                 QStringLiteral("browser"));
        QVERIFY(!m->index(1, ExchangeLogModel::ElapsedColumn).data().isValid());
    }

    void tableFollowsTheLog()
    {
        ExchangeLog log;
        log.setCapacity(4);
        ExchangeLogView view(&log);
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(view.model()->columnCount(), int(ExchangeLogModel::ColumnCount));

        fill(log); // five entries, capacity four: the discovery entry is dropped
        QCOMPARE(view.model()->rowCount(), 4);
        const QAbstractItemModel *m = view.model();
        QCOMPARE(m->index(0, ExchangeLogModel::KindColumn).data().toString(),
                 QStringLiteral("Authorization"));
        QCOMPARE(m->index(0, ExchangeLogModel::StatusColumn).data().toString(),
                 QStringLiteral("browser"));
        QCOMPARE(m->index(1, ExchangeLogModel::AccountColumn).data().toString(),
                 QStringLiteral("work"));
        QCOMPARE(m->index(1, ExchangeLogModel::MethodColumn).data().toString(),
                 QStringLiteral("POST"));
        QCOMPARE(m->index(1, ExchangeLogModel::UrlColumn).data().toString(),
                 QStringLiteral("https://idp.example/token"));
        QCOMPARE(m->index(1, ExchangeLogModel::StatusColumn).data().toInt(), 200);
        QCOMPARE(m->index(1, ExchangeLogModel::ElapsedColumn).data().toInt(), 42);
        QCOMPARE(m->index(3, ExchangeLogModel::StatusColumn).data().toInt(), 400);
        QCOMPARE(m->headerData(ExchangeLogModel::UrlColumn, Qt::Horizontal).toString(),
                 QStringLiteral("URL"));
        for (int row = 0; row < m->rowCount(); ++row) {
            for (int column = 0; column < m->columnCount(); ++column)
                QVERIFY(!m->index(row, column)
                                 .data()
                                 .toString()
                                 .contains(QStringLiteral("CANARY")));
        }
        QVERIFY(m->index(0, ExchangeLogModel::UrlColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("state=[redacted]")));

        add(log, ExchangeLog::Kind::Refresh, QStringLiteral("work"),
            QStringLiteral("https://idp.example/token"));
        QCOMPARE(view.model()->rowCount(), 4);
        QCOMPARE(m->index(3, ExchangeLogModel::KindColumn).data().toString(),
                 QStringLiteral("Refresh"));
        QCOMPARE(m->index(0, ExchangeLogModel::KindColumn).data().toString(),
                 QStringLiteral("Token"));
    }

    void filters()
    {
        ExchangeLog log;
        fill(log);
        ExchangeLogView view(&log);
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *accounts = child<QComboBox>(view, "accountFilter");
        auto *kinds = child<QComboBox>(view, "kindFilter");
        QCOMPARE(accounts->count(), 3);
        QCOMPARE(accounts->itemText(0), QStringLiteral("All accounts"));
        QCOMPARE(accounts->itemText(1), QStringLiteral("home"));
        QCOMPARE(accounts->itemText(2), QStringLiteral("work"));
        QCOMPARE(kinds->itemText(0), QStringLiteral("All kinds"));
        QCOMPARE(view.model()->rowCount(), 5);

        QSignalSpy changed(&view, &ExchangeLogView::filterChanged);
        accounts->setCurrentIndex(2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(view.accountFilter(), QStringLiteral("work"));
        QCOMPARE(view.model()->rowCount(), 3);
        kinds->setCurrentIndex(kinds->findText(QStringLiteral("Token")));
        QCOMPARE(view.kindFilter(), std::optional(ExchangeLog::Kind::Token));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, ExchangeLogModel::AccountColumn).data().toString(),
                 QStringLiteral("work"));

        // New entries appear only when they match, and new accounts join the list.
        add(log, ExchangeLog::Kind::Token, QStringLiteral("work"),
            QStringLiteral("https://idp.example/token"));
        add(log, ExchangeLog::Kind::Resource, QStringLiteral("work"),
            QStringLiteral("https://api.example/x"));
        add(log, ExchangeLog::Kind::Token, QStringLiteral("lab"),
            QStringLiteral("https://idp.example/token"));
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(accounts->count(), 4);
        QCOMPARE(view.accountFilter(), QStringLiteral("work"));

        view.setAccountFilter({});
        QCOMPARE(view.model()->rowCount(), 4); // every Token entry
        view.setKindFilter(std::nullopt);
        QCOMPARE(view.model()->rowCount(), log.count());
    }

    void detailsAndCopy()
    {
        ExchangeLog log;
        fill(log);
        ExchangeLogView view(&log);
        QCOMPARE(view.detailsText(), QString());
        const int token = log.exchanges().at(2).id;
        QVERIFY(view.selectExchange(token));
        QCOMPARE(view.selectedExchange(), token);
        const QString details = view.detailsText();
        QCOMPARE(details, ExchangeLog::toText(log.exchanges().at(2)));
        QVERIFY(details.contains(QStringLiteral("code=[redacted]&code_verifier=[redacted]")));
        QVERIFY(details.contains(QStringLiteral("\"access_token\":\"[redacted]\"")));
        QVERIFY(details.contains(QStringLiteral("account \"work\"")));
        QVERIFY(!details.contains(QStringLiteral("CANARY")));
        QCOMPARE(child<QPlainTextEdit>(view, "exchangeDetails")->toPlainText(), details);

        child<QPushButton>(view, "copyButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), details);

        // A filter that hides the selection empties the details; nothing selected copies all shown.
        view.setAccountFilter(QStringLiteral("home"));
        QCOMPARE(view.selectedExchange(), 0);
        QCOMPARE(view.detailsText(), QString());
        child<QPushButton>(view, "copyButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 log.exportText(ExchangeLog::Filter{ QStringLiteral("home"), {} }));
        QVERIFY(QGuiApplication::clipboard()->text().contains(
                QStringLiteral("client_secret=[redacted]")));

        // The selection survives a filter change that keeps it.
        view.setAccountFilter({});
        QVERIFY(view.selectExchange(token));
        view.setKindFilter(ExchangeLog::Kind::Token);
        QCOMPARE(view.selectedExchange(), token);
        QCOMPARE(view.detailsText(), details);
    }

    void exportWritesTheShownEntries()
    {
        ExchangeLog log;
        fill(log);
        ExchangeLogView view(&log);
        view.setAccountFilter(QStringLiteral("work"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("log.txt"));
        QString error;
        QVERIFY2(view.exportTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(text, log.exportText(ExchangeLog::Filter{ QStringLiteral("work"), {} }));
        QVERIFY(text.contains(QStringLiteral("opened in the browser")));
        QVERIFY(text.contains(QStringLiteral("https://api.example/me")));
        QVERIFY(!text.contains(QStringLiteral("openid-configuration")));
        QVERIFY(!text.contains(QStringLiteral("client_credentials")));
        QVERIFY(!text.contains(QStringLiteral("CANARY")));
        QCOMPARE(file.permissions()
                         & (QFileDevice::ReadGroup | QFileDevice::ReadOther
                            | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());

        QVERIFY(!view.exportTo(dir.filePath(QStringLiteral("no/such/dir/log.txt")), &error));
        QVERIFY(error.contains(QStringLiteral("Could not write")));
    }

    void clearEmptiesLogAndTable()
    {
        ExchangeLog log;
        fill(log);
        ExchangeLogView view(&log);
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setAccountFilter(QStringLiteral("work"));
        QVERIFY(view.selectExchange(log.exchanges().at(3).id));
        QVERIFY(!view.detailsText().isEmpty());
        child<QPushButton>(view, "clearButton")->click();
        QCOMPARE(log.count(), 0);
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(view.detailsText(), QString());
        // The account filtered on stays choosable; the others are gone.
        QCOMPARE(child<QComboBox>(view, "accountFilter")->count(), 2);
        QCOMPARE(view.accountFilter(), QStringLiteral("work"));
        add(log, ExchangeLog::Kind::Resource, QStringLiteral("work"),
            QStringLiteral("https://api.example/me"));
        QCOMPARE(view.model()->rowCount(), 1);
    }

    void logDestroyedFirst()
    {
        auto log = std::make_unique<ExchangeLog>();
        fill(*log);
        ExchangeLogView view(log.get());
        QCOMPARE(view.model()->rowCount(), 5);
        log.reset();
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(!view.exportTo(QStringLiteral("/nonexistent/dir/x.txt")));
    }
};

QTEST_MAIN(tst_ExchangeLogView)
#include "tst_exchangelogview.moc"
