# cmake -DBUILD_DIR=… -DDESTDIR=… -DAPP_ID=… -P checkinstall.cmake
# Runs `cmake --install` with a DESTDIR and prefix /usr, then checks that the binary, the desktop
# entry, the metainfo and every icon size are where the desktop looks, and that they name each other.
foreach(var BUILD_DIR DESTDIR APP_ID)
    if(NOT ${var})
        message(FATAL_ERROR "checkinstall: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE ${DESTDIR})
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${DESTDIR} ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(root ${DESTDIR}/usr)
set(expected
    bin/oauthdesk
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg)
foreach(size 16 32 48 64 128 256)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()

set(missing)
foreach(file IN LISTS expected)
    if(NOT EXISTS ${root}/${file})
        list(APPEND missing ${file})
    endif()
endforeach()
if(missing)
    file(GLOB_RECURSE installed RELATIVE ${DESTDIR} ${DESTDIR}/*)
    string(REPLACE ";" "\n  " missing "${missing}")
    string(REPLACE ";" "\n  " installed "${installed}")
    message(FATAL_ERROR "not installed:\n  ${missing}\ninstalled:\n  ${installed}")
endif()

# Nothing may land outside the prefix (an absolute DESTINATION would).
file(GLOB top RELATIVE ${DESTDIR} ${DESTDIR}/*)
if(NOT top STREQUAL "usr")
    message(FATAL_ERROR "files installed outside the prefix: ${top}")
endif()

# The PNGs are the sizes their directories say.
foreach(size 16 32 48 64 128 256)
    file(READ ${root}/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 32 8 width)
    math(EXPR width "0x${width}")
    if(NOT width EQUAL size)
        message(FATAL_ERROR "the ${size}x${size} icon is ${width} pixels wide")
    endif()
endforeach()

# The desktop entry starts the installed binary by name and shows the installed icon; the metainfo
# launches that desktop entry.
file(READ ${root}/share/applications/${APP_ID}.desktop entry)
if(NOT entry MATCHES "\nExec=oauthdesk[ \n]")
    message(FATAL_ERROR "the desktop entry does not run `oauthdesk` from the PATH:\n${entry}")
endif()
if(NOT entry MATCHES "\nIcon=${APP_ID}\n")
    message(FATAL_ERROR "the desktop entry's Icon is not ${APP_ID}:\n${entry}")
endif()
file(READ ${root}/share/metainfo/${APP_ID}.metainfo.xml metainfo)
if(NOT metainfo MATCHES "<id>${APP_ID}</id>")
    message(FATAL_ERROR "the metainfo's id is not ${APP_ID}")
endif()
if(NOT metainfo MATCHES "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>")
    message(FATAL_ERROR "the metainfo does not launch ${APP_ID}.desktop")
endif()

file(REMOVE_RECURSE ${DESTDIR})
message(STATUS "installed where expected: ${expected}")
