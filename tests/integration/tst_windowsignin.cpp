// The window as a person uses it: Sign in opens a real Chromium (the browser driver as $BROWSER)
// against oidc-provider, the session lands in gnome-keyring, and Send shows a protected resource.
// With OAUTHDESK_SCREENSHOT set to a file name, the signed-in window is saved there (the README's
// screenshot: scripts/screenshot runs this under Xvfb).

#include "accounts/accountstore.h"
#include "discovery/discovery.h"
#include "http/httpclient.h"
#include "keychain/secretstore.h"
#include "mainwindow.h"
#include "platform/platform.h"
#include "resource/resourceclient.h"
#include "session/tokenmanager.h"
#include "testenvironment.h"
#include "testserver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QTest>

using namespace OAuthDesk;
using namespace OAuthDesk::Test;

class tst_WindowSignIn : public QObject
{
    Q_OBJECT
private:
    TestServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        if (!keychainAvailable())
            QSKIP("needs a session bus with a Secret Service: run through scripts/test");
        resetTestHome();
        QCoreApplication::setApplicationName(QStringLiteral("oauthdesk"));
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void signInAndCallTheResourceFromTheWindow()
    {
        QNetworkAccessManager network;
        HttpClient http(&network);
        AccountStore accounts;
        QVERIFY(!accounts.load());
        SecretStore secrets;
        TokenManager tokens(&accounts, &secrets, &http);
        ResourceClient resources(&tokens, &http);
        tokens.setBrowserOpener([](const QUrl &url) {
            return Platform::startBrowserCommand(TestServer::browserCommand(), url);
        });

        // The account as the Add account dialog would make it, discovered from the issuer.
        Account account;
        account.name = QStringLiteral("Local demo");
        account.clientId = QStringLiteral("oauthdesk-demo");
        account.scope = QStringLiteral("openid profile email offline_access api:read");
        std::optional<Result<ServerMetadata>> metadata;
        Discovery(&http).discover(m_server.issuer(), this, [&](const Result<ServerMetadata> &m) { metadata = m; });
        QTRY_VERIFY(metadata.has_value());
        QVERIFY(metadata->ok());
        account.server = metadata->value();
        QVERIFY(!accounts.add(account));

        MainWindow window(&tokens, &resources, &http);
        window.resize(1000, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectAccount(account.id);

        auto *signIn = window.findChild<QAbstractButton *>(QStringLiteral("signInButton"));
        auto *cancel = window.findChild<QAbstractButton *>(QStringLiteral("cancelButton"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusLabel"));
        auto *url = window.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
        auto *send = window.findChild<QAbstractButton *>(QStringLiteral("sendButton"));
        auto *response = window.findChild<QPlainTextEdit *>(QStringLiteral("responseView"));
        QVERIFY(signIn && cancel && status && url && send && response);
        QVERIFY(signIn->isEnabled());
        QVERIFY(!send->isEnabled()); // nothing to send with before signing in

        QTest::mouseClick(signIn, Qt::LeftButton);
        QVERIFY(window.property("signingIn").toBool());
        QVERIFY(cancel->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window.property("signingIn").toBool(), 60000);
        QVERIFY2(window.property("errorText").toString().isEmpty(), qPrintable(window.property("errorText").toString()));
        QVERIFY2(status->text().startsWith(QLatin1String("Signed in")), qPrintable(status->text()));
        QVERIFY(!cancel->isVisible());
        QVERIFY(!secretToolLookup(account.id).isEmpty());

        url->setText(m_server.url(QStringLiteral("/api/me")).toString());
        QTRY_VERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(response->toPlainText().contains(QLatin1String("\"sub\"")), 20000);
        const QJsonObject me = QJsonDocument::fromJson(response->toPlainText().toUtf8()).object();
        QCOMPARE(me.value(QLatin1String("sub")).toString(), QStringLiteral("demo"));
        // The token itself is never on screen.
        const QString token = tokens.cachedTokens(account.id)->accessToken;
        QVERIFY(!response->toPlainText().contains(token));
        for (const QLabel *label : window.findChildren<QLabel *>())
            QVERIFY(!label->text().contains(token));

        const QString shot = qEnvironmentVariable("OAUTHDESK_SCREENSHOT");
        if (!shot.isEmpty()) {
            QTest::qWait(200); // let the last repaint land before the grab
            QVERIFY(window.grab().save(shot));
        }
    }
};

QTEST_MAIN(tst_WindowSignIn)
#include "tst_windowsignin.moc"
