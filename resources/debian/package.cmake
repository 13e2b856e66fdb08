# The Debian package (scripts/package, docs/PACKAGING.md): what it needs besides the programs, and
# CPack's DEB generator. Included from the top-level CMakeLists.txt after every install rule it
# packages is known to need jobmon_install_gzipped().

# A native package (no Debian revision): its changelog is changelog.gz, and its newest entry is the
# version being built, so a new project() version needs a new entry first.
set(jobmon_debian_dir ${CMAKE_CURRENT_LIST_DIR})
file(STRINGS ${jobmon_debian_dir}/changelog jobmon_newest_entry LIMIT_COUNT 1)
if(NOT jobmon_newest_entry MATCHES "^${PROJECT_NAME} \\(([^)]+)\\) "
   OR NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "resources/debian/changelog's newest entry is not version "
                        "${PROJECT_VERSION} (project()): add one for it")
endif()
set(jobmon_doc_dir ${CMAKE_INSTALL_DATADIR}/doc/${PROJECT_NAME})
install(FILES ${jobmon_debian_dir}/copyright DESTINATION ${jobmon_doc_dir})
jobmon_install_gzipped(resources/debian/changelog ${jobmon_doc_dir})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${PROJECT_NAME})
set(CPACK_PACKAGE_VENDOR "The Identity360 Job Monitor authors")
# The same name and address as the changelog's entries.
set(CPACK_PACKAGE_CONTACT "The Identity360 Job Monitor authors <maintainers@id360-jobmon.invalid>")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop monitor for ManageEngine Identity360 jobs")
# Debian shows the long description one space in, and lintian wants lines under 80 columns.
set(CPACK_PACKAGE_DESCRIPTION
    "Identity360 Job Monitor follows the jobs of ManageEngine Identity360
(bulk user creation, modifications, imports and the like) through the
Identity360 Jobs REST API. Its window lists the jobs of one or several
accounts with their per-entity results, deletes jobs after confirmation
and exports results; a tray icon and desktop notifications say when a job
completes, fails or seems stuck.

Accounts sign in with OAuth in the browser; their tokens are kept in the
system keychain (the Secret Service or KWallet) and nowhere else. The
id360-jobmon account and id360-jobmon jobs commands list, show, wait for,
watch, export and delete jobs from a terminal or a script.

The package also holds id360-emulator, a local Identity360 server for
trying the monitor and scripts safely without touching a real tenant.

In English, German, French and Japanese.")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_STRIP_FILES ON)
# dpkg-shlibdeps finds the libraries the programs link (Qt, QtKeychain, the C++ runtime). Not
# what is loaded at run time: the SVG image and icon plugins that draw every icon, and libsecret,
# which QtKeychain opens to reach the Secret Service.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libsecret-1-0")
# A keychain to keep the tokens in, Qt's own texts (OK, Cancel) in the user's language, and the
# Wayland platform plugin (the xcb one comes with libqt6gui6).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n, qt6-wayland")
# Japanese text needs a CJK font.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-cjk")
include(CPack)
