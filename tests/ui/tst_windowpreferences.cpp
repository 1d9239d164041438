// The window's side of issue 6's desktop work: a background refresh that fails tells the person
// (offscreen has no system tray, so in the banner), Preferences applies, and the layout is kept.

#include "common/settings.h"
#include "http/httpclient.h"
#include "keychain/secretstore.h"
#include "mainwindow.h"
#include "notifier.h"
#include "resource/resourceclient.h"
#include "scriptedserver.h"
#include "secretclipboard.h"
#include "session/backgroundrefresher.h"
#include "session/tokenmanager.h"
#include "settingsdialog.h"

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

QDateTime start()
{
    return QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
}

struct Fixture
{
    QTemporaryDir dir;
    AccountStore store{dir.filePath(QStringLiteral("accounts.json"))};
    QNetworkAccessManager manager;
    HttpClient http{&manager};
    SecretStore secrets{QStringLiteral("OAuthDesk-tst_windowpreferences")};
    TokenManager tokens{&store, &secrets, &http};
    ResourceClient resources{&tokens, &http};
    std::shared_ptr<QDateTime> now = std::make_shared<QDateTime>(start());
    bool refreshWorks = true;
    Test::ScriptedServer server{[this](const Test::ScriptedServer::Request &request) -> QByteArray {
        if (request.body.contains("grant_type=refresh_token") && !refreshWorks)
            return Test::ScriptedServer::json(400, "{\"error\":\"invalid_grant\"}");
        return Test::ScriptedServer::json(200, "{\"access_token\":\"at\",\"token_type\":\"Bearer\","
                                               "\"expires_in\":900,\"refresh_token\":\"rt\"}");
    }};
    BackgroundRefresher refresher{&tokens, &store};
    QString id;

    Fixture()
    {
        secrets.setTimeout(std::chrono::seconds(2));
        tokens.setClock(Clock([n = now] { return *n; }));
        if (!server.start())
            qFatal("the scripted server did not start");
        Account a;
        a.name = QStringLiteral("Work");
        a.clientId = QStringLiteral("desk");
        a.grantType = QStringLiteral("password");
        a.username = QStringLiteral("alice");
        a.server.tokenEndpoint = QUrl(server.url(QStringLiteral("/token")));
        if (const Error error = store.add(a))
            qFatal("cannot add the account: %s", qPrintable(error.message()));
        id = a.id;
    }
    ~Fixture()
    {
        bool done = false;
        secrets.removeTokens(id, nullptr, [&](const Error &) { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("the test keychain entry was not removed");
    }

    bool signIn()
    {
        TokenManager::SignInOptions options;
        options.password = QStringLiteral("secret");
        bool done = false;
        bool ok = false;
        tokens.signIn(id, options, nullptr, [&](const Result<TokenManager::SignInResult> &result) {
            done = true;
            ok = result.ok();
        });
        return QTest::qWaitFor([&] { return done; }, 20000) && ok;
    }
};

} // namespace

class TestWindowPreferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { stored()->clear(); }

    void failedBackgroundRefreshShowsInTheBanner()
    {
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen: the banner it is
        Fixture f;
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
        *f.now = start().addSecs(600);
        QSignalSpy banner(window.notifier(), &Notifier::bannerRequested);
        f.refresher.checkNow();
        QVERIFY(banner.wait(20000));
        QCOMPARE(banner.at(0).at(0).toString(), f.id);
        QVERIFY2(window.errorText().contains(QStringLiteral("Work")), qPrintable(window.errorText()));
        QVERIFY2(window.errorText().contains(QStringLiteral("sign in again")), qPrintable(window.errorText()));
        QCOMPARE(window.notifier()->lastMessage(), window.errorText());
    }

    void preferencesApplyToTheRefresherAndClipboard()
    {
        Fixture f;
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
            Fixture f;
            MainWindow window(&f.tokens, &f.resources, &f.http);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1400, 900); // larger than the default and the minimum
            QTRY_COMPARE(window.size(), QSize(1400, 900));
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            QVERIFY(splitter);
            splitter->setSizes({333, 500});
            sizes = splitter->sizes();
            QVERIFY(window.close());
        }
        QVERIFY(stored()->contains(QStringLiteral("window/geometry")));
        QVERIFY(stored()->contains(QStringLiteral("window/splitter")));
        Fixture f;
        MainWindow window(&f.tokens, &f.resources, &f.http);
        QCOMPARE(window.size(), QSize(1400, 900));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }
};

QTEST_MAIN(TestWindowPreferences)
#include "tst_windowpreferences.moc"
