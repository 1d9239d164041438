#include "keyvaluetable.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OAuthDesk {

KeyValueTable::KeyValueTable(const QString &nameHeader, const QString &addText, QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({ nameHeader, tr("Value") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    m_addButton = new QPushButton(addText, this);
    m_removeButton = new QPushButton(tr("Remove"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    QAbstractItemModel *model = m_table->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &KeyValueTable::changed);
    connect(model, &QAbstractItemModel::rowsInserted, this, &KeyValueTable::changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &KeyValueTable::changed);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
}

KeyValueTable::Pairs KeyValueTable::pairs() const
{
    Pairs out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        const QString n = name ? name->text().trimmed() : QString();
        if (n.isEmpty())
            continue; // a row still being filled in
        out.append({ n, value ? value->text() : QString() });
    }
    return out;
}

void KeyValueTable::setPairs(const Pairs &rows)
{
    m_table->setRowCount(0);
    for (const auto &row : rows)
        addRow(row.first, row.second);
}

void KeyValueTable::addRow(const QString &name, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(name));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    m_table->setCurrentCell(row, 0);
}

} // namespace OAuthDesk
