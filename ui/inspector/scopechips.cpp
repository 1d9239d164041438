#include "scopechips.h"

#include "widgets/flowlayout.h"
#include "widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>

namespace OAuthDesk {

ScopeChips::ScopeChips(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(tr("Scopes:"))), m_chips(new QWidget)
{
    m_caption->setContentsMargins(0, 2, 0, 0); // level with the text in the chips
    m_chips->setObjectName(QStringLiteral("scopeChips"));
    m_layout = new FlowLayout(m_chips, 4);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_caption, 0, Qt::AlignTop);
    row->addWidget(m_chips, 1);
}

ScopeChips::~ScopeChips() = default;

void ScopeChips::setScopes(const QStringList &scopes, bool applies)
{
    m_layout->clear();
    m_caption->setVisible(applies);
    m_chips->setVisible(applies);
    setVisible(applies);
    if (!applies)
        return;
    for (const QString &scope : scopes) {
        auto *chip = new QLabel(scope);
        chip->setObjectName(QStringLiteral("scopeChip"));
        chip->setTextFormat(Qt::PlainText);
        Theme::apply(chip, Theme::Style::Chip);
        m_layout->addWidget(chip);
        chip->show();
    }
    if (scopes.isEmpty()) {
        auto *none = new QLabel(tr("none stated"));
        Theme::apply(none, Theme::Style::SecondaryText);
        m_layout->addWidget(none);
        none->show();
    }
}

} // namespace OAuthDesk
