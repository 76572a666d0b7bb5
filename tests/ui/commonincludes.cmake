# Fails when a file in <UI_DIR>/common includes a feature folder of <UI_DIR> ("students/...",
# "crisis/...", any folder beside common/, the shell too): ui/common is what every module
# builds on, so it depends on no module. Run as: cmake -DUI_DIR=<ui> -P commonincludes.cmake
cmake_minimum_required(VERSION 3.20)
if(NOT UI_DIR OR NOT IS_DIRECTORY "${UI_DIR}/common")
  message(FATAL_ERROR "commonincludes.cmake: UI_DIR must name the ui folder (with common/ in it), got '${UI_DIR}'")
endif()

file(GLOB entries RELATIVE "${UI_DIR}" "${UI_DIR}/*")
set(features "")
foreach(entry IN LISTS entries)
  if(IS_DIRECTORY "${UI_DIR}/${entry}" AND NOT entry STREQUAL "common")
    list(APPEND features "${entry}")
  endif()
endforeach()

file(GLOB_RECURSE sources "${UI_DIR}/common/*.h" "${UI_DIR}/common/*.cpp")
set(problems "")
foreach(source IN LISTS sources)
  file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"]+/")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"/]+)/.*$" "\\1" folder "${line}")
    if(folder IN_LIST features)
      file(RELATIVE_PATH shown "${UI_DIR}" "${source}")
      string(STRIP "${line}" line)
      list(APPEND problems "  ${shown}: ${line}")
    endif()
  endforeach()
endforeach()

list(LENGTH sources count)
if(problems)
  string(REPLACE ";" "\n" problems "${problems}")
  message(FATAL_ERROR "ui/common must not include a feature folder; move the code to the feature or the shell, or "
                      "put a contract header in ui/common:\n${problems}")
endif()
message(STATUS "ui/common: ${count} files include none of: ${features}")
