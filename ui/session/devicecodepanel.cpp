#include "devicecodepanel.h"

#include "widgets/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace OAuthDesk {

DeviceCodePanel::DeviceCodePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("deviceCodePanel"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral(
            "#deviceCodePanel { background: palette(alternate-base); border: 1px solid "
            "palette(mid); border-radius: 6px; }"));

    auto *intro = new QLabel(
            tr("To sign in, enter this code at the address below, in a browser on any device:"));
    intro->setObjectName(QStringLiteral("deviceIntroLabel"));
    intro->setWordWrap(true);

    m_userCodeLabel = new QLabel;
    m_userCodeLabel->setObjectName(QStringLiteral("userCodeLabel"));
    m_userCodeLabel->setTextFormat(Qt::PlainText);
    m_userCodeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse
                                             | Qt::TextSelectableByKeyboard);
    m_userCodeLabel->setAccessibleName(tr("Code"));
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(QFontInfo(font()).pointSizeF() * 2.4);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    m_userCodeLabel->setFont(codeFont);

    m_copyButton = new QPushButton(tr("Copy Code"));
    m_copyButton->setObjectName(QStringLiteral("copyCodeButton"));
    m_copyButton->setToolTip(tr("Copy the code to the clipboard"));

    m_urlLabel = new QLabel;
    m_urlLabel->setObjectName(QStringLiteral("verificationUrlLabel"));
    m_urlLabel->setTextFormat(Qt::PlainText);
    m_urlLabel->setWordWrap(true);
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_urlLabel->setAccessibleName(tr("Verification address"));

    m_openButton = new QPushButton(tr("Open in Browser"));
    m_openButton->setObjectName(QStringLiteral("openVerificationButton"));
    m_openButton->setToolTip(tr("Open the address on this computer"));

    m_countdownLabel = new QLabel;
    m_countdownLabel->setObjectName(QStringLiteral("countdownLabel"));
    Theme::apply(m_countdownLabel, Theme::Style::SecondaryText);

    m_messageLabel = new QLabel;
    m_messageLabel->setObjectName(QStringLiteral("deviceMessageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    Theme::apply(m_messageLabel, Theme::Style::ErrorText);
    m_messageLabel->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(intro, 0, 0, 1, 2);
    layout->addWidget(m_userCodeLabel, 1, 0);
    layout->addWidget(m_copyButton, 1, 1);
    layout->addWidget(m_urlLabel, 2, 0);
    layout->addWidget(m_openButton, 2, 1);
    layout->addWidget(m_countdownLabel, 3, 0, 1, 2);
    layout->addWidget(m_messageLabel, 4, 0, 1, 2);
    layout->setColumnStretch(0, 1);

    connect(m_copyButton, &QPushButton::clicked, this, &DeviceCodePanel::copyCode);
    connect(m_openButton, &QPushButton::clicked, this, &DeviceCodePanel::openInBrowser);
    m_tick.setInterval(std::chrono::seconds(1));
    connect(&m_tick, &QTimer::timeout, this, &DeviceCodePanel::updateCountdown);
}

void DeviceCodePanel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    updateCountdown();
}

void DeviceCodePanel::setBrowserOpener(BrowserOpener opener)
{
    m_opener = std::move(opener);
}

void DeviceCodePanel::setDeviceCode(const DeviceCode &code)
{
    m_code = code;
    m_userCodeLabel->setText(code.userCode);
    m_urlLabel->setText(code.verificationUri.toString());
    m_openButton->setToolTip(browserUrl().toString());
    m_messageLabel->clear();
    m_messageLabel->hide();
    m_tick.start();
    Q_EMIT deviceCodeChanged();
    updateCountdown();
}

void DeviceCodePanel::clear()
{
    m_tick.stop();
    m_code = {};
    m_userCodeLabel->clear();
    m_urlLabel->clear();
    m_messageLabel->clear();
    m_messageLabel->hide();
    Q_EMIT deviceCodeChanged();
    updateCountdown();
}

QUrl DeviceCodePanel::browserUrl() const
{
    return m_code.verificationUriComplete.isValid() && !m_code.verificationUriComplete.isEmpty()
            ? m_code.verificationUriComplete
            : m_code.verificationUri;
}

QString DeviceCodePanel::formatRemaining(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
                .arg(hours)
                .arg(minutes, 2, 10, QLatin1Char('0'))
                .arg(rest, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(minutes).arg(rest, 2, 10, QLatin1Char('0'));
}

QString DeviceCodePanel::countdownText() const
{
    return m_countdownLabel->text();
}

void DeviceCodePanel::updateCountdown()
{
    QString text;
    if (!m_code.userCode.isEmpty() && m_code.expiresAt.isValid()) {
        const qint64 left = m_clock.now().secsTo(m_code.expiresAt);
        if (left > 0) {
            text = tr("Code expires in %1").arg(formatRemaining(left));
        } else {
            text = tr("The code has expired.");
            m_tick.stop();
        }
    }
    if (text == m_countdownLabel->text())
        return;
    m_countdownLabel->setText(text);
    Q_EMIT countdownTextChanged(text);
}

void DeviceCodePanel::copyCode()
{
    if (!m_code.userCode.isEmpty())
        QApplication::clipboard()->setText(m_code.userCode);
}

void DeviceCodePanel::openInBrowser()
{
    const QUrl url = browserUrl();
    if (url.isEmpty() || !m_opener)
        return;
    const Error error = m_opener(url);
    m_messageLabel->setText(error ? error.message() : QString());
    m_messageLabel->setVisible(bool(error));
}

} // namespace OAuthDesk
