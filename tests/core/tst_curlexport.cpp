#include "resource/curlexport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace OAuthDesk;

class tst_CurlExport : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        QStringList args;
        QByteArray input;
        bool stdinUsed = false;
        int exitCode = -1;
        QByteArray errors;
    };

    /// Runs the command with stand-ins: curl prints each argument NUL-terminated (then what it
    /// reads with @-), oauthdesk prints the arguments it got.
    static Run run(const QString &shell, const QString &command)
    {
        const QString fakes =
                QStringLiteral("curl() { stdin=0; for a in \"$@\"; do printf '%s\\000' \"$a\"; "
                               "if [ \"$a\" = @- ]; then stdin=1; fi; done; "
                               "if [ $stdin = 1 ]; then printf 'STDIN\\000'; cat; fi; }\n"
                               "oauthdesk() { printf 'tok<%s>' \"$*\"; }\n");
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OAUTHDESK_TOKEN"), QStringLiteral("env-token"));
        env.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent-home"));
        process.setProcessEnvironment(env);
        process.start(shell, { QStringLiteral("-c"), fakes + command });
        process.closeWriteChannel();
        Run result;
        if (!process.waitForFinished(10000))
            return result;
        result.exitCode = process.exitCode();
        result.errors = process.readAllStandardError();
        QByteArray out = process.readAllStandardOutput();
        const qsizetype marker = out.indexOf(QByteArray("STDIN\0", 6));
        if (marker >= 0) {
            result.stdinUsed = true;
            result.input = out.mid(marker + 6);
            out = out.left(marker);
        }
        QByteArrayList parts = out.split('\0');
        if (!parts.isEmpty() && parts.last().isEmpty())
            parts.removeLast();
        for (const QByteArray &part : parts)
            result.args.append(QString::fromUtf8(part));
        return result;
    }

    static QStringList shells()
    {
        QStringList out{ QStringLiteral("/bin/sh") };
        for (const QString &name : { QStringLiteral("dash"), QStringLiteral("bash") }) {
            const QString path = QStandardPaths::findExecutable(name);
            if (!path.isEmpty())
                out.append(path);
        }
        return out;
    }

