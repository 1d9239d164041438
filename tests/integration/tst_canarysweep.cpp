// The canary sweep's proof through a real run (SECURITY.md row LG). Under scripts/canary-sweep
// only: signs in to oidc-provider with the real browser, gets the access token from `oauthdesk
// token`, and leaves it where a leak would be — whole, cut short, and base64-wrapped in a header —
// each in a file of this test's home (planted/), listed in planted/expected. The sweep must report
// exactly those files, from the ledger the real server wrote; it fails when it misses one, and does
// not count them as leaks.

#include "cli.h"
#include "testenvironment.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace OAuthDesk::Test;

class tst_CanarySweep : public QObject
{
    Q_OBJECT
private:
    TestServer m_server;

    static bool write(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

private Q_SLOTS:
    void cleanup() { printBrowserLogIfFailed(); }

    void initTestCase()
    {
        if (!canarySweep())
            QSKIP("plants a secret for scripts/canary-sweep to find: runs under the sweep only");
        if (!keychainAvailable())
            QSKIP("needs a session bus with a Secret Service: run through scripts/test");
        resetTestHome();
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void plantAnAccessTokenFromARealRun()
    {
        const CliRun add = runOAuthDesk(
                { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("Planted"),
                  QStringLiteral("--issuer"), m_server.issuer().toString(),
                  QStringLiteral("--client-id"), QStringLiteral("oauthdesk-test"),
                  QStringLiteral("--scope"), QStringLiteral("openid api:read") });
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const CliRun login = runOAuthDesk({ QStringLiteral("login"), QStringLiteral("Planted") });
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const CliRun token = runOAuthDesk({ QStringLiteral("token"), QStringLiteral("Planted") });
        QVERIFY2(token.exitCode == 0, token.err.constData());
        const QByteArray accessToken = token.out.trimmed();
        QVERIFY(accessToken.size() >= 32);
        // The server answers to it: a real token, the one the server wrote in the ledger.
        QCOMPARE(m_server.resourceStatus(QString::fromLatin1(accessToken)), 200);

        const QString dir = testHome() + QLatin1String("/planted");
        QDir(dir).removeRecursively();
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(write(dir + QLatin1String("/whole.log"), "debug: token " + accessToken + '\n'));
        QVERIFY(write(dir + QLatin1String("/cut.log"),
                      "debug: token " + accessToken.left(16) + "...\n"));
        QVERIFY(write(dir + QLatin1String("/basic.log"),
                      "Authorization: Basic " + QByteArray("x:" + accessToken).toBase64() + '\n'));
        // Written last: the sweep holds the sweep's findings against this list.
        QVERIFY(write(dir + QLatin1String("/expected"), "whole.log\ncut.log\nbasic.log\n"));
    }
};

QTEST_GUILESS_MAIN(tst_CanarySweep)
#include "tst_canarysweep.moc"
