// The window as a person uses it: Sign in opens a real Chromium (the browser driver as $BROWSER)
// against oidc-provider, the session lands in gnome-keyring, and Send shows a protected resource.
// With OAUTHDESK_SCREENSHOT set to a file name, the signed-in window is saved there (the README's
// screenshot: scripts/screenshot runs this under Xvfb).

#include "accounts/accountstore.h"
#include "discovery/discovery.h"
#include "http/exchangelog.h"
#include "http/httpclient.h"
#include "jsontreemodel.h"
#include "keychain/secretstore.h"
#include "mainwindow.h"
#include "platform/platform.h"
#include "resource/resourceclient.h"
#include "resourcebrowserpane.h"
#include "responseview.h"
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
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace OAuthDesk;
using namespace OAuthDesk::Test;

class tst_WindowSignIn : public QObject
{
    Q_OBJECT
private:
    TestServer m_server;

    /// What the application builds at start (app/main.cpp), with the browser driver as the browser.
    struct Session
    {
        QNetworkAccessManager network;
        HttpClient http{&network};
        AccountStore accounts;
        SecretStore secrets;
        TokenManager tokens{&accounts, &secrets, &http};
        ResourceClient resources{&tokens, &http};
        Session()
        {
            accounts.load();
            tokens.setBrowserOpener([](const QUrl &url) {
                return Platform::startBrowserCommand(TestServer::browserCommand(), url);
            });
        }
    };

    /// An account of the demo client as Add Account makes it: discovered from the issuer. Its id is
    /// empty when discovery or storing failed.
    Account addDiscoveredAccount(Session &session, const QString &name, const QString &scope)
    {
        Account account;
        account.name = name;
        account.clientId = QStringLiteral("oauthdesk-demo");
        account.scope = scope;
        std::optional<Result<ServerMetadata>> metadata;
        Discovery(&session.http).discover(m_server.issuer(), this,
                                          [&](const Result<ServerMetadata> &m) { metadata = m; });
        if (!QTest::qWaitFor([&] { return metadata.has_value(); }, 10000) || !metadata->ok())
            return {};
        account.server = metadata->value();
        if (session.accounts.add(account))
            return {};
        return account;
    }

