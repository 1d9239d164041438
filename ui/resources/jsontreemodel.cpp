#include "jsontreemodel.h"

#include "resources/jsonpath.h"
#include "resources/jsonsearch.h"
#include "resources/jsonvaluetext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace OAuthDesk {

/// A container that a view has asked about: its value and, made on demand, its containers' nodes.
struct JsonTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0; ///< in the parent
    QJsonValue value;
    int size = 0; ///< the container's rows, asked for every row a view lays out
    std::unordered_map<int, std::unique_ptr<Node>> children;
};

namespace {

/// The Value column shows at most this much of a string; valueText() has it whole.
constexpr qsizetype DisplayLimit = 300;

int containerSize(const QJsonValue &value)
{
    if (value.isArray())
        return int(value.toArray().size());
    if (value.isObject())
        return int(value.toObject().size());
    return 0;
}

bool isContainer(const QJsonValue &value)
{
    return value.isArray() || value.isObject();
}

QJsonValue valueAt(const QJsonValue &container, int row)
{
    if (container.isArray())
        return container.toArray().at(row);
    if (container.isObject()) {
        const QJsonObject object = container.toObject();
        return (object.constBegin() + row).value();
    }
    return container; // a scalar root
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    m_nodeCount = 1;
}

JsonTreeModel::~JsonTreeModel()
{
    if (m_searchWatcher)
        m_searchWatcher->future().cancel();
}

void JsonTreeModel::setDocument(const QJsonDocument &document)
{
    if (document.isArray())
        setRootValue(document.array());
    else if (document.isObject())
        setRootValue(document.object());
    else
        setRootValue(QJsonValue(QJsonValue::Undefined));
}

void JsonTreeModel::setRootValue(const QJsonValue &root)
{
    beginResetModel();
    resetRoot(root);
    endResetModel();
}

void JsonTreeModel::appendToArray(const QJsonValue &root, const RowPath &path)
{
    // The values on the way down, in the new document.
    QList<QJsonValue> values{ root };
    for (const int row : path) {
        const QJsonValue &container = values.constLast();
        if (!isContainer(container) || row < 0 || row >= containerSize(container))
            return setRootValue(root); // not the shown document grown: show it afresh
        values.append(valueAt(container, row));
    }
    if (!values.constLast().isArray())
        return setRootValue(root);
    // The nodes on the way down (made now if no view asked yet), and the array's index.
    QList<Node *> nodes{ m_root.get() };
    QModelIndex arrayIndex;
    for (const int row : path) {
        if (row >= nodes.constLast()->size)
            return setRootValue(root);
        arrayIndex = index(row, 0, arrayIndex);
        nodes.append(nodeOf(arrayIndex));
    }
    const int oldSize = nodes.constLast()->size;
    const int newSize = containerSize(values.constLast());
    if (newSize < oldSize || !nodes.constLast()->value.isArray())
        return setRootValue(root);

    // The old document goes on a worker, as in resetRoot(): the last references to a large array.
    QJsonValue old = m_root->value;
    if (newSize > oldSize)
        beginInsertRows(arrayIndex, oldSize, newSize - 1);
    for (qsizetype i = 0; i < nodes.size(); ++i)
        nodes.at(i)->value = values.at(i);
    nodes.constLast()->size = newSize;
    if (newSize > oldSize)
        endInsertRows();
    if (arrayIndex.isValid()) // its Value column counts the items
        Q_EMIT dataChanged(arrayIndex.siblingAtColumn(ValueColumn),
                           arrayIndex.siblingAtColumn(ValueColumn));
    if (isContainer(old))
        QThreadPool::globalInstance()->start(
                [doomed = std::move(old)]() mutable { doomed = QJsonValue(); });
}

bool JsonTreeModel::setJson(const QByteArray &json, QString *errorString)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    setDocument(document);
    if (error.error != QJsonParseError::NoError) {
        if (errorString)
            *errorString = error.errorString();
        return false;
    }
    return true;
}

void JsonTreeModel::clear()
{
    setRootValue(QJsonValue(QJsonValue::Undefined));
}

QJsonValue JsonTreeModel::rootValue() const
{
    return m_root->value;
}

