#pragma once

#include "accounts/providerpreset.h"
#include "discovery/servermetadata.h"

#include <QList>
#include <QObject>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace OAuthDesk {

/**
 * The provider part of the Add Account dialog: the preset (ProviderPreset) or "Other", what is
 * known about the chosen provider (its description and quirks), and a field for each of its
 * placeholders (tenant, domain, realm URL), with the server they make.
 *
 * It owns no layout: the dialog places combo(), info() and placeholderBox() in its form, so they
 * line up with the other rows; all three are the dialog's children.
 */
class PresetChoice : public QObject
{
    Q_OBJECT
public:
    PresetChoice(const QList<ProviderPreset> &presets, QWidget *dialog);

    QComboBox *combo() const { return m_combo; }
    /// The chosen provider's description and quirks; empty for "Other".
    QLabel *info() const { return m_info; }
    /// The chosen preset's placeholder fields; empty for "Other" and presets without any.
    QWidget *placeholderBox() const { return m_placeholderBox; }
    bool hasPlaceholders() const { return !m_placeholderEdits.isEmpty(); }

    /// The chosen preset; null for "Other".
    const ProviderPreset *current() const;
    /// The chosen preset's id; empty for "Other".
    QString presetId() const;
    /// Chooses a preset by id (empty: "Other"); false when there is no such preset.
    bool select(const QString &id);

    /// The preset's endpoints with the placeholders filled in; unset for "Other" and while a
    /// placeholder does not fit (error() says why).
    const std::optional<ServerMetadata> &server() const { return m_server; }
    /// Why the placeholders do not make a server; empty when they do.
    QString error() const { return m_error; }

Q_SIGNALS:
    /// Another preset (or "Other") was chosen: its placeholder fields and info are in place, and
    /// server() is what its placeholders make. `previous` is the server before.
    void presetChanged(const std::optional<ServerMetadata> &previous);
    /// A placeholder was edited; `previous` is the server before.
    void serverChanged(const std::optional<ServerMetadata> &previous);

private:
    void choose();
    void showPlaceholders(const ProviderPreset *preset);
    static QString infoText(const ProviderPreset &preset);
    /// Fills the preset's templates from the placeholders; returns the server before.
    std::optional<ServerMetadata> fill();

    QList<ProviderPreset> m_presets;
    std::optional<ServerMetadata> m_server;
    QString m_error;
    QComboBox *m_combo;
    QLabel *m_info;
    QWidget *m_placeholderBox;
    QFormLayout *m_placeholderForm;
    QList<QLineEdit *> m_placeholderEdits;
};

} // namespace OAuthDesk
