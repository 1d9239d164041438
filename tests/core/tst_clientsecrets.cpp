// ClientSecrets against a keychain of the test's own (FakeKeychain): a confidential client's
// credentials come with the secret from the keychain, and an account whose client authentication
// OAuthDesk does not know is refused, never taken for a public client that sends no secret.

#include "fakekeychain.h"
#include "session/clientsecrets.h"

#include <QTest>

using namespace OAuthDesk;

namespace {

Account account(const QString &method)
{
    Account a;
    a.id = QStringLiteral("account-1");
    a.name = QStringLiteral("Work");
    a.clientId = QStringLiteral("desk");
    a.setClientAuthMethodName(method);
    return a;
}

/// What withClient() answered: credentials, or an error.
std::optional<Result<ClientAuthentication>> withClient(ClientSecrets &clients, const Account &a)
{
    std::optional<Result<ClientAuthentication>> answer;
    clients.withClient(a,
                       [&answer](const Result<ClientAuthentication> &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
        return std::nullopt;
    return answer;
}

} // namespace

class tst_ClientSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void methodsAndTheirSecret_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("expected");
        QTest::newRow("none") << QStringLiteral("none") << int(ClientAuthentication::Method::None);
        QTest::newRow("basic") << QStringLiteral("client_secret_basic")
                               << int(ClientAuthentication::Method::SecretBasic);
        QTest::newRow("post") << QStringLiteral("client_secret_post")
                              << int(ClientAuthentication::Method::SecretPost);
    }
    void methodsAndTheirSecret()
    {
        QFETCH(QString, method);
        QFETCH(int, expected);
        Test::FakeKeychain keychain;
        keychain.entries.insert(AbstractSecretStore::clientSecretKey(QStringLiteral("account-1")),
                                QByteArrayLiteral("the-secret"));
        ClientSecrets clients(&keychain);
        const auto answer = withClient(clients, account(method));
        QVERIFY(answer.has_value());
        QVERIFY2(answer->ok(), qPrintable(answer->error().message()));
        QCOMPARE(int(answer->value().method), expected);
        QCOMPARE(answer->value().id, QStringLiteral("desk"));
        // A public client reads nothing from the keychain and sends no secret.
        const bool confidential = expected != int(ClientAuthentication::Method::None);
        QCOMPARE(answer->value().secret, confidential ? QStringLiteral("the-secret") : QString());
        QCOMPARE(keychain.reads, confidential ? 1 : 0);
    }

    void unknownMethodIsRefused_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("empty") << QString();
        QTest::newRow("short") << QStringLiteral("basic");
        QTest::newRow("other") << QStringLiteral("private_key_jwt");
        QTest::newRow("control characters") << QStringLiteral("x\u001b[2Jy");
    }
    void unknownMethodIsRefused()
    {
        QFETCH(QString, method);
        Test::FakeKeychain keychain;
        ClientSecrets clients(&keychain);
        const auto answer = withClient(clients, account(method));
        QVERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind(), Error::Kind::Configuration);
        QVERIFY2(answer->error().message().contains(QLatin1String("is not supported")),
                 qPrintable(answer->error().message()));
        QVERIFY(!answer->error().message().contains(QChar(0x1b)));
        QCOMPARE(keychain.reads, 0);
    }
};

QTEST_GUILESS_MAIN(tst_ClientSecrets)
#include "tst_clientsecrets.moc"
