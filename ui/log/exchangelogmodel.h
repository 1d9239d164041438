#pragma once

#include "http/exchangelog.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace OAuthDesk {

/**
 * The entries of an ExchangeLog that match a filter, oldest first, one row each: time, account,
 * kind, method, URL, status, milliseconds. Follows the log as entries are added, dropped for the
 * capacity, or cleared. Everything shown is already redacted by the log.
 */
class ExchangeLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        AccountColumn,
        KindColumn,
        MethodColumn,
        UrlColumn,
        StatusColumn,
        ElapsedColumn,
        ColumnCount
    };
    /// Qt::UserRole on any column: the exchange's id.
    static constexpr int IdRole = Qt::UserRole;

    explicit ExchangeLogModel(ExchangeLog *log, QObject *parent = nullptr);

    ExchangeLog *log() const { return m_log; }
    ExchangeLog::Filter filter() const { return m_filter; }
    void setFilter(const ExchangeLog::Filter &filter);

    /// The exchange shown in `row`, if any.
    const ExchangeLog::Exchange *exchangeAt(int row) const;
    /// The row showing exchange `id`, or -1.
    int rowOf(int id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// A kind as the table and the filter show it.
    static QString kindText(ExchangeLog::Kind kind);

private:
    void onAdded(int id);
    void onOldestRemoved();
    void rebuild();

    QPointer<ExchangeLog> m_log;
    ExchangeLog::Filter m_filter;
    QList<int> m_ids; ///< ids of the matching entries, ascending like the log's
};

} // namespace OAuthDesk
