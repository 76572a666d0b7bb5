# Psychology lessons (心理健康课, issue 11): the 心理课 page with the term's coverage per grade and
# class and a class's lessons, the lesson dialog (one class or several at once), and the home
# panel of classes behind, added to xinan_ui.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/lessondialog.h
  ${CMAKE_CURRENT_LIST_DIR}/lessondialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lessonspage.h
  ${CMAKE_CURRENT_LIST_DIR}/lessonspage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lessonspanel.h
  ${CMAKE_CURRENT_LIST_DIR}/lessonspanel.cpp)