private Q_SLOTS:
    void shellQuote_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("'abc'");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
        QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("'it'\"'\"'s'");
        QTest::newRow("dollar and backtick")
                << QStringLiteral("$x `y`") << QStringLiteral("'$x `y`'");
    }
    void shellQuote()
    {
        QFETCH(QString, word);
        QFETCH(QString, quoted);
        QCOMPARE(CurlExport::shellQuote(word), quoted);
    }

    void toCurl_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<CurlExport::Headers>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("account");
        QTest::addColumn<bool>("includeToken");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QStringList>("args"); // "URL" stands for the URL as curl gets it
        QTest::addColumn<bool>("stdinUsed");
        QTest::addColumn<QStringList>("notInCommand");

        const QString api = QStringLiteral("https://api.example/v1/me");
        const CurlExport::Headers bearer{ { "Authorization", "Bearer REAL-ACCESS-TOKEN" },
                                          { "Accept", "application/json" } };
        const QStringList secret{ QStringLiteral("REAL-ACCESS-TOKEN") };
        const QString u = QStringLiteral("URL");
        const QString h = QStringLiteral("-H");

        QTest::newRow("get with account")
                << QByteArray("GET") << api << bearer << QByteArray() << QStringLiteral("work")
                << false << QString()
                << QStringList{ u, h, QStringLiteral("Authorization: Bearer tok<token work>"), h,
                                QStringLiteral("Accept: application/json") }
                << false << secret;
        QTest::newRow("account with quote, space, $ and backtick")
                << QByteArray("GET") << api << bearer << QByteArray()
                << QStringLiteral("it's $HOME `id` \"x\"") << false << QString()
                << QStringList{ u, h,
                                QStringLiteral(
                                        "Authorization: Bearer tok<token it's $HOME `id` \"x\">"),
                                h, QStringLiteral("Accept: application/json") }
                << false << secret;
        QTest::newRow("account starting with a dash")
                << QByteArray("GET") << api << bearer << QByteArray() << QStringLiteral("-x")
                << false << QString()
                << QStringList{ u, h, QStringLiteral("Authorization: Bearer tok<token -- -x>"), h,
                                QStringLiteral("Accept: application/json") }
                << false << secret;
        QTest::newRow("token included")
                << QByteArray("GET") << api << bearer << QByteArray() << QStringLiteral("work")
                << true << QStringLiteral("T0K'en$`x`")
                << QStringList{ u, h, QStringLiteral("Authorization: Bearer T0K'en$`x`"), h,
                                QStringLiteral("Accept: application/json") }
                << false << QStringList{ QStringLiteral("oauthdesk token") };
        QTest::newRow("no header, account given")
                << QByteArray("GET") << api << CurlExport::Headers{} << QByteArray()
                << QStringLiteral("work") << false << QString()
                << QStringList{ u, h, QStringLiteral("Authorization: Bearer tok<token work>") }
                << false << QStringList{};
        QTest::newRow("no account: environment")
                << QByteArray("GET") << api << bearer << QByteArray() << QString() << false
                << QString()
                << QStringList{ u, h, QStringLiteral("Authorization: Bearer env-token"), h,
                                QStringLiteral("Accept: application/json") }
                << false << secret;
        QTest::newRow("basic credentials withheld")
                << QByteArray("POST") << QStringLiteral("https://idp.example/token")
                << CurlExport::Headers{ { "Authorization", "Basic Y2xpZW50OnNlY3JldA==" } }
                << QByteArray("grant_type=client_credentials") << QStringLiteral("work") << false
                << QString()
                << QStringList{ u, h, QStringLiteral("Authorization: Basic [redacted]"),
                                QStringLiteral("--data-raw"),
                                QStringLiteral("grant_type=client_credentials") }
                << false << QStringList{ QStringLiteral("Y2xpZW50OnNlY3JldA==") };
        QTest::newRow("post json with newlines and quotes")
                << QByteArray("POST") << api
                << CurlExport::Headers{ { "Content-Type", "application/json" } }
                << QByteArray("{\n  \"a\": \"it's $x `y` \\\\ \"\n}\n") << QString() << false
                << QString()
                << QStringList{ u, h, QStringLiteral("Content-Type: application/json"),
                                QStringLiteral("--data-raw"),
                                QStringLiteral("{\n  \"a\": \"it's $x `y` \\\\ \"\n}\n") }
                << false << QStringList{ QStringLiteral("-X") };
        QTest::newRow("put") << QByteArray("put") << api << CurlExport::Headers{}
                             << QByteArray("x=1") << QString() << false << QString()
                             << QStringList{ QStringLiteral("-X"), QStringLiteral("PUT"), u,
                                             QStringLiteral("--data-raw"), QStringLiteral("x=1") }
                             << false << QStringList{};
        QTest::newRow("delete without body")
                << QByteArray("DELETE") << api << CurlExport::Headers{} << QByteArray() << QString()
                << false << QString()
                << QStringList{ QStringLiteral("-X"), QStringLiteral("DELETE"), u } << false
                << QStringList{};
        QTest::newRow("get with body")
                << QByteArray("GET") << api << CurlExport::Headers{} << QByteArray("q") << QString()
                << false << QString()
                << QStringList{ QStringLiteral("-X"), QStringLiteral("GET"), u,
                                QStringLiteral("--data-raw"), QStringLiteral("q") }
                << false << QStringList{};
        QTest::newRow("head") << QByteArray("HEAD") << api << CurlExport::Headers{} << QByteArray()
                              << QString() << false << QString()
                              << QStringList{ QStringLiteral("--head"), u } << false
                              << QStringList{};
        QTest::newRow("body starting with @ is not a file name")
                << QByteArray("POST") << api << CurlExport::Headers{} << QByteArray("@/etc/passwd")
                << QString() << false << QString()
                << QStringList{ u, QStringLiteral("--data-raw"), QStringLiteral("@/etc/passwd") }
                << false << QStringList{ QStringLiteral("--data-binary") };
        QTest::newRow("binary body through stdin")
                << QByteArray("POST") << api
                << CurlExport::Headers{ { "Content-Type", "application/octet-stream" } }
                << QByteArray("\0\x01\xff'%s\\n\n", 10) << QString() << false << QString()
                << QStringList{ u, h, QStringLiteral("Content-Type: application/octet-stream"),
                                QStringLiteral("--data-binary"), QStringLiteral("@-") }
                << true << QStringList{};
        QTest::newRow("url with quote and brackets")
                << QByteArray("GET") << QStringLiteral("https://api.example/x?q=a'b$c&f[]=1")
                << CurlExport::Headers{} << QByteArray() << QString() << false << QString()
                << QStringList{ QStringLiteral("--globoff"), u } << false << QStringList{};
        QTest::newRow("header values with quotes, $, backticks; empty; Content-Length")
                << QByteArray("GET") << api
                << CurlExport::Headers{ { "X-Note", "a \"b\" 'c' $d `e` \\f" },
                                        { "X-Empty", "" },
                                        { "Content-Length", "0" } }
                << QByteArray() << QString() << false << QString()
                << QStringList{ u, h, QStringLiteral("X-Note: a \"b\" 'c' $d `e` \\f"), h,
                                QStringLiteral("X-Empty;") }
                << false << QStringList{ QStringLiteral("Content-Length") };
    }
    void toCurl()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(CurlExport::Headers, headers);
        QFETCH(QByteArray, body);
        QFETCH(QString, account);
        QFETCH(bool, includeToken);
        QFETCH(QString, token);
        QFETCH(QStringList, args);
        QFETCH(bool, stdinUsed);
        QFETCH(QStringList, notInCommand);

        const QUrl qurl(url);
        const QString command =
                CurlExport::toCurl(method, qurl, headers, body, account, includeToken, token);
        for (const QString &text : notInCommand)
            QVERIFY2(!command.contains(text), qPrintable(command));
        args.replace(args.indexOf(QStringLiteral("URL")), qurl.toString(QUrl::FullyEncoded));

        for (const QString &shell : shells()) {
            QProcess check;
            check.start(shell, { QStringLiteral("-n"), QStringLiteral("-c"), command });
            QVERIFY(check.waitForFinished(10000));
            QVERIFY2(check.exitCode() == 0, qPrintable(shell + QLatin1Char(' ') + command));

            const Run result = run(shell, command);
            QVERIFY2(result.exitCode == 0, result.errors.constData());
            QCOMPARE(result.args, args);
            QCOMPARE(result.stdinUsed, stdinUsed);
            if (stdinUsed)
                QCOMPARE(result.input, body);
        }
    }
};

QTEST_GUILESS_MAIN(tst_CurlExport)
#include "tst_curlexport.moc"
