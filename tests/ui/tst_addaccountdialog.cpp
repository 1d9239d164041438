#include "accounts/addaccountdialog.h"

#include "common/error.h"
#include "http/httpclient.h"
#include "scriptedserver.h"
#include "testserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace OAuthDesk;

class tst_AddAccountDialog : public QObject
{
    Q_OBJECT

private:
    template <typename T>
    static T *child(const AddAccountDialog &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child named %s", name);
        return widget;
    }
    static QPushButton *okButton(const AddAccountDialog &dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void defaults()
    {
        AddAccountDialog dialog(nullptr, {});
        QCOMPARE(child<QLineEdit>(dialog, "scopesEdit")->text(),
                 QStringLiteral("openid profile offline_access"));
        QVERIFY(!dialog.isInputValid());
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!child<QSpinBox>(dialog, "portSpin")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "discoverButton")->isEnabled());
    }

    void validation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("authorization");
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reason"); // a part of the reason shown, when invalid
        QTest::addColumn<QString>("grant");
        QTest::addColumn<QString>("authMethod");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("username");

        const QString auth = QStringLiteral("https://login.example.com/authorize");
        const QString token = QStringLiteral("https://login.example.com/token");
        const QString none;
        const QString code = QStringLiteral("authorization_code");
        const QString public_ = QStringLiteral("none");
        const QString basic = QStringLiteral("client_secret_basic");
        const QString post = QStringLiteral("client_secret_post");
        const QString home = QStringLiteral("Home");
        const QString desk = QStringLiteral("desk");
        QTest::newRow("empty") << none << none << none << none << none << false
                               << QStringLiteral("Enter a name") << code << public_ << none << none;
        QTest::newRow("blank name")
                << QStringLiteral("   ") << none << QStringLiteral("desk") << auth << token << false
                << QStringLiteral("Enter a name") << code << public_ << none << none;
        QTest::newRow("name taken")
                << QStringLiteral("Work") << none << QStringLiteral("desk") << auth << token
                << false << QStringLiteral("already exists") << code << public_ << none << none;
        QTest::newRow("name taken, padded")
                << QStringLiteral("  Work ") << none << QStringLiteral("desk") << auth << token
                << false << QStringLiteral("already exists") << code << public_ << none << none;
        QTest::newRow("nothing to reach the server")
                << QStringLiteral("Home") << none << QStringLiteral("desk") << none << none << false
                << QStringLiteral("Enter the issuer URL and press Discover") << code << public_
                << none << none;
        QTest::newRow("issuer not discovered yet")
                << QStringLiteral("Home") << QStringLiteral("https://login.example.com")
                << QStringLiteral("desk") << none << none << false
                << QStringLiteral("Press Discover") << code << public_ << none << none;
        QTest::newRow("issuer on plain http")
                << QStringLiteral("Home") << QStringLiteral("http://login.example.com")
                << QStringLiteral("desk") << auth << token << false
                << QStringLiteral("The issuer URL must use https") << code << public_ << none
                << none;
        QTest::newRow("issuer not a URL")
                << QStringLiteral("Home") << QStringLiteral("login example")
                << QStringLiteral("desk") << auth << token << false
                << QStringLiteral("The issuer URL is not a valid URL") << code << public_ << none
                << none;
        QTest::newRow("endpoints by hand")
                << QStringLiteral("Home") << none << QStringLiteral("desk") << auth << token << true
                << none << code << public_ << none << none;
        QTest::newRow("endpoints and issuer by hand")
                << QStringLiteral("Home") << QStringLiteral("https://login.example.com")
                << QStringLiteral("desk") << auth << token << true << none << code << public_
                << none << none;
        QTest::newRow("loopback http endpoints")
                << QStringLiteral("Dev") << QStringLiteral("http://localhost:8080")
                << QStringLiteral("desk") << QStringLiteral("http://127.0.0.1:8080/authorize")
                << QStringLiteral("http://[::1]:8080/token") << true << none << code << public_
                << none << none;
        QTest::newRow("authorization endpoint on plain http")
                << QStringLiteral("Home") << none << QStringLiteral("desk")
                << QStringLiteral("http://login.example.com/a") << token << false
                << QStringLiteral("The authorization endpoint must use https") << code << public_
                << none << none;
        QTest::newRow("token endpoint on plain http")
                << QStringLiteral("Home") << none << QStringLiteral("desk") << auth
                << QStringLiteral("http://login.example.com/t") << false
                << QStringLiteral("The token endpoint must use https") << code << public_ << none
                << none;
        QTest::newRow("loopback look-alike")
                << QStringLiteral("Home") << none << QStringLiteral("desk")
                << QStringLiteral("http://127.0.0.1.example.com/a") << token << false
                << QStringLiteral("must use https") << code << public_ << none << none;
        QTest::newRow("javascript endpoint")
                << QStringLiteral("Home") << none << QStringLiteral("desk")
                << QStringLiteral("javascript:alert(1)") << token << false
                << QStringLiteral("not a valid URL") << code << public_ << none << none;
        QTest::newRow("file endpoint")
                << QStringLiteral("Home") << none << QStringLiteral("desk")
                << QStringLiteral("file:///etc/passwd") << token << false
                << QStringLiteral("not a valid URL") << code << public_ << none << none;
        QTest::newRow("only the authorization endpoint")
                << QStringLiteral("Home") << none << QStringLiteral("desk") << auth << none << false
                << QStringLiteral("Enter the token endpoint") << code << public_ << none << none;
        QTest::newRow("only the token endpoint")
                << QStringLiteral("Home") << none << QStringLiteral("desk") << none << token
                << false << QStringLiteral("Enter the authorization endpoint") << code << public_
                << none << none;
        QTest::newRow("no client id")
                << QStringLiteral("Home") << none << QStringLiteral("  ") << auth << token << false
                << QStringLiteral("client ID") << code << public_ << none << none;
        // Grants and client authentication.
        QTest::newRow("client credentials, public client")
                << home << none << desk << none << token << false
                << QStringLiteral("for confidential clients")
                << QStringLiteral("client_credentials") << public_ << none << none;
        QTest::newRow("client credentials, secret method without the secret")
                << home << none << desk << none << token << false
                << QStringLiteral("Enter the client secret") << QStringLiteral("client_credentials")
                << basic << none << none;
        QTest::newRow("client credentials, basic with secret")
                << home << none << desk << none << token << true << none
                << QStringLiteral("client_credentials") << basic << QStringLiteral("s3cret")
                << none;
        QTest::newRow("client credentials, post with secret")
                << home << none << desk << none << token << true << none
                << QStringLiteral("client_credentials") << post << QStringLiteral("s3cret") << none;
        QTest::newRow("client credentials, no token endpoint")
                << home << none << desk << auth << none << false
                << QStringLiteral("enter the token endpoint")
                << QStringLiteral("client_credentials") << basic << QStringLiteral("s3cret")
                << none;
        QTest::newRow("code grant, secret method without the secret")
                << home << none << desk << auth << token << false
                << QStringLiteral("Enter the client secret") << code << post << none << none;
        QTest::newRow("code grant, confidential client")
                << home << none << desk << auth << token << true << none << code << basic
                << QStringLiteral("s3cret") << none;
        QTest::newRow("password grant without user name")
                << home << none << desk << none << token << false << QStringLiteral("user name")
                << QStringLiteral("password") << public_ << none << none;
        QTest::newRow("password grant, blank user name")
                << home << none << desk << none << token << false << QStringLiteral("user name")
                << QStringLiteral("password") << public_ << none << QStringLiteral("   ");
        QTest::newRow("password grant")
                << home << none << desk << none << token << true << none
                << QStringLiteral("password") << public_ << none << QStringLiteral("alice");
        QTest::newRow("implicit grant needs no token endpoint")
                << home << none << desk << auth << none << true << none
                << QStringLiteral("implicit") << public_ << none << none;
        QTest::newRow("implicit grant without authorization endpoint")
                << home << none << desk << none << none << false
                << QStringLiteral("enter the authorization endpoint") << QStringLiteral("implicit")
                << public_ << none << none;
        QTest::newRow("device grant without discovery")
                << home << none << desk << none << token << false
                << QStringLiteral("device authorization endpoint") << QStringLiteral("device")
                << public_ << none << none;
    }

    void validation()
    {
        QFETCH(QString, name);
        QFETCH(QString, issuer);
        QFETCH(QString, clientId);
        QFETCH(QString, authorization);
        QFETCH(QString, token);
        QFETCH(bool, valid);
        QFETCH(QString, reason);
        QFETCH(QString, grant);
        QFETCH(QString, authMethod);
        QFETCH(QString, secret);
        QFETCH(QString, username);

        AddAccountDialog dialog(nullptr, { QStringLiteral("Work") });
        QSignalSpy validity(&dialog, &AddAccountDialog::validityChanged);
        dialog.setGrantType(*grantTypeFromName(grant));
        QCOMPARE(grantTypeName(dialog.grantType()), grant);
        auto *methods = child<QComboBox>(dialog, "clientAuthCombo");
        methods->setCurrentIndex(methods->findData(authMethod));
        child<QLineEdit>(dialog, "clientSecretEdit")->setText(secret);
        child<QLineEdit>(dialog, "usernameEdit")->setText(username);
        child<QLineEdit>(dialog, "nameEdit")->setText(name);
        child<QLineEdit>(dialog, "issuerEdit")->setText(issuer);
        child<QLineEdit>(dialog, "clientIdEdit")->setText(clientId);
        child<QLineEdit>(dialog, "authorizationEndpointEdit")->setText(authorization);
        child<QLineEdit>(dialog, "tokenEndpointEdit")->setText(token);

        QCOMPARE(dialog.isInputValid(), valid);
        QCOMPARE(okButton(dialog)->isEnabled(), valid);
        auto *reasonLabel = child<QLabel>(dialog, "reasonLabel");
        if (valid) {
            QVERIFY(dialog.invalidReason().isEmpty());
            QVERIFY(reasonLabel->isHidden());
            QVERIFY(!dialog.account().validate());
            QCOMPARE(grantTypeName(dialog.account().grantType), grant);
            QCOMPARE(ClientAuthentication::methodName(dialog.account().clientAuthMethod),
                     authMethod);
            QCOMPARE(dialog.clientSecret(),
                     authMethod == QLatin1String("none") ? QString() : secret);
        } else {
            QVERIFY2(dialog.invalidReason().contains(reason), qPrintable(dialog.invalidReason()));
            QCOMPARE(reasonLabel->text(), dialog.invalidReason());
            QVERIFY(!reasonLabel->isHidden());
        }
    }

    void accountFromInput()
    {
        AddAccountDialog dialog(nullptr, {});
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("  Work  "));
        child<QLineEdit>(dialog, "issuerEdit")
                ->setText(QStringLiteral("https://login.example.com"));
        child<QLineEdit>(dialog, "clientIdEdit")->setText(QStringLiteral(" desk "));
        child<QLineEdit>(dialog, "scopesEdit")->setText(QStringLiteral(" openid   email "));
        child<QLineEdit>(dialog, "authorizationEndpointEdit")
                ->setText(QStringLiteral("https://login.example.com/a"));
        child<QLineEdit>(dialog, "tokenEndpointEdit")
                ->setText(QStringLiteral("https://login.example.com/t"));
        QVERIFY(dialog.isInputValid());

        Account account = dialog.account();
        QVERIFY(account.id.isEmpty());
        QCOMPARE(account.name, QStringLiteral("Work"));
        QCOMPARE(account.clientId, QStringLiteral("desk"));
        QCOMPARE(account.scope, QStringLiteral("openid email"));
        QCOMPARE(account.redirectPort, 0);
        QCOMPARE(account.server.issuer, QUrl(QStringLiteral("https://login.example.com")));
        QCOMPARE(account.server.authorizationEndpoint,
                 QUrl(QStringLiteral("https://login.example.com/a")));
        QCOMPARE(account.server.tokenEndpoint, QUrl(QStringLiteral("https://login.example.com/t")));

        auto *fixedPort = child<QCheckBox>(dialog, "fixedPortCheck");
        auto *port = child<QSpinBox>(dialog, "portSpin");
        fixedPort->setChecked(true);
        QVERIFY(port->isEnabled());
        port->setValue(53682);
        QCOMPARE(dialog.account().redirectPort, 53682);
        fixedPort->setChecked(false);
        QCOMPARE(dialog.account().redirectPort, 0);
    }

    void okAcceptsOnlyValidInput()
    {
        AddAccountDialog dialog(nullptr, {});
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        // Even a direct accept from the button box (e.g. Enter) does nothing while the input is
        // invalid.
        Q_EMIT child<QDialogButtonBox>(dialog, "buttonBox")->accepted();
        QCOMPARE(accepted.count(), 0);

        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Home"));
        child<QLineEdit>(dialog, "clientIdEdit")->setText(QStringLiteral("desk"));
        child<QLineEdit>(dialog, "authorizationEndpointEdit")
                ->setText(QStringLiteral("https://as.example/a"));
        child<QLineEdit>(dialog, "tokenEndpointEdit")
                ->setText(QStringLiteral("https://as.example/t"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
    }

    void discoverRefusesInsecureIssuerWithoutNetwork()
    {
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        AddAccountDialog dialog(&http, {});
        auto *discover = child<QPushButton>(dialog, "discoverButton");
        child<QLineEdit>(dialog, "issuerEdit")->setText(QStringLiteral("http://login.example.com"));
        QVERIFY(discover->isEnabled());

        QTest::mouseClick(discover, Qt::LeftButton);
        // Refused before any request: the answer is there at once, no event loop needed.
        QVERIFY(!dialog.isDiscovering());
        const QString expected = Error(Error::Kind::InsecureUrl, {}).message();
        QVERIFY2(dialog.discoveryText().startsWith(expected), qPrintable(dialog.discoveryText()));
        QVERIFY(!child<QLabel>(dialog, "discoveryLabel")->isHidden());
        QVERIFY(!dialog.isInputValid());
        QVERIFY(child<QLineEdit>(dialog, "authorizationEndpointEdit")->text().isEmpty());

        // Editing the issuer takes the stale answer away.
        child<QLineEdit>(dialog, "issuerEdit")
                ->setText(QStringLiteral("https://login.example.com"));
        QVERIFY(dialog.discoveryText().isEmpty());
    }

    void discoverIsOffWithoutHttpOrIssuer()
    {
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        AddAccountDialog withHttp(&http, {});
        QVERIFY(!child<QPushButton>(withHttp, "discoverButton")->isEnabled());
        child<QLineEdit>(withHttp, "issuerEdit")
                ->setText(QStringLiteral("https://login.example.com"));
        QVERIFY(child<QPushButton>(withHttp, "discoverButton")->isEnabled());

        AddAccountDialog withoutHttp(nullptr, {});
        child<QLineEdit>(withoutHttp, "issuerEdit")
                ->setText(QStringLiteral("https://login.example.com"));
        QVERIFY(!child<QPushButton>(withoutHttp, "discoverButton")->isEnabled());
    }
    void legacyWarning_data()
    {
        QTest::addColumn<QString>("grant");
        QTest::addColumn<bool>("shown");
        QTest::newRow("authorization code") << QStringLiteral("authorization_code") << false;
        QTest::newRow("device") << QStringLiteral("device") << false;
        QTest::newRow("client credentials") << QStringLiteral("client_credentials") << false;
        QTest::newRow("implicit") << QStringLiteral("implicit") << true;
        QTest::newRow("password") << QStringLiteral("password") << true;
    }

    void legacyWarning()
    {
        QFETCH(QString, grant);
        QFETCH(bool, shown);
        AddAccountDialog dialog(nullptr, {});
        auto *warning = child<QLabel>(dialog, "legacyWarning");
        QVERIFY(warning->isHidden()); // the default is the recommended grant
        dialog.setGrantType(*grantTypeFromName(grant));
        QCOMPARE(!warning->isHidden(), shown);
        if (shown) {
            QVERIFY(warning->text().startsWith(QStringLiteral("Legacy grant: RFC 9700")));
            QVERIFY2(warning->text().contains(QStringLiteral("deprecates the %1 grant").arg(grant)),
                     qPrintable(warning->text()));
            QVERIFY(warning->text().contains(QStringLiteral("Use authorization code with PKCE")));
        }
        // Only the password grant asks for a user name.
        QCOMPARE(!child<QLineEdit>(dialog, "usernameEdit")->isHidden(),
                 grant == QLatin1String("password"));
    }

    void grantsAreListedInPlainWords()
    {
        AddAccountDialog dialog(nullptr, {});
        auto *grants = child<QComboBox>(dialog, "grantCombo");
        QCOMPARE(grants->count(), Account::grantTypes().size());
        QCOMPARE(grants->currentData().toString(), QStringLiteral("authorization_code"));
        QVERIFY(grants->currentText().contains(QStringLiteral("recommended")));
        for (const QString &grant : Account::grantTypes())
            QVERIFY2(grants->findData(grant) >= 0, qPrintable(grant));
        QVERIFY(!child<QLabel>(dialog, "grantDescription")->text().isEmpty());
    }

    void clientSecretIsMaskedAndOnlyForSecretMethods()
    {
        AddAccountDialog dialog(nullptr, {});
        auto *secret = child<QLineEdit>(dialog, "clientSecretEdit");
        auto *methods = child<QComboBox>(dialog, "clientAuthCombo");
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QCOMPARE(methods->currentData().toString(), QStringLiteral("none"));
        QVERIFY(!secret->isEnabled());
        methods->setCurrentIndex(methods->findData(QStringLiteral("client_secret_basic")));
        QVERIFY(secret->isEnabled());
        secret->setText(QStringLiteral("s3cret"));
        QCOMPARE(dialog.clientSecret(), QStringLiteral("s3cret"));
        // Never in the account, which may be written to a plain file.
        QVERIFY(!QJsonDocument(dialog.account().toJson()).toJson().contains("s3cret"));
        methods->setCurrentIndex(methods->findData(QStringLiteral("none")));
        QVERIFY(dialog.clientSecret().isEmpty());
    }

    void deviceGrantWithDiscovery()
    {
        Test::ScriptedServer server(
                [&server](const Test::ScriptedServer::Request &request) -> QByteArray {
                    if (!request.target.startsWith("/.well-known/"))
                        return Test::ScriptedServer::json(404, "{}");
                    const QByteArray base = server.url().toUtf8();
                    return Test::ScriptedServer::json(
                            200,
                            "{\"issuer\":\"" + base + "\",\"authorization_endpoint\":\"" + base
                                    + "/authorize\",\"token_endpoint\":\"" + base
                                    + "/token\",\"device_authorization_endpoint\":\"" + base
                                    + "/device_authorization\"}");
                });
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        AddAccountDialog dialog(&http, {});
        dialog.setGrantType(GrantType::Device);
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("TV"));
        child<QLineEdit>(dialog, "clientIdEdit")->setText(QStringLiteral("desk"));
        child<QLineEdit>(dialog, "issuerEdit")->setText(server.url());
        dialog.discover();
        QTRY_VERIFY(!dialog.isDiscovering());
        QVERIFY2(dialog.isInputValid(),
                 qPrintable(dialog.invalidReason() + dialog.discoveryText()));
        const Account account = dialog.account();
        QCOMPARE(account.grantType, GrantType::Device);
        QCOMPARE(account.server.deviceAuthorizationEndpoint,
                 QUrl(server.url(QStringLiteral("/device_authorization"))));
    }
    void offersTheShippedPresets()
    {
        AddAccountDialog dialog(nullptr, {});
        auto *presets = child<QComboBox>(dialog, "presetCombo");
        QCOMPARE(presets->currentData().toString(), QString()); // "Other" first, and the default
        QCOMPARE(presets->count(), 1 + 9);
        QVERIFY(presets->findText(QStringLiteral("Microsoft Entra ID")) > 0);
        QVERIFY(presets->findText(QStringLiteral("Local demo")) > 0);
        QVERIFY(dialog.presetId().isEmpty());
        QVERIFY(!dialog.selectPreset(QStringLiteral("no-such-provider")));
    }

    void choosingAPresetFillsTheFields()
    {
        AddAccountDialog dialog(nullptr, {});
        QVERIFY(dialog.selectPreset(QStringLiteral("github")));
        QCOMPARE(dialog.presetId(), QStringLiteral("github"));
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("GitHub"));
        QVERIFY(child<QLineEdit>(dialog, "issuerEdit")->text().isEmpty()); // GitHub has no issuer
        QCOMPARE(child<QLineEdit>(dialog, "authorizationEndpointEdit")->text(),
                 QStringLiteral("https://github.com/login/oauth/authorize"));
        QCOMPARE(child<QLineEdit>(dialog, "tokenEndpointEdit")->text(),
                 QStringLiteral("https://github.com/login/oauth/access_token"));
        QCOMPARE(child<QLineEdit>(dialog, "scopesEdit")->text(), QStringLiteral("read:user"));
        QCOMPARE(child<QComboBox>(dialog, "clientAuthCombo")->currentData().toString(),
                 QStringLiteral("client_secret_post"));
        QVERIFY(!child<QPushButton>(dialog, "discoverButton")
                         ->isEnabled()); // no discovery at GitHub
        auto *info = child<QLabel>(dialog, "presetInfo");
        QVERIFY(!info->isHidden());
        QVERIFY2(info->text().contains(QStringLiteral("form-encoded")), qPrintable(info->text()));
        QVERIFY(info->text().contains(QStringLiteral("No refresh tokens")));

        QVERIFY(!dialog.isInputValid());
        QVERIFY2(dialog.invalidReason().contains(QStringLiteral("client ID")),
                 qPrintable(dialog.invalidReason()));
        child<QLineEdit>(dialog, "clientIdEdit")->setText(QStringLiteral("Iv1.fake0000"));
        child<QLineEdit>(dialog, "clientSecretEdit")
                ->setText(QStringLiteral("fake-secret-for-a-test"));
        QVERIFY2(dialog.isInputValid(), qPrintable(dialog.invalidReason()));
        const Account account = dialog.account();
        QCOMPARE(account.presetId, QStringLiteral("github"));
        QCOMPARE(account.server.deviceAuthorizationEndpoint,
                 QUrl(QStringLiteral("https://github.com/login/device/code")));
        QCOMPARE(account.clientAuthMethod, ClientAuthentication::Method::SecretPost);

        // Back to Other: what the preset put in goes, what the user typed stays.
        QVERIFY(dialog.selectPreset(QString()));
        QVERIFY(child<QLineEdit>(dialog, "nameEdit")->text().isEmpty());
        QVERIFY(child<QLineEdit>(dialog, "authorizationEndpointEdit")->text().isEmpty());
        QCOMPARE(child<QLineEdit>(dialog, "scopesEdit")->text(), AddAccountDialog::DefaultScopes);
        QCOMPARE(child<QLineEdit>(dialog, "clientIdEdit")->text(), QStringLiteral("Iv1.fake0000"));
        QVERIFY(child<QLabel>(dialog, "presetInfo")->isHidden());
        QVERIFY(dialog.account().presetId.isEmpty());
    }

    void aTypedNameSurvivesAPreset()
    {
        AddAccountDialog dialog(nullptr, {});
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("My mail"));
        QVERIFY(dialog.selectPreset(QStringLiteral("google")));
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("My mail"));
        QCOMPARE(child<QLineEdit>(dialog, "issuerEdit")->text(),
                 QStringLiteral("https://accounts.google.com"));
    }

    void presetPlaceholdersFillTheIssuer()
    {
        AddAccountDialog dialog(nullptr, {});
        QVERIFY(dialog.selectPreset(QStringLiteral("microsoft-entra")));
        auto *tenant = child<QLineEdit>(dialog, "placeholder_tenant");
        QVERIFY(!child<QWidget>(dialog, "placeholderBox")->isHidden());
        QVERIFY(child<QLineEdit>(dialog, "issuerEdit")->text().isEmpty());
        QVERIFY(!dialog.isInputValid());
        QVERIFY2(dialog.invalidReason().contains(QStringLiteral("Enter the Tenant ID")),
                 qPrintable(dialog.invalidReason()));

        tenant->setText(QStringLiteral("../evil.example"));
        QVERIFY2(dialog.invalidReason().contains(QStringLiteral("only letters, digits")),
                 qPrintable(dialog.invalidReason()));
        QVERIFY(child<QLineEdit>(dialog, "tokenEndpointEdit")->text().isEmpty());

        const QString id = QStringLiteral("11111111-2222-3333-4444-555555555555");
        tenant->setText(id);
        QCOMPARE(child<QLineEdit>(dialog, "issuerEdit")->text(),
                 QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(id));
        QCOMPARE(child<QLineEdit>(dialog, "tokenEndpointEdit")->text(),
                 QStringLiteral("https://login.microsoftonline.com/%1/oauth2/v2.0/token").arg(id));
        child<QLineEdit>(dialog, "clientIdEdit")->setText(QStringLiteral("fake-client"));
        QVERIFY2(dialog.isInputValid(), qPrintable(dialog.invalidReason()));
        const Account account = dialog.account();
        QCOMPARE(account.presetId, QStringLiteral("microsoft-entra"));
        QCOMPARE(account.server.deviceAuthorizationEndpoint,
                 QUrl(QStringLiteral("https://login.microsoftonline.com/%1/oauth2/v2.0/devicecode")
                              .arg(id)));
        QCOMPARE(account.scope, QStringLiteral("openid profile email offline_access User.Read"));

        // Another preset takes the placeholder rows away and asks for its own.
        QVERIFY(dialog.selectPreset(QStringLiteral("okta")));
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("placeholder_tenant")));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("placeholder_domain")));
        QVERIFY(child<QLineEdit>(dialog, "issuerEdit")->text().isEmpty());
    }

    void discoverFillsEndpointsAndScopesFromTheRealServer()
    {
        Test::TestServer server;
        const QString started = server.start();
        if (!started.isEmpty())
            QFAIL(qPrintable(started));
        // A preset of the Keycloak kind (a whole base URL) whose default scopes include one that
        // the test server does not offer: discovery trims it.
        QJsonObject preset =
                QJsonDocument::fromJson(
                        "{\"id\": \"test-oidc\", \"name\": \"Test OIDC\", \"issuer\": \"{base}\", "
                        "\"placeholders\": [{\"name\": \"base\", \"label\": \"Base URL\", "
                        "\"example\": \"https://sso.example.com\", \"kind\": \"url\"}], "
                        "\"scope\": \"openid profile phone offline_access\", \"grant\": "
                        "\"authorization_code\", \"pkce\": true, \"refresh_tokens\": true}")
                        .object();
        const Result<ProviderPreset> parsed = ProviderPreset::parse(QJsonDocument(preset).toJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));

        QNetworkAccessManager manager;
        HttpClient http(&manager);
        AddAccountDialog dialog(&http, {}, { parsed.value() });
        QVERIFY(dialog.selectPreset(QStringLiteral("test-oidc")));
        child<QLineEdit>(dialog, "placeholder_base")->setText(server.issuer().toString());
        QCOMPARE(child<QLineEdit>(dialog, "issuerEdit")->text(), server.issuer().toString());
        child<QLineEdit>(dialog, "clientIdEdit")->setText(QStringLiteral("oauthdesk-demo"));
        QVERIFY(!dialog.isInputValid()); // no endpoints in this preset: Discover is needed
        auto *discover = child<QPushButton>(dialog, "discoverButton");
        QVERIFY(discover->isEnabled());
        QTest::mouseClick(discover, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isDiscovering(), 15000);
        QVERIFY2(dialog.discoveryText().startsWith(QStringLiteral("Found: ")),
                 qPrintable(dialog.discoveryText()));
        QCOMPARE(child<QLineEdit>(dialog, "authorizationEndpointEdit")->text(),
                 server.url(QStringLiteral("/auth")).toString());
        QCOMPARE(child<QLineEdit>(dialog, "tokenEndpointEdit")->text(),
                 server.url(QStringLiteral("/token")).toString());
        QCOMPARE(child<QLineEdit>(dialog, "scopesEdit")->text(),
                 QStringLiteral("openid profile offline_access"));
        QVERIFY(child<QLineEdit>(dialog, "scopesEdit")
                        ->toolTip()
                        .contains(QStringLiteral("api:read")));
        QVERIFY2(dialog.isInputValid(), qPrintable(dialog.invalidReason()));
        const Account account = dialog.account();
        QCOMPARE(account.server.issuer, server.issuer());
        QVERIFY(!account.server.jwksUri.isEmpty());
        QVERIFY(!account.server.revocationEndpoint.isEmpty());

        // Scopes the user typed are the user's: discovery leaves them as they are.
        auto *scopes = child<QLineEdit>(dialog, "scopesEdit");
        scopes->clear();
        QTest::keyClicks(scopes, QStringLiteral("openid phone"));
        child<QLineEdit>(dialog, "issuerEdit")
                ->setText(server.issuer().toString() + QLatin1Char('/'));
        child<QLineEdit>(dialog, "issuerEdit")->setText(server.issuer().toString());
        dialog.discover();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isDiscovering(), 15000);
        QVERIFY2(dialog.discoveryText().startsWith(QStringLiteral("Found: ")),
                 qPrintable(dialog.discoveryText()));
        QCOMPARE(scopes->text(), QStringLiteral("openid phone"));
    }

    void okWithoutClientIdRegistersAtTheRealServer()
    {
        Test::TestServer server;
        const QString started = server.start();
        if (!started.isEmpty())
            QFAIL(qPrintable(started));
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        AddAccountDialog dialog(&http, {}, QList<ProviderPreset>{});
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Registered"));
        child<QLineEdit>(dialog, "issuerEdit")->setText(server.issuer().toString());
        QVERIFY(!dialog.isInputValid()); // no client ID, and nothing discovered yet
        dialog.discover();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isDiscovering(), 15000);
        QVERIFY(dialog.canRegisterClient());
        QVERIFY2(dialog.isInputValid(), qPrintable(dialog.invalidReason()));
        QVERIFY(child<QLineEdit>(dialog, "clientIdEdit")
                        ->placeholderText()
                        .contains(QStringLiteral("register")));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
        const auto registered = dialog.registeredClient();
        QVERIFY(registered.has_value());
        QVERIFY(!registered->registrationAccessToken.isEmpty());
        const Account account = dialog.account();
        QCOMPARE(account.clientId, registered->clientId);
        QCOMPARE(account.clientAuthMethod, ClientAuthentication::Method::None);
        QVERIFY2(!account.validate(), qPrintable(account.validate().message()));
        QVERIFY(dialog.clientSecret().isEmpty());
    }

    void discoverRefusesAnIssuerMismatch()
    {
        Test::ScriptedServer server([](const Test::ScriptedServer::Request &request) -> QByteArray {
            if (!request.target.startsWith("/.well-known/"))
                return Test::ScriptedServer::json(404, "{}");
            return Test::ScriptedServer::json(
                    200,
                    "{\"issuer\":\"https://impostor.example\","
                    "\"authorization_endpoint\":\"https://impostor.example/a\","
                    "\"token_endpoint\":\"https://impostor.example/t\"}");
        });
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        AddAccountDialog dialog(&http, {});
        QVERIFY(dialog.selectPreset(QStringLiteral("keycloak")));
        child<QLineEdit>(dialog, "placeholder_realm_url")
                ->setText(server.url(QStringLiteral("/realms/dev")));
        child<QLineEdit>(dialog, "clientIdEdit")->setText(QStringLiteral("desk"));
        const QString presetToken = child<QLineEdit>(dialog, "tokenEndpointEdit")->text();
        QCOMPARE(presetToken,
                 server.url(QStringLiteral("/realms/dev/protocol/openid-connect/token")));
        dialog.discover();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isDiscovering(), 15000);
        QVERIFY2(dialog.discoveryText().contains(QStringLiteral("issuer must match exactly")),
                 qPrintable(dialog.discoveryText()));
        QVERIFY(child<QLabel>(dialog, "discoveryLabel")->property("error").toBool());
        // Nothing from the impostor was taken.
        QCOMPARE(child<QLineEdit>(dialog, "tokenEndpointEdit")->text(), presetToken);
        QVERIFY(!dialog.account().server.tokenEndpoint.toString().contains(
                QStringLiteral("impostor")));
    }

    void rendersTheLegacyWarningForAScreenshot()
    {
        const QString dir = qEnvironmentVariable("OAUTHDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set OAUTHDESK_SCREENSHOT_DIR to keep a picture");
        AddAccountDialog dialog(nullptr, {});
        dialog.setGrantType(GrantType::Password);
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Legacy"));
        child<QLineEdit>(dialog, "clientIdEdit")->setText(QStringLiteral("desk"));
        child<QLineEdit>(dialog, "tokenEndpointEdit")
                ->setText(QStringLiteral("https://as.example/token"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/add-account-legacy.png")));
    }
};

QTEST_MAIN(tst_AddAccountDialog)
#include "tst_addaccountdialog.moc"