    /// The row of `key` under `parent` in a JSON tree.
    static QModelIndex child(const JsonTreeModel *model, const QModelIndex &parent, const QString &key)
    {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, JsonTreeModel::KeyColumn, parent);
            if (index.data().toString() == key)
                return index;
        }
        return {};
    }

    /// Clicks Send and waits for the response view to finish showing the answer.
    static void send(MainWindow &window)
    {
        QSignalSpy loaded(window.responseView(), &ResponseView::loadFinished);
        window.sendRequest();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRequestBusy(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0 || !window.responseView()->isLoading(), 20000);
    }

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
        Session session;
        // The account as the Add account dialog would make it, discovered from the issuer.
        const Account account = addDiscoveredAccount(session, QStringLiteral("Local demo"),
                                                     QStringLiteral("openid profile email offline_access api:read"));
        QVERIFY(!account.id.isEmpty());
        HttpClient &http = session.http;
        TokenManager &tokens = session.tokens;
        ResourceClient &resources = session.resources;

        ExchangeLog log;
        http.setExchangeLog(&log);
        MainWindow window(&tokens, &resources, &http);
        window.setExchangeLog(&log);
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectAccount(account.id);

        auto *signIn = window.findChild<QAbstractButton *>(QStringLiteral("signInButton"));
        auto *cancel = window.findChild<QAbstractButton *>(QStringLiteral("cancelButton"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusLabel"));
        auto *url = window.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
        QVERIFY(signIn && cancel && status && url && tabs);
        QVERIFY(signIn->isEnabled());

        QTest::mouseClick(signIn, Qt::LeftButton);
        QVERIFY(window.property("signingIn").toBool());
        QVERIFY(cancel->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window.property("signingIn").toBool(), 60000);
        QVERIFY2(window.property("errorText").toString().isEmpty(), qPrintable(window.property("errorText").toString()));
        QVERIFY2(status->text().startsWith(QLatin1String("Signed in")), qPrintable(status->text()));
        QVERIFY(!cancel->isVisible());
        QVERIFY(!secretToolLookup(account.id).isEmpty());

        // The Resources tab: a nested document shown as a JSON tree.
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("resourcesTab")));
        url->setText(m_server.url(QStringLiteral("/api/nested")).toString());
        send(window);
        ResponseView *response = window.responseView();
        QVERIFY2(response->statusText().startsWith(QLatin1String("200")), qPrintable(response->statusText()));
        const JsonTreeModel *tree = response->jsonModel();
        QCOMPARE(tree->rowCount(), 4); // user, counts, flags, empty
        const QModelIndex user = child(tree, {}, QStringLiteral("user"));
        const QModelIndex city = child(tree, child(tree, user, QStringLiteral("address")), QStringLiteral("city"));
        QVERIFY(city.isValid());
        QCOMPARE(tree->jsonPath(city), QStringLiteral("$.user.address.city"));
        QCOMPARE(tree->valueText(city), QStringLiteral("London"));
        QCOMPARE(tree->jsonPath(child(tree, user, QStringLiteral("e-mail"))), QStringLiteral("$.user['e-mail']"));
        QCOMPARE(tree->rowCount(child(tree, user, QStringLiteral("roles"))), 2);
        QCOMPARE(tree->rowCount(child(tree, child(tree, {}, QStringLiteral("empty")), QStringLiteral("array"))), 0);

        // The token itself is never on screen, nor in the HTTP log, which has the call, tagged.
        const QString token = tokens.cachedTokens(account.id)->accessToken;
        for (const QLabel *label : window.findChildren<QLabel *>())
            QVERIFY(!label->text().contains(token));
        for (const QPlainTextEdit *edit : window.findChildren<QPlainTextEdit *>())
            QVERIFY(!edit->toPlainText().contains(token));
        const QString exported = log.exportText();
        QVERIFY(!exported.contains(token));
        ExchangeLog::Filter resourcesOnly;
        resourcesOnly.kinds = {ExchangeLog::Kind::Resource};
        resourcesOnly.accountName = account.name;
        QCOMPARE(log.exchanges(resourcesOnly).size(), 1);
        QVERIFY(log.exchanges(resourcesOnly).first().url.endsWith(QLatin1String("/api/nested")));

        const QString shot = qEnvironmentVariable("OAUTHDESK_SCREENSHOT");
        if (!shot.isEmpty()) {
            QTest::qWait(200); // let the last repaint land before the grab
            QVERIFY(window.grab().save(shot));
        }
    }

    void insufficientScopeOffersASignInForIt()
    {
        Session session;
        const Account account = addDiscoveredAccount(session, QStringLiteral("Narrow"),
                                                     QStringLiteral("openid offline_access"));
        QVERIFY(!account.id.isEmpty());
        HttpClient &http = session.http;
        TokenManager &tokens = session.tokens;
        ResourceClient &resources = session.resources;
        AccountStore &accounts = session.accounts;

        MainWindow window(&tokens, &resources, &http);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectAccount(account.id);
        window.signIn();
        QTRY_VERIFY_WITH_TIMEOUT(!window.property("signingIn").toBool(), 60000);
        QVERIFY(tokens.cachedTokens(account.id));

        auto *url = window.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
        auto *offer = window.findChild<QWidget *>(QStringLiteral("scopeOffer"));
        auto *offerButton = window.findChild<QAbstractButton *>(QStringLiteral("scopeOfferButton"));
        QVERIFY(url && offer && offerButton);
        window.findChild<QTabWidget *>(QStringLiteral("detailTabs"))
            ->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("resourcesTab")));
        url->setText(m_server.url(QStringLiteral("/api/me")).toString());
        send(window);
        QVERIFY2(window.responseView()->statusText().startsWith(QLatin1String("403")),
                 qPrintable(window.responseView()->statusText()));
        QCOMPARE(window.neededScope(), QStringLiteral("api:read"));
        QVERIFY(offer->isVisible());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("scopeOfferLabel"))->text().contains(QLatin1String("api:read")));

        QTest::mouseClick(offerButton, Qt::LeftButton);
        QVERIFY(!offer->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window.property("signingIn").toBool(), 60000);
        QVERIFY2(window.property("errorText").toString().isEmpty(), qPrintable(window.property("errorText").toString()));
        QCOMPARE(accounts.findById(account.id)->scope, QStringLiteral("openid offline_access api:read"));
        QVERIFY(tokens.cachedTokens(account.id)->scope.contains(QLatin1String("api:read")));

        send(window);
        QVERIFY2(window.responseView()->statusText().startsWith(QLatin1String("200")),
                 qPrintable(window.responseView()->statusText()));
        QVERIFY(!offer->isVisible());
    }
};

QTEST_MAIN(tst_WindowSignIn)
#include "tst_windowsignin.moc"
