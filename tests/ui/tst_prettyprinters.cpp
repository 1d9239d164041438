#include "resources/jsonprettyprinter.h"
#include "resources/xmlprettyprinter.h"

#include <QTest>

using namespace OAuthDesk;

/// The raw view's printers: JSON and XML re-indented as written, cut at a limit on whole lines and
/// whole characters. No widgets.
class tst_PrettyPrinters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("nested, keys in the server's order")
                << QByteArray("{\"b\":[1, 2],\"a\":{\"c\":true}}")
                << QByteArray("{\n    \"b\": [\n        1,\n        2\n    ],\n    \"a\": {\n"
                              "        \"c\": true\n    }\n}\n");
        QTest::newRow("empty containers stay on one line")
                << QByteArray("{\"a\": [ ], \"b\": {\n}}")
                << QByteArray("{\n    \"a\": [],\n    \"b\": {}\n}\n");
        QTest::newRow("numbers as written")
                << QByteArray("[1.50,1e3,-0]") << QByteArray("[\n    1.50,\n    1e3,\n    -0\n]\n");
        QTest::newRow("punctuation and spaces inside strings")
                << QByteArray("{\"s\" : \"x, {y}: [z]  \\\"q\\\"\"}")
                << QByteArray("{\n    \"s\": \"x, {y}: [z]  \\\"q\\\"\"\n}\n");
        QTest::newRow("escaped backslash before a closing quote")
                << QByteArray("[\"a\\\\\",\"b\"]")
                << QByteArray("[\n    \"a\\\\\",\n    \"b\"\n]\n");
        QTest::newRow("scalar") << QByteArray("  42 ") << QByteArray("42\n");
        QTest::newRow("empty") << QByteArray() << QByteArray("\n");
    }

    void json()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, expected);
        bool truncated = true;
        QCOMPARE(JsonPrettyPrinter::print(json, 1024, &truncated), expected);
        QVERIFY(!truncated);
    }

    void jsonCutAfterAWholeLine()
    {
        QByteArray json = "[";
        for (int i = 0; i < 100; ++i)
            json += QByteArray::number(i) + ',';
        json += "100]";
        const QByteArray whole = JsonPrettyPrinter::print(json, 1 << 20);
        bool truncated = false;
        const QByteArray cut = JsonPrettyPrinter::print(json, 64, &truncated);
        QVERIFY(truncated);
        QVERIFY(cut.size() <= 64);
        QVERIFY(cut.size() > 32);
        QVERIFY(cut.endsWith(",\n"));
        QVERIFY(whole.startsWith(cut));
    }

    void jsonCutKeepsCharactersWhole()
    {
        // One long line: no line end to cut after, so the cut steps back to a character's start.
        const QByteArray e = QStringLiteral("\u00e9").toUtf8(); // two bytes
        const QByteArray json = '"' + e.repeated(100) + '"';
        bool truncated = false;
        QCOMPARE(JsonPrettyPrinter::print(json, 52, &truncated), '"' + e.repeated(25));
        QVERIFY(truncated);
        QCOMPARE(JsonPrettyPrinter::print(json, 51, &truncated), '"' + e.repeated(25));
    }

    void xml()
    {
        QByteArray out;
        bool truncated = true;
        QString error = QStringLiteral("untouched");
        QVERIFY(XmlPrettyPrinter::print(
                "<?xml version=\"1.0\"?><feed xmlns=\"urn:x\" xmlns:m=\"urn:m\">\n  <entry "
                "id=\"1\" "
                "m:kind=\"k\"><title>One &amp; two</title></entry><empty/></feed>",
                1024, &out, &truncated, &error));
        QCOMPARE(out,
                 QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<feed xmlns=\"urn:x\" xmlns:m=\"urn:m\">\n"
                            "    <entry id=\"1\" m:kind=\"k\">\n"
                            "        <title>One &amp; two</title>\n"
                            "    </entry>\n"
                            "    <empty/>\n"
                            "</feed>\n"));
        QVERIFY(!truncated);
        QCOMPARE(error, QStringLiteral("untouched"));
    }

    void xmlNotWellFormed()
    {
        QByteArray out = "untouched";
        bool truncated = false;
        QString error;
        QVERIFY(!XmlPrettyPrinter::print("<a>\n<b></a>", 1024, &out, &truncated, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Not well-formed XML: ")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("(line 2, column ")), qPrintable(error));
        QCOMPARE(out, QByteArray("untouched"));
    }

    void xmlCutAfterAWholeLine()
    {
        QByteArray xml = "<list>";
        for (int i = 0; i < 100; ++i)
            xml += "<item>" + QByteArray::number(i) + "</item>";
        xml += "</list>";
        QByteArray whole;
        QVERIFY(XmlPrettyPrinter::print(xml, 1 << 20, &whole, nullptr, nullptr));
        QByteArray cut;
        bool truncated = false;
        QVERIFY(XmlPrettyPrinter::print(xml, 200, &cut, &truncated, nullptr));
        QVERIFY(truncated);
        QVERIFY(cut.size() <= 200);
        QVERIFY(cut.size() > 100);
        QVERIFY(cut.endsWith("</item>\n"));
        QVERIFY(whole.startsWith(cut));
    }
};

QTEST_GUILESS_MAIN(tst_PrettyPrinters)
#include "tst_prettyprinters.moc"
