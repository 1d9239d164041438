#include "mainwindow.h"
#include "resources/resourcebrowserpane.h"
#include "resources/responseview.h"

#include "accounts/accountlistmodel.h"
#include "accounts/addaccountdialog.h"
#include "http/exchangelog.h"
#include "http/httpclient.h"
#include "inspector/additionaltokendialog.h"
#include "keychain/secretstore.h"
#include "resource/resourceclient.h"
#include "scriptedserver.h"
#include "session/devicecodepanel.h"
#include "session/passworddialog.h"
#include "session/tokenmanager.h"
#include "signedinfixture.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace OAuthDesk;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    /// With OAUTHDESK_SCREENSHOT_DIR set, keeps a picture of the window in a named state.
    static void keepScreenshot(QWidget &window, const char *state)
    {
        const QString dir = qEnvironmentVariable("OAUTHDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(window.grab().save(dir + QLatin1Char('/') + QLatin1String(state)
                                       + QLatin1String(".png")));
    }

    template <typename T>
    static T *child(const QObject &parent, const char *name)
    {
        T *object = parent.findChild<T *>(QLatin1String(name));
        if (!object)
            qFatal("no child named %s", name);
        return object;
    }

    /// Opens Add Account from the window's action and fills in a client of as.example (no
    /// discovery). Null when the dialog did not show.
    static AddAccountDialog *openAddAccount(MainWindow &window, const QString &name)
    {
        child<QAction>(window, "addAccountAction")->trigger();
        auto *dialog = window.findChild<AddAccountDialog *>();
        if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }))
            return nullptr;
        child<QLineEdit>(*dialog, "nameEdit")->setText(name);
        child<QLineEdit>(*dialog, "clientIdEdit")->setText(QStringLiteral("desk"));
        child<QLineEdit>(*dialog, "authorizationEndpointEdit")
                ->setText(QStringLiteral("https://as.example/authorize"));
        child<QLineEdit>(*dialog, "tokenEndpointEdit")
                ->setText(QStringLiteral("https://as.example/token"));
        return dialog;
    }

    /// Room for the window on a 1366x768 laptop screen, less a panel and the title bar.
    static constexpr int SmallScreenHeight = 640;

