#include "presetchoice.h"

#include "widgets/theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>

namespace OAuthDesk {

PresetChoice::PresetChoice(const QList<ProviderPreset> &presets, QWidget *dialog)
    : QObject(dialog), m_presets(presets)
{
    m_combo = new QComboBox(dialog);
    m_combo->setObjectName(QStringLiteral("presetCombo"));
    m_combo->addItem(tr("Other (enter the server yourself)"), QString());
    for (const ProviderPreset &preset : std::as_const(m_presets))
        m_combo->addItem(preset.name, preset.id);
    m_combo->setToolTip(tr("Presets fill in what is known about a provider. More can be added as "
                           "JSON files in %1.")
                                .arg(ProviderPreset::userDirectory()));
    m_info = new QLabel(dialog);
    m_info->setObjectName(QStringLiteral("presetInfo"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    Theme::apply(m_info, Theme::Style::SecondaryText);
    m_placeholderBox = new QWidget(dialog);
    m_placeholderBox->setObjectName(QStringLiteral("placeholderBox"));
    m_placeholderForm = new QFormLayout(m_placeholderBox);
    m_placeholderForm->setContentsMargins(0, 0, 0, 0);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &PresetChoice::choose);
}

const ProviderPreset *PresetChoice::current() const
{
    const QString id = m_combo->currentData().toString();
    for (const ProviderPreset &preset : m_presets) {
        if (!id.isEmpty() && preset.id == id)
            return &preset;
    }
    return nullptr;
}

QString PresetChoice::presetId() const
{
    const ProviderPreset *preset = current();
    return preset ? preset->id : QString();
}

bool PresetChoice::select(const QString &id)
{
    const int index = m_combo->findData(id);
    if (index < 0)
        return false;
    m_combo->setCurrentIndex(index);
    return true;
}

void PresetChoice::choose()
{
    const ProviderPreset *preset = current();
    showPlaceholders(preset);
    m_info->setText(preset ? infoText(*preset) : QString());
    const std::optional<ServerMetadata> previous = fill();
    Q_EMIT presetChanged(previous);
}

void PresetChoice::showPlaceholders(const ProviderPreset *preset)
{
    qDeleteAll(m_placeholderEdits);
    m_placeholderEdits.clear();
    while (m_placeholderForm->rowCount() > 0)
        m_placeholderForm->removeRow(0);
    if (!preset)
        return;
    for (const ProviderPreset::Placeholder &placeholder : preset->placeholders) {
        auto *edit = new QLineEdit(m_placeholderBox);
        edit->setObjectName(QLatin1String("placeholder_") + placeholder.name);
        edit->setPlaceholderText(placeholder.example);
        edit->setAccessibleName(placeholder.label);
        m_placeholderForm->addRow(tr("%1:").arg(placeholder.label), edit);
        m_placeholderEdits.append(edit);
        connect(edit, &QLineEdit::textChanged, this, [this] {
            const std::optional<ServerMetadata> previous = fill();
            Q_EMIT serverChanged(previous);
        });
    }
}

QString PresetChoice::infoText(const ProviderPreset &preset)
{
    QStringList info;
    if (!preset.description.isEmpty())
        info.append(preset.description);
    for (const QString &quirk : preset.quirks)
        info.append(QStringLiteral("\u2022 ") + quirk);
    if (!preset.pkce)
        info.append(QStringLiteral("\u2022 ") + tr("No PKCE support."));
    if (!preset.refreshTokens)
        info.append(QStringLiteral("\u2022 ")
                    + tr("No refresh tokens: sign in again when the token expires."));
    return info.join(QLatin1Char('\n'));
}

std::optional<ServerMetadata> PresetChoice::fill()
{
    std::optional<ServerMetadata> previous = std::move(m_server);
    m_server.reset();
    m_error.clear();
    const ProviderPreset *preset = current();
    if (!preset)
        return previous;
    QMap<QString, QString> values;
    for (int i = 0; i < m_placeholderEdits.size() && i < preset->placeholders.size(); ++i)
        values.insert(preset->placeholders.at(i).name, m_placeholderEdits.at(i)->text());
    const Result<ServerMetadata> filled = preset->fill(values);
    if (filled.ok())
        m_server = filled.value();
    else
        m_error = filled.error().message();
    return previous;
}

} // namespace OAuthDesk
