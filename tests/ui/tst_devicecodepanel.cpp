#include "session/devicecodepanel.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace OAuthDesk;

class tst_DeviceCodePanel : public QObject
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

    static QDateTime start() { return QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC); }

    static DeviceCode code()
    {
        DeviceCode c;
        c.userCode = QStringLiteral("WDJB-MJHT");
        c.verificationUri = QUrl(QStringLiteral("https://login.example.com/device"));
        c.verificationUriComplete =
                QUrl(QStringLiteral("https://login.example.com/device?user_code=WDJB-MJHT"));
        c.expiresAt = start().addSecs(600);
        return c;
    }

private Q_SLOTS:
    void showsTheCodeAndCountsDown()
    {
        auto now = std::make_shared<QDateTime>(start());
        DeviceCodePanel panel;
        QCOMPARE(panel.objectName(), QStringLiteral("deviceCodePanel"));
        panel.setClock(Clock([now] { return *now; }));
        QSignalSpy countdown(&panel, &DeviceCodePanel::countdownTextChanged);
        panel.setDeviceCode(code());

        auto *label = child<QLabel>(panel, "userCodeLabel");
        QCOMPARE(label->text(), QStringLiteral("WDJB-MJHT"));
        QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(label->font().fixedPitch() || QFontInfo(label->font()).fixedPitch());
        QVERIFY(label->font().pointSizeF() > panel.font().pointSizeF() * 1.5);
        QCOMPARE(child<QLabel>(panel, "verificationUrlLabel")->text(),
                 QStringLiteral("https://login.example.com/device"));
        QCOMPARE(panel.countdownText(), QStringLiteral("Code expires in 10:00"));
        QCOMPARE(child<QLabel>(panel, "countdownLabel")->text(), panel.countdownText());

        *now = start().addSecs(19);
        panel.updateCountdown();
        QCOMPARE(panel.countdownText(), QStringLiteral("Code expires in 9:41"));
        QCOMPARE(countdown.count(), 2);

        // The panel's own timer reads the clock each second: a moving clock moves the text by
        // itself.
        *now = start().addSecs(599);
        QTRY_COMPARE(panel.countdownText(), QStringLiteral("Code expires in 0:01"));

        *now = start().addSecs(600);
        panel.updateCountdown();
        QCOMPARE(panel.countdownText(), QStringLiteral("The code has expired."));

        panel.clear();
        QVERIFY(panel.userCode().isEmpty());
        QVERIFY(panel.countdownText().isEmpty());
        QVERIFY(label->text().isEmpty());
    }

    void formatRemaining_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("ten minutes") << qint64(600) << QStringLiteral("10:00");
        QTest::newRow("minutes and seconds") << qint64(581) << QStringLiteral("9:41");
        QTest::newRow("seconds only") << qint64(7) << QStringLiteral("0:07");
        QTest::newRow("over an hour") << qint64(3723) << QStringLiteral("1:02:03");
        QTest::newRow("past") << qint64(-5) << QStringLiteral("0:00");
    }

    void formatRemaining()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(DeviceCodePanel::formatRemaining(seconds), text);
    }

    void openInBrowser_data()
    {
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QUrl>("expected");
        QTest::newRow("verification_uri_complete")
                << true
                << QUrl(QStringLiteral("https://login.example.com/device?user_code=WDJB-MJHT"));
        QTest::newRow("verification_uri only")
                << false << QUrl(QStringLiteral("https://login.example.com/device"));
    }

    void openInBrowser()
    {
        QFETCH(bool, complete);
        QFETCH(QUrl, expected);
        QList<QUrl> opened;
        DeviceCodePanel panel;
        panel.setBrowserOpener([&opened](const QUrl &url) {
            opened.append(url);
            return Error();
        });
        DeviceCode c = code();
        if (!complete)
            c.verificationUriComplete = QUrl();
        panel.setDeviceCode(c);
        QCOMPARE(panel.browserUrl(), expected);
        QTest::mouseClick(child<QPushButton>(panel, "openVerificationButton"), Qt::LeftButton);
        QCOMPARE(opened, QList<QUrl>{ expected });
        QVERIFY(child<QLabel>(panel, "deviceMessageLabel")->isHidden());
    }

    void browserFailureIsShown()
    {
        DeviceCodePanel panel;
        panel.setBrowserOpener([](const QUrl &) {
            return Error(Error::Kind::Browser, QStringLiteral("No browser."));
        });
        panel.setDeviceCode(code());
        panel.openInBrowser();
        auto *message = child<QLabel>(panel, "deviceMessageLabel");
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QStringLiteral("No browser.")),
                 qPrintable(message->text()));
    }

    void copyPutsTheCodeOnTheClipboard()
    {
        QApplication::clipboard()->clear();
        DeviceCodePanel panel;
        panel.setDeviceCode(code());
        QTest::mouseClick(child<QPushButton>(panel, "copyCodeButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("WDJB-MJHT"));
    }

    void rendersForAScreenshot()
    {
        const QString dir = qEnvironmentVariable("OAUTHDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set OAUTHDESK_SCREENSHOT_DIR to keep a picture");
        auto now = std::make_shared<QDateTime>(start().addSecs(19));
        DeviceCodePanel panel;
        panel.setClock(Clock([now] { return *now; }));
        panel.setDeviceCode(code());
        panel.resize(640, panel.sizeHint().height());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.grab().save(dir + QStringLiteral("/device-code-panel.png")));
    }
};

QTEST_MAIN(tst_DeviceCodePanel)
#include "tst_devicecodepanel.moc"
