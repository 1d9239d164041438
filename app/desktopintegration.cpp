#include "desktopintegration.h"

#include <QApplication>

namespace OAuthDesk::DesktopIntegration {

QString desktopId()
{
    return QStringLiteral("io.github.oauthdesk.OAuthDesk");
}

QIcon applicationIcon()
{
    QIcon icon;
    // The PNGs scripts/icons renders (embedded under :/icons by resources/desktop/desktop.cmake).
    for (const int size : { 16, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/oauthdesk.png").arg(size),
                     QSize(size, size));
    return icon;
}

void apply()
{
    QGuiApplication::setDesktopFileName(desktopId());
    QApplication::setWindowIcon(applicationIcon());
}

} // namespace OAuthDesk::DesktopIntegration
