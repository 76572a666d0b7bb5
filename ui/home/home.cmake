# The home page (工作台) and the risk-level panel, added to xinan_ui.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/homepage.h
  ${CMAKE_CURRENT_LIST_DIR}/homepage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/riskpanel.h
  ${CMAKE_CURRENT_LIST_DIR}/riskpanel.cpp)
