// The window's side of issue 6's desktop work: a background refresh that fails tells the person
// (offscreen has no system tray, so in the banner), Preferences applies, and the layout is kept.

#include "common/settings.h"
#include "dialogs/settingsdialog.h"
#include "http/httpclient.h"
#include "keychain/secretstore.h"
#include "mainwindow.h"
#include "refresherfixture.h"
#include "resource/resourceclient.h"
#include "scriptedserver.h"
#include "session/backgroundrefresher.h"
#include "session/tokenmanager.h"
#include "widgets/notifier.h"
#include "widgets/secretclipboard.h"

#include <QAction>
#include <QApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OAuthDesk;

namespace {

/// The file Settings and the window keep their values in.
std::unique_ptr<QSettings> stored()
{
    return std::make_unique<QSettings>(Settings::fileName(), QSettings::IniFormat);
}

} // namespace

class TestWindowPreferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { stored()->clear(); }

    void failedBackgroundRefreshShowsInTheBanner()
    {
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen: the banner it is
        Test::RefresherFixture f(QStringLiteral("OAuthDesk-tst_windowpreferences"));
        QVERIFY(f.signIn());
        MainWindow window(&f.tokens, &f.resources, &f.http);
        window.setBackgroundRefresher(&f.refresher);
        QCOMPARE(f.refresher.leadTime(), std::chrono::seconds(300)); // from the settings
        f.refresher.start();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.notifier()->usesTray());
        QCOMPARE(window.errorText(), QString());

        f.refreshWorks = false;
        *f.now = Test::refresherStart().addSecs(600);
        QSignalSpy banner(window.notifier(), &Notifier::bannerRequested);
        f.refresher.checkNow();
        QVERIFY(banner.wait(20000));
        QCOMPARE(banner.at(0).at(0).toString(), f.id);
        QVERIFY2(window.errorText().contains(QStringLiteral("Work")),
                 qPrintable(window.errorText()));
        QVERIFY2(window.errorText().contains(QStringLiteral("sign in again")),
                 qPrintable(window.errorText()));
        QCOMPARE(window.notifier()->lastMessage(), window.errorText());
    }

    void preferencesApplyToTheRefresherAndClipboard()
    {
        Test::RefresherFixture f(QStringLiteral("OAuthDesk-tst_windowpreferences"));
        MainWindow window(&f.tokens, &f.resources, &f.http);
        window.setBackgroundRefresher(&f.refresher);
        auto *action = window.findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QCOMPARE(action->menuRole(), QAction::PreferencesRole);
        action->trigger();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->findChild<QSpinBox *>(QStringLiteral("refreshLeadSpin"))->setValue(120);
        dialog->findChild<QSpinBox *>(QStringLiteral("clipboardClearSpin"))->setValue(12);
        dialog->accept();
        QCOMPARE(f.refresher.leadTime(), std::chrono::seconds(120));
        QCOMPARE(SecretClipboard::defaultClearTime(), std::chrono::milliseconds(12000));
        QCOMPARE(window.settings()->refreshLead(), std::chrono::seconds(120));
    }

    void layoutIsRemembered()
    {
        QList<int> sizes;
        {
            Test::RefresherFixture f(QStringLiteral("OAuthDesk-tst_windowpreferences"));
            MainWindow window(&f.tokens, &f.resources, &f.http);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1400, 900); // larger than the default and the minimum
            QTRY_COMPARE(window.size(), QSize(1400, 900));
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            QVERIFY(splitter);
            splitter->setSizes({ 333, 500 });
            sizes = splitter->sizes();
            QVERIFY(window.close());
        }
        QVERIFY(stored()->contains(QStringLiteral("window/geometry")));
        QVERIFY(stored()->contains(QStringLiteral("window/splitter")));
        Test::RefresherFixture f(QStringLiteral("OAuthDesk-tst_windowpreferences"));
        MainWindow window(&f.tokens, &f.resources, &f.http);
        QCOMPARE(window.size(), QSize(1400, 900));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }
};

QTEST_MAIN(TestWindowPreferences)
#include "tst_windowpreferences.moc"
