#include "noaccountpage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace OAuthDesk {

NoAccountPage::NoAccountPage(QWidget *parent) : QWidget(parent), m_label(new QLabel)
{
    setObjectName(QStringLiteral("emptyPage"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    auto *add = new QPushButton(tr("Add Account…"));
    add->setObjectName(QStringLiteral("emptyAddAccountButton"));
    connect(add, &QPushButton::clicked, this, &NoAccountPage::addAccountRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addWidget(add, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

NoAccountPage::~NoAccountPage() = default;

void NoAccountPage::setNoAccounts(bool none)
{
    m_label->setText(none ? tr("No accounts yet.\nAdd one to sign in with your web browser.")
                          : tr("Select an account."));
}

} // namespace OAuthDesk