void JsonTreeModel::resetRoot(const QJsonValue &root)
{
    cancelSearch();
    m_searchResult = {};
    // Freeing a document of some hundred MB takes a noticeable moment: let a worker drop the last
    // reference to the old one, unless a search job still holds it (then that job frees it).
    QJsonValue old = std::exchange(m_root, std::make_unique<Node>())->value;
    if (isContainer(old))
        QThreadPool::globalInstance()->start(
                [doomed = std::move(old)]() mutable { doomed = QJsonValue(); });
    m_root->value = root;
    m_root->size = isContainer(root) ? containerSize(root) : root.isUndefined() ? 0 : 1;
    m_nodeCount = 1;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    if (parent.isValid() && !isContainer(jsonValue(parent)))
        return {}; // no node for a scalar
    Node *container = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (row >= container->size)
        return {};
    return createIndex(row, column, container);
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const auto *container = static_cast<const Node *>(child.internalPointer());
    if (container == m_root.get())
        return {};
    return createIndex(container->row, 0, container->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return m_root->size;
    return containerSize(jsonValue(parent));
}

int JsonTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QJsonValue value = jsonValue(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn: {
            const auto *container = static_cast<const Node *>(index.internalPointer());
            if (container->value.isArray())
                return QString::number(index.row());
            if (container->value.isObject())
                return (container->value.toObject().constBegin() + index.row()).key();
            return QStringLiteral("$");
        }
        case ValueColumn:
            if (value.isArray())
                return tr("[%n item(s)]", nullptr, containerSize(value));
            if (value.isObject())
                return tr("{%n key(s)}", nullptr, containerSize(value));
            if (value.isString()) {
                const QString text = value.toString();
                if (text.size() > DisplayLimit)
                    return QString(JsonValueText::quoted(text.left(DisplayLimit), QLatin1Char('"'))
                                   + QChar(0x2026));
                return JsonValueText::quoted(text, QLatin1Char('"'));
            }
            return JsonValueText::scalar(value);
        case TypeColumn:
            return typeName(value);
        }
        return {};
    case Qt::ToolTipRole:
        return jsonPath(index);
    case JsonPathRole:
        return jsonPath(index);
    case ValueTextRole:
        return valueText(index);
    case JsonValueRole:
        return QVariant::fromValue(value);
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isContainer(jsonValue(index)))
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QJsonValue JsonTreeModel::jsonValue(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root->value;
    return childValue(static_cast<const Node *>(index.internalPointer()), index.row());
}

QString JsonTreeModel::jsonPath(const QModelIndex &index) const
{
    if (!index.isValid())
        return QStringLiteral("$");
    QStringList segments{ childSegment(static_cast<const Node *>(index.internalPointer()),
                                       index.row()) };
    for (const Node *node = static_cast<const Node *>(index.internalPointer()); node->parent;
         node = node->parent)
        segments.prepend(childSegment(node->parent, node->row));
    return QLatin1Char('$') + segments.join(QString());
}

QString JsonTreeModel::jsonPath(const RowPath &path) const
{
    QString result = QStringLiteral("$");
    QJsonValue container = m_root->value;
    for (const int row : path) {
        if (row < 0 || (isContainer(container) ? row >= containerSize(container) : row != 0))
            return {};
        result += JsonPath::segment(container, row);
        container = valueAt(container, row);
    }
    return result;
}

QString JsonTreeModel::valueText(const QModelIndex &index) const
{
    const QJsonValue value = jsonValue(index);
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return JsonValueText::scalar(value);
}

QString JsonTreeModel::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

JsonTreeModel::RowPath JsonTreeModel::rowPath(const QModelIndex &index) const
{
    RowPath path;
    for (QModelIndex i = index; i.isValid(); i = i.parent())
        path.prepend(i.row());
    return path;
}

QModelIndex JsonTreeModel::indexForRowPath(const RowPath &path) const
{
    QModelIndex result;
    for (const int row : path) {
        result = index(row, 0, result);
        if (!result.isValid())
            return {};
    }
    return result;
}

void JsonTreeModel::startSearch(const QString &text, int limit)
{
    cancelSearch();
    if (text.isEmpty() || m_root->value.isUndefined()) {
        m_searchResult = SearchResult{ text, {}, false };
        Q_EMIT searchFinished(text);
        return;
    }
    m_searchWatcher = new QFutureWatcher<SearchResult>(this);
    QFutureWatcher<SearchResult> *watcher = m_searchWatcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher != m_searchWatcher)
            return;
        m_searchWatcher = nullptr;
        watcher->deleteLater();
        Q_EMIT searchingChanged(false);
        const QFuture<SearchResult> future = watcher->future();
        if (future.isCanceled() || future.resultCount() == 0)
            return;
        m_searchResult = future.result();
        Q_EMIT searchFinished(m_searchResult.text);
    });
    watcher->setFuture(QtConcurrent::run(
            [](QPromise<SearchResult> &promise, const QJsonValue &root, const QString &needle,
               int max) {
                SearchResult result = JsonSearch::find(root, needle, max,
                                                       [&promise] { return promise.isCanceled(); });
                if (!promise.isCanceled())
                    promise.addResult(std::move(result));
            },
            m_root->value, text, limit));
    Q_EMIT searchingChanged(true);
}

void JsonTreeModel::cancelSearch()
{
    if (!m_searchWatcher)
        return;
    m_searchWatcher->future().cancel();
    // Deleting the watcher drops its connection, so a job that still ends delivers nothing.
    delete std::exchange(m_searchWatcher, nullptr);
    Q_EMIT searchingChanged(false);
}

bool JsonTreeModel::isSearching() const
{
    return m_searchWatcher != nullptr;
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return childNode(static_cast<Node *>(index.internalPointer()), index.row());
}

JsonTreeModel::Node *JsonTreeModel::childNode(Node *parent, int row) const
{
    std::unique_ptr<Node> &slot = parent->children[row];
    if (!slot) {
        slot = std::make_unique<Node>();
        slot->parent = parent;
        slot->row = row;
        slot->value = valueAt(parent->value, row);
        slot->size = containerSize(slot->value);
        ++m_nodeCount;
    }
    return slot.get();
}

QJsonValue JsonTreeModel::childValue(const Node *parent, int row) const
{
    return valueAt(parent->value, row);
}

QString JsonTreeModel::childSegment(const Node *parent, int row) const
{
    return JsonPath::segment(parent->value, row);
}

} // namespace OAuthDesk
