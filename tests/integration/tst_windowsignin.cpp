// The window as a person uses it: Sign in opens a real Chromium (the browser driver as $BROWSER)
// against oidc-provider, the session lands in gnome-keyring, the inspector decodes the ID token,
// Send shows a protected resource, and the HTTP log has every exchange, redacted. A device-grant
// account signs in with the code the window shows, typed in at the address it shows.
// With OAUTHDESK_SCREENSHOT_DIR set, the window is also saved there in each of these states (the
// README's screenshots: scripts/screenshot runs this under Xvfb): accounts.png, inspector.png,
// resources.png, log.png and device-code.png.

#include "accounts/accountstore.h"
#include "discovery/discovery.h"
#include "http/exchangelog.h"
#include "http/httpclient.h"
#include "inspector/claimstablemodel.h"
#include "inspector/tokeninspectionview.h"
#include "inspector/tokeninspectorwidget.h"
#include "keychain/secretstore.h"
#include "log/exchangelogmodel.h"
#include "log/exchangelogview.h"
#include "mainwindow.h"
#include "platform/platform.h"
#include "resource/resourceclient.h"
#include "resource/userinfo.h"
#include "resources/jsontreemodel.h"
#include "resources/resourcebrowserpane.h"
#include "resources/responseview.h"
#include "session/devicecodepanel.h"
#include "session/tokenmanager.h"
#include "testenvironment.h"
#include "testserver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUrlQuery>

using namespace OAuthDesk;
using namespace OAuthDesk::Test;

namespace {

/// The test server's secret for its client credentials client (tests/server/server.mjs): fake.
const QString ServiceSecret = QStringLiteral("fake-test-secret-not-real");

} // namespace

class tst_WindowSignIn : public QObject
{
    Q_OBJECT
private:
    TestServer m_server;
    /// The window's size for the views with much to show (the device code panel above the tabs
    /// needs about this height); the others get the window's minimum height (about 770 pixels).
    static constexpr QSize WindowSize{ 1100, 900 };
    static constexpr QSize CompactSize{ 1100, 720 };

    /// What the application builds at start (app/main.cpp), with the browser driver as the browser.
    struct Session
    {
        QNetworkAccessManager network;
        HttpClient http{ &network };
        AccountStore accounts;
        SecretStore secrets;
        TokenManager tokens{ &accounts, &secrets, &http };
        ResourceClient resources{ &tokens, &http };
        Session()
        {
            accounts.load();
            tokens.setUserInfoLookup(UserInfo::lookupFor(&accounts, &resources));
            tokens.setBrowserOpener([](const QUrl &url) {
                return Platform::startBrowserCommand(TestServer::browserCommand(), url);
            });
        }
    };

    /// An account as Add Account makes it: discovered from the issuer (the demo client unless
    /// `clientId` says otherwise). Its id is empty when discovery or storing failed.
    Account addDiscoveredAccount(
            Session &session, const QString &name, const QString &scope,
            const QString &clientId = QStringLiteral("oauthdesk-demo"),
            GrantType grantType = GrantType::AuthorizationCode,
            ClientAuthentication::Method clientAuthMethod = ClientAuthentication::Method::None)
    {
        Account account;
        account.name = name;
        account.clientId = clientId;
        account.scope = scope;
        account.grantType = grantType;
        account.clientAuthMethod = clientAuthMethod;
        std::optional<Result<ServerMetadata>> metadata;
        Discovery(&session.http)
                .discover(m_server.issuer(), this,
                          [&](const Result<ServerMetadata> &m) { metadata = m; });
        if (!QTest::qWaitFor([&] { return metadata.has_value(); }, 10000) || !metadata->ok())
            return {};
        account.server = metadata->value();
        if (session.accounts.add(account))
            return {};
        return account;
    }

