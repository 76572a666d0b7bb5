# Home visits (家访, issue 10): the coverage page with the class teacher's list of students still
# to visit, the visit dialog, the student file's tab, the home panel and the coverage rules in
# Settings, added to xinan_ui.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/coveragerulessection.h
  ${CMAKE_CURRENT_LIST_DIR}/coveragerulessection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/homevisitdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/homevisitdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/homevisitspage.h
  ${CMAKE_CURRENT_LIST_DIR}/homevisitspage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/homevisitspanel.h
  ${CMAKE_CURRENT_LIST_DIR}/homevisitspanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/homevisitstab.h
  ${CMAKE_CURRENT_LIST_DIR}/homevisitstab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/missingvisitsheet.h
  ${CMAKE_CURRENT_LIST_DIR}/missingvisitsheet.cpp
  ${CMAKE_CURRENT_LIST_DIR}/visitparts.h
  ${CMAKE_CURRENT_LIST_DIR}/visitparts.cpp)
