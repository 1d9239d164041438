#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QRect>

class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace OAuthDesk {

/**
 * Tells the person about something that needs them while they may be looking elsewhere: a
 * background refresh that failed, a session that needs a sign-in.
 *
 * Where the desktop has a system tray (QSystemTrayIcon::isSystemTrayAvailable()), a tray icon
 * shows the message (clicking it raises the window); otherwise bannerRequested() is emitted and
 * the window shows the text in its banner. Either way lastMessage() holds the text.
 */
class Notifier : public QObject
{
    Q_OBJECT
public:
    /// `window`: raised when the tray message is clicked, and its icon is the tray's.
    explicit Notifier(QWidget *window, QObject *parent = nullptr);
    ~Notifier() override;

    /// Whether messages go to the tray (else to the window's banner).
    bool usesTray() const;
    /// Forces the banner even where a tray exists (tests; a desktop that hides tray messages).
    void setTrayAllowed(bool allowed) { m_trayAllowed = allowed; }

    QString lastMessage() const { return m_lastMessage; }

public Q_SLOTS:
    /// `accountId` is the account the message is about (empty: none in particular).
    void notify(const QString &accountId, const QString &title, const QString &message);

Q_SIGNALS:
    /// No tray: the window should show `message` in its banner.
    void bannerRequested(const QString &accountId, const QString &message);
    void notified(const QString &accountId, const QString &message);

private:
    QSystemTrayIcon *trayIcon();
    void showTrayMessage();

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    // A new X11 tray entry is docked a moment after it is shown: its first message waits for that.
    QTimer *m_dockWait = nullptr;
    QElapsedTimer m_docking;
    QRect m_undocked;
    QString m_trayTitle;
    QString m_trayMessage;
    bool m_trayAllowed = true;
    QString m_lastMessage;
};

} // namespace OAuthDesk
