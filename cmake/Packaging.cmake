# The Debian package: `cpack -G DEB` (or `cmake --build <build> --target package`) in the build
# directory writes cloudcodes_<version>_<arch>.deb there. tests/packaging/check-deb.sh checks it.
# Needs dpkg-dev (dpkg-shlibdeps) and file: without them CPack cannot compute the Depends line.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME cloudcodes)
set(CPACK_PACKAGE_VENDOR "CloudCodes developers")
set(CPACK_PACKAGE_CONTACT "CloudCodes developers <dev@cloudcodes.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "see, compare and copy edge routines and API gateway AppCodes")
# The extended description: lines under 80 columns, as dpkg shows them unwrapped.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "CloudCodes is a desktop application (Qt 6) for developers who run code\n"
    "at the edge and behind API gateways.\n"
    "\n"
    "For Alibaba Cloud ESA edge routines it lists routines and their code\n"
    "versions, shows a version's code with syntax highlighting and diffs two\n"
    "versions side by side. For Huawei Cloud APIG it pages through an app's\n"
    "AppCodes and copies them safely. Secrets are kept in the system keychain.\n"
    "\n"
    "A built-in demo cloud (cloudcodes --demo, or cloudcodes-emulator alone)\n"
    "speaks both vendors' wire protocols on 127.0.0.1.")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}")
# The package installs into /usr whatever CMAKE_INSTALL_PREFIX a plain `cmake --install` uses.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# RelWithDebInfo builds carry debug info; the package ships stripped binaries.
set(CPACK_STRIP_FILES ON)
# qt_standard_project_setup() gives installed binaries a RUNPATH of $ORIGIN:$ORIGIN/../lib for
# bundled shared libraries. Ours are all static and the rest come from the system, so the
# installed binaries carry none (Debian policy: no custom library search paths).
set_target_properties(cloudcodes cloudcodes-emulator PROPERTIES INSTALL_RPATH "")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps derives the library packages (Qt, QScintilla, QtKeychain) from the ELF files.
# What it cannot see is loaded at run time and listed by hand:
# - libgit2-<major.minor>: loaded when first wanted (app/diff/LibGit2.h), the version built against.
# - libqt6svg6: the SVG icon engine and image format plugins; every icon in the app is an SVG.
# - qt6-translations-l10n: Qt's own strings (dialog buttons...) in Chinese.
# - a Secret Service for QtKeychain (the same alternatives libqt6keychain1 recommends);
#   without one the app keeps secrets in memory for the session.
# - qt6-wayland: native Wayland windows (Qt falls back to XWayland without it).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
string(REGEX MATCH "^[0-9]+\\.[0-9]+" CLOUDCODES_LIBGIT2_SOVERSION "${LIBGIT2_VERSION}")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libgit2-${CLOUDCODES_LIBGIT2_SOVERSION}")
# A CJK font: the demo, Chinese descriptions and the zh_CN interface need one to show as text.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager, fonts-noto-cjk | fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")

find_program(CLOUDCODES_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(NOT CLOUDCODES_DPKG_SHLIBDEPS)
    message(STATUS "dpkg-shlibdeps not found (Debian package dpkg-dev): a .deb built here would lack its library dependencies")
endif()

# `package_source`: the sources without build trees or VCS data.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/node_modules/")

include(CPack)
