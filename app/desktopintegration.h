#pragma once

#include <QIcon>
#include <QString>

namespace OAuthDesk::DesktopIntegration {

/// The id of resources/desktop/*.desktop and of the AppStream component: also the Wayland app id.
QString desktopId();

/// The application icon, rendered from resources/icons/oauthdesk.svg in every installed size.
QIcon applicationIcon();

/// Tells Qt the desktop id and the window icon. For the window only, after QApplication exists.
void apply();

} // namespace OAuthDesk::DesktopIntegration
