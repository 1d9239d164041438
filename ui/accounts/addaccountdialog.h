#pragma once

#include "accounts/account.h"
#include "accounts/providerpreset.h"
#include "discovery/discovery.h"
#include "registration/clientregistration.h"
#include "workflows/clientregistrationstep.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace OAuthDesk {

class GrantField;
class HttpClient;
class IssuerField;
class PresetChoice;

/**
 * Asks for a new account: a provider preset or "Other", a name, the issuer (its endpoints found by
 * discovery) or the endpoints by hand, the grant, the client ID and how the client authenticates
 * (with its secret), the scopes, the user name for the password grant, and optionally a fixed
 * redirect port. OK is enabled only for input that makes a usable account, and a line under the
 * form says what is missing. The legacy grants (implicit, password) carry a visible warning.
 *
 * A preset (ProviderPreset) fills in what it knows: the issuer or endpoints, asking only for its
 * placeholders (tenant, domain, realm URL), the scopes, grant and client authentication, and shows
 * the provider's quirks. Discover then fills the endpoints from the issuer's metadata (exact issuer
 * match) and, unless the user edited them, trims the scopes to those the server offers.
 *
 * The client secret is not part of account(): the caller hands clientSecret() or registeredClient()
 * to the keychain with the account (AccountSetup::add).
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

    /// `existingNames` are taken; `http` may be null (then Discover stays disabled). The presets
    /// offered are ProviderPreset::available().
    AddAccountDialog(const HttpClient *http, const QStringList &existingNames,
                     QWidget *parent = nullptr);
    AddAccountDialog(const HttpClient *http, const QStringList &existingNames,
                     const QList<ProviderPreset> &presets, QWidget *parent = nullptr);

    /// The chosen preset's id; empty for "Other".
    QString presetId() const;
    /// Chooses a preset by id (empty: "Other"); false when there is no such preset.
    bool selectPreset(const QString &id);

    /// The account as filled in, without an id (AccountStore::add assigns it).
    Account account() const;
    /// The client secret as typed, when the chosen client authentication uses one (else empty). The
    /// dialog keeps it nowhere but its field.
    QString clientSecret() const;
    /// The client OAuthDesk registered at the server (ClientRegistrationStep) when OK was pressed
    /// without a client ID; its registration access token belongs in the keychain once the account
    /// exists (AccountSetup::Credentials::registered). Its client secret, if any, is also
    /// clientSecret().
    std::optional<RegisteredClient> registeredClient() const { return m_registered; }
    /// Whether OK without a client ID registers one: a server was discovered, and the account meets
    /// ClientRegistrationStep's rules.
    bool canRegisterClient() const;
    bool isRegistering() const { return m_registering; }

    /// The selected grant type.
    GrantType grantType() const;
    void setGrantType(GrantType grantType);
    /// The selected client authentication.
    ClientAuthentication::Method clientAuthMethod() const;

    bool isInputValid() const { return m_invalidReason.isEmpty(); }
    /// Why OK is disabled, in plain words; empty when the input is valid.
    QString invalidReason() const { return m_invalidReason; }
    bool isDiscovering() const;
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
    /// OK: registers a client first when there is no client ID and the server offers registration.
    void acceptInput();
    void registered(const Result<ClientRegistrationStep::Registration> &registration);
    void issuerEdited(const std::optional<ServerMetadata> &forgotten);
    void discoveryFinished();
    void grantChanged();
    void presetChanged(const std::optional<ServerMetadata> &previous);
    /// Fields the preset filled follow its server; fields the user typed are left alone, unless
    /// `force` (a preset was just chosen).
    void followPresetServer(const std::optional<ServerMetadata> &previous, bool force);
    /// Why the endpoints are not enough for the grant; empty when they are.
    QString missingEndpointReason(const QString &issuer, const QString &authorization,
                                  const QString &token) const;
    QString checkUrl(const QString &text, const QString &what, QUrl *url) const;

    const HttpClient *m_http;
    QStringList m_existingNames;
    QString m_invalidReason;
    QString m_autoName; ///< the name the last preset put in, while unchanged
    QString m_autoClientId;
    QString m_autoScopes;
    std::optional<RegisteredClient> m_registered;
    bool m_registering = false;
    bool m_scopesEdited = false; ///< typed by the user: discovery leaves them alone

    PresetChoice *m_preset;
    QLineEdit *m_nameEdit;
    IssuerField *m_issuer;
    QLineEdit *m_issuerEdit; ///< m_issuer's
    GrantField *m_grant;
    QLineEdit *m_clientIdEdit;
    QComboBox *m_clientAuthCombo;
    QLineEdit *m_clientSecretEdit;
    QLineEdit *m_usernameEdit;
    QLineEdit *m_scopesEdit;
    QFormLayout *m_form;
    QFormLayout *m_advancedForm;
    QLayout *m_portRow;
    QCheckBox *m_fixedPortCheck;
    QSpinBox *m_portSpin;
    QGroupBox *m_advancedGroup;
    QLineEdit *m_authorizationEdit;
    QLineEdit *m_tokenEdit;
    QLabel *m_reasonLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace OAuthDesk
