#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace OAuthDesk {

/**
 * Name/value pairs that the user edits in a two-column table, with Add and Remove buttons under it:
 * a request's headers, a form's fields. A row whose name is empty is still being filled in and is
 * left out of pairs().
 */
class KeyValueTable : public QWidget
{
    Q_OBJECT
public:
    using Pairs = QList<QPair<QString, QString>>;

    /// `nameHeader` heads the first column ("Header"), `addText` is the Add button's ("Add
    /// Header").
    KeyValueTable(const QString &nameHeader, const QString &addText, QWidget *parent = nullptr);

    /// The rows that have a name (trimmed), in order.
    Pairs pairs() const;
    /// Replaces every row.
    void setPairs(const Pairs &rows);
    /// Appends a row and makes it the current one.
    void addRow(const QString &name = {}, const QString &value = {});

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }

Q_SIGNALS:
    /// A row was added, removed or edited.
    void changed();

private:
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
};

} // namespace OAuthDesk
