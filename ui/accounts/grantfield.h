#pragma once

#include "accounts/granttype.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace OAuthDesk {

/**
 * The grant row of the Add Account dialog: the grant, a line on what it means for the person who
 * signs in, and for the legacy grants RFC 9700 deprecates (implicit, password) a visible warning.
 */
class GrantField : public QWidget
{
    Q_OBJECT
public:
    explicit GrantField(QWidget *parent = nullptr);

    /// The combo box, for a buddy label.
    QComboBox *combo() const { return m_combo; }
    GrantType grantType() const;
    void setGrantType(GrantType grantType);

    /// The legacy warning for a grant type ("Legacy grant: RFC 9700 …"); empty for current grants.
    static QString legacyWarningText(GrantType grantType);
    /// What signing in with a grant type means for the person, in one or two sentences.
    static QString descriptionText(GrantType grantType);

Q_SIGNALS:
    void grantTypeChanged(OAuthDesk::GrantType grantType);

private:
    void update();

    QComboBox *m_combo;
    QLabel *m_description;
    QLabel *m_legacyWarning;
};

} // namespace OAuthDesk
