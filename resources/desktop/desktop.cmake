# The desktop entry, the AppStream metainfo and the icon: the icon's PNGs are embedded for the
# window's icon (:/icons), and all of it is installed where desktops look for it.
# Included from app/CMakeLists.txt, in the oauthdesk target's directory.
include(GNUInstallDirs)

set(OAUTHDESK_APP_ID io.github.oauthdesk.OAuthDesk)
set(OAUTHDESK_ICON_SIZES 16 32 48 64 128 256)
set(_oauthdesk_desktop_dir ${PROJECT_SOURCE_DIR}/resources/desktop)
set(_oauthdesk_icon_dir ${PROJECT_SOURCE_DIR}/resources/icons)

set(_oauthdesk_icon_pngs)
foreach(size IN LISTS OAUTHDESK_ICON_SIZES)
    set(_png ${_oauthdesk_icon_dir}/hicolor/${size}x${size}/oauthdesk.png)
    list(APPEND _oauthdesk_icon_pngs ${_png})
    install(FILES ${_png}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
        RENAME ${OAUTHDESK_APP_ID}.png)
endforeach()
install(FILES ${_oauthdesk_icon_dir}/oauthdesk.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${OAUTHDESK_APP_ID}.svg)
install(FILES ${_oauthdesk_desktop_dir}/${OAUTHDESK_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_oauthdesk_desktop_dir}/${OAUTHDESK_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

qt_add_resources(oauthdesk oauthdesk_icons
    PREFIX /icons
    BASE ${_oauthdesk_icon_dir}
    FILES ${_oauthdesk_icon_pngs})
