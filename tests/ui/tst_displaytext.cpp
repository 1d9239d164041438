#include "widgets/displaytext.h"

#include <QTest>

using namespace OAuthDesk;

class tst_DisplayText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void responseSummary_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<bool>("refreshed");
        QTest::addColumn<int>("redirects");
        QTest::addColumn<bool>("withheld");
        QTest::addColumn<QString>("challengeError");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain") << 200 << qint64(35) << false << 0 << false << QString()
                               << QStringLiteral("200 OK · 35 ms");
        QTest::newRow("refreshed") << 200 << qint64(35) << true << 0 << false << QString()
                                   << QStringLiteral("200 OK · 35 ms · refreshed once");
        QTest::newRow("unknown status") << 299 << qint64(1) << false << 0 << false << QString()
                                        << QStringLiteral("299 · 1 ms");
        QTest::newRow("one redirect") << 200 << qint64(9) << false << 1 << false << QString()
                                      << QStringLiteral("200 OK · 9 ms · followed 1 redirect");
        QTest::newRow("redirect elsewhere")
                << 200 << qint64(9) << false << 2 << true << QString()
                << QStringLiteral("200 OK · 9 ms · followed 2 redirects · token withheld "
                                  "from another origin");
        QTest::newRow("insufficient scope")
                << 403 << qint64(12) << false << 0 << false << QStringLiteral("insufficient_scope")
                << QStringLiteral("403 Forbidden · 12 ms · server says: insufficient_scope");
    }

    void responseSummary()
    {
        QFETCH(int, status);
        QFETCH(qint64, elapsed);
        QFETCH(bool, refreshed);
        QFETCH(int, redirects);
        QFETCH(bool, withheld);
        QFETCH(QString, challengeError);
        QFETCH(QString, expected);

        ResourceClient::Response response;
        response.http.status = status;
        response.http.elapsedMs = elapsed;
        response.refreshed = refreshed;
        for (int i = 0; i < redirects; ++i)
            response.redirects.append(QUrl(QStringLiteral("https://api.example.com/%1").arg(i)));
        response.tokenWithheld = withheld;
        if (!challengeError.isEmpty()) {
            Challenge challenge;
            challenge.scheme = QStringLiteral("Bearer");
            challenge.params.insert(QStringLiteral("error"), challengeError);
            response.challenge = challenge;
        }
        QCOMPARE(DisplayText::responseSummary(response), expected);
    }

    void bodyForDisplay_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");

        QTest::newRow("json object")
                << QByteArray(R"({"sub":"alice","n":1})")
                << QStringLiteral("{\n    \"n\": 1,\n    \"sub\": \"alice\"\n}");
        QTest::newRow("json array") << QByteArray("[1,2]") << QStringLiteral("[\n    1,\n    2\n]");
        QTest::newRow("text") << QByteArray("hello\n") << QStringLiteral("hello\n");
        QTest::newRow("broken json") << QByteArray(R"({"a":)") << QStringLiteral("{\"a\":");
        QTest::newRow("utf-8") << QByteArray("gr\xc3\xbc\xc3\x9f")
                               << QStringLiteral("gr\u00fc\u00df");
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void bodyForDisplay()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(DisplayText::bodyForDisplay(body), expected);
    }

    void relativeTime_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("soon") << qint64(20) << QStringLiteral("in less than a minute");
        QTest::newRow("minutes") << qint64(35 * 60) << QStringLiteral("in 35 min");
        QTest::newRow("rounded up") << qint64(35 * 60 + 1) << QStringLiteral("in 36 min");
        QTest::newRow("hours") << qint64(2 * 3600 + 5 * 60) << QStringLiteral("in 2 h 5 min");
        QTest::newRow("whole hours") << qint64(3 * 3600) << QStringLiteral("in 3 h");
        QTest::newRow("days") << qint64(3 * 86400) << QStringLiteral("in 3 days");
        QTest::newRow("just now") << qint64(-10) << QStringLiteral("just now");
        QTest::newRow("past") << qint64(-180) << QStringLiteral("3 min ago");
    }

    void relativeTime()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(DisplayText::relativeTime(now.addSecs(seconds), now), expected);
    }

    void clockTime()
    {
        const QDateTime now = QDateTime::currentDateTime();
        const QDateTime later = now.addSecs(60);
        if (later.date() == now.date())
            QCOMPARE(DisplayText::clockTime(later, now),
                     later.time().toString(QStringLiteral("HH:mm")));
        const QString otherDay = DisplayText::clockTime(now.addDays(3), now);
        QVERIFY(otherDay.endsWith(now.addDays(3).time().toString(QStringLiteral("HH:mm"))));
        QVERIFY(otherDay.size() > 5);
        QVERIFY(DisplayText::clockTime(QDateTime(), now).isEmpty());
    }
};

QTEST_MAIN(tst_DisplayText)
#include "tst_displaytext.moc"
