# Help lines (求助热线, issue 11), added to xinan_ui: the settings section, the home panel, the
# compact lines the crisis window and the referral slip show, and the A4 poster.
target_sources(xinan_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/hotlineposter.h
  ${CMAKE_CURRENT_LIST_DIR}/hotlineposter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hotlinessection.h
  ${CMAKE_CURRENT_LIST_DIR}/hotlinessection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hotlinepanel.h
  ${CMAKE_CURRENT_LIST_DIR}/hotlinepanel.cpp)
