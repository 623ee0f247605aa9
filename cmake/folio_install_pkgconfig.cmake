# Run by `cmake --install` (an install(CODE) of the top-level CMakeLists.txt): writes folio.pc for
# the prefix being installed to (`--prefix` and CPack's /usr included, which configure time does
# not know) and installs it into <libdir>/pkgconfig.
#
# Set by the caller: FOLIO_PC_TEMPLATE, FOLIO_PC_WORK (a folder in the build folder), FOLIO_LIB_DIR
# and FOLIO_INCLUDE_DIR (relative to the prefix or absolute), PROJECT_VERSION,
# FOLIO_MD4C_VERSION, FOLIO_PC_LIBS_PRIVATE.

foreach(kind LIB INCLUDE)
  if(IS_ABSOLUTE "${FOLIO_${kind}_DIR}")
    set(FOLIO_PC_${kind}DIR "${FOLIO_${kind}_DIR}")
  else()
    set(FOLIO_PC_${kind}DIR "\${prefix}/${FOLIO_${kind}_DIR}")
  endif()
endforeach()
set(FOLIO_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
# A folder of its own per destination: two installs of one build may run at once (the tests do).
string(MD5 key "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(written "${FOLIO_PC_WORK}/${key}/folio.pc")
configure_file("${FOLIO_PC_TEMPLATE}" "${written}" @ONLY)
if(IS_ABSOLUTE "${FOLIO_LIB_DIR}")
  set(destination "${FOLIO_LIB_DIR}/pkgconfig")
else()
  set(destination "${CMAKE_INSTALL_PREFIX}/${FOLIO_LIB_DIR}/pkgconfig")
endif()
file(INSTALL DESTINATION "${destination}" TYPE FILE FILES "${written}")
