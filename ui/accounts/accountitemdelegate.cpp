#include "accountitemdelegate.h"

#include "accounts/accountlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace OAuthDesk {

static constexpr int Margin = 6;
static constexpr int DotSize = 8;

static QFont statusFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

QSize AccountItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics name(opt.font);
    const QFontMetrics status(statusFont(opt.font));
    const int width =
            qMax(name.horizontalAdvance(opt.text),
                 status.horizontalAdvance(index.data(AccountListModel::StatusTextRole).toString()));
    return { width + 3 * Margin + DotSize, name.height() + status.height() + 2 * Margin };
}

void AccountItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text =
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = text;
    quiet.setAlphaF(0.7f);

    const auto state = index.data(AccountListModel::StateRole).value<AccountListModel::State>();
    QColor dot;
    switch (state) {
    case AccountListModel::State::SignedIn:
        dot = QColor(0x2e, 0x9e, 0x44);
        break;
    case AccountListModel::State::SigningIn:
    case AccountListModel::State::Refreshing:
        dot = QColor(0xd8, 0x9b, 0x00);
        break;
    case AccountListModel::State::RefreshFailing:
        dot = QColor(0xc6, 0x28, 0x28);
        break;
    case AccountListModel::State::SignedOut:
        dot = opt.palette.color(QPalette::Mid);
        break;
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const QFontMetrics nameMetrics(opt.font);
    painter->setPen(Qt::NoPen);
    painter->setBrush(dot);
    painter->drawEllipse(
            QRect(r.left(), r.top() + (nameMetrics.height() - DotSize) / 2, DotSize, DotSize));

    const QRect textRect = r.adjusted(DotSize + Margin, 0, 0, 0);
    painter->setFont(opt.font);
    painter->setPen(text);
    painter->drawText(textRect.adjusted(0, 0, 0, -(textRect.height() - nameMetrics.height())),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, textRect.width()));

    const QFont small = statusFont(opt.font);
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    painter->setPen(state == AccountListModel::State::RefreshFailing && !selected ? dot : quiet);
    const QString status = index.data(AccountListModel::StatusTextRole).toString();
    painter->drawText(QRect(textRect.left(), textRect.top() + nameMetrics.height(),
                            textRect.width(), smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(status, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace OAuthDesk
