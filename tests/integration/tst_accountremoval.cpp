// Removing an account from either face leaves the same state behind: `oauthdesk account remove`
// and the window's Remove Account, each on an account signed in for real (oidc-provider, Chromium
// as $BROWSER, gnome-keyring) with a request history, a saved request, a client secret and a
// pending revocation. Afterwards neither account has a history, a saved request, a keychain item
// or an entry in the accounts file, and the history of an account that was not removed is kept.

#include "accounts/accountstore.h"
#include "cli.h"
#include "http/httpclient.h"
#include "keychain/secretstore.h"
#include "mainwindow.h"
#include "resource/requesthistory.h"
#include "resource/resourceclient.h"
#include "session/tokenmanager.h"
#include "testenvironment.h"
#include "testserver.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTest>

using namespace OAuthDesk;
using namespace OAuthDesk::Test;

namespace {

/// The id of an account that is never removed: its history must outlive the removals.
const QString KeptAccountId = QStringLiteral("kept-account-id");

RequestHistory::Entry getRequest(const QUrl &url)
{
    RequestHistory::Entry entry;
    entry.url = url;
    return entry;
}

} // namespace

class tst_AccountRemoval : public QObject
{
    Q_OBJECT
private:
    TestServer m_server;

    /// An account signed in through the browser, with everything a removal must take away.
    /// Returns its id (empty on failure, with the test failed).
    QString prepareAccount(const QString &name)
    {
        const CliRun add =
                runOAuthDesk({ QStringLiteral("account"), QStringLiteral("add"), name,
                               QStringLiteral("--issuer"), m_server.issuer().toString(),
                               QStringLiteral("--client-id"), QStringLiteral("oauthdesk-test"),
                               QStringLiteral("--scope"),
                               QStringLiteral("openid profile offline_access api:read") });
        if (add.exitCode != 0) {
            qWarning("account add: %s", add.err.constData());
            return {};
        }
        const QString id = accountIdByName(name);
        const CliRun login = runOAuthDesk({ QStringLiteral("login"), name });
        if (id.isEmpty() || login.exitCode != 0) {
            qWarning("login: %s", login.err.constData());
            return {};
        }
        const CliRun secret =
                runOAuthDesk({ QStringLiteral("account"), QStringLiteral("secret"), name },
                             "fake-client-secret-not-real\n");
        if (secret.exitCode != 0) {
            qWarning("account secret: %s", secret.err.constData());
            return {};
        }
        // A revocation the server could not take yet, as TokenManager leaves it behind.
        SecretStore secrets;
        std::optional<Error> written;
        secrets.writeSecret(SecretStore::pendingRevocationKey(id), QByteArrayLiteral("{}"), this,
                            [&written](const Error &error) { written = error; });
        if (!QTest::qWaitFor([&written] { return written.has_value(); }, 10000) || *written) {
            qWarning("the pending revocation could not be written");
            return {};
        }

        RequestHistory history;
        if (const Error error = history.load()) {
            qWarning("%s", qPrintable(error.message()));
            return {};
        }
        const QUrl me = m_server.url(QStringLiteral("/api/me"));
        if (history.record(id, getRequest(me))
            || history.save(id, QStringLiteral("Who am I"), getRequest(me)))
            return {};
        return id;
    }

    /// Verifies that the account had everything a removal takes away (the controls of
    /// verifyNothingLeft).
    void verifyEverythingKept(const QString &id)
    {
        QVERIFY(storedTokens(id).hasAccessToken());
        QVERIFY(!secretToolLookup(SecretStore::clientSecretKey(id)).isEmpty());
        QVERIFY(!secretToolLookup(SecretStore::pendingRevocationKey(id)).isEmpty());
        RequestHistory history;
        QVERIFY(!history.load());
        QCOMPARE(history.history(id).size(), 1);
        QCOMPARE(history.saved(id).size(), 1);
        AccountStore accounts;
        QVERIFY(!accounts.load());
        QVERIFY(accounts.findById(id));
    }

    /// Verifies that nothing of the account is left: no account entry, history, saved request or
    /// keychain item.
    void verifyNothingLeft(const QString &id)
    {
        AccountStore accounts;
        QVERIFY(!accounts.load());
        QVERIFY(!accounts.findById(id));
        RequestHistory history;
        QVERIFY(!history.load());
        QVERIFY(history.history(id).isEmpty());
        QVERIFY(history.saved(id).isEmpty());
        QFile file(history.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(id.toUtf8()), "requests.json still names the account");
        for (const QString &key :
             { id, SecretStore::clientSecretKey(id), SecretStore::pendingRevocationKey(id) }) {
            const QString problem = nothingFoundProblem(key);
            QVERIFY2(problem.isEmpty(), qPrintable(key + QLatin1String(": ") + problem));
        }
        // The account that was not removed keeps its history.
        QCOMPARE(history.history(KeptAccountId).size(), 1);
    }

private Q_SLOTS:
    void cleanup() { printBrowserLogIfFailed(); }

    void initTestCase()
    {
        if (!keychainAvailable())
            QSKIP("needs scripts/with-keyring's private keyring: run through scripts/test");
        resetTestHome();
        // Same files (accounts, requests) as the oauthdesk processes it starts.
        QCoreApplication::setApplicationName(QStringLiteral("oauthdesk"));
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void bothFacesLeaveTheSameState()
    {
        {
            RequestHistory history;
            QVERIFY(!history.load());
            QVERIFY(!history.record(KeptAccountId,
                                    getRequest(m_server.url(QStringLiteral("/api/me")))));
        }
        const QString byCommand = prepareAccount(QStringLiteral("By command"));
        QVERIFY(!byCommand.isEmpty());
        const QString byWindow = prepareAccount(QStringLiteral("By window"));
        QVERIFY(!byWindow.isEmpty());
        verifyEverythingKept(byCommand);
        verifyEverythingKept(byWindow);

        const CliRun remove = runOAuthDesk({ QStringLiteral("account"), QStringLiteral("remove"),
                                             QStringLiteral("By command") });
        QVERIFY2(remove.exitCode == 0, remove.err.constData());
        verifyNothingLeft(byCommand);

        {
            // What the application builds at start (app/main.cpp), after the command ran.
            QNetworkAccessManager network;
            HttpClient http(&network);
            AccountStore accounts;
            QVERIFY(!accounts.load());
            SecretStore secrets;
            TokenManager tokens(&accounts, &secrets, &http);
            ResourceClient resources(&tokens, &http);
            MainWindow window(&tokens, &resources, &http);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.selectAccount(byWindow);
            auto *removeAction = window.findChild<QAction *>(QStringLiteral("removeAccountAction"));
            QVERIFY(removeAction);
            QVERIFY(removeAction->isEnabled());
            removeAction->trigger();
            QMessageBox *box = nullptr;
            QTRY_VERIFY(
                    (box = window.findChild<QMessageBox *>(QStringLiteral("removeConfirmation"))));
            auto *confirm =
                    box->findChild<QAbstractButton *>(QStringLiteral("confirmRemoveButton"));
            QVERIFY(confirm);
            confirm->click();
            QTRY_VERIFY_WITH_TIMEOUT(!accounts.findById(byWindow), 15000);
        }
        verifyNothingLeft(byWindow);
    }
};

QTEST_MAIN(tst_AccountRemoval)
#include "tst_accountremoval.moc"
