# Installation layout and CPack for the three desktops. The version comes from project(VERSION) only.
#   Linux:   cmake --preset release && cmake --build --preset release && (cd build/release && cpack)  -> .deb
#   Windows: the same with -G NSIS (NSIS 3 installed); macOS: -G DragNDrop. See README "Packages".
include(GNUInstallDirs)
set(AGENCYDESK_APP_ID "com.agencydesk.AgencyDesk")
set(icons ${PROJECT_SOURCE_DIR}/resources/icons)

if(UNIX AND NOT APPLE)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${AGENCYDESK_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/linux/${AGENCYDESK_APP_ID}.metainfo.xml
                   ${PROJECT_BINARY_DIR}/packaging/${AGENCYDESK_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${PROJECT_BINARY_DIR}/packaging/${AGENCYDESK_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    foreach(size 16 24 32 48 64 128 256 512)
        install(FILES ${icons}/agencydesk-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME ${AGENCYDESK_APP_ID}.png)
    endforeach()
    install(FILES ${icons}/agencydesk.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${AGENCYDESK_APP_ID}.svg)
endif()

if(WIN32 OR APPLE)
    # Qt's deploy script copies the Qt libraries, plugins (sqlite driver, platform, print support) and
    # translations next to the executable (windeployqt / macdeployqt under the hood).
    qt_generate_deploy_app_script(TARGET agencydesk OUTPUT_SCRIPT agencydesk_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${agencydesk_deploy})
endif()

set(CPACK_PACKAGE_NAME "agencydesk")
set(CPACK_PACKAGE_VENDOR "AgencyDesk developers")
set(CPACK_PACKAGE_CONTACT "AgencyDesk developers <dev@agencydesk.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "AgencyDesk")
set(CPACK_PACKAGE_EXECUTABLES "agencydesk;AgencyDesk")
set(CPACK_PACKAGE_ICON "${icons}/agencydesk-256.png")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_MUI_ICON "${icons}/agencydesk.ico")
    set(CPACK_NSIS_MUI_UNIICON "${icons}/agencydesk.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\agencydesk.exe")
    set(CPACK_NSIS_DISPLAY_NAME "AgencyDesk")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\AgencyDesk.lnk' '$INSTDIR\\\\bin\\\\agencydesk.exe'")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "AgencyDesk ${PROJECT_VERSION}")
else()
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_SECTION "office")
    # The SQLite driver is a Qt plugin, which dpkg-shlibdeps cannot see.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-dejavu-core")
    # The synopsis line is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the long description under it.
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Insureds, policies and ACORD-style certificates of insurance for the\n customer service staff of insurance agencies and brokerages.")
endif()
include(CPack)