    /// The device grant's account of these tests: made once, kept for the test functions after.
    Account deviceAccount(Session &session)
    {
        const QString name = QStringLiteral("Device demo");
        if (const auto existing = session.accounts.findByName(name))
            return *existing;
        return addDiscoveredAccount(session, name,
                                    QStringLiteral("openid profile email offline_access api:read"),
                                    QStringLiteral("oauthdesk-device"), GrantType::Device);
    }

    /// The row of `key` under `parent` in a JSON tree.
    static QModelIndex child(const JsonTreeModel *model, const QModelIndex &parent,
                             const QString &key)
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

    /// Fails when any of the session's tokens is in a label, text field or text view of the window.
    static void verifyNoTokenOnScreen(const QWidget &window, const TokenSet &session)
    {
        QStringList secrets = { session.accessToken, session.refreshToken, session.idToken };
        secrets.removeAll(QString());
        QVERIFY(!secrets.isEmpty());
        for (const QString &secret : std::as_const(secrets)) {
            for (const QLabel *label : window.findChildren<QLabel *>())
                QVERIFY2(!label->text().contains(secret), qPrintable(label->objectName()));
            for (const QLineEdit *edit : window.findChildren<QLineEdit *>())
                QVERIFY2(!edit->text().contains(secret), qPrintable(edit->objectName()));
            for (const QPlainTextEdit *edit : window.findChildren<QPlainTextEdit *>())
                QVERIFY2(!edit->toPlainText().contains(secret), qPrintable(edit->objectName()));
        }
    }

    /// Drags the HTTP log's splitter down to just below the last row, as a person would to read the
    /// selected exchange whole.
    static void fitLogTable(ExchangeLogView *view)
    {
        auto *splitter = view->findChild<QSplitter *>();
        auto *table = view->findChild<QTableView *>(QStringLiteral("exchangeTable"));
        QVERIFY(splitter && table && splitter->indexOf(table) == 0);
        int rows = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            rows += table->rowHeight(row);
        const int wanted = table->horizontalHeader()->height() + rows + 2 * table->frameWidth() + 8;
        const QList<int> sizes = splitter->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        if (wanted < sizes.value(0))
            splitter->setSizes({ wanted, total - wanted });
    }

    /// With OAUTHDESK_SCREENSHOT_DIR set (scripts/screenshot), saves the window there as NAME.png.
    static void keepScreenshot(QWidget &window, const char *name)
    {
        const QString dir = qEnvironmentVariable("OAUTHDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(300); // let the last layout and repaint land before the grab
        const QString file = QDir(dir).filePath(QLatin1String(name) + QLatin1String(".png"));
        QVERIFY2(window.grab().save(file), qPrintable(file));
    }

private Q_SLOTS:
    void cleanup() { printBrowserLogIfFailed(); }

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
        HttpClient &http = session.http;
        TokenManager &tokens = session.tokens;
        ResourceClient &resources = session.resources;
        ExchangeLog log;
        http.setExchangeLog(&log);
        // The account as the Add account dialog would make it, discovered from the issuer; two more
        // beside it, as a person's list would have: a device-grant account, not signed in, and a
        // service signed in with its client's own credentials.
        const Account account = addDiscoveredAccount(
                session, QStringLiteral("Local demo"),
                QStringLiteral("openid profile email offline_access api:read"));
        QVERIFY(!account.id.isEmpty());
        QVERIFY(!deviceAccount(session).id.isEmpty());
        const Account service = addDiscoveredAccount(
                session, QStringLiteral("Reports service"), QStringLiteral("api:read"),
                QStringLiteral("oauthdesk-service"), GrantType::ClientCredentials,
                ClientAuthentication::Method::SecretBasic);
        QVERIFY(!service.id.isEmpty());
        std::optional<Error> secretKept;
        tokens.setClientSecret(service.id, ServiceSecret, this,
                               [&](const Error &e) { secretKept = e; });
        QTRY_VERIFY_WITH_TIMEOUT(secretKept.has_value(), 10000);
        QVERIFY2(!*secretKept, qPrintable(secretKept->message()));

        MainWindow window(&tokens, &resources, &http);
        window.setExchangeLog(&log);
        window.resize(CompactSize);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.accountModel()->rowCount(), 3);

