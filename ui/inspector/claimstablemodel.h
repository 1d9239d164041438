#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace OAuthDesk {

/**
 * The members of a JWT's header or claims set as a table: name, value for reading, and what a
 * registered name means ("exp" — "Expires"). NumericDate claims (RFC 7519 §2) read as local date
 * and time with how long ago or from now, against the time given to setNow(). Registered names come
 * first in a fixed order, the others after them by name.
 */
class ClaimsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Part { Header, Claims };
    Q_ENUM(Part)
    enum Column { NameColumn, ValueColumn, MeaningColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, ///< the member's JSON value as a QJsonValue
    };

    explicit ClaimsTableModel(Part part, QObject *parent = nullptr);

    Part part() const { return m_part; }
    void setObject(const QJsonObject &object);
    QJsonObject object() const { return m_object; }
    /// The time relative texts are measured from; updates the date rows when their text changes.
    void setNow(const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The row of a member, or -1.
    int rowOf(const QString &name) const { return int(m_names.indexOf(name)); }
    /// The Value column's text of a member (empty when absent).
    QString valueText(const QString &name) const;

    /// "Expires", "Issuer", "Algorithm"…; empty for names without a registered meaning.
    static QString meaning(Part part, const QString &name);
    /// Whether a claim is a NumericDate (exp, iat, nbf, auth_time, updated_at).
    static bool isDateClaim(const QString &name);
    /// "2025-03-01 14:05:00 (in 3 min)" in local time.
    static QString dateText(const QDateTime &when, const QDateTime &now);

private:
    QString textFor(const QString &name) const;

    Part m_part;
    QJsonObject m_object;
    QStringList m_names;
    QDateTime m_now;
};

} // namespace OAuthDesk
