#include "notifier.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace OAuthDesk {

Notifier::Notifier(QWidget *window, QObject *parent) : QObject(parent), m_window(window) { }

Notifier::~Notifier()
{
    delete m_tray;
}

bool Notifier::usesTray() const
{
    return m_trayAllowed && QSystemTrayIcon::isSystemTrayAvailable()
            && QSystemTrayIcon::supportsMessages();
}

QSystemTrayIcon *Notifier::trayIcon()
{
    if (m_tray)
        return m_tray;
    QIcon icon = m_window ? m_window->windowIcon() : QIcon();
    if (icon.isNull())
        icon = QApplication::windowIcon();
    // Without one Qt still docks the entry, drawn in the tray's own background: nothing to see or
    // click.
    if (icon.isNull())
        icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setObjectName(QStringLiteral("notifierTrayIcon"));
    m_tray->setToolTip(QApplication::applicationDisplayName());
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_window)
            return;
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (m_window && reason == QSystemTrayIcon::Trigger) {
                    m_window->showNormal();
                    m_window->raise();
                    m_window->activateWindow();
                }
            });
    m_tray->show();

    // On X11 (XEmbed) the tray docks the new entry a few milliseconds later; a balloon shown before
    // that points at the screen's top-left corner, where the undocked entry was, and stays there.
    // So the first message waits until the entry has moved (docked), for a second at most.
    const QRect undocked = m_tray->geometry();
    if (QGuiApplication::platformName() == QLatin1String("xcb") && !undocked.isEmpty()) {
        m_undocked = undocked;
        m_docking.start();
        m_dockWait = new QTimer(this);
        m_dockWait->setInterval(20);
        connect(m_dockWait, &QTimer::timeout, this, [this] {
            if (m_tray->geometry() == m_undocked && !m_docking.hasExpired(1000))
                return;
            m_dockWait->stop();
            showTrayMessage();
        });
        m_dockWait->start();
    }
    return m_tray;
}

void Notifier::showTrayMessage()
{
    if (m_dockWait && m_dockWait->isActive())
        return; // the timer shows the latest message once the entry is docked
    m_tray->showMessage(m_trayTitle, m_trayMessage, QSystemTrayIcon::Warning);
}

void Notifier::notify(const QString &accountId, const QString &title, const QString &message)
{
    m_lastMessage = message;
    if (usesTray()) {
        trayIcon();
        m_trayTitle = title;
        m_trayMessage = message;
        showTrayMessage();
    } else {
        Q_EMIT bannerRequested(accountId, message);
    }
    Q_EMIT notified(accountId, message);
}

} // namespace OAuthDesk
