#include "resources/jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace OAuthDesk;

namespace {

/// A nested document with keys that need quoting in a path, empty containers and every scalar type.
const QByteArray Nested =
        "{"
        "\"name\": \"desk\","
        "\"items\": ["
        "  {\"id\": 1, \"name\": \"a\", \"tags\": [\"x\", \"y\"]},"
        "  {\"id\": 2.5, \"name\": null, \"ok\": true, \"note\": \"line\\nbreak \\\"quoted\\\"\"}"
        "],"
        "\"empty_obj\": {},"
        "\"empty_arr\": [],"
        "\"odd key\": \"v\","
        "\"it's\": 1,"
        "\"9lives\": 2,"
        "\"\": 3,"
        "\"big\": 9007199254740993,"
        "\"\xc3\xbcn\xc3\xaf\": 4"
        "}";

QString display(const QAbstractItemModel &model, const QModelIndex &index, int column)
{
    return model.data(index.siblingAtColumn(column)).toString();
}

/// The row of a key under `parent`, found through the model's own Key column.
QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, const QString &key)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == key)
            return index;
    }
    return {};
}

} // namespace

class tst_JsonTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void nestedDocument();
    void paths_data();
    void paths();
    void emptyContainers();
    void scalarRoot();
    void invalidJson();
    void itemsAreMadeLazily();
    void appendToArray();
    void appendToTopLevelArray();
    void appendToArrayOfAnotherDocumentResets();
    void search();
    void searchLimit();
    void asyncSearch();
    void newerSearchSupersedesOlder();
    void newDocumentCancelsSearch();
};

void tst_JsonTreeModel::passesModelTester()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setJson(Nested));
    model.setJson("[1, [2, [3, {\"a\": []}]], {}]");
    model.clear();
}

void tst_JsonTreeModel::nestedDocument()
{
    JsonTreeModel model;
    QString error;
    QVERIFY2(model.setJson(Nested, &error), qPrintable(error));

    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(JsonTreeModel::KeyColumn, Qt::Horizontal).toString(),
             QStringLiteral("Key"));
    QCOMPARE(model.headerData(JsonTreeModel::ValueColumn, Qt::Horizontal).toString(),
             QStringLiteral("Value"));
    QCOMPARE(model.headerData(JsonTreeModel::TypeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Type"));
    QCOMPARE(model.rowCount(), 10);
    // Qt 6 keeps an object's members in key order.
    QCOMPARE(model.index(0, 0).data().toString(), QString());
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("9lives"));

    const QModelIndex items = child(model, {}, QStringLiteral("items"));
    QVERIFY(items.isValid());
    QCOMPARE(display(model, items, JsonTreeModel::TypeColumn), QStringLiteral("array"));
    QCOMPARE(display(model, items, JsonTreeModel::ValueColumn), QStringLiteral("[2 item(s)]"));
    QCOMPARE(model.rowCount(items), 2);
    QVERIFY(model.hasChildren(items));
    QCOMPARE(model.jsonPath(items), QStringLiteral("$.items"));

    const QModelIndex first = model.index(0, 0, items);
    QCOMPARE(first.data().toString(), QStringLiteral("0"));
    QCOMPARE(display(model, first, JsonTreeModel::ValueColumn), QStringLiteral("{3 key(s)}"));
    QCOMPARE(display(model, first, JsonTreeModel::TypeColumn), QStringLiteral("object"));
    QCOMPARE(model.valueText(first),
             QStringLiteral("{\"id\":1,\"name\":\"a\",\"tags\":[\"x\",\"y\"]}"));
    QCOMPARE(model.parent(first), items);

    const QModelIndex name = child(model, first, QStringLiteral("name"));
    QCOMPARE(model.jsonPath(name), QStringLiteral("$.items[0].name"));
    QCOMPARE(name.data(JsonTreeModel::JsonPathRole).toString(), QStringLiteral("$.items[0].name"));
    QCOMPARE(model.valueText(name), QStringLiteral("a"));
    QCOMPARE(display(model, name, JsonTreeModel::ValueColumn), QStringLiteral("\"a\""));
    QCOMPARE(display(model, name, JsonTreeModel::TypeColumn), QStringLiteral("string"));
    QVERIFY(model.flags(name) & Qt::ItemNeverHasChildren);
    QCOMPARE(model.rowCount(name), 0);

    const QModelIndex tags = child(model, first, QStringLiteral("tags"));
    QCOMPARE(model.rowCount(tags), 2);
    const QModelIndex y = model.index(1, JsonTreeModel::ValueColumn, tags);
    QCOMPARE(y.data().toString(), QStringLiteral("\"y\""));
    QCOMPARE(model.jsonPath(y), QStringLiteral("$.items[0].tags[1]"));
    QCOMPARE(model.parent(y), tags);
    QCOMPARE(model.parent(model.parent(y)), first);
    QCOMPARE(model.rowPath(y), (JsonTreeModel::RowPath{ 6, 0, 2, 1 }));
    QCOMPARE(model.indexForRowPath({ 6, 0, 2, 1 }), y.siblingAtColumn(0));
    QCOMPARE(model.jsonPath(JsonTreeModel::RowPath{ 6, 0, 2, 1 }),
             QStringLiteral("$.items[0].tags[1]"));
    QVERIFY(!model.indexForRowPath({ 6, 0, 2, 2 }).isValid());

    const QModelIndex second = model.index(1, 0, items);
    const auto valueOf = [&](const char *key) {
        return model.valueText(child(model, second, QLatin1String(key)));
    };
    const auto typeOf = [&](const char *key) {
        return display(model, child(model, second, QLatin1String(key)), JsonTreeModel::TypeColumn);
    };
    QCOMPARE(valueOf("id"), QStringLiteral("2.5"));
    QCOMPARE(typeOf("id"), QStringLiteral("number"));
    QCOMPARE(valueOf("name"), QStringLiteral("null"));
    QCOMPARE(typeOf("name"), QStringLiteral("null"));
    QCOMPARE(valueOf("ok"), QStringLiteral("true"));
    QCOMPARE(typeOf("ok"), QStringLiteral("boolean"));
    // The value as it is; the Value column shows it as a JSON string on one line.
    QCOMPARE(valueOf("note"), QStringLiteral("line\nbreak \"quoted\""));
    QCOMPARE(display(model, child(model, second, QStringLiteral("note")),
                     JsonTreeModel::ValueColumn),
             QStringLiteral("\"line\\nbreak \\\"quoted\\\"\""));

    // Integers beyond 2^53 keep every digit.
    QCOMPARE(model.valueText(child(model, {}, QStringLiteral("big"))),
             QStringLiteral("9007199254740993"));
}

