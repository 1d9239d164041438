#pragma once

#include <QWidget>

class QLabel;

namespace OAuthDesk {

class FlowLayout;

/**
 * A token's granted scopes, one chip each ("scopeChip" in "scopeChips"), after a "Scopes:"
 * caption; "none stated" when the token names none.
 */
class ScopeChips : public QWidget
{
    Q_OBJECT
public:
    explicit ScopeChips(QWidget *parent = nullptr);
    ~ScopeChips() override;

    /// Shows `scopes` as chips; hides the row when `applies` is false (no token, an ID token).
    void setScopes(const QStringList &scopes, bool applies);

private:
    QLabel *m_caption;
    QWidget *m_chips;
    FlowLayout *m_layout;
};

} // namespace OAuthDesk
