// The tray side of issue 6's notifications, on a real X display with a real system tray: trayer,
// an XEmbed tray host, started by the test. A background refresh that fails shows as a balloon at
// the docked tray entry (no banner), clicking the balloon or the entry brings the window back.
// The banner side (no tray, offscreen) is tst_windowpreferences.
//
// ctest runs every test offscreen (tests/CMakeLists.txt), which has no tray: main() below picks
// xcb whenever DISPLAY is set, as it is under scripts/test (xvfb-run). Without a display, or
// without trayer (scripts/setup installs it), the test skips and says why.

#include "common/settings.h"
#include "http/httpclient.h"
#include "keychain/secretstore.h"
#include "mainwindow.h"
#include "refresherfixture.h"
#include "resource/resourceclient.h"
#include "scriptedserver.h"
#include "session/backgroundrefresher.h"
#include "session/tokenmanager.h"
#include "widgets/notifier.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPointer>
#include <QProcess>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace OAuthDesk;

namespace {

/// The visible top-level widget of Qt class `className` (QBalloonTip: the tray message;
/// QSystemTrayIconSys: the entry docked in the tray), or null.
QWidget *visibleTopLevel(const char *className)
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (w->isVisible() && qstrcmp(w->metaObject()->className(), className) == 0)
            return w;
    }
    return nullptr;
}

QStringList labelTexts(const QWidget *widget)
{
    QStringList texts;
    const QList<QLabel *> labels = widget->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->text().isEmpty())
            texts.append(label->text());
    }
    return texts;
}

/// The colours the screen shows where the tray entry is: what a person actually sees of it.
QSet<QRgb> coloursOnScreen(const QSystemTrayIcon *tray)
{
    const QRect r = tray->geometry();
    const QImage shot = QGuiApplication::primaryScreen()
                                ->grabWindow(0, r.x(), r.y(), r.width(), r.height())
                                .toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); ++y) {
        for (int x = 0; x < shot.width(); ++x)
            colours.insert(shot.pixel(x, y));
    }
    return colours;
}

QIcon squareIcon(const QColor &colour)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

} // namespace

class TestTrayNotifier : public QObject
{
    Q_OBJECT
private:
    QProcess m_trayer;