        // The service: Sign In gets a token with the client's credentials, no browser.
        window.selectAccount(service.id);
        window.signIn();
        QTRY_VERIFY_WITH_TIMEOUT(!window.property("signingIn").toBool(), 20000);
        QVERIFY2(window.property("errorText").toString().isEmpty(),
                 qPrintable(window.property("errorText").toString()));
        QVERIFY(!secretToolLookup(service.id).isEmpty());
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
        QVERIFY2(window.property("errorText").toString().isEmpty(),
                 qPrintable(window.property("errorText").toString()));
        QVERIFY2(status->text().contains(QLatin1String("Signed in")), qPrintable(status->text()));
        QVERIFY(!cancel->isVisible());
        QVERIFY(!secretToolLookup(account.id).isEmpty());
        const TokenSet held = *tokens.cachedTokens(account.id);
        QVERIFY(!held.idToken.isEmpty());
        // The issuer's keys were fetched while the person was in the browser, before the code came
        // back and was redeemed; who signed in was remembered with the session.
        qsizetype keysAt = -1, codeAt = -1;
        for (qsizetype i = 0; i < log.exchanges().size(); ++i) {
            const ExchangeLog::Exchange &e = log.exchanges().at(i);
            if (keysAt < 0 && e.kind == ExchangeLog::Kind::Discovery
                && QUrl(e.url).path() == QLatin1String("/jwks"))
                keysAt = i;
            if (codeAt < 0 && e.kind == ExchangeLog::Kind::Token && e.accountName == account.name)
                codeAt = i;
        }
        QVERIFY(keysAt >= 0 && codeAt >= 0);
        QVERIFY2(
                keysAt < codeAt,
                qPrintable(
                        QStringLiteral("keys at %1, code redeemed at %2").arg(keysAt).arg(codeAt)));
        QCOMPARE(session.accounts.findById(account.id)->subject, QStringLiteral("demo"));
        {
            AccountStore onDisk;
            QVERIFY(!onDisk.load());
            QCOMPARE(onDisk.findById(account.id)->subject, QStringLiteral("demo"));
            QVERIFY(onDisk.findById(account.id)->signedIn);
        }

