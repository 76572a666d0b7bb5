# Activities and training (活动与培训, issue 11): the page with its period filter and counts per
# kind, and the activity dialog, added to xinan_ui.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/activitydialog.h
  ${CMAKE_CURRENT_LIST_DIR}/activitydialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/activitiespage.h
  ${CMAKE_CURRENT_LIST_DIR}/activitiespage.cpp)