void tst_JsonTreeModel::paths_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("path");

    QTest::newRow("identifier") << QStringLiteral("name") << QStringLiteral("$.name");
    QTest::newRow("underscore and digits")
            << QStringLiteral("empty_arr") << QStringLiteral("$.empty_arr");
    QTest::newRow("space") << QStringLiteral("odd key") << QStringLiteral("$['odd key']");
    QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("$['it\\'s']");
    QTest::newRow("leading digit") << QStringLiteral("9lives") << QStringLiteral("$['9lives']");
    QTest::newRow("empty") << QString() << QStringLiteral("$['']");
    QTest::newRow("non-ASCII") << QStringLiteral("\u00fcn\u00ef")
                               << QStringLiteral("$.\u00fcn\u00ef");
}

void tst_JsonTreeModel::paths()
{
    QFETCH(QString, key);
    QFETCH(QString, path);

    JsonTreeModel model;
    QVERIFY(model.setJson(Nested));
    const QModelIndex index = child(model, {}, key);
    QVERIFY(index.isValid());
    QCOMPARE(model.jsonPath(index), path);
    QCOMPARE(model.jsonPath(model.rowPath(index)), path);
}

void tst_JsonTreeModel::emptyContainers()
{
    JsonTreeModel model;
    QVERIFY(model.setJson(Nested));
    const QModelIndex object = child(model, {}, QStringLiteral("empty_obj"));
    const QModelIndex array = child(model, {}, QStringLiteral("empty_arr"));
    QCOMPARE(model.rowCount(object), 0);
    QCOMPARE(model.rowCount(array), 0);
    QVERIFY(!model.hasChildren(object));
    QVERIFY(!model.hasChildren(array));
    QVERIFY(!model.index(0, 0, object).isValid());
    QCOMPARE(model.valueText(object), QStringLiteral("{}"));
    QCOMPARE(model.valueText(array), QStringLiteral("[]"));
    QCOMPARE(display(model, object, JsonTreeModel::ValueColumn), QStringLiteral("{0 key(s)}"));
    QCOMPARE(display(model, array, JsonTreeModel::TypeColumn), QStringLiteral("array"));

    QVERIFY(model.setJson("[]"));
    QCOMPARE(model.rowCount(), 0);
}