private Q_SLOTS:
    void signOutWithTheServerUnavailableSaysItWillAskAgain()
    {
        // RFC 7009 §2.2.1: the session goes now; the revocation is sent again later, and the person
        // hears both, then hears when it is done.
        Test::SignedInFixture f;
        const QString id = f.addAccount(QStringLiteral("Work"), false);
        QVERIFY(f.signIn(id));
        MainWindow window(&f.tokens, &f.resources, &f.http);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectAccount(id);
        auto *signOut = child<QPushButton>(window, "signOutButton");
        QTRY_VERIFY(signOut->isEnabled());
        QTest::mouseClick(signOut, Qt::LeftButton);
        QTRY_VERIFY2(
                window.warningText().contains(QLatin1String("will ask it again every few minutes")),
                qPrintable(window.warningText()));
        QVERIFY(window.warningText().startsWith(
                QLatin1String("The tokens were deleted from this computer.")));
        QVERIFY(!f.tokens.cachedTokens(id));
        QVERIFY(f.store.findById(id)->revocationPending);

        // The server is back.
        auto account = *f.store.findById(id);
        account.server.revocationEndpoint = QUrl(f.server.url(QStringLiteral("/revoke")));
        QVERIFY(!f.store.update(account));
        f.tokens.retryPendingRevocations();
        QTRY_VERIFY(!f.store.findById(id)->revocationPending);
        QTRY_VERIFY2(window.statusText().contains(
                             QLatin1String("The server has now revoked the tokens")),
                     qPrintable(window.statusText()));
        const QUrlQuery form(QString::fromUtf8(f.server.requests().last().body));
        QCOMPARE(form.queryItemValue(QStringLiteral("token_type_hint")),
                 QStringLiteral("access_token"));
        QCOMPARE(window.warningText(), QString());
    }

    void fitsALaptopScreen()
    {
        Test::WindowFixture f;
        f.addAccount(QStringLiteral("Work"));
        ExchangeLog log;
        MainWindow window(&f.tokens, &f.resources, &f.http);
        window.setExchangeLog(&log);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = child<QTabWidget>(window, "detailTabs");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
            QVERIFY2(minimum.height() <= SmallScreenHeight && minimum.width() <= 1280,
                     qPrintable(QStringLiteral("tab %1: %2x%3")
                                        .arg(tabs->tabText(i))
                                        .arg(minimum.width())
                                        .arg(minimum.height())));
        }
    }

    void emptyWindowOffersToAddAnAccount()
    {
        Test::WindowFixture f;
        MainWindow window(&f.tokens, &f.resources, &f.http);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.currentAccountId().isEmpty());
        QVERIFY(child<QWidget>(window, "emptyPage")->isVisible());
        QVERIFY(child<QPushButton>(window, "emptyAddAccountButton")->isVisible());
        auto *add = child<QAction>(window, "addAccountAction");
        QCOMPARE(add->shortcut(), QKeySequence(QKeySequence::New));
        QVERIFY(!child<QAction>(window, "removeAccountAction")->isEnabled());
    }

    void addAccountThroughTheDialog()
    {
        Test::WindowFixture f;
        MainWindow window(&f.tokens, &f.resources, &f.http);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        AddAccountDialog *dialog = openAddAccount(window, QStringLiteral("Work"));
        QVERIFY(dialog);
        keepScreenshot(*dialog, "add-account");
        QTest::mouseClick(
                child<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                Qt::LeftButton);

        QCOMPARE(f.store.accounts().size(), 1);
        const Account added = f.store.accounts().first();
        QCOMPARE(added.name, QStringLiteral("Work"));
        QCOMPARE(window.currentAccountId(), added.id);
        QCOMPARE(child<QLabel>(window, "accountNameLabel")->text(), QStringLiteral("Work"));
        QCOMPARE(child<QLineEdit>(window, "urlEdit")->text(),
                 QStringLiteral("https://as.example/api/me"));
        QVERIFY(window.errorText().isEmpty());
    }

    void confidentialClientThroughTheDialogKeepsItsSecretInTheKeychain()
    {
        // The window's face of AccountSetup (its order and failures are proven in
        // tests/core/tst_accountsetup.cpp): the secret typed into the dialog reaches the system
        // keychain under the new account's id, and the accounts file never holds it.
        Test::WindowFixture f;
        MainWindow window(&f.tokens, &f.resources, &f.http);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        AddAccountDialog *dialog = openAddAccount(window, QStringLiteral("Confidential"));
        QVERIFY(dialog);
        const QString secret = QStringLiteral("made-up-client-secret-7f3a");
        auto *auth = child<QComboBox>(*dialog, "clientAuthCombo");
        const int basic = auth->findData(QStringLiteral("client_secret_basic"));
        QVERIFY(basic >= 0);
        auth->setCurrentIndex(basic);
        child<QLineEdit>(*dialog, "clientSecretEdit")->setText(secret);
        QTest::mouseClick(
                child<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                Qt::LeftButton);

        QCOMPARE(f.store.accounts().size(), 1);
        const Account added = f.store.accounts().first();
        QCOMPARE(added.clientAuthMethod, ClientAuthentication::Method::SecretBasic);
        // The window writes in the background: read until the keychain holds the secret.
        const QString key = AbstractSecretStore::clientSecretKey(added.id);
        QByteArray stored;
        bool reading = false;
        QVERIFY(QTest::qWaitFor(
                [&] {
                    if (!reading) {
                        reading = true;
                        f.secrets.readSecret(
                                key, &window,
                                [&](const Error &error, const std::optional<QByteArray> &value) {
                                    if (!error && value)
                                        stored = *value;
                                    reading = false;
                                });
                    }
                    return stored == secret.toUtf8();
                },
                10000));
        QFile file(f.store.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secret.toUtf8()));
        QVERIFY(window.errorText().isEmpty());

        // The test's own keychain item goes again.
        bool removed = false;
        f.secrets.removeSecret(key, &window, [&](const Error &) { removed = true; });
        QVERIFY(QTest::qWaitFor([&] { return removed; }, 10000));
    }

    void signInAndCancel()
    {
        Test::WindowFixture f;
        const QString id = f.addAccount(QStringLiteral("Example"));
        MainWindow window(&f.tokens, &f.resources, &f.http);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentAccountId(), id);

        auto *signIn = child<QPushButton>(window, "signInButton");
        auto *cancel = child<QPushButton>(window, "cancelButton");
        auto *progress = child<QProgressBar>(window, "signInProgress");
        auto *status = child<QLabel>(window, "statusLabel");
        QVERIFY(signIn->isEnabled());
        QVERIFY(!cancel->isVisible());
        QVERIFY(!progress->isVisible());
        QVERIFY(!child<QPushButton>(window, "signOutButton")->isEnabled());
        QCOMPARE(status->text(), QStringLiteral("Signed out"));
        QVERIFY(!window.property("signingIn").toBool());

        QSignalSpy signingIn(&window, &MainWindow::signingInChanged);
        QTest::mouseClick(signIn, Qt::LeftButton);

        QCOMPARE(f.opened.size(), 1);
        const QUrl url = f.opened.first();
        const QString endpoint = QStringLiteral("https://login.example.com/oauth2/authorize");
        QVERIFY2(url.toString().startsWith(endpoint + QLatin1Char('?')),
                 qPrintable(url.toString()));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")),
                 QStringLiteral("oauthdesk-test"));

        QVERIFY(window.property("signingIn").toBool());
        QCOMPARE(signingIn.count(), 1);
        QCOMPARE(window.signInUrl(), url);
        QVERIFY(cancel->isVisible());
        QVERIFY(cancel->isEnabled());
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->maximum(), 0); // indeterminate
        QVERIFY(child<QLabel>(window, "signInWaitingLabel")->isVisible());
        QVERIFY(child<QLabel>(window, "signInWaitingLabel")
                        ->text()
                        .startsWith(QStringLiteral("Waiting for the browser")));
        QVERIFY(!signIn->isEnabled());
        QCOMPARE(status->text(), QStringLiteral("Signing in…"));
        QCOMPARE(window.accountModel()->index(0).data(AccountListModel::StatusTextRole).toString(),
                 QStringLiteral("Signing in…"));
        keepScreenshot(window, "signing-in");

        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!window.property("signingIn").toBool());
        QCOMPARE(signingIn.count(), 2);
        QVERIFY(!cancel->isVisible());
        QVERIFY(!progress->isVisible());
        QVERIFY(signIn->isEnabled());
        QVERIFY2(status->text().contains(QStringLiteral("cancelled"), Qt::CaseInsensitive),
                 qPrintable(status->text()));
        QVERIFY(status->text().startsWith(QStringLiteral("Signed out")));
        QVERIFY(window.errorText().isEmpty()); // cancelling is no error
        QCOMPARE(window.accountModel()->index(0).data(AccountListModel::StatusTextRole).toString(),
                 QStringLiteral("Signed out"));
        QVERIFY(!f.tokens.isSigningIn(id));
    }

    void browserFailureShowsInTheWindow()
    {
        Test::WindowFixture f;
        f.addAccount(QStringLiteral("Example"));
        f.openerError = Error(Error::Kind::Browser, QStringLiteral("xdg-open is missing."));
        MainWindow window(&f.tokens, &f.resources, &f.http);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTest::mouseClick(child<QPushButton>(window, "signInButton"), Qt::LeftButton);
        QTRY_VERIFY(!window.property("signingIn").toBool());
        auto *banner = child<QLabel>(window, "errorBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(f.openerError.message()), qPrintable(banner->text()));
        QCOMPARE(window.errorText(), banner->text());
        keepScreenshot(window, "sign-in-error");

        // The next attempt starts clean.
        f.openerError = {};
        QTest::mouseClick(child<QPushButton>(window, "signInButton"), Qt::LeftButton);
        QVERIFY(window.property("signingIn").toBool());
        QVERIFY(!banner->isVisible());
        window.cancelSignIn();
        QVERIFY(!window.property("signingIn").toBool());
    }

    void sendNeedsASession()
    {
        Test::WindowFixture f;
        f.addAccount(QStringLiteral("Example"));
        MainWindow window(&f.tokens, &f.resources, &f.http);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(child<QLineEdit>(window, "urlEdit")->text(),
                 QStringLiteral("https://login.example.com/api/me"));
        // Sending without a session asks for a sign-in, in words, and sends nothing.
        window.sendRequest();
        QTRY_VERIFY(!window.isRequestBusy());
        auto *status = child<QLabel>(window, "requestStatusLabel");
        QTRY_VERIFY2(status->text().contains(QLatin1String("Sign in"), Qt::CaseInsensitive),
                     qPrintable(status->text()));
        QCOMPARE(window.responseView()->statusText(), QString());
    }

    void keyboardReachesTheRequestAndTheSearch()
    {
        Test::WindowFixture f;
        f.addAccount(QStringLiteral("Example"));
        MainWindow window(&f.tokens, &f.resources, &f.http);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *tabs = child<QTabWidget>(window, "detailTabs");
        QCOMPARE(tabs->currentIndex(), 0);

        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("resourcesTab"));
        QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(window, "urlEdit"));

        // Find goes to the answer's search box (there is one once a JSON answer is shown).
        QSignalSpy loaded(window.responseView(), &ResponseView::loadFinished);
        window.responseView()->setResponse(
                200, "OK", 1, QUrl(QStringLiteral("https://api.example/x")),
                { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } },
                QByteArrayLiteral("{\"a\":1}"));
        QTRY_VERIFY(loaded.count() == 1);
        tabs->setCurrentIndex(0);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("resourcesTab"));
        QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(window, "jsonSearch"));

        QCOMPARE(child<QAction>(window, "refreshAction")->shortcuts().first(),
                 QKeySequence(Qt::CTRL | Qt::Key_R));
        QCOMPARE(child<QAction>(window, "addAccountAction")->shortcut(),
                 QKeySequence(QKeySequence::New));
    }

    void selectAccountSwitchesDetails()
    {
        Test::WindowFixture f;
        const QString first = f.addAccount(QStringLiteral("First"));
        const QString second = f.addAccount(QStringLiteral("Second"));
        MainWindow window(&f.tokens, &f.resources, &f.http);
        QSignalSpy current(&window, &MainWindow::currentAccountChanged);
        QCOMPARE(window.currentAccountId(), first);

        auto *url = child<QLineEdit>(window, "urlEdit");
        url->setText(QStringLiteral("https://api.example.com/first"));
        window.selectAccount(second);
        QCOMPARE(window.currentAccountId(), second);
        QCOMPARE(current.count(), 1);
        QCOMPARE(child<QLabel>(window, "accountNameLabel")->text(), QStringLiteral("Second"));
        QCOMPARE(child<QListView>(window, "accountList")->currentIndex().row(), 1);
        // The request editor's account follows, and the request typed stays: the same call can be
        // made with another account's token.
        QCOMPARE(window.resourcePane()->currentAccountId(), second);
        QCOMPARE(url->text(), QStringLiteral("https://api.example.com/first"));
        // Picking the account in the editor selects it in the window too.
        window.resourcePane()->setCurrentAccount(first);
        QCOMPARE(window.currentAccountId(), first);

        window.selectAccount(QStringLiteral("no-such-id"));
        QCOMPARE(window.currentAccountId(), first);
    }

    void rendersPixels()
    {
        Test::WindowFixture f;
        const QString id = f.addAccount(QStringLiteral("Example"));
        QVERIFY(!f.store.updateSessionHint(id, true, QDateTime::currentDateTimeUtc().addSecs(1800),
                                           QStringLiteral("openid profile")));
        MainWindow window(&f.tokens, &f.resources, &f.http);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200 && image.height() > 200);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 8, "the window rendered (nearly) one flat colour");

        keepScreenshot(window, "signed-in");
    }
    void serverErrorTextIsShownAsPlainText()
    {
        // SECURITY.md S2: a server's error_description is shown as plain text: markup in it is
        // neither rendered nor followed (a label that guesses "rich text" would draw the image and
        // the link).
        const QByteArray markup =
                "<img src=\\\"http://127.0.0.1:1/x.png\\\"><a href=\\\"https://evil.example\\\">"
                "<b>Click here</b></a>";
        Test::ScriptedServer server([markup](const Test::ScriptedServer::Request &) -> QByteArray {
            return Test::ScriptedServer::json(
                    400, "{\"error\":\"invalid_grant\",\"error_description\":\"" + markup + "\"}");
        });
        QVERIFY(server.start());
        Test::WindowFixture f;
        Account a;
        a.name = QStringLiteral("Markup");
        a.clientId = QStringLiteral("desk");
        a.grantType = GrantType::Password;
        a.username = QStringLiteral("alice");
        a.server.tokenEndpoint = QUrl(server.url(QStringLiteral("/token")));
        f.addAccount(a);
        MainWindow window(&f.tokens, &f.resources, &f.http);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(child<QPushButton>(window, "signInButton"), Qt::LeftButton);
        auto *dialog = window.findChild<PasswordDialog *>();
        QVERIFY(dialog);
        child<QLineEdit>(*dialog, "passwordEdit")->setText(QStringLiteral("pw"));
        QTest::mouseClick(
                child<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
        QTRY_VERIFY(!window.errorText().isEmpty());
        auto *banner = child<QLabel>(window, "errorBanner");
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->textFormat(), Qt::PlainText);
        QVERIFY2(banner->text().contains(QLatin1String("<b>Click here</b>")),
                 qPrintable(banner->text()));
        QVERIFY(!banner->openExternalLinks());
    }

    void passwordGrantAsksForThePassword()
    {
        Test::ScriptedServer server([](const Test::ScriptedServer::Request &request) -> QByteArray {
            const QUrlQuery form(QString::fromUtf8(request.body));
            if (form.queryItemValue(QStringLiteral("grant_type")) == QLatin1String("password"))
                return Test::ScriptedServer::json(
                        200,
                        "{\"access_token\":\"full-at\",\"token_type\":\"Bearer\","
                        "\"expires_in\":3600,\"refresh_token\":\"rt-1\","
                        "\"scope\":\"openid profile\"}");
            if (form.queryItemValue(QStringLiteral("grant_type")) == QLatin1String("refresh_token"))
                return Test::ScriptedServer::json(
                        200,
                        "{\"access_token\":\"narrow-at\",\"token_type\":\"Bearer\","
                        "\"expires_in\":600,\"scope\":\"openid\"}");
            return Test::ScriptedServer::json(400, "{\"error\":\"unsupported_grant_type\"}");
        });
        QVERIFY(server.start());
        Test::WindowFixture f;
        Account a;
        a.name = QStringLiteral("Legacy");
        a.clientId = QStringLiteral("desk");
        a.scope = QStringLiteral("openid profile");
        a.grantType = GrantType::Password;
        a.username = QStringLiteral("alice");
        a.server.tokenEndpoint = QUrl(server.url(QStringLiteral("/token")));
        const QString id = f.addAccount(a);
        MainWindow window(&f.tokens, &f.resources, &f.http);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.statusText().contains(QStringLiteral("password (legacy)")),
                 qPrintable(window.statusText()));
        auto *signIn = child<QPushButton>(window, "signInButton");

        // Cancelling the prompt starts nothing.
        QTest::mouseClick(signIn, Qt::LeftButton);
        auto *dialog = window.findChild<PasswordDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal()
                || dialog->windowModality() == Qt::WindowModal); // open(), not exec()
        QCOMPARE(child<QLabel>(*dialog, "usernameLabel")->text(), QStringLiteral("alice"));
        QVERIFY(child<QLabel>(*dialog, "legacyWarning")->isVisible());
        auto *password = child<QLineEdit>(*dialog, "passwordEdit");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        password->setText(QStringLiteral("typed-then-cancelled"));
        QTest::mouseClick(
                child<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Cancel),
                Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<PasswordDialog *>());
        QVERIFY(!f.tokens.isSigningIn(id));
        QVERIFY(!window.property("signingIn").toBool());
        QCOMPARE(server.requests().size(), 0);

        // Signing in sends the password once; the field is empty at once.
        QTest::mouseClick(signIn, Qt::LeftButton);
        dialog = window.findChild<PasswordDialog *>();
        QVERIFY(dialog);
        password = child<QLineEdit>(*dialog, "passwordEdit");
        password->setText(QStringLiteral("s3cret pass"));
        QTest::mouseClick(
                child<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
        QVERIFY(password->text().isEmpty());
        QVERIFY(window.property("signingIn").toBool());
        QCOMPARE(child<QLabel>(window, "signInWaitingLabel")->text(),
                 QStringLiteral("Requesting a token…"));
        QVERIFY(!child<QPushButton>(window, "copyLinkButton")->isVisible());
        QTRY_VERIFY(!window.property("signingIn").toBool());
        QCOMPARE(server.requests().size(), 1);
        const QUrlQuery sent(QString::fromUtf8(server.requests().first().body));
        QCOMPARE(sent.queryItemValue(QStringLiteral("username")), QStringLiteral("alice"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded),
                 QStringLiteral("s3cret pass"));
        QVERIFY2(window.errorText().isEmpty(), qPrintable(window.errorText()));
        QVERIFY(f.tokens.cachedTokens(id));
        QVERIFY2(window.statusText().startsWith(QStringLiteral("Signed in")),
                 qPrintable(window.statusText()));
        QVERIFY(window.statusText().contains(QStringLiteral("password (legacy)")));

        // A token with a narrower scope, copied but never shown.
        auto *narrow = child<QPushButton>(window, "narrowScopeButton");
        QVERIFY(narrow->isEnabled());
        QTest::mouseClick(narrow, Qt::LeftButton);
        auto *tokenDialog = window.findChild<AdditionalTokenDialog *>();
        QVERIFY(tokenDialog);
        QTRY_VERIFY(tokenDialog->isVisible());
        auto *scope = child<QLineEdit>(*tokenDialog, "scopeEdit");
        QCOMPARE(scope->text(), QStringLiteral("openid profile"));
        scope->setText(QStringLiteral("openid"));
        tokenDialog->setClipboardTimeout(std::chrono::milliseconds(100));
        QTest::mouseClick(child<QPushButton>(*tokenDialog, "requestTokenButton"), Qt::LeftButton);
        QTRY_VERIFY(tokenDialog->hasToken());
        const QUrlQuery refresh(QString::fromUtf8(server.requests().last().body));
        QCOMPARE(refresh.queryItemValue(QStringLiteral("scope")), QStringLiteral("openid"));
        QCOMPARE(child<QLabel>(*tokenDialog, "resultScopeValue")->text(), QStringLiteral("openid"));
        QVERIFY(!child<QLabel>(*tokenDialog, "resultExpiresValue")->text().isEmpty());
        const QList<QLabel *> labels = tokenDialog->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            QVERIFY2(!label->text().contains(QStringLiteral("narrow-at")),
                     "the token is on screen");
        keepScreenshot(*tokenDialog, "narrower-token");
        QTest::mouseClick(child<QPushButton>(*tokenDialog, "copyTokenButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("narrow-at"));
        QTRY_VERIFY(QApplication::clipboard()->text().isEmpty());
        // The account keeps its own token.
        QCOMPARE(f.tokens.cachedTokens(id)->accessToken, QStringLiteral("full-at"));
    }

    void deviceGrantShowsTheCode()
    {
        Test::ScriptedServer scripted(
                [&scripted](const Test::ScriptedServer::Request &request) -> QByteArray {
                    if (request.target == "/device_authorization")
                        return Test::ScriptedServer::json(
                                200,
                                "{\"device_code\":\"fake-dc\",\"user_code\":\"WDJB-MJHT\","
                                "\"verification_uri\":\""
                                        + scripted.url(QStringLiteral("/device")).toUtf8()
                                        + "\",\"expires_in\":600,\"interval\":5}");
                    return Test::ScriptedServer::json(400, "{\"error\":\"authorization_pending\"}");
                });
        QVERIFY(scripted.start());

        Test::WindowFixture f;
        auto now = std::make_shared<QDateTime>(QDateTime::currentDateTimeUtc());
        f.tokens.setClock(Clock([now] { return *now; }));
        Account a;
        a.name = QStringLiteral("TV");
        a.clientId = QStringLiteral("desk");
        a.scope = QStringLiteral("openid");
        a.grantType = GrantType::Device;
        a.server.deviceAuthorizationEndpoint =
                QUrl(scripted.url(QStringLiteral("/device_authorization")));
        a.server.tokenEndpoint = QUrl(scripted.url(QStringLiteral("/token")));
        f.addAccount(a);
        MainWindow window(&f.tokens, &f.resources, &f.http);
        QList<QUrl> opened;
        window.setBrowserOpener([&opened](const QUrl &url) {
            opened.append(url);
            return Error();
        });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *panel = child<DeviceCodePanel>(window, "deviceCodePanel");
        QVERIFY(!panel->isVisible());

        QTest::mouseClick(child<QPushButton>(window, "signInButton"), Qt::LeftButton);
        QTRY_VERIFY(panel->isVisible());
        QVERIFY2(window.minimumSizeHint().height() <= SmallScreenHeight,
                 qPrintable(QString::number(window.minimumSizeHint().height())));
        QCOMPARE(child<QLabel>(*panel, "userCodeLabel")->text(), QStringLiteral("WDJB-MJHT"));
        QCOMPARE(window.statusText(), QStringLiteral("Waiting for approval on another device…"));
        QCOMPARE(panel->countdownText(), QStringLiteral("Code expires in 10:00"));
        *now = now->addSecs(19);
        panel->updateCountdown();
        QCOMPARE(panel->countdownText(), QStringLiteral("Code expires in 9:41"));
        QVERIFY(child<QPushButton>(window, "cancelButton")->isVisible());
        QVERIFY(f.opened.isEmpty()); // no browser unless asked
        QTest::mouseClick(child<QPushButton>(*panel, "openVerificationButton"), Qt::LeftButton);
        QCOMPARE(opened, QList<QUrl>{ QUrl(scripted.url(QStringLiteral("/device"))) });
        keepScreenshot(window, "device-code");

        QTest::mouseClick(child<QPushButton>(window, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(!window.property("signingIn").toBool());
        QVERIFY(!panel->isVisible());
        QVERIFY(window.statusText().startsWith(QStringLiteral("Signed out")));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
