# Counselling records (个体辅导记录), group counselling (团体辅导) and feedback (反馈), issue 4,
# added to xinan_ui.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/sessionparts.h
  ${CMAKE_CURRENT_LIST_DIR}/sessionparts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sessiondialog.h
  ${CMAKE_CURRENT_LIST_DIR}/sessiondialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/feedbackdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/feedbackdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sessionstab.h
  ${CMAKE_CURRENT_LIST_DIR}/sessionstab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/feedbacktab.h
  ${CMAKE_CURRENT_LIST_DIR}/feedbacktab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/groupsview.h
  ${CMAKE_CURRENT_LIST_DIR}/groupsview.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sessionspage.h
  ${CMAKE_CURRENT_LIST_DIR}/sessionspage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/feedbackpanel.h
  ${CMAKE_CURRENT_LIST_DIR}/feedbackpanel.cpp)
