# The duty roster (值班, issue 4): the week grid page, its dialogs, the printed week sheet and the
# home page's "Duty today" panel, added to xinan_ui.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/dutydialogs.h
  ${CMAKE_CURRENT_LIST_DIR}/dutychangedialogs.h
  ${CMAKE_CURRENT_LIST_DIR}/dutychangedialogs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dutydialogs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dutypage.h
  ${CMAKE_CURRENT_LIST_DIR}/dutypage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dutyprint.h
  ${CMAKE_CURRENT_LIST_DIR}/dutyprint.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dutyhomepanel.h
  ${CMAKE_CURRENT_LIST_DIR}/dutyhomepanel.cpp)