void tst_JsonTreeModel::scalarRoot()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRootValue(QJsonValue(QStringLiteral("just text")));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex index = model.index(0, 0);
    QCOMPARE(index.data().toString(), QStringLiteral("$"));
    QCOMPARE(model.jsonPath(index), QStringLiteral("$"));
    QCOMPARE(model.valueText(index), QStringLiteral("just text"));
    QCOMPARE(display(model, index, JsonTreeModel::TypeColumn), QStringLiteral("string"));
    QCOMPARE(model.rowCount(index), 0);
    QCOMPARE(JsonSearch::find(model.rootValue(), QStringLiteral("TEXT"), 10).matches,
             QList<JsonTreeModel::RowPath>{ { 0 } });
}

void tst_JsonTreeModel::invalidJson()
{
    JsonTreeModel model;
    QVERIFY(model.setJson(Nested));
    QString error;
    QVERIFY(!model.setJson("{\"a\": [1, 2", &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.rootValue().isUndefined());
}

void tst_JsonTreeModel::itemsAreMadeLazily()
{
    // 100 000 objects of three levels each.
    QJsonArray array;
    for (int i = 0; i < 100000; ++i)
        array.append(
                QJsonObject{ { QStringLiteral("id"), i },
                             { QStringLiteral("inner"),
                               QJsonObject{ { QStringLiteral("deep"), QJsonArray{ i, i } } } } });
    JsonTreeModel model;
    model.setRootValue(array);
    QCOMPARE(model.nodeCount(), 1);
    QCOMPARE(model.rowCount(), 100000);

    // A view lays out every top-level row, paints some, and asks which have children: no items yet.
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&model);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(model.hasChildren(model.index(99999, 0)));
    QCOMPARE(model.index(99999, 1).data().toString(), QStringLiteral("{2 key(s)}"));
    QCOMPARE(model.nodeCount(), 1);

    // Expanding one object makes its node only; its children's nodes come when they are expanded.
    view.expand(model.index(5, 0));
    QCOMPARE(model.nodeCount(), 2);
    const QModelIndex inner = child(model, model.index(5, 0), QStringLiteral("inner"));
    QCOMPARE(model.jsonPath(inner), QStringLiteral("$[5].inner"));
    QCOMPARE(model.nodeCount(), 2);
    view.expand(inner);
    QCOMPARE(model.nodeCount(), 3);
    QCOMPARE(model.jsonPath(model.index(1, 0, model.index(0, 0, inner))),
             QStringLiteral("$[5].inner.deep[1]"));
    QCOMPARE(model.nodeCount(), 4);

    model.clear();
    QCOMPARE(model.nodeCount(), 1);
}

void tst_JsonTreeModel::appendToArray()
{
    const auto document = [](int count) {
        QJsonArray items;
        for (int i = 0; i < count; ++i)
            items.append(QJsonObject{ { QStringLiteral("id"), i } });
        return QJsonValue(
                QJsonObject{ { QStringLiteral("meta"), QJsonObject{ { QStringLiteral("n"), 1 } } },
                             { QStringLiteral("items"), items } });
    };
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRootValue(document(2));
    QTreeView view;
    view.setModel(&model);
    const QModelIndex items = child(model, {}, QStringLiteral("items"));
    QCOMPARE(items.row(), 0); // members in key order
    view.expand(items);
    view.expand(model.index(1, 0, items));
    view.setCurrentIndex(model.index(0, 0, model.index(1, 0, items)));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.appendToArray(document(5), { 0 });
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), items);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 4);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(items), 5);
    QCOMPARE(display(model, items, JsonTreeModel::ValueColumn), QStringLiteral("[5 item(s)]"));
    QCOMPARE(model.jsonPath(model.index(4, 0, items)), QStringLiteral("$.items[4]"));
    QCOMPARE(
            display(model, model.index(0, 0, model.index(4, 0, items)), JsonTreeModel::ValueColumn),
            QStringLiteral("4"));
    QCOMPARE(model.rootValue(), document(5));
    // What the person had open stays open.
    QVERIFY(view.isExpanded(items));
    QVERIFY(view.isExpanded(model.index(1, 0, items)));
    QCOMPARE(model.jsonPath(view.currentIndex()), QStringLiteral("$.items[1].id"));

    // The same size again changes nothing but the document.
    model.appendToArray(document(5), { 0 });
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
}

void tst_JsonTreeModel::appendToTopLevelArray()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRootValue(QJsonArray{ 1, 2 });
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendToArray(QJsonArray{ 1, 2, 3 }, {});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), QModelIndex());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(display(model, model.index(2, 0), JsonTreeModel::ValueColumn), QStringLiteral("3"));
    QCOMPARE(model.nodeCount(), 1);
}

void tst_JsonTreeModel::appendToArrayOfAnotherDocumentResets()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRootValue(QJsonArray{ 1, 2, 3 });
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // Fewer rows, or no array where the path points: not a grown document, so it is shown afresh.
    model.appendToArray(QJsonArray{ 1 }, {});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    model.appendToArray(QJsonObject{ { QStringLiteral("a"), 1 } }, { 0 });
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(display(model, model.index(0, 0), JsonTreeModel::KeyColumn), QStringLiteral("a"));
}

