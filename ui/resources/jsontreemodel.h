#pragma once

#include "resources/jsonsearch.h"

#include <QAbstractItemModel>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>

#include <functional>
#include <memory>
#include <unordered_map>

namespace OAuthDesk {

/**
 * A parsed JSON document as a tree of Key / Value / Type rows, for the response viewer.
 *
 * Items are made lazily: an index carries the container it belongs to and its row, and a container
 * gets an internal node only when a view asks for its children. Setting a top-level array of 500
 * 000 objects therefore costs one node, and expanding it builds no nodes for the objects until they
 * are expanded in turn; values are read from the (implicitly shared) QJsonValue on demand.
 *
 * Qt 6 keeps an object's members in key order (it sorts them while parsing), so rows of an object
 * are alphabetical, not in the order of the source text. Long strings are cut short in the Value
 * column; valueText() and the ValueTextRole give them whole.
 *
 * search() runs on a worker thread (a 50 MB document takes a second or two) and can be superseded
 * or cancelled; matches are row paths in tree order, turned into indexes only when shown.
 */
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_PROPERTY(bool searching READ isSearching NOTIFY searchingChanged)
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        JsonPathRole = Qt::UserRole + 1, ///< `$.items[3].name`
        ValueTextRole, ///< valueText()
        JsonValueRole, ///< the QJsonValue
    };
    /// The rows from the top to an item: {3, 1} is the second child of the fourth top-level row.
    using RowPath = JsonSearch::RowPath;
    using SearchResult = JsonSearch::Result;

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    /// Shows a document: its top-level object's members or array's elements are the top-level rows.
    void setDocument(const QJsonDocument &document);
    /// Shows any value; a scalar is one row whose path is `$`. Undefined shows nothing.
    void setRootValue(const QJsonValue &root);
    /// Shows a newer state of a document that is loading: `root` is the shown one with more
    /// elements at the end of the array at `path` (rows from the top; empty: the root), and nothing
    /// else changed. The new rows are inserted; expanded items, selection and scroll position stay.
    void appendToArray(const QJsonValue &root, const RowPath &path);
    /// Parses `json` on the calling thread (fine for small documents) and shows it; on failure
    /// shows nothing and returns false with the parser's message in `errorString`.
    bool setJson(const QByteArray &json, QString *errorString = nullptr);
    void clear();
    QJsonValue rootValue() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QJsonValue jsonValue(const QModelIndex &index) const;
    /// The path from the top in JSONPath (RFC 9535) notation: `$.items[3].name`, `$['a key']`.
    QString jsonPath(const QModelIndex &index) const;
    /// Containers as compact JSON, scalars as their plain text (a string without quotes, `null`).
    QString valueText(const QModelIndex &index) const;
    /// "object", "array", "string", "number", "boolean", "null".
    static QString typeName(const QJsonValue &value);

    RowPath rowPath(const QModelIndex &index) const;
    /// The index in column 0 at a rows path (invalid when there is none); makes the nodes on the
    /// way.
    QModelIndex indexForRowPath(const RowPath &path) const;
    QString jsonPath(const RowPath &path) const;

    /// How many containers have an internal node so far (the root's included): what lazy costs.
    int nodeCount() const { return m_nodeCount; }

    /// Looks for `text` (case-insensitive) in keys and in scalar values (JsonSearch), on a worker
    /// thread; ends with searchFinished(). A new search or a new document supersedes one that is
    /// running.
    void startSearch(const QString &text, int limit = 10000);
    void cancelSearch();
    bool isSearching() const;
    const SearchResult &searchResult() const { return m_searchResult; }

Q_SIGNALS:
    void searchFinished(const QString &text);
    void searchingChanged(bool searching);

private:
    struct Node;

    void resetRoot(const QJsonValue &root);
    Node *nodeOf(const QModelIndex &index) const;
    Node *childNode(Node *parent, int row) const;
    QJsonValue childValue(const Node *parent, int row) const;
    QString childSegment(const Node *parent, int row) const;

    std::unique_ptr<Node> m_root;
    mutable int m_nodeCount = 0;
    SearchResult m_searchResult;
    QFutureWatcher<SearchResult> *m_searchWatcher = nullptr;
};

} // namespace OAuthDesk
