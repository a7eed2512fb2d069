# SPDX-License-Identifier: MIT
# Installs the Debian documentation files and configures CPack to build a
# .deb: `cpack -G DEB` in a build tree (scripts/build-deb.sh does it all).
set(QINGNANG_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/qingnang)

# Debian's changelog format; its newest entry must be this version.
set(changelog ${CMAKE_CURRENT_LIST_DIR}/deb/changelog)
file(STRINGS ${changelog} changelog_head LIMIT_COUNT 1)
if(NOT changelog_head MATCHES "^qingnang \\(${PROJECT_VERSION}\\) ")
    message(FATAL_ERROR "${changelog}: the newest entry is not version ${PROJECT_VERSION}")
endif()
set(changelog_gz ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(
    OUTPUT ${changelog_gz}
    COMMAND ${CMAKE_COMMAND} -E copy ${changelog} changelog
    COMMAND gzip -9 -n -f changelog
    DEPENDS ${changelog}
    WORKING_DIRECTORY ${CMAKE_BINARY_DIR}/packaging
    VERBATIM)
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/packaging)
add_custom_target(qingnang_changelog ALL DEPENDS ${changelog_gz})
install(FILES ${changelog_gz} ${CMAKE_CURRENT_LIST_DIR}/deb/copyright
    DESTINATION ${QINGNANG_DOC_DIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME qingnang)
set(CPACK_PACKAGE_VENDOR "Qingnang developers")
set(CPACK_PACKAGE_CONTACT "Qingnang developers <qingnang@example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline reader for Chinese health knowledge")
set(CPACK_PACKAGE_DESCRIPTION
    "Qingnang (青囊) opens content packs of Chinese health knowledge and lets\n"
    "you browse them by department and topic, read articles and patients'\n"
    "questions with their answers, and search everything as you type, in\n"
    "Simplified or Traditional characters, pinyin or a topic's aliases. The\n"
    "medical disclaimer stays visible under every page. It needs no network.\n"
    "\n"
    "The package holds the reader, a bundled content pack and qingnang-pack,\n"
    "the command-line tool that builds, imports, verifies and searches packs.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # qingnang_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# The shared libraries the programs link come from dpkg-shlibdeps; what Qt
# loads at run time (the SQLite driver, the platform plugins) has to be named.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Chinese text needs a CJK font; Qt's own dialogs are translated by qt6-translations-l10n.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk | fonts-wqy-zenhei, qt6-translations-l10n")
include(CPack)
