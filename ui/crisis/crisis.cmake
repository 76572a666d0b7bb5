# Crisis events (危机事件, issue 5), added to xinan_ui.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/crisisdialogs.h
  ${CMAKE_CURRENT_LIST_DIR}/crisisdialogs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/crisisdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/crisisdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/crisispage.h
  ${CMAKE_CURRENT_LIST_DIR}/crisispage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/crisistab.h
  ${CMAKE_CURRENT_LIST_DIR}/crisistab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/crisishomepanel.h
  ${CMAKE_CURRENT_LIST_DIR}/crisishomepanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/crisischecklisteditor.h
  ${CMAKE_CURRENT_LIST_DIR}/crisischecklisteditor.cpp)
