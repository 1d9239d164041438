#pragma once

#include <QWidget>

class QLabel;

namespace OAuthDesk {

/**
 * What the window shows instead of an account's page ("emptyPage"): that there are no accounts
 * yet, or that none is selected, with an Add Account… button.
 */
class NoAccountPage : public QWidget
{
    Q_OBJECT
public:
    explicit NoAccountPage(QWidget *parent = nullptr);
    ~NoAccountPage() override;

    /// Says "no accounts yet" when `none`, else asks to select one.
    void setNoAccounts(bool none);

Q_SIGNALS:
    void addAccountRequested();

private:
    QLabel *m_label;
};

} // namespace OAuthDesk