    QSystemTrayIcon *trayOf(Notifier *notifier)
    {
        return notifier->findChild<QSystemTrayIcon *>(QStringLiteral("notifierTrayIcon"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("needs an X display (DISPLAY) for a system tray: scripts/test runs ctest under "
                  "xvfb-run");
        const QString trayer = QStandardPaths::findExecutable(QStringLiteral("trayer"));
        if (trayer.isEmpty())
            QSKIP("needs trayer, a real XEmbed system tray (Debian package trayer; scripts/setup "
                  "installs it)");
        // This test owns the tray of its (virtual) display; it never takes over a desktop's own.
        if (QSystemTrayIcon::isSystemTrayAvailable())
            QSKIP("this display has a system tray already (a desktop?): scripts/test gives a "
                  "virtual screen");

        m_trayer.setProgram(trayer);
        m_trayer.setArguments({ QStringLiteral("--edge"), QStringLiteral("top"),
                                QStringLiteral("--align"), QStringLiteral("right"),
                                QStringLiteral("--widthtype"), QStringLiteral("request"),
                                QStringLiteral("--height"), QStringLiteral("24"),
                                QStringLiteral("--SetDockType"), QStringLiteral("false"),
                                QStringLiteral("--SetPartialStrut"), QStringLiteral("false") });
        m_trayer.setProcessChannelMode(QProcess::MergedChannels);
        m_trayer.start();
        QVERIFY2(m_trayer.waitForStarted(10000), qPrintable(m_trayer.errorString()));
        const bool trayUp = QTest::qWaitFor(
                [this] {
                    return QSystemTrayIcon::isSystemTrayAvailable()
                            || m_trayer.state() == QProcess::NotRunning;
                },
                20000);
        QVERIFY2(trayUp && QSystemTrayIcon::isSystemTrayAvailable(),
                 qPrintable(QStringLiteral("trayer did not take the tray: ")
                            + QString::fromLocal8Bit(m_trayer.readAll())));
        QVERIFY(QSystemTrayIcon::supportsMessages());
    }

    void init()
    {
        QSettings(Settings::fileName(), QSettings::IniFormat)
                .clear(); // the window's remembered layout
        QApplication::setWindowIcon(QIcon());
    }

    void cleanupTestCase()
    {
        if (m_trayer.state() == QProcess::NotRunning)
            return;
        m_trayer.terminate();
        if (!m_trayer.waitForFinished(10000)) {
            m_trayer.kill();
            m_trayer.waitForFinished(10000);
        }
        QTRY_VERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // it was trayer's tray all along
    }

    void failedBackgroundRefreshShowsInTheTray()
    {
        Test::RefresherFixture f(QStringLiteral("OAuthDesk-tst_traynotifier"));
        QVERIFY(f.signIn());
        MainWindow window(&f.tokens, &f.resources, &f.http);
        window.setBackgroundRefresher(&f.refresher);
        f.refresher.start();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Notifier *notifier = window.notifier();
        QVERIFY(notifier->usesTray());
        window.hide(); // the person is elsewhere

        f.refreshWorks = false;
        *f.now = Test::refresherStart().addSecs(600);
        QSignalSpy banner(notifier, &Notifier::bannerRequested);
        QSignalSpy notified(notifier, &Notifier::notified);
        f.refresher.checkNow();
        QVERIFY(notified.wait(20000));
        QCOMPARE(notified.at(0).at(0).toString(), f.id);
        const QString message = notifier->lastMessage();
        QVERIFY2(message.contains(QStringLiteral("Work")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("sign in again")), qPrintable(message));
        QCOMPARE(banner.count(), 0);
        QCOMPARE(window.errorText(), QString());

        // The entry is docked in trayer: embedded, mapped and on the screen, with an icon.
        QSystemTrayIcon *tray = trayOf(notifier);
        QVERIFY(tray);
        QVERIFY(tray->isVisible());
        QVERIFY(!tray->icon().isNull());
        QWidget *entry = visibleTopLevel("QSystemTrayIconSys");
        QVERIFY(entry);
        QVERIFY(QTest::qWaitForWindowExposed(entry));
        QTRY_VERIFY(QGuiApplication::primaryScreen()->geometry().contains(tray->geometry()));
        QVERIFY(!tray->geometry().isEmpty());

        // The message: Qt's own balloon at the entry, with the title and the whole text.
        QPointer<QWidget> balloon;
        QTRY_VERIFY((balloon = visibleTopLevel("QBalloonTip")));
        QVERIFY(QTest::qWaitForWindowExposed(balloon));
        const QStringList texts = labelTexts(balloon);
        QVERIFY2(texts.contains(QStringLiteral("Sign-in needed")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(message), qPrintable(texts.join(QLatin1Char('|'))));
        const QPoint at = tray->geometry().center();
        QVERIFY2(balloon->geometry().left() <= at.x() && at.x() <= balloon->geometry().right(),
                 qPrintable(QStringLiteral("balloon at x %1..%2, entry at x %3")
                                    .arg(balloon->geometry().left())
                                    .arg(balloon->geometry().right())
                                    .arg(at.x())));

        // Clicking it brings the window back, shown and active.
        QVERIFY(!window.isVisible());
        QSignalSpy clicked(tray, &QSystemTrayIcon::messageClicked);
        QTest::mouseClick(balloon, Qt::LeftButton, Qt::NoModifier, balloon->rect().center());
        QCOMPARE(clicked.count(), 1);
        QTRY_VERIFY(balloon.isNull()); // closed on the click
        QVERIFY(window.isVisible());
        QVERIFY(!window.isMinimized());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.isActiveWindow());
    }

    void clickingTheEntryRaisesTheWindow()
    {
        QWidget window;
        window.setWindowTitle(QStringLiteral("tst_traynotifier"));
        const QIcon icon = squareIcon(Qt::blue);
        window.setWindowIcon(icon);
        window.resize(300, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.hide();
        QVERIFY(!window.isActiveWindow());

        Notifier notifier(&window);
        QVERIFY(notifier.usesTray());
        QSignalSpy banner(&notifier, &Notifier::bannerRequested);
        notifier.notify(QString(), QStringLiteral("Refresh failed"),
                        QStringLiteral("Try again later."));
        QCOMPARE(banner.count(), 0);
        QSystemTrayIcon *tray = trayOf(&notifier);
        QVERIFY(tray);
        // The window's icon is the tray's.
        QCOMPARE(tray->icon().pixmap(22, 22).toImage(), icon.pixmap(22, 22).toImage());
        QWidget *entry = visibleTopLevel("QSystemTrayIconSys");
        QVERIFY(entry);
        QVERIFY(QTest::qWaitForWindowExposed(entry));
        QTRY_VERIFY(coloursOnScreen(tray).contains(QColor(Qt::blue).rgb()));

        // Closing the balloon with its own button is not a click on the message.
        QPointer<QWidget> balloon;
        QTRY_VERIFY((balloon = visibleTopLevel("QBalloonTip")));
        QVERIFY(labelTexts(balloon).contains(QStringLiteral("Try again later.")));
        auto *closeButton = balloon->findChild<QAbstractButton *>();
        QVERIFY(closeButton);
        QSignalSpy messageClicked(tray, &QSystemTrayIcon::messageClicked);
        QTest::mouseClick(closeButton, Qt::LeftButton);
        QTRY_VERIFY(balloon.isNull());
        QCOMPARE(messageClicked.count(), 0);
        QVERIFY(!window.isVisible());

        // A right click asks for a context menu, and leaves the window where it is.
        QSignalSpy activated(tray, &QSystemTrayIcon::activated);
        QTest::mouseClick(entry, Qt::RightButton, Qt::NoModifier, entry->rect().center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).value<QSystemTrayIcon::ActivationReason>(),
                 QSystemTrayIcon::Context);
        QVERIFY(!window.isVisible());

        // A left click on the entry brings it back.
        QTest::mouseClick(entry, Qt::LeftButton, Qt::NoModifier, entry->rect().center());
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(1).at(0).value<QSystemTrayIcon::ActivationReason>(),
                 QSystemTrayIcon::Trigger);
        QVERIFY(window.isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.isActiveWindow());
        QCOMPARE(messageClicked.count(), 0);
    }

    void entryIsVisibleWithoutAnyIcon()
    {
        // Neither the window nor the application has an icon (init() cleared it).
        QWidget window;
        QVERIFY(window.windowIcon().isNull());
        Notifier notifier(&window);
        QVERIFY(notifier.usesTray());
        notifier.notify(QString(), QStringLiteral("Refresh failed"),
                        QStringLiteral("Try again later."));
        QSystemTrayIcon *tray = trayOf(&notifier);
        QVERIFY(tray);
        QVERIFY(!tray->icon().isNull());
        QWidget *entry = visibleTopLevel("QSystemTrayIconSys");
        QVERIFY(entry);
        QVERIFY(QTest::qWaitForWindowExposed(entry));
        // The balloon's arrow points into the entry: close it so that only the entry is looked at.
        QPointer<QWidget> balloon;
        QTRY_VERIFY((balloon = visibleTopLevel("QBalloonTip")));
        balloon->close();
        QTRY_VERIFY(balloon.isNull());
        // Something is drawn there, not only the tray's background.
        QTRY_VERIFY2(coloursOnScreen(tray).size() > 1, "the tray entry is an empty square");
    }
};

int main(int argc, char **argv)
{
    // Every test is offscreen by default (tests/CMakeLists.txt), where there is no tray: take the
    // X display when there is one. Without one, stay offscreen so that initTestCase() can skip.
    qputenv("QT_QPA_PLATFORM",
            qEnvironmentVariableIsEmpty("DISPLAY") ? QByteArray("offscreen") : QByteArray("xcb"));
    QApplication app(argc, argv);
    TestTrayNotifier test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_traynotifier.moc"
