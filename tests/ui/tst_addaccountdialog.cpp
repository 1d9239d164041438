#include "addaccountdialog.h"

#include "common/error.h"
#include "http/httpclient.h"

#include <QCheckBox>
#include <QDialogButtonBox>
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
    template <typename T> static T *child(const AddAccountDialog &dialog, const char *name)
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
        QCOMPARE(child<QLineEdit>(dialog, "scopesEdit")->text(), QStringLiteral("openid profile offline_access"));
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

        const QString auth = QStringLiteral("https://login.example.com/authorize");
        const QString token = QStringLiteral("https://login.example.com/token");
        const QString none;
        QTest::newRow("empty") << none << none << none << none << none << false << QStringLiteral("Enter a name");
        QTest::newRow("blank name") << QStringLiteral("   ") << none << QStringLiteral("desk") << auth << token << false
                                    << QStringLiteral("Enter a name");
        QTest::newRow("name taken") << QStringLiteral("Work") << none << QStringLiteral("desk") << auth << token
                                    << false << QStringLiteral("already exists");
        QTest::newRow("name taken, padded") << QStringLiteral("  Work ") << none << QStringLiteral("desk") << auth
                                            << token << false << QStringLiteral("already exists");
        QTest::newRow("nothing to reach the server")
            << QStringLiteral("Home") << none << QStringLiteral("desk") << none << none << false
            << QStringLiteral("Enter the issuer URL and press Discover");
        QTest::newRow("issuer not discovered yet")
            << QStringLiteral("Home") << QStringLiteral("https://login.example.com") << QStringLiteral("desk") << none
            << none << false << QStringLiteral("Press Discover");
        QTest::newRow("issuer on plain http")
            << QStringLiteral("Home") << QStringLiteral("http://login.example.com") << QStringLiteral("desk") << auth
            << token << false << QStringLiteral("The issuer URL must use https");
        QTest::newRow("issuer not a URL")
            << QStringLiteral("Home") << QStringLiteral("login example") << QStringLiteral("desk") << auth << token
            << false << QStringLiteral("The issuer URL is not a valid URL");
        QTest::newRow("endpoints by hand")
            << QStringLiteral("Home") << none << QStringLiteral("desk") << auth << token << true << none;
        QTest::newRow("endpoints and issuer by hand")
            << QStringLiteral("Home") << QStringLiteral("https://login.example.com") << QStringLiteral("desk") << auth
            << token << true << none;
        QTest::newRow("loopback http endpoints")
            << QStringLiteral("Dev") << QStringLiteral("http://localhost:8080") << QStringLiteral("desk")
            << QStringLiteral("http://127.0.0.1:8080/authorize") << QStringLiteral("http://[::1]:8080/token") << true
            << none;
        QTest::newRow("authorization endpoint on plain http")
            << QStringLiteral("Home") << none << QStringLiteral("desk") << QStringLiteral("http://login.example.com/a")
            << token << false << QStringLiteral("The authorization endpoint must use https");
        QTest::newRow("token endpoint on plain http") << QStringLiteral("Home") << none << QStringLiteral("desk")
                                                      << auth << QStringLiteral("http://login.example.com/t") << false
                                                      << QStringLiteral("The token endpoint must use https");
        QTest::newRow("loopback look-alike")
            << QStringLiteral("Home") << none << QStringLiteral("desk")
            << QStringLiteral("http://127.0.0.1.example.com/a") << token << false << QStringLiteral("must use https");
        QTest::newRow("javascript endpoint")
            << QStringLiteral("Home") << none << QStringLiteral("desk") << QStringLiteral("javascript:alert(1)")
            << token << false << QStringLiteral("not a valid URL");
        QTest::newRow("file endpoint") << QStringLiteral("Home") << none << QStringLiteral("desk")
                                       << QStringLiteral("file:///etc/passwd") << token << false
                                       << QStringLiteral("not a valid URL");
        QTest::newRow("only the authorization endpoint")
            << QStringLiteral("Home") << none << QStringLiteral("desk") << auth << none << false
            << QStringLiteral("Enter the token endpoint");
        QTest::newRow("only the token endpoint")
            << QStringLiteral("Home") << none << QStringLiteral("desk") << none << token << false
            << QStringLiteral("Enter the authorization endpoint");
        QTest::newRow("no client id") << QStringLiteral("Home") << none << QStringLiteral("  ") << auth << token
                                      << false << QStringLiteral("client ID");
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

        AddAccountDialog dialog(nullptr, {QStringLiteral("Work")});
        QSignalSpy validity(&dialog, &AddAccountDialog::validityChanged);
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
        child<QLineEdit>(dialog, "issuerEdit")->setText(QStringLiteral("https://login.example.com"));
        child<QLineEdit>(dialog, "clientIdEdit")->setText(QStringLiteral(" desk "));
        child<QLineEdit>(dialog, "scopesEdit")->setText(QStringLiteral(" openid   email "));
        child<QLineEdit>(dialog, "authorizationEndpointEdit")->setText(QStringLiteral("https://login.example.com/a"));
        child<QLineEdit>(dialog, "tokenEndpointEdit")->setText(QStringLiteral("https://login.example.com/t"));
        QVERIFY(dialog.isInputValid());

        Account account = dialog.account();
        QVERIFY(account.id.isEmpty());
        QCOMPARE(account.name, QStringLiteral("Work"));
        QCOMPARE(account.clientId, QStringLiteral("desk"));
        QCOMPARE(account.scope, QStringLiteral("openid email"));
        QCOMPARE(account.redirectPort, 0);
        QCOMPARE(account.server.issuer, QUrl(QStringLiteral("https://login.example.com")));
        QCOMPARE(account.server.authorizationEndpoint, QUrl(QStringLiteral("https://login.example.com/a")));
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
        // Even a direct accept from the button box (e.g. Enter) does nothing while the input is invalid.
        Q_EMIT child<QDialogButtonBox>(dialog, "buttonBox")->accepted();
        QCOMPARE(accepted.count(), 0);

        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Home"));
        child<QLineEdit>(dialog, "clientIdEdit")->setText(QStringLiteral("desk"));
        child<QLineEdit>(dialog, "authorizationEndpointEdit")->setText(QStringLiteral("https://as.example/a"));
        child<QLineEdit>(dialog, "tokenEndpointEdit")->setText(QStringLiteral("https://as.example/t"));
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
        child<QLineEdit>(dialog, "issuerEdit")->setText(QStringLiteral("https://login.example.com"));
        QVERIFY(dialog.discoveryText().isEmpty());
    }

    void discoverIsOffWithoutHttpOrIssuer()
    {
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        AddAccountDialog withHttp(&http, {});
        QVERIFY(!child<QPushButton>(withHttp, "discoverButton")->isEnabled());
        child<QLineEdit>(withHttp, "issuerEdit")->setText(QStringLiteral("https://login.example.com"));
        QVERIFY(child<QPushButton>(withHttp, "discoverButton")->isEnabled());

        AddAccountDialog withoutHttp(nullptr, {});
        child<QLineEdit>(withoutHttp, "issuerEdit")->setText(QStringLiteral("https://login.example.com"));
        QVERIFY(!child<QPushButton>(withoutHttp, "discoverButton")->isEnabled());
    }
};

QTEST_MAIN(tst_AddAccountDialog)
#include "tst_addaccountdialog.moc"
