# The class grid (网格化) editor and its home-page panel, added to xinan_ui.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/griddialog.h
  ${CMAKE_CURRENT_LIST_DIR}/griddialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gridpanel.h
  ${CMAKE_CURRENT_LIST_DIR}/gridpanel.cpp)
