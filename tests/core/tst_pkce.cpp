#include "common/constanttime.h"
#include "common/random.h"
#include "pkce/pkce.h"

#include <QSet>
#include <QTest>

using namespace OAuthDesk;

class tst_Pkce : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc7636AppendixB()
    {
        // RFC 7636 Appendix B: the one published S256 vector.
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QCOMPARE(Pkce::method(), QByteArray("S256"));
    }

    void generatedVerifierIs32OctetsOfBase64Url()
    {
        const Pkce pkce = Pkce::generate();
        QCOMPARE(pkce.verifier().size(), 43); // 32 octets, base64url, no padding (RFC 7636 §4.1)
        QCOMPARE(QByteArray::fromBase64(pkce.verifier(), QByteArray::Base64UrlEncoding).size(), 32);
        for (char c : pkce.verifier())
            QVERIFY2(QByteArrayView(
                             "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                             .contains(c),
                     "verifier must use the unreserved base64url alphabet");
        QCOMPARE(pkce.challenge(), Pkce::challengeFor(pkce.verifier()));
    }

    void verifiersAndStatesAreFresh()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray state = randomUrlSafeString(32);
            QCOMPARE(state.size(), 43); // 256 bits ≥ the 128 RFC 9700 asks for
            QVERIFY2(!seen.contains(state), "a random value repeated");
            seen.insert(state);
        }
        QVERIFY(Pkce::generate().verifier() != Pkce::generate().verifier());
    }

    void constantTimeEquals_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("same") << QByteArray("abc") << QByteArray("abc") << true;
        QTest::newRow("different last") << QByteArray("abc") << QByteArray("abd") << false;
        QTest::newRow("prefix") << QByteArray("abc") << QByteArray("ab") << false;
        QTest::newRow("empty vs value") << QByteArray() << QByteArray("a") << false;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    }
    void constantTimeEquals()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QCOMPARE(OAuthDesk::constantTimeEquals(a, b), equal);
    }
};

QTEST_GUILESS_MAIN(tst_Pkce)
#include "tst_pkce.moc"
