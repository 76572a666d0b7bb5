# Key students (issue 5): 一人一策 plans, the weekly review board (周调度) and its printed
# sheet, the student file's plan tab and the home page's panels, added to xinan_ui.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/plandialog.h
  ${CMAKE_CURRENT_LIST_DIR}/plandialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/plantab.h
  ${CMAKE_CURRENT_LIST_DIR}/plantab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/keymarktab.h
  ${CMAKE_CURRENT_LIST_DIR}/keymarktab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/weeklyboardview.h
  ${CMAKE_CURRENT_LIST_DIR}/weeklyboardview.cpp
  ${CMAKE_CURRENT_LIST_DIR}/weeklysheet.h
  ${CMAKE_CURRENT_LIST_DIR}/weeklysheet.cpp
  ${CMAKE_CURRENT_LIST_DIR}/keystudentspage.h
  ${CMAKE_CURRENT_LIST_DIR}/keystudentspage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/keystudentspanels.h
  ${CMAKE_CURRENT_LIST_DIR}/keystudentspanels.cpp)
