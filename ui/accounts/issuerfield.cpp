#include "issuerfield.h"

#include "discovery/discovery.h"
#include "widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace OAuthDesk {

IssuerField::IssuerField(const HttpClient *http, QWidget *parent) : QWidget(parent), m_http(http)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("issuerEdit"));
    m_edit->setPlaceholderText(QStringLiteral("https://login.example.com"));
    m_discoverButton = new QPushButton(tr("&Discover"), this);
    m_discoverButton->setObjectName(QStringLiteral("discoverButton"));
    m_discoverButton->setToolTip(tr("Look up the server's endpoints from its issuer URL"));
    m_discoverButton->setAutoDefault(false);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("discoveryLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_discoverButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_statusLabel);

    connect(m_discoverButton, &QPushButton::clicked, this, &IssuerField::discover);
    connect(m_edit, &QLineEdit::textChanged, this, &IssuerField::edited);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_discoverButton->isEnabled())
            discover();
    });
    updateDiscoverButton();
}

QString IssuerField::issuer() const
{
    return m_edit->text().trimmed();
}

QString IssuerField::statusText() const
{
    return m_statusLabel->isHidden() ? QString() : m_statusLabel->text();
}

void IssuerField::setStatus(const QString &text, bool error)
{
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
    Theme::apply(m_statusLabel, error ? Theme::Style::ErrorText : Theme::Style::Plain);
    m_statusLabel->setProperty("error", error);
    Q_EMIT statusChanged();
}

void IssuerField::setDiscoverable(bool discoverable, const QString &whyNot)
{
    m_discoverable = discoverable;
    m_discoverButton->setToolTip(
            discoverable ? tr("Look up the server's endpoints from its issuer URL") : whyNot);
    updateDiscoverButton();
}

void IssuerField::edited()
{
    // Metadata belongs to the issuer it was found for.
    const std::optional<ServerMetadata> forgotten = std::exchange(m_discovered, std::nullopt);
    ++m_attempt; // a lookup under way is for the old text
    setDiscovering(false);
    setStatus({}, false);
    Q_EMIT issuerEdited(forgotten);
}

void IssuerField::discover()
{
    const QString text = issuer();
    if (text.isEmpty() || !m_http)
        return;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        setStatus(tr("The issuer URL is not a valid URL."), true);
        return;
    }
    const quint64 attempt = ++m_attempt;
    setDiscovering(true);
    setStatus(tr("Looking up %1…").arg(url.toString()), false);
    Discovery(m_http).discover(url, this, [this, attempt](const Result<ServerMetadata> &result) {
        if (attempt != m_attempt)
            return;
        setDiscovering(false);
        if (result.ok()) {
            m_discovered = result.value();
            setStatus(tr("Found: %1").arg(m_discovered->issuer.toString()), false);
        } else {
            setStatus(result.error().message(), true);
        }
        Q_EMIT discoveryFinished();
    });
}

void IssuerField::setDiscovering(bool discovering)
{
    if (m_discovering != discovering) {
        m_discovering = discovering;
        Q_EMIT discoveringChanged(discovering);
    }
    updateDiscoverButton();
}

void IssuerField::updateDiscoverButton()
{
    m_discoverButton->setEnabled(!m_discovering && m_http && m_discoverable && !issuer().isEmpty());
}

} // namespace OAuthDesk
