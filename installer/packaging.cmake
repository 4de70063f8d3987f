# Installing and packaging TutorDesk: `cpack -G DEB` (Debian, Ubuntu) and `cpack -G TGZ` in the build
# folder; on Windows `cpack -G NSIS` or `-G WIX` (see installer/README.md: not built here).
include(GNUInstallDirs)

set(TUTORDESK_APP_ID org.tutordesk.TutorDesk)
set(tutordesk_linux ${CMAKE_CURRENT_LIST_DIR}/linux)
set(tutordesk_packaging ${PROJECT_BINARY_DIR}/packaging)

if(UNIX AND NOT APPLE)
  # The desktop entry, icon and AppStream metadata software centres read.
  install(FILES ${tutordesk_linux}/${TUTORDESK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/tutordesk.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${TUTORDESK_APP_ID}.svg)
  configure_file(${tutordesk_linux}/${TUTORDESK_APP_ID}.metainfo.xml
                 ${tutordesk_packaging}/${TUTORDESK_APP_ID}.metainfo.xml @ONLY)
  install(FILES ${tutordesk_packaging}/${TUTORDESK_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

  # Man pages and the changelog, compressed as Debian wants them (gzip -9n: no name, no time stamp).
  find_program(TUTORDESK_GZIP gzip REQUIRED)
  set(tutordesk_gzipped)
  foreach(page tutordesk.1 tutordesk-cli.1)
    configure_file(${tutordesk_linux}/${page} ${tutordesk_packaging}/${page} @ONLY)
    list(APPEND tutordesk_gzipped ${page})
  endforeach()
  configure_file(${tutordesk_linux}/changelog ${tutordesk_packaging}/changelog @ONLY)
  list(APPEND tutordesk_gzipped changelog)
  foreach(file IN LISTS tutordesk_gzipped)
    add_custom_command(OUTPUT ${tutordesk_packaging}/${file}.gz
                       COMMAND ${TUTORDESK_GZIP} -9nkf ${tutordesk_packaging}/${file}
                       DEPENDS ${tutordesk_packaging}/${file} VERBATIM)
    list(APPEND tutordesk_gzipped_outputs ${tutordesk_packaging}/${file}.gz)
  endforeach()
  add_custom_target(tutordesk_packaging_files ALL DEPENDS ${tutordesk_gzipped_outputs})
  install(FILES ${tutordesk_packaging}/tutordesk.1.gz ${tutordesk_packaging}/tutordesk-cli.1.gz
          DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  install(FILES ${tutordesk_packaging}/changelog.gz ${tutordesk_linux}/copyright
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/tutordesk)
endif()

if(WIN32)
  # Windows: Qt's libraries, plugins (platform, SVG icons, print support, TLS) and translations beside
  # the programs, found and copied by windeployqt at install time.
  qt_generate_deploy_app_script(TARGET tutordesk OUTPUT_SCRIPT tutordesk_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT ${tutordesk_deploy_script})
  # The Noto fonts letters are printed in (Korean, Chinese, Armenian, Arabic script), for computers
  # without them; placed in the program folder, where TutorDesk adds them at start-up.
  set(TUTORDESK_WINDOWS_FONTS "" CACHE PATH "Folder of the Noto .ttf/.otf fonts to ship on Windows")
  if(TUTORDESK_WINDOWS_FONTS)
    install(DIRECTORY ${TUTORDESK_WINDOWS_FONTS}/ DESTINATION fonts)
  endif()
endif()

set(CPACK_PACKAGE_NAME tutordesk)
set(CPACK_PACKAGE_VENDOR "TutorDesk")
set(CPACK_PACKAGE_CONTACT "TutorDesk team <team@tutordesk.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "run a school's intensive tutoring program by need")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://tutordesk.org/")
set(CPACK_PACKAGE_INSTALL_DIRECTORY TutorDesk)
set(CPACK_PACKAGE_EXECUTABLES tutordesk TutorDesk)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES /build /\\.git/)

# Debian and Ubuntu. dpkg-shlibdeps works out the Qt 6, SQLite, QuaZip, qtkeychain and libcsv libraries;
# what is loaded at run time without being linked is named here: the SVG icon plugin and the fonts
# the letters and the window use for every family language.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, fonts-noto-core, fonts-noto-cjk")
# CPack writes the summary as the synopsis line; this is the extended description below it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "TutorDesk is for the site coordinator of an intensive tutoring program at one\n\
school: enrollment by need with a transparent need score and a waitlist,\n\
tutors and the schedule, attendance and the missed-session protocol, family\n\
contact logs and letters in the family's language, progress and equity\n\
reports, and export bundles for the district. It keeps its data in one\n\
SQLite file on the coordinator's computer and works offline.\n\
.\n\
This package holds the window (tutordesk) and the command line (tutordesk-cli).")

# Windows (a recipe, not built here): NSIS, or WiX for an MSI that IT deploys by policy.
set(CPACK_NSIS_DISPLAY_NAME TutorDesk)
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/installer/windows/tutordesk.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin/tutordesk.exe)
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\TutorDesk.lnk' '$INSTDIR\\\\bin\\\\tutordesk.exe'")
set(CPACK_WIX_UPGRADE_GUID 6F0C2B2E-5E7B-4B8E-9C53-2F1D7A0C9E41)
set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/installer/windows/tutordesk.ico)

if(WIN32)
  set(CPACK_GENERATOR NSIS)
else()
  set(CPACK_GENERATOR "DEB;TGZ")
endif()
include(CPack)
