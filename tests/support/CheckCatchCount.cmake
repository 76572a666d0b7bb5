# Run by ctest (cmake -P): every Catch test case of EXE must be exactly one ctest entry.
#
# catch_discover_tests splits a test name at ';' into several ctest entries whose filters match
# nothing; without `--warn NoTests` such entries passed while running nothing. This check lists
# the test cases Catch knows and the ctest entries that run EXE, and fails unless both counts
# are equal and every ctest entry's name is one of Catch's test cases.
#
# Inputs: -DEXE=<test executable> -DCTEST=<ctest> -DBUILD_DIR=<top build dir>
cmake_minimum_required(VERSION 3.25)

foreach(var EXE CTEST BUILD_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "CheckCatchCount.cmake needs -D${var}=...")
  endif()
endforeach()

execute_process(COMMAND "${EXE}" --list-test-names-only
  OUTPUT_VARIABLE catch_out RESULT_VARIABLE catch_rc)
# Catch returns the number of tests listed (clamped to 255): 0 means none, negative means error.
if(NOT catch_rc MATCHES "^[0-9]+$" OR catch_rc EQUAL 0)
  message(FATAL_ERROR "${EXE} --list-test-names-only failed (${catch_rc}):\n${catch_out}")
endif()
# Count lines without making a CMake list of them (names may hold ';').
string(REGEX REPLACE "[^\n]" "" newlines "${catch_out}")
string(LENGTH "${newlines}" catch_count)
string(REGEX REPLACE "\n$" "" catch_trimmed "${catch_out}")
set(catch_names "\n${catch_trimmed}\n")
# CMake lists do not split inside [...]: keep brackets out of the lists below.
string(REPLACE "[" "<LB>" catch_names "${catch_names}")
string(REPLACE "]" "<RB>" catch_names "${catch_names}")

execute_process(COMMAND "${CTEST}" --test-dir "${BUILD_DIR}" -N -V
  OUTPUT_VARIABLE ctest_out RESULT_VARIABLE ctest_rc)
if(NOT ctest_rc EQUAL 0)
  message(FATAL_ERROR "ctest -N failed (${ctest_rc}):\n${ctest_out}")
endif()
# `ctest -N -V` prints, for each test, "<n>: Test command: <exe> <args...>" and then
# "  Test  #<n>: <name>". Remember the numbers of the tests that run EXE, then their names.
string(REPLACE "[" "<LB>" ctest_out "${ctest_out}")
string(REPLACE "]" "<RB>" ctest_out "${ctest_out}")
string(REPLACE ";" "\\;" ctest_out "${ctest_out}")
string(REPLACE "\n" ";" ctest_lines "${ctest_out}")
set(ours "")
set(ctest_count 0)
set(bad "")
foreach(line IN LISTS ctest_lines)
  if(line MATCHES "^([0-9]+): Test command: (.*)$")
    set(number ${CMAKE_MATCH_1})
    set(command "${CMAKE_MATCH_2}")
    string(FIND "${command}" "${EXE} " at)
    if(at EQUAL 0 OR command STREQUAL EXE)
      list(APPEND ours ${number})
    endif()
  elseif(line MATCHES "^ *Test +#([0-9]+): (.*)$")
    set(number ${CMAKE_MATCH_1})
    set(name "${CMAKE_MATCH_2}")
    if(number IN_LIST ours)
      math(EXPR ctest_count "${ctest_count} + 1")
      string(FIND "${catch_names}" "\n${name}\n" found)
      if(found EQUAL -1)
        string(APPEND bad "\n  [${name}]")
      endif()
    endif()
  endif()
endforeach()

if(NOT ctest_count EQUAL catch_count OR NOT bad STREQUAL "")
  message(FATAL_ERROR
    "${EXE}: ${catch_count} Catch test cases but ${ctest_count} ctest entries.\n"
    "ctest entries that are not a Catch test case (a ';' in a test name splits it):${bad}")
endif()
message(STATUS "${EXE}: ${catch_count} Catch test cases, ${ctest_count} ctest entries")
