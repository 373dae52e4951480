# Third-party libraries from Debian 12 packages; see docs/adr and shared stack notes for the quirks.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(fmt REQUIRED)
find_package(spdlog REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(CLI11 REQUIRED)
# Boost.Asio (header-only, libboost-dev) drives the HTTP transport (ADR 0009).
find_package(Boost 1.74 REQUIRED)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq)
# Documents: PDF through cairo + pango (Noto Sans CJK from fonts-noto-cjk), QR codes, XLSX.
pkg_check_modules(PANGOCAIRO REQUIRED IMPORTED_TARGET pangocairo cairo-pdf cairo-png)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
# libxlsxwriter's .pc reports version "4" (the soname), so no version check.
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
# Field photos: decoded, shrunk and re-encoded without metadata by libvips' C API (ADR 0016).
pkg_check_modules(VIPS REQUIRED IMPORTED_TARGET vips>=8.14)
# The photo samples deflate a PNG pixel bomb of their own (zlib1g-dev, a libvips dependency).
find_package(ZLIB REQUIRED)

# SOCI 4.0 ships neither a CMake config nor a .pc file.
find_path(SOCI_INCLUDE_DIR soci/soci.h REQUIRED)
find_library(SOCI_CORE_LIB soci_core REQUIRED)
find_library(SOCI_SQLITE3_LIB soci_sqlite3 REQUIRED)
find_library(SOCI_POSTGRESQL_LIB soci_postgresql REQUIRED)
add_library(kefu_soci INTERFACE)
target_include_directories(kefu_soci SYSTEM INTERFACE ${SOCI_INCLUDE_DIR})
target_link_libraries(kefu_soci INTERFACE
  ${SOCI_SQLITE3_LIB} ${SOCI_POSTGRESQL_LIB} ${SOCI_CORE_LIB}
  PkgConfig::SQLITE3 PkgConfig::LIBPQ ${CMAKE_DL_LIBS})

if(KEFU_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
find_package(benchmark QUIET)

# UBSan's vptr check needs typeinfo that libsoci does not export; skip it where SOCI is used.
if(KEFU_SANITIZE MATCHES "undefined")
  target_compile_options(kefu_soci INTERFACE -fno-sanitize=vptr)
endif()