void tst_JsonTreeModel::search()
{
    JsonTreeModel model;
    QVERIFY(model.setJson(Nested));
    const auto paths = [&model](const QString &text) {
        QStringList result;
        const JsonTreeModel::SearchResult found = JsonSearch::find(model.rootValue(), text, 100);
        for (const JsonTreeModel::RowPath &path : found.matches)
            result.append(model.jsonPath(path));
        return result;
    };
    // Keys and values, case-insensitive, in tree order.
    QCOMPARE(paths(QStringLiteral("NAME")),
             (QStringList{ QStringLiteral("$.items[0].name"), QStringLiteral("$.items[1].name"),
                           QStringLiteral("$.name") }));
    QCOMPARE(paths(QStringLiteral("x")), QStringList{ QStringLiteral("$.items[0].tags[0]") });
    QCOMPARE(paths(QStringLiteral("2.5")), QStringList{ QStringLiteral("$.items[1].id") });
    QCOMPARE(paths(QStringLiteral("null")), QStringList{ QStringLiteral("$.items[1].name") });
    QCOMPARE(paths(QStringLiteral("break")), QStringList{ QStringLiteral("$.items[1].note") });
    QCOMPARE(paths(QStringLiteral("9007199254740993")), QStringList{ QStringLiteral("$.big") });
    QCOMPARE(paths(QStringLiteral("no such thing")), QStringList());
    // The summary of a container ("[2 items]") is not its value.
    QCOMPARE(paths(QStringLiteral("items]")), QStringList());
    QCOMPARE(paths(QString()), QStringList());
}

void tst_JsonTreeModel::searchLimit()
{
    JsonTreeModel model;
    QVERIFY(model.setJson("[\"a1\", \"a2\", \"a3\", \"b\", \"a4\"]"));
    JsonTreeModel::SearchResult found = JsonSearch::find(model.rootValue(), QStringLiteral("a"), 2);
    QCOMPARE(found.matches, (QList<JsonTreeModel::RowPath>{ { 0 }, { 1 } }));
    QVERIFY(found.limitReached);
    found = JsonSearch::find(model.rootValue(), QStringLiteral("a"), 4);
    QCOMPARE(found.matches.size(), 4);
    QVERIFY(!found.limitReached);
}

void tst_JsonTreeModel::asyncSearch()
{
    JsonTreeModel model;
    QVERIFY(model.setJson(Nested));
    QSignalSpy finished(&model, &JsonTreeModel::searchFinished);
    model.startSearch(QStringLiteral("tags"));
    QVERIFY(model.isSearching());
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!model.isSearching());
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("tags"));
    QCOMPARE(model.searchResult().text, QStringLiteral("tags"));
    QCOMPARE(model.searchResult().matches,
             QList<JsonTreeModel::RowPath>{ (JsonTreeModel::RowPath{ 6, 0, 2 }) });
    QCOMPARE(model.jsonPath(model.indexForRowPath(model.searchResult().matches.first())),
             QStringLiteral("$.items[0].tags"));
}

void tst_JsonTreeModel::newerSearchSupersedesOlder()
{
    JsonTreeModel model;
    QVERIFY(model.setJson(Nested));
    QSignalSpy finished(&model, &JsonTreeModel::searchFinished);
    model.startSearch(QStringLiteral("x"));
    model.startSearch(QStringLiteral("desk"));
    QTRY_VERIFY(!model.isSearching());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("desk"));
    QCOMPARE(model.jsonPath(model.searchResult().matches.value(0)), QStringLiteral("$.name"));
}

void tst_JsonTreeModel::newDocumentCancelsSearch()
{
    JsonTreeModel model;
    QVERIFY(model.setJson(Nested));
    QSignalSpy finished(&model, &JsonTreeModel::searchFinished);
    QSignalSpy searching(&model, &JsonTreeModel::searchingChanged);
    model.startSearch(QStringLiteral("name"));
    QVERIFY(model.setJson("{\"name\": 1}"));
    QVERIFY(!model.isSearching());
    QCOMPARE(searching.count(), 2);
    QVERIFY(model.searchResult().matches.isEmpty());
    // A search of the new document still works, and only it reports.
    model.startSearch(QStringLiteral("name"));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(model.searchResult().matches, QList<JsonTreeModel::RowPath>{ { 0 } });
}

QTEST_MAIN(tst_JsonTreeModel)
#include "tst_jsontreemodel.moc"