        // Overview: who signed in (UserInfo's email) in the list and the status line; the session
        // without its tokens; the service signed in, the device account not.
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("overviewTab"));
        QTRY_COMPARE_WITH_TIMEOUT(session.accounts.findById(account.id)->identity,
                                  QStringLiteral("demo@example.test"), 10000);
        const AccountListModel *list = window.accountModel();
        QTRY_VERIFY(
                list->index(list->rowOf(account.id))
                        .data(AccountListModel::StatusTextRole)
                        .toString()
                        .startsWith(QStringLiteral("demo@example.test \u00b7 Signed in until")));
        QTRY_VERIFY(status->text().startsWith(QLatin1String("demo@example.test")));
        QCOMPARE(list->state(deviceAccount(session).id), AccountListModel::State::SignedOut);
        QCOMPARE(list->state(service.id), AccountListModel::State::SignedIn);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("tokenTypeValue"))->text(),
                 held.tokenType);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("scopesValue"))->text(), held.scope);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("refreshTokenValue"))
                        ->text()
                        .startsWith(QLatin1String("held")));
        verifyNoTokenOnScreen(window, held);
        keepScreenshot(window, "accounts");

        // Inspect Tokens: the ID token decoded, its signature checked with the issuer's keys.
        tabs->setCurrentWidget(window.tokenInspector());
        TokenInspectorWidget *inspector = window.tokenInspector();
        QCOMPARE(inspector->availableTokens(),
                 (QList<TokenInspectorWidget::TokenKind>{ TokenInspectorWidget::TokenKind::Access,
                                                          TokenInspectorWidget::TokenKind::Refresh,
                                                          TokenInspectorWidget::TokenKind::Id }));
        inspector->setCurrentToken(TokenInspectorWidget::TokenKind::Id);
        const TokenInspectionView *inspection = inspector->inspectionView();
        QVERIFY(inspection->hasJwt());
        QTRY_COMPARE_WITH_TIMEOUT(inspection->badgeTone(), TokenInspectionView::BadgeTone::Verified,
                                  10000);
        const ClaimsTableModel *claims = inspection->claimsModel();
        QCOMPARE(claims->object().value(QLatin1String("iss")).toString(),
                 m_server.issuer().toString());
        QCOMPARE(claims->object().value(QLatin1String("aud")).toString(),
                 QStringLiteral("oauthdesk-demo"));
        QCOMPARE(claims->valueText(QStringLiteral("sub")), QStringLiteral("demo"));
        QVERIFY(claims->rowOf(QStringLiteral("exp")) >= 0);
        QCOMPARE(inspection->headerModel()->object().value(QLatin1String("alg")).toString(),
                 QStringLiteral("RS256"));
        QVERIFY(!inspector->isRevealed());
        verifyNoTokenOnScreen(window, held);
        keepScreenshot(window, "inspector");

        // The Resources tab: a nested document shown as a JSON tree.
        window.resize(WindowSize);
        QTRY_COMPARE(window.size(), WindowSize);
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("resourcesTab")));
        url->setText(m_server.url(QStringLiteral("/api/nested")).toString());
        send(window);
        ResponseView *response = window.responseView();
        QVERIFY2(response->statusText().startsWith(QLatin1String("200")),
                 qPrintable(response->statusText()));
        const JsonTreeModel *tree = response->jsonModel();
        QCOMPARE(tree->rowCount(), 4); // user, counts, flags, empty
        const QModelIndex user = child(tree, {}, QStringLiteral("user"));
        const QModelIndex address = child(tree, user, QStringLiteral("address"));
        const QModelIndex city = child(tree, address, QStringLiteral("city"));
        QVERIFY(city.isValid());
        QCOMPARE(tree->jsonPath(city), QStringLiteral("$.user.address.city"));
        QCOMPARE(tree->valueText(city), QStringLiteral("London"));
        QCOMPARE(tree->jsonPath(child(tree, user, QStringLiteral("e-mail"))),
                 QStringLiteral("$.user['e-mail']"));
        QCOMPARE(tree->rowCount(child(tree, user, QStringLiteral("roles"))), 2);
        QCOMPARE(tree->rowCount(child(tree, child(tree, {}, QStringLiteral("empty")),
                                      QStringLiteral("array"))),
                 0);
        // Opened down to the city, as a person looking for it would.
        auto *treeView = response->findChild<QTreeView *>(QStringLiteral("jsonTree"));
        QVERIFY(treeView);
        treeView->expand(user);
        treeView->expand(address);
        treeView->setCurrentIndex(city);
        QVERIFY(treeView->isExpanded(address));
        QVERIFY(treeView->visualRect(city).isValid());

        // The token itself is never on screen, nor in the HTTP log, which has the call, tagged.
        const QString token = tokens.cachedTokens(account.id)->accessToken;
        verifyNoTokenOnScreen(window, *tokens.cachedTokens(account.id));
        const QString exported = log.exportText();
        QVERIFY(!exported.contains(token));
        ExchangeLog::Filter resourcesOnly;
        resourcesOnly.kinds = { ExchangeLog::Kind::Resource };
        resourcesOnly.accountName = account.name;
        QCOMPARE(log.exchanges(resourcesOnly).size(), 1);
        QVERIFY(log.exchanges(resourcesOnly).first().url.endsWith(QLatin1String("/api/nested")));
        keepScreenshot(window, "resources");

        // The HTTP log: the session's exchanges, oldest first; the code exchange selected shows its
        // request and answer with the code, the verifier and the tokens redacted.
        auto *logView = window.findChild<ExchangeLogView *>(QStringLiteral("exchangeLogView"));
        QVERIFY(logView);
        tabs->setCurrentWidget(logView);
        QCOMPARE(logView->model()->rowCount(), log.count());
        QList<ExchangeLog::Kind> kinds;
        for (const ExchangeLog::Exchange &exchange : log.exchanges())
            kinds.append(exchange.kind);
        for (const ExchangeLog::Kind kind :
             { ExchangeLog::Kind::Discovery, ExchangeLog::Kind::Authorization,
               ExchangeLog::Kind::Token, ExchangeLog::Kind::Resource })
            QVERIFY2(kinds.contains(kind),
                     QMetaEnum::fromType<ExchangeLog::Kind>().valueToKey(int(kind)));
        ExchangeLog::Filter tokenRequests;
        tokenRequests.kinds = { ExchangeLog::Kind::Token };
        tokenRequests.accountName = account.name;
        const QList<ExchangeLog::Exchange> codeExchanges = log.exchanges(tokenRequests);
        QCOMPARE(codeExchanges.size(), 1);
        QCOMPARE(codeExchanges.first().status, 200);
        QVERIFY(logView->selectExchange(codeExchanges.first().id));
        const QString details = logView->detailsText();
        QVERIFY2(details.contains(QLatin1String("grant_type=authorization_code")),
                 qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("access_token")), qPrintable(details));
        for (const QString &secret : { held.accessToken, held.refreshToken, held.idToken })
            QVERIFY(!details.contains(secret));
        verifyNoTokenOnScreen(window, *tokens.cachedTokens(account.id));
        fitLogTable(logView);
        keepScreenshot(window, "log");
    }

    void deviceSignInWithTheCodeTheWindowShows()
    {
        Session session;
        const Account account = deviceAccount(session);
        QVERIFY(!account.id.isEmpty());
        QVERIFY(secretToolLookup(account.id).isEmpty());
        ExchangeLog log;
        session.http.setExchangeLog(&log);
        MainWindow window(&session.tokens, &session.resources, &session.http);
        window.setExchangeLog(&log);
        QList<QUrl> opened;
        window.setBrowserOpener([&opened](const QUrl &url) {
            opened.append(url);
            return Error();
        });
        window.resize(WindowSize);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectAccount(account.id);

        auto *signIn = window.findChild<QAbstractButton *>(QStringLiteral("signInButton"));
        auto *panel = window.findChild<DeviceCodePanel *>(QStringLiteral("deviceCodePanel"));
        auto *code = window.findChild<QLabel *>(QStringLiteral("userCodeLabel"));
        auto *address = window.findChild<QLabel *>(QStringLiteral("verificationUrlLabel"));
        auto *open = window.findChild<QAbstractButton *>(QStringLiteral("openVerificationButton"));
        QVERIFY(signIn && panel && code && address && open);
        QVERIFY(!panel->isVisible());
        QTest::mouseClick(signIn, Qt::LeftButton);
        QVERIFY(window.property("signingIn").toBool());

        // The server's code and address, on screen (RFC 8628 §3.3), counting down from its 10
        // minutes.
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 15000);
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z]{4}-[A-Z]{4}$"))
                         .match(code->text())
                         .hasMatch(),
                 qPrintable(code->text()));
        QCOMPARE(address->text(), m_server.url(QStringLiteral("/device")).toString());
        QVERIFY2(panel->countdownText().contains(
                         QRegularExpression(QStringLiteral("\\b(9|10):\\d\\d\\b"))),
                 qPrintable(panel->countdownText()));
        QVERIFY(window.property("statusText")
                        .toString()
                        .startsWith(QLatin1String("Waiting for approval")));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("signInBusyPanel"))->isVisible());
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("copyLinkButton"))->isVisible());
        // Open in Browser opens the address with the code in it.
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().adjusted(QUrl::RemoveQuery),
                 m_server.url(QStringLiteral("/device")));
        QCOMPARE(QUrlQuery(opened.first()).queryItemValue(QStringLiteral("user_code")),
                 code->text());

        // The HTTP log: the device authorization request, its answer with the device code (the
        // flow's own secret) redacted, and the window polling while the person has not approved.
        auto *logView = window.findChild<ExchangeLogView *>(QStringLiteral("exchangeLogView"));
        QVERIFY(logView);
        window.findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentWidget(logView);
        ExchangeLog::Filter polls;
        polls.kinds = { ExchangeLog::Kind::Token };
        polls.accountName = account.name;
        QTRY_VERIFY_WITH_TIMEOUT(!log.exchanges(polls).isEmpty(), 15000);
        QCOMPARE(log.exchanges(polls).first().status, 400);
        QVERIFY2(log.exchanges(polls).first().responseBody.contains(
                         QLatin1String("authorization_pending")),
                 qPrintable(log.exchanges(polls).first().responseBody));
        QVERIFY(window.property("signingIn").toBool());
        std::optional<ExchangeLog::Exchange> authorization;
        for (const ExchangeLog::Exchange &exchange : log.exchanges())
            if (exchange.url.endsWith(QLatin1String("/device/auth")))
                authorization = exchange;
        QVERIFY(authorization);
        QCOMPARE(authorization->status, 200);
        QVERIFY(logView->selectExchange(authorization->id));
        const QString details = logView->detailsText();
        QVERIFY2(details.contains(code->text()), qPrintable(details));
        QVERIFY2(details.contains(
                         QRegularExpression(QStringLiteral("\"device_code\":\\s*\"\\[redacted"))),
                 qPrintable(details));
        fitLogTable(logView);
        keepScreenshot(window, "device-code");

        // A person types the code shown at the address shown, in a browser elsewhere: the browser
        // driver, given both read off the window, and nothing else.
        QProcess browser;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("OAUTHDESK_BROWSER_MODE"), QStringLiteral("device"));
        environment.insert(QStringLiteral("OAUTHDESK_BROWSER_USER_CODE"), code->text());
        browser.setProcessEnvironment(environment);
        browser.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        browser.start(TestServer::browserCommand(), { address->text() });
        QVERIFY(browser.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(browser.state() == QProcess::NotRunning, 90000);
        QCOMPARE(browser.exitStatus(), QProcess::NormalExit);
        QCOMPARE(browser.exitCode(), 0);

        // The window was polling all along: it signs in by itself.
        QTRY_VERIFY_WITH_TIMEOUT(!window.property("signingIn").toBool(), 30000);
        QVERIFY2(window.property("errorText").toString().isEmpty(),
                 qPrintable(window.property("errorText").toString()));
        QVERIFY(!panel->isVisible());
        QVERIFY(code->text().isEmpty());
        QTRY_VERIFY(window.property("statusText").toString().contains(QLatin1String("Signed in")));
        QVERIFY(session.tokens.cachedTokens(account.id));
        QVERIFY(!secretToolLookup(account.id).isEmpty());
        verifyNoTokenOnScreen(window, *session.tokens.cachedTokens(account.id));
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
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("scopeOfferLabel"))
                        ->text()
                        .contains(QLatin1String("api:read")));

        QTest::mouseClick(offerButton, Qt::LeftButton);
        QVERIFY(!offer->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window.property("signingIn").toBool(), 60000);
        QVERIFY2(window.property("errorText").toString().isEmpty(),
                 qPrintable(window.property("errorText").toString()));
        QCOMPARE(accounts.findById(account.id)->scope,
                 QStringLiteral("openid offline_access api:read"));
        QVERIFY(tokens.cachedTokens(account.id)->scope.contains(QLatin1String("api:read")));

        send(window);
        QVERIFY2(window.responseView()->statusText().startsWith(QLatin1String("200")),
                 qPrintable(window.responseView()->statusText()));
        QVERIFY(!offer->isVisible());
    }
};

QTEST_MAIN(tst_WindowSignIn)
#include "tst_windowsignin.moc"
