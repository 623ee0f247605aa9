# Run by `cmake --install` (an install(CODE) of the top-level CMakeLists.txt): installs the
# library's public header, formats/folio.hpp, as <includedir>/folio/folio.hpp, and every header
# of the tree it includes, directly or not, under <includedir>/folio/ at its repository path
# (src/ast/article.hpp -> <includedir>/folio/src/ast/article.hpp), so that their own
# `#include "src/..."` lines resolve there. The compiler finds that closure (-MM): a header the
# facade starts to include is installed without a list to keep. -MM leaves out system headers,
# so a third-party header would not be installed: tests/programs/library compiles the facade
# against the installed folder alone and fails then.
#
# Set by the caller: FOLIO_CXX_COMPILER, FOLIO_SOURCE_DIR, FOLIO_INCLUDE_DIR (the install's
# include folder, relative to the prefix or absolute).

set(facade "${FOLIO_SOURCE_DIR}/formats/folio.hpp")
execute_process(
  COMMAND "${FOLIO_CXX_COMPILER}" -x c++ -std=c++20 -MM -MT facade -I "${FOLIO_SOURCE_DIR}"
          "${facade}"
  OUTPUT_VARIABLE rule ERROR_VARIABLE problem RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "finding the headers formats/folio.hpp includes failed:\n${problem}")
endif()
# A make rule, `facade: a.hpp b.hpp \` continued over lines. Paths hold no blanks (the
# repository's do not), so the words are the paths.
string(REPLACE "\\\n" " " rule "${rule}")
string(REGEX REPLACE "^facade:" "" rule "${rule}")
string(STRIP "${rule}" rule)
string(REGEX REPLACE "[ \t\n]+" ";" headers "${rule}")

if(IS_ABSOLUTE "${FOLIO_INCLUDE_DIR}")
  set(destination "${FOLIO_INCLUDE_DIR}/folio")
else()
  set(destination "${CMAKE_INSTALL_PREFIX}/${FOLIO_INCLUDE_DIR}/folio")
endif()
file(INSTALL DESTINATION "${destination}" TYPE FILE FILES "${facade}" RENAME folio.hpp)
foreach(header IN LISTS headers)
  file(REAL_PATH "${header}" header)
  if(header STREQUAL facade)
    continue()
  endif()
  file(RELATIVE_PATH relative "${FOLIO_SOURCE_DIR}" "${header}")
  if(relative MATCHES "^\\.\\./" OR NOT relative MATCHES "^(src|formats)/")
    message(FATAL_ERROR "formats/folio.hpp reaches ${header}, which is not a header of src/ or "
            "formats/: the library's public headers must not include third-party ones")
  endif()
  get_filename_component(folder "${relative}" DIRECTORY)
  file(INSTALL DESTINATION "${destination}/${folder}" TYPE FILE FILES "${header}")
endforeach()
