#pragma once

#include <QLayout>
#include <QList>

namespace OAuthDesk {

/**
 * Lays its items out left to right and wraps them onto further lines as the width requires (the
 * scope chips), after Qt's Flow Layout example. Heights follow the width (heightForWidth).
 */
class FlowLayout : public QLayout
{
    Q_OBJECT
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override { return minimumSize(); }
    void setGeometry(const QRect &rect) override;

    /// Deletes every item and its widget.
    void clear();

private:
    /// Places the items in `rect` (or only measures, when `apply` is false); returns the height
    /// used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_gap;
};

} // namespace OAuthDesk
