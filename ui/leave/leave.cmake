# Leave and return to school (休学 / 复学) and status changes (issue 10), added to xinan_ui.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/statuschangedialog.h
  ${CMAKE_CURRENT_LIST_DIR}/statuschangedialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/returndialogs.h
  ${CMAKE_CURRENT_LIST_DIR}/returndialogs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/leavetab.h
  ${CMAKE_CURRENT_LIST_DIR}/leavetab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/returnfollowuppanel.h
  ${CMAKE_CURRENT_LIST_DIR}/returnfollowuppanel.cpp)
