#pragma once

#include <QStyledItemDelegate>

namespace OAuthDesk {

/** Draws an account as two lines: its name, and below it its status in a smaller, quieter font. */
class AccountItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace OAuthDesk
