#pragma once

#include "common/clock.h"
#include "flows/deviceflow.h"
#include "platform/platform.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace OAuthDesk {

/**
 * The device grant's instructions (RFC 8628 §3.3): the user code, large and selectable, with Copy;
 * the verification address, with Open in browser (the address with the code in it when the server
 * gave one); and how long the code stays good, counted down each second on the injected clock.
 */
class DeviceCodePanel : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString userCode READ userCode NOTIFY deviceCodeChanged)
    Q_PROPERTY(QString countdownText READ countdownText NOTIFY countdownTextChanged)
public:
    explicit DeviceCodePanel(QWidget *parent = nullptr);

    /// Where "now" comes from (TokenManager::clock() in the window).
    void setClock(Clock clock);
    /// What Open in browser uses.
    void setBrowserOpener(BrowserOpener opener);

    /// Shows a code and starts the countdown.
    void setDeviceCode(const DeviceCode &code);
    /// Forgets the code and stops the countdown.
    void clear();

    DeviceCode deviceCode() const { return m_code; }
    QString userCode() const { return m_code.userCode; }
    /// "Code expires in 9:41", "The code has expired.", or empty without a code.
    QString countdownText() const;
    /// The address Open in browser opens: verification_uri_complete if given, else
    /// verification_uri.
    QUrl browserUrl() const;

    /// "9:41" (or "1:02:03") for the time left; "0:00" once past.
    static QString formatRemaining(qint64 seconds);

public Q_SLOTS:
    /// Reads the clock and updates the countdown (the panel's timer calls it each second).
    void updateCountdown();
    void copyCode();
    void openInBrowser();

Q_SIGNALS:
    void deviceCodeChanged();
    void countdownTextChanged(const QString &text);

private:
    Clock m_clock;
    BrowserOpener m_opener;
    DeviceCode m_code;
    QTimer m_tick;

    QLabel *m_userCodeLabel;
    QLabel *m_urlLabel;
    QLabel *m_countdownLabel;
    QLabel *m_messageLabel;
    QPushButton *m_copyButton;
    QPushButton *m_openButton;
};

} // namespace OAuthDesk
