#include "resource/wwwauthenticate.h"

#include <QTest>

using namespace OAuthDesk;

class tst_WwwAuthenticate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QStringList>("schemes");
        QTest::addColumn<QString>("bearerError");
        QTest::addColumn<QString>("bearerDescription");
        QTest::addColumn<QString>("bearerScope");

        QTest::newRow("rfc6750 3 realm only")
                << QByteArray("Bearer realm=\"example\"") << QStringList{ QStringLiteral("Bearer") }
                << QString() << QString() << QString();
        QTest::newRow("rfc6750 3 invalid_token")
                << QByteArray("Bearer realm=\"example\", error=\"invalid_token\", "
                              "error_description=\"The access token expired\"")
                << QStringList{ QStringLiteral("Bearer") } << QStringLiteral("invalid_token")
                << QStringLiteral("The access token expired") << QString();
        QTest::newRow("insufficient_scope")
                << QByteArray("Bearer error=\"insufficient_scope\", scope=\"api:read api:write\"")
                << QStringList{ QStringLiteral("Bearer") } << QStringLiteral("insufficient_scope")
                << QString() << QStringLiteral("api:read api:write");
        QTest::newRow("bare scheme")
                << QByteArray("Bearer") << QStringList{ QStringLiteral("Bearer") } << QString()
                << QString() << QString();
        QTest::newRow("lower-case scheme, unquoted value")
                << QByteArray("bearer error=invalid_token")
                << QStringList{ QStringLiteral("bearer") } << QStringLiteral("invalid_token")
                << QString() << QString();
        QTest::newRow("escaped quote and comma in value") << QByteArray(
                "Bearer error=\"invalid_token\", error_description=\"say \\\"hi\\\", then go\"")
                                                          << QStringList{ QStringLiteral("Bearer") }
                                                          << QStringLiteral("invalid_token")
                                                          << QStringLiteral("say \"hi\", then go")
                                                          << QString();
        QTest::newRow("upper-case parameter names")
                << QByteArray("Bearer ERROR=\"invalid_token\"")
                << QStringList{ QStringLiteral("Bearer") } << QStringLiteral("invalid_token")
                << QString() << QString();
        QTest::newRow("basic then bearer")
                << QByteArray(
                           "Basic realm=\"simple\", Bearer realm=\"api\", error=\"invalid_token\"")
                << QStringList{ QStringLiteral("Basic"), QStringLiteral("Bearer") }
                << QStringLiteral("invalid_token") << QString() << QString();
        QTest::newRow("bearer then token68 scheme")
                << QByteArray("Bearer error=\"invalid_token\", Negotiate abc123==")
                << QStringList{ QStringLiteral("Bearer"), QStringLiteral("Negotiate") }
                << QStringLiteral("invalid_token") << QString() << QString();
        QTest::newRow("rfc9110 example")
                << QByteArray("Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\"\", "
                              "Basic realm=\"simple\"")
                << QStringList{ QStringLiteral("Newauth"), QStringLiteral("Basic") } << QString()
                << QString() << QString();
        QTest::newRow("spaces around equals and extra commas")
                << QByteArray(", Bearer  error = \"invalid_token\" ,, realm=\"x\",")
                << QStringList{ QStringLiteral("Bearer") } << QStringLiteral("invalid_token")
                << QString() << QString();
        QTest::newRow("unterminated quote keeps what was read")
                << QByteArray("Bearer realm=\"x\", error=\"invalid_tok")
                << QStringList{ QStringLiteral("Bearer") } << QString() << QString() << QString();
        QTest::newRow("duplicate parameter: first wins")
                << QByteArray("Bearer error=\"invalid_token\", error=\"insufficient_scope\"")
                << QStringList{ QStringLiteral("Bearer") } << QStringLiteral("invalid_token")
                << QString() << QString();
        QTest::newRow("empty") << QByteArray() << QStringList{} << QString() << QString()
                               << QString();
    }

    void parse()
    {
        QFETCH(QByteArray, header);
        QFETCH(QStringList, schemes);
        QFETCH(QString, bearerError);
        QFETCH(QString, bearerDescription);
        QFETCH(QString, bearerScope);
        const QList<Challenge> challenges = WwwAuthenticate::parse({ header });
        QStringList got;
        for (const Challenge &c : challenges)
            got.append(c.scheme);
        QCOMPARE(got, schemes);
        const auto bearer = WwwAuthenticate::bearer({ header });
        QCOMPARE(bearer.has_value(),
                 schemes.contains(QStringLiteral("Bearer"), Qt::CaseInsensitive));
        if (!bearer)
            return;
        QCOMPARE(bearer->error(), bearerError);
        QCOMPARE(bearer->params.value(QStringLiteral("error_description")), bearerDescription);
        QCOMPARE(bearer->params.value(QStringLiteral("scope")), bearerScope);
    }

    void severalHeaderLines()
    {
        const auto bearer =
                WwwAuthenticate::bearer({ "Basic realm=\"a\"", "Bearer error=\"invalid_token\"" });
        QVERIFY(bearer);
        QCOMPARE(bearer->error(), QStringLiteral("invalid_token"));
    }
};

QTEST_GUILESS_MAIN(tst_WwwAuthenticate)
#include "tst_wwwauthenticate.moc"
