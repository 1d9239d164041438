#pragma once

#include "accounts/account.h"
#include "discovery/discovery.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace OAuthDesk {

class HttpClient;

/**
 * Asks for a new account: a name, the issuer (its endpoints found by discovery) or the two endpoints
 * by hand, the client ID, the scopes and optionally a fixed redirect port. OK is enabled only for
 * input that makes a usable account, and a line under the form says what is missing.
 */
class AddAccountDialog : public QDialog
{
    Q_OBJECT
    Q_PROPERTY(bool inputValid READ isInputValid NOTIFY validityChanged)
    Q_PROPERTY(QString invalidReason READ invalidReason NOTIFY validityChanged)
    Q_PROPERTY(bool discovering READ isDiscovering NOTIFY discoveringChanged)
    Q_PROPERTY(QString discoveryText READ discoveryText NOTIFY discoveryTextChanged)
public:
    static inline const QString DefaultScopes = QStringLiteral("openid profile offline_access");

    /// `existingNames` are taken; `http` may be null (then Discover stays disabled).
    AddAccountDialog(const HttpClient *http, const QStringList &existingNames, QWidget *parent = nullptr);

    /// The account as filled in, without an id (AccountStore::add assigns it).
    Account account() const;

    bool isInputValid() const { return m_invalidReason.isEmpty(); }
    /// Why OK is disabled, in plain words; empty when the input is valid.
    QString invalidReason() const { return m_invalidReason; }
    bool isDiscovering() const { return m_discovering; }
    /// "Found: <issuer>", the discovery error, or empty.
    QString discoveryText() const;

public Q_SLOTS:
    /// Looks up the issuer's metadata and fills in the endpoints.
    void discover();

Q_SIGNALS:
    void validityChanged();
    void discoveringChanged(bool discovering);
    void discoveryTextChanged();

private:
    void validate();
    void setDiscovering(bool discovering);
    void setDiscoveryResult(const QString &text, bool error);
    void issuerEdited();
    QString checkUrl(const QString &text, const QString &what, QUrl *url) const;

    const HttpClient *m_http;
    QStringList m_existingNames;
    std::optional<ServerMetadata> m_discovered;
    QUrl m_discoveredFor;
    bool m_discovering = false;
    quint64 m_discoveryAttempt = 0;
    QString m_invalidReason;

    QLineEdit *m_nameEdit;
    QLineEdit *m_issuerEdit;
    QPushButton *m_discoverButton;
    QLabel *m_discoveryLabel;
    QLineEdit *m_clientIdEdit;
    QLineEdit *m_scopesEdit;
    QCheckBox *m_fixedPortCheck;
    QSpinBox *m_portSpin;
    QGroupBox *m_advancedGroup;
    QLineEdit *m_authorizationEdit;
    QLineEdit *m_tokenEdit;
    QLabel *m_reasonLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace OAuthDesk
