# Early warning (issue 5): alerts, second-stage interviews, risk changes, the student file's
# risk tab; added to xinan_ui.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/alertdialogs.h
  ${CMAKE_CURRENT_LIST_DIR}/alertdialogs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/alertpanels.h
  ${CMAKE_CURRENT_LIST_DIR}/alertpanels.cpp
  ${CMAKE_CURRENT_LIST_DIR}/risktab.h
  ${CMAKE_CURRENT_LIST_DIR}/risktab.cpp)
