#include "exchangelogmodel.h"

#include <algorithm>
#include <climits>

namespace OAuthDesk {

namespace {

/// The log keeps its entries in ascending id order: find one without a linear scan.
const ExchangeLog::Exchange *findExchange(const ExchangeLog *log, int id)
{
    if (!log)
        return nullptr;
    const QList<ExchangeLog::Exchange> &entries = log->exchanges();
    const auto it = std::lower_bound(
            entries.cbegin(), entries.cend(), id,
            [](const ExchangeLog::Exchange &e, int wanted) { return e.id < wanted; });
    return it != entries.cend() && it->id == id ? &*it : nullptr;
}

} // namespace

ExchangeLogModel::ExchangeLogModel(ExchangeLog *log, QObject *parent)
    : QAbstractTableModel(parent), m_log(log)
{
    if (m_log) {
        connect(m_log, &ExchangeLog::exchangeAdded, this, &ExchangeLogModel::onAdded);
        connect(m_log, &ExchangeLog::oldestRemoved, this, &ExchangeLogModel::onOldestRemoved);
        connect(m_log, &ExchangeLog::cleared, this, &ExchangeLogModel::rebuild);
        // The log is half destroyed by then: forget the rows without asking it anything.
        connect(m_log, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_ids.clear();
            endResetModel();
        });
    }
    rebuild();
}

void ExchangeLogModel::setFilter(const ExchangeLog::Filter &filter)
{
    m_filter = filter;
    rebuild();
}

void ExchangeLogModel::rebuild()
{
    beginResetModel();
    m_ids.clear();
    if (m_log) {
        for (const ExchangeLog::Exchange &e : m_log->exchanges()) {
            if (m_filter.matches(e))
                m_ids.append(e.id);
        }
    }
    endResetModel();
}

void ExchangeLogModel::onAdded(int id)
{
    const ExchangeLog::Exchange *e = findExchange(m_log, id);
    if (!e || !m_filter.matches(*e))
        return;
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(id);
    endInsertRows();
}

void ExchangeLogModel::onOldestRemoved()
{
    // Dropped entries are the oldest: a prefix of the rows.
    const int oldestKept = m_log && m_log->count() > 0 ? m_log->exchanges().first().id : INT_MAX;
    int gone = 0;
    while (gone < m_ids.size() && m_ids.at(gone) < oldestKept)
        ++gone;
    if (gone == 0)
        return;
    beginRemoveRows({}, 0, gone - 1);
    m_ids.remove(0, gone);
    endRemoveRows();
}

const ExchangeLog::Exchange *ExchangeLogModel::exchangeAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    return findExchange(m_log, m_ids.at(row));
}

int ExchangeLogModel::rowOf(int id) const
{
    const auto it = std::lower_bound(m_ids.cbegin(), m_ids.cend(), id);
    return it != m_ids.cend() && *it == id ? int(it - m_ids.cbegin()) : -1;
}

int ExchangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ExchangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExchangeLogModel::kindText(ExchangeLog::Kind kind)
{
    switch (kind) {
    case ExchangeLog::Kind::Discovery:
        return tr("Discovery");
    case ExchangeLog::Kind::Authorization:
        return tr("Authorization");
    case ExchangeLog::Kind::Token:
        return tr("Token");
    case ExchangeLog::Kind::Refresh:
        return tr("Refresh");
    case ExchangeLog::Kind::Revocation:
        return tr("Revocation");
    case ExchangeLog::Kind::Introspection:
        return tr("Introspection");
    case ExchangeLog::Kind::Resource:
        return tr("Resource");
    case ExchangeLog::Kind::Other:
        break;
    }
    return tr("Other");
}

QVariant ExchangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExchangeLog::Exchange *e = exchangeAt(index.row());
    if (!e)
        return {};
    if (role == IdRole)
        return e->id;
    if (role == Qt::TextAlignmentRole
        && (index.column() == StatusColumn || index.column() == ElapsedColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == TimeColumn)
            return e->time.toLocalTime().toString(Qt::ISODateWithMs);
        if (index.column() == UrlColumn)
            return e->url;
        if (index.column() == StatusColumn && !e->errorText.isEmpty())
            return e->errorText;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return e->time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case AccountColumn:
        return e->accountName;
    case KindColumn:
        return kindText(e->kind);
    case MethodColumn:
        return QString::fromLatin1(e->method);
    case UrlColumn:
        return e->url;
    case StatusColumn:
        if (e->isBrowserHandoff())
            return tr("browser");
        if (e->status != 0)
            return e->status;
        return e->errorText.isEmpty() ? QString() : tr("failed");
    case ElapsedColumn:
        return e->isBrowserHandoff() ? QVariant() : QVariant(e->elapsedMs);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ExchangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case AccountColumn:
        return tr("Account");
    case KindColumn:
        return tr("Kind");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case ElapsedColumn:
        return tr("ms");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace OAuthDesk
