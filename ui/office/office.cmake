# Counselling rooms, staff and account roles (issue 4), added to xinan_ui.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/officedialog.h
  ${CMAKE_CURRENT_LIST_DIR}/officedialog.cpp)
