#pragma once

#include "discovery/servermetadata.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace OAuthDesk {

class HttpClient;

/**
 * The issuer row of the Add Account dialog: the issuer URL, Discover, and a line under them that
 * says how the lookup went (or, for the dialog, how registering at the server went).
 *
 * Discover looks up the issuer's metadata (Discovery: RFC 8414 / OpenID Connect Discovery, exact
 * issuer match). What it found belongs to the issuer it was found for: editing the issuer forgets
 * it, and an answer for an issuer since edited is dropped.
 */
class IssuerField : public QWidget
{
    Q_OBJECT
public:
    /// `http` may be null: then Discover stays disabled.
    explicit IssuerField(const HttpClient *http, QWidget *parent = nullptr);

    /// The issuer URL's line edit, for a buddy label and for text a preset fills in.
    QLineEdit *edit() const { return m_edit; }
    QString issuer() const;
    /// What the last lookup found for the issuer as it is now; empty after an edit.
    const std::optional<ServerMetadata> &discovered() const { return m_discovered; }
    bool isDiscovering() const { return m_discovering; }
    /// The line under the row; empty when it is hidden.
    QString statusText() const;
    void setStatus(const QString &text, bool error);
    /// Whether the issuer publishes metadata (a preset may know it does not); `whyNot` becomes
    /// Discover's tooltip when it does not.
    void setDiscoverable(bool discoverable, const QString &whyNot);

public Q_SLOTS:
    /// Looks up the issuer's metadata.
    void discover();

Q_SIGNALS:
    /// The issuer was edited; `forgotten` is what discovery had found for the previous text.
    void issuerEdited(const std::optional<ServerMetadata> &forgotten);
    void discoveringChanged(bool discovering);
    /// A lookup ended: discovered() has what it found, or the status line says why not.
    void discoveryFinished();
    void statusChanged();

private:
    void edited();
    void setDiscovering(bool discovering);
    void updateDiscoverButton();

    const HttpClient *m_http;
    std::optional<ServerMetadata> m_discovered;
    bool m_discovering = false;
    bool m_discoverable = true;
    quint64 m_attempt = 0;

    QLineEdit *m_edit;
    QPushButton *m_discoverButton;
    QLabel *m_statusLabel;
};

} // namespace OAuthDesk
