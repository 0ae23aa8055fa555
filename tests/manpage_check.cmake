# SPDX-License-Identifier: GPL-3.0-or-later
# ctest script: every option `tiebrowser --help` lists is described in the manual page, so the
# page cannot fall behind the program; and man(1), when installed, formats the page without a warning.
# Run as: cmake -DBINARY=... -DMANPAGE=... -P manpage_check.cmake
foreach(var BINARY MANPAGE)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "manpage_check.cmake: -D${var}=... is missing")
    endif()
endforeach()

# In English whatever the machine's language: the page is the English one.
execute_process(COMMAND "${CMAKE_COMMAND}" -E env LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen
                        "${BINARY}" --help
                RESULT_VARIABLE rc OUTPUT_VARIABLE help ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "'${BINARY} --help' exited ${rc}: ${err}")
endif()
file(READ "${MANPAGE}" page)
# The page writes a dash as \- (a hyphen would not survive copying into a shell in every font).
string(REPLACE "\\-" "-" page "${page}")

# Option lines start with two spaces and a dash: "  -h, --help   ..." or "  --check   ...".
string(REGEX MATCHALL "\n  -[^\n]*" lines "${help}")
set(options "")
foreach(line IN LISTS lines)
    string(REGEX MATCH "^\n  ([-a-zA-Z, ]+[a-zA-Z])" _ "${line}")
    string(REGEX MATCHALL "--[a-z][a-z-]*" names "${CMAKE_MATCH_1}")
    list(APPEND options ${names})
endforeach()
list(LENGTH options count)
if(count LESS 10)
    message(FATAL_ERROR "read only ${count} options from --help (${options}); has its layout changed?\n${help}")
endif()

set(missing "")
foreach(option IN LISTS options)
    # An option is described in a paragraph of its own: the line after .TP names it.
    string(REGEX MATCH "\n\\.TP\n[^\n]*${option}( |\n|\")" found "${page}")
    if(NOT found)
        list(APPEND missing "${option}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "${MANPAGE} does not describe ${missing}, which --help lists")
endif()

find_program(MAN_PROGRAM man)
if(MAN_PROGRAM)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E env LC_ALL=C.UTF-8 MANWIDTH=80
                            "${MAN_PROGRAM}" --warnings -E UTF-8 -l "${MANPAGE}"
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE warnings TIMEOUT 60)
    if(NOT rc EQUAL 0 OR warnings)
        message(FATAL_ERROR "man --warnings ${MANPAGE} (exit ${rc}):\n${warnings}")
    endif()
else()
    message(STATUS "man not found: the page's formatting was not checked")
endif()
message(STATUS "manual page: describes all ${count} options of --help")
