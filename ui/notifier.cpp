#include "notifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace OAuthDesk {

Notifier::Notifier(QWidget *window, QObject *parent) : QObject(parent), m_window(window) {}

Notifier::~Notifier()
{
    delete m_tray;
}

bool Notifier::usesTray() const
{
    return m_trayAllowed && QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

QSystemTrayIcon *Notifier::trayIcon()
{
    if (m_tray)
        return m_tray;
    QIcon icon = m_window ? m_window->windowIcon() : QIcon();
    if (icon.isNull())
        icon = QApplication::windowIcon();
    m_tray = new QSystemTrayIcon(icon);
    m_tray->setToolTip(QApplication::applicationDisplayName());
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_window)
            return;
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (m_window && reason == QSystemTrayIcon::Trigger) {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        }
    });
    m_tray->show();
    return m_tray;
}

void Notifier::notify(const QString &accountId, const QString &title, const QString &message)
{
    m_lastMessage = message;
    if (usesTray())
        trayIcon()->showMessage(title, message, QSystemTrayIcon::Warning);
    else
        Q_EMIT bannerRequested(accountId, message);
    Q_EMIT notified(accountId, message);
}

} // namespace OAuthDesk
